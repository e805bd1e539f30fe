// A program's result told in plain Chinese: what the model's program was read as, the items with their documents, the evidence.
import { ROLES } from '../../graph/catalogue/schemas.ts';
import { documentNodeName } from '../../graph/metadata/document-name.ts';
import type { Plan, PlanResult, RelationCheck, Step } from '../../graph/query/schema.ts';
import { AnswerBuilder, EDGE_ZH, listNames, type Composed } from './compose-common.ts';
import { LABEL_ZH } from './compose-graph.ts';
import { ROLE_ZH } from './compose-units.ts';
import type { Lexicon } from './lexicon.ts';

const RETURN_ZH: Record<string, string> = {
  items: '结果', units: '单位', tasks: '任务', targets: '目标', documents: '文件', sections: '章节', entities: '地点、产业、走廊或项目',
};
const COMBINE_ZH = { intersect: '交集', union: '并集', minus: '差集' } as const;

function relationZh(check: Pick<RelationCheck, 'rel' | 'roles' | 'direction'>): string {
  const word = check.roles ? ROLES.filter((r) => check.roles!.includes(r)).map((r) => ROLE_ZH[r]).join('/') : (EDGE_ZH[check.rel] ?? '承担');
  return `「${word}」${check.direction === 'in' ? '（反向）' : ''}`;
}

function labelsZh(labels: readonly string[] | undefined): string {
  return labels ? labels.map((l) => LABEL_ZH[l] ?? l).join('、') : '';
}

function findZh(step: Extract<Step, { op: 'find' }>): string {
  switch (step.by) {
    case 'name': return `查找${listNames(step.names, '个名称')}`;
    case 'label': return `所有${labelsZh(step.labels)}`;
    case 'text': return `与「${step.text}」最相关的 ${step.limit} 项任务`;
    case 'document': return `文件${step.title ? `「${step.title}」` : ''}${step.jurisdiction ? `（${step.jurisdiction}）` : ''}`;
    case 'section': return `章节${step.path ?? step.number ?? ''}${step.title ? `「${step.title}」` : ''}`;
  }
}

function filterZh(step: Extract<Step, { op: 'filter' }>): string {
  const parts = [
    step.docIds && '限定文件', step.jurisdiction && `辖区${step.jurisdiction}`, step.labels && labelsZh(step.labels),
    step.year && `${step.year}年`, step.section && `第${step.section}部分`, step.name && `名称含「${step.name}」`,
    step.has && `有${relationZh(step.has)}关系`, step.lacks && `没有${relationZh(step.lacks)}关系`,
  ].filter(Boolean);
  return `筛选（${parts.join('，')}）`;
}

function stepZh(step: Step): string {
  switch (step.op) {
    case 'find': return findZh(step);
    case 'follow': return `沿${relationZh(step)}关系${step.depth > 1 ? `走至多 ${step.depth} 步` : ''}`;
    case 'filter': return filterZh(step);
    case 'as': return `记为 ${step.name}`;
    case 'use': return `取回 ${step.name}`;
    case 'combine': return `与 ${step.with} 取${COMBINE_ZH[step.how]}`;
    case 'count': return '计数';
    case 'group': return step.by === 'label' ? '按类型分组' : '按文件分组';
    case 'rank': return `按${step.by ? relationZh(step.by) : '关联数'}排${step.order === 'asc' ? '后' : '前'} ${step.limit}`;
    case 'compare': return `比较 ${step.sets.join(' 与 ')}`;
    case 'return': return `返回${RETURN_ZH[step.what]}`;
  }
}

/** The program in one Chinese line, step by step. */
export function describeProgram(plan: Plan): string {
  return plan.steps.map(stepZh).join(' → ');
}

/** What a named set holds, in words: the names found last before it was named, else its name. */
function setWords(plan: Plan, set: string): string {
  let names: string[] = [];
  for (const step of plan.steps) {
    if (step.op === 'find') names = step.by === 'name' ? step.names : [];
    if (step.op === 'as' && step.name === set) return names.length ? names.join('、') : set;
  }
  return set;
}

function titleOf(docId: string, lexicon: Lexicon): string {
  const node = lexicon.nodes.get(docId);
  return node ? documentNodeName(node).name : docId;
}

/** 出自《A》 or 《A》3 项、《B》2 项: which document each fact is from. */
function sourcesZh(docIds: Array<string | null>, lexicon: Lexicon): string {
  const counts = new Map<string, number>();
  for (const id of docIds) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  if (counts.size === 0) return '';
  if (counts.size === 1) return `（出自《${titleOf([...counts.keys()][0], lexicon)}》）`;
  return `（${[...counts].map(([id, n]) => `《${titleOf(id, lexicon)}》${n} 项`).join('、')}）`;
}

function itemsText(result: PlanResult, lexicon: Lexicon): string {
  if (result.total === 0) return '没有找到符合条件的结果。';
  const ranked = result.items.some((i) => i.score !== null);
  const names = result.items.map((i) => (ranked && i.score !== null ? `${i.name}（${i.score}）` : i.name));
  const shown = result.truncated ? `，列出前 ${result.items.length} 项` : '';
  return `共 ${result.total} 项${shown}：${listNames(names)}${sourcesZh(result.items.map((i) => i.docId), lexicon)}。`;
}

function resultText(plan: Plan, result: PlanResult, lexicon: Lexicon): string {
  switch (result.kind) {
    case 'count': return `共 ${result.count} 项。`;
    case 'groups': return result.groups.length === 0 ? '没有找到符合条件的结果。'
      : `${result.groups.map((g) => `${LABEL_ZH[g.key] ?? `《${titleOf(g.key, lexicon)}》`} ${g.count} 项`).join('、')}。`;
    case 'comparison': {
      const [a, b] = result.comparison.map((c) => ({ words: setWords(plan, c.set), count: c.count }));
      const verdict = a.count === b.count ? '两者一样多' : `「${a.count > b.count ? a.words : b.words}」更多`;
      return `「${a.words}」${a.count} 项，「${b.words}」${b.count} 项：${verdict}。`;
    }
    case 'items': return itemsText(result, lexicon);
  }
}

/** True when the result has nothing to show: no items, a zero count, no groups, or both compared sets empty. */
export function isEmptyResult(result: PlanResult): boolean {
  switch (result.kind) {
    case 'count': return !result.count;
    case 'groups': return result.groups.length === 0;
    case 'comparison': return result.comparison.every((c) => c.count === 0);
    case 'items': return result.total === 0;
  }
}

/** The answer's text, items, evidence and highlighted elements. */
export function composeProgramResult(plan: Plan, result: PlanResult, lexicon: Lexicon): Composed {
  const b = new AnswerBuilder(lexicon);
  for (const item of result.items) {
    b.item(item);
    for (const ev of item.evidence) b.cite(ev);
  }
  return b.done(resultText(plan, result, lexicon));
}
