// What every reader shares: the question's context, the answer it returns, and small walks over the view.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import { simplifyShortText } from '../../../graph/read/script.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { AnswerBuilder, type Composed } from '../compose-common.ts';
import { DUTY_OF, ROLE_ZH } from '../compose-units.ts';
import type { LexTarget, Lexicon } from '../lexicon.ts';
import type { Mention } from '../link.ts';
import type { TaskIndex } from '../../search/task-index.ts';
import type { READING_OPS } from '../plan-names.ts';
import type { AlignmentData } from './alignment-data.ts';
import type { Scope } from './scope.ts';
import { docOf, documentLabel, type Duty, type GraphView } from './view.ts';
import { docInfo } from './view-sets.ts';
import { groupBy } from '../../../graph/catalogue/order.ts';

export interface ReadCtx {
  /** The normalised question (English already rewritten), scope phrase blanked. */
  q: string;
  /** The normalised question with nothing blanked: a scope phrase's words may name a part of the plan too (无锡方案目标分解里). */
  asked: string;
  /** `q` with every linked name blanked. */
  rest: string;
  mentions: Mention[];
  units: LexTarget[];
  entities: LexTarget[];
  /** Tasks and sections named in the question. */
  tasks: LexTarget[];
  view: GraphView;
  lexicon: Lexicon;
  scope: Scope | null;
  /** BM25 over task titles and text, for questions that name nothing. */
  index: TaskIndex;
  /** Aligned plans and yearly comparisons; null when the question has no cross-level words. */
  alignment: AlignmentData | null;
}

/** A question read into a small plan and answered: `op` names the plan, `params` its inputs. */
export type ReadingOp = (typeof READING_OPS)[number];

export interface Reading {
  op: ReadingOp;
  params: Record<string, unknown>;
  understood: string;
  composed: Composed;
  /** Words the reading took as they are written, not as the names they were linked to (公安 in …公安分别是哪个单位): the
   *  answer notes no 把「公安」理解为… nor a choice among those names for them. */
  asWritten?: string[];
}

export type Reader = (ctx: ReadCtx) => Reading | null;

const ROLE_WORDS: Record<Role, RegExp> = {
  lead: /牵头|牵过头|牵了.{0,3}头|主导|领头|抓总|主抓|主办/u,
  support: /配合|协助|协办|支持/u,
  responsible: /负责/u,
};

/** The role a stretch of question asks about; null = any role. */
export function roleIn(text: string): Role | null {
  const lead = ROLE_WORDS.lead.test(text);
  const support = ROLE_WORDS.support.test(text);
  if (lead && !support) return 'lead';
  if (support && !lead) return 'support';
  return null;
}

export function roleZh(role: Role | null): string {
  return role ? ROLE_ZH[role] : '参与';
}

/** A text's distinct character pairs, what the readers match a question's words by; `drop` removes characters first. */
export function charPairs(s: string, drop: RegExp | null = null): Set<string> {
  const clean = drop ? s.replace(drop, '') : s;
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  return out;
}

/** 分别 / 各自 / 各有 / 两份 / 两个季度: the question wants each plan it names answered on its own. */
const EACH_PLAN = /分别|各自|各(?=有|是|负责|管|牵头|由)|(?:两|三|2|3)(?:份|个|年|期|版|季度)/u;

/**
 * The plans a question asks about one by one: the scope's groups (龙湾和鹿城), or — one place's several plans said as
 * 两个季度 / 分别 (杨浦两个季度的要点) — each of them. [] when the question is not asked of plans apart.
 */
export function plansApart(ctx: ReadCtx): string[][] {
  const groups = ctx.scope?.groups ?? [];
  if (!EACH_PLAN.test(ctx.q)) return [];
  if (groups.length >= 2) return groups;
  return groups.length === 1 && groups[0].length >= 2 ? groups[0].map((id) => [id]) : [];
}

export function newBuilder(ctx: ReadCtx): AnswerBuilder {
  return new AnswerBuilder(ctx.lexicon);
}

export function inScope(ctx: ReadCtx, node: GraphNode): boolean {
  return !ctx.scope || ctx.scope.docIds.includes(docOf(node));
}

/** Every duty of the units of this name (one name may be a unit in several jurisdictions), in scope. */
export function dutiesOfUnit(ctx: ReadCtx, name: string, role: Role | null = null): Duty[] {
  const units = (ctx.view.byName.get(name) ?? []).filter((n) => n.label === 'Unit');
  return units.flatMap((u) => ctx.view.dutiesOfUnit.get(u.id) ?? [])
    .filter((d) => inScope(ctx, d.task) && (!role || d.role === role));
}

export function dutiesOfTask(ctx: ReadCtx, taskId: string, role: Role | null = null): Duty[] {
  return (ctx.view.dutiesOfTask.get(taskId) ?? []).filter((d) => !role || d.role === role);
}

/** 《title》, with the jurisdiction when the title does not say it (《区人民政府办公室关于…》（蔡甸区））: view.ts documentLabel. */
export function docLabel(ctx: ReadCtx, docId: string): string {
  const d = docInfo(ctx.view, docId);
  return d ? documentLabel(d) : `《${docId}》`;
}

/** How an answer names a document briefly: its place (沈阳市), else its title. */
export function placeOf(ctx: ReadCtx, docId: string): string {
  return docInfo(ctx.view, docId)?.place ?? docLabel(ctx, docId);
}

/** localeCompare's own order (the default locale), without building a collator per call. */
const COLLATOR = new Intl.Collator();

/** The tasks under a document or section, at any depth, in the order of its parts. */
export function tasksUnder(ctx: Pick<ReadCtx, 'view'>, id: string, out: GraphNode[] = []): GraphNode[] {
  for (const c of ctx.view.children.get(id) ?? []) {
    if (c.label === 'Task') out.push(c);
    else if (c.label === 'Section') tasksUnder(ctx, c.id, out);
  }
  return out;
}

/** Distinct tasks of these duties, in document order. */
export function tasksOf(duties: Duty[]): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const d of duties) if (!seen.has(d.task.id)) seen.set(d.task.id, d.task);
  // The collator compares the few distinct documents, not every pair of tasks (a busy unit's hundreds of tasks cost
  // more in collator calls than the rest of its answer); equal documents get one rank, so the order is the same.
  const docs = [...new Set([...seen.values()].map(docOf))].sort(COLLATOR.compare);
  const rank = new Map<string, number>();
  docs.forEach((doc, i) => rank.set(doc, i > 0 && COLLATOR.compare(docs[i - 1], doc) === 0 ? rank.get(docs[i - 1])! : i));
  const keyed = [...seen.values()].map((node) => ({ node, doc: rank.get(docOf(node))!, start: Number(node.properties.start ?? 0) }));
  return keyed.sort((a, b) => a.doc - b.doc || a.start - b.start).map((k) => k.node);
}

/** Distinct units of these duties by name, leads first. */
export function unitsOf(duties: Duty[]): GraphNode[] {
  const order: Role[] = ['lead', 'support', 'responsible'];
  const seen = new Map<string, GraphNode>();
  for (const d of [...duties].sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role))) if (!seen.has(d.unit.name)) seen.set(d.unit.name, d.unit);
  return [...seen.values()];
}

/** Add duties to the answer: the unit, the task, the edge and its sentence. */
export function cite(b: AnswerBuilder, duties: Duty[]): void {
  for (const d of duties) {
    // The busiest unit has thousands of duties at 1,000 documents; the first ones fill the answer.
    if (b.full()) return;
    b.node(d.unit).node(d.task).edgeOf(d.edgeId, DUTY_OF[d.role], d.unit.id, d.task.id).cite(d.evidence);
  }
}

/** How much of a block's opening sentence an answer quotes. */
const BLOCK_OPENING_CHARS = 60;

/**
 * A task as an answer lists it: by its name, or — for a block headed by its unit alone ((七)区房管局 指导小区改造项目…, in a
 * part that shares duties out by body) — by that unit and the sentence the block opens with, since the name says nothing
 * of the work.
 */
function listedName(ctx: ReadCtx, n: GraphNode): string {
  if (n.label !== 'Task' || !(ctx.view.byName.get(n.name) ?? []).some((u) => u.label === 'Unit')) return n.name;
  const body = String(n.properties.text ?? '').split('\n').slice(1).join('').trim();
  const opening = /^[^。；;]+/u.exec(body)?.[0].slice(0, BLOCK_OPENING_CHARS);
  return opening ? `${n.name}：${opening}` : n.name;
}

/** 「a」、「b」 grouped by document when there is more than one: 《X》：「a」；《Y》：「b」. */
export function byDocument(ctx: ReadCtx, nodes: GraphNode[], max = 8): string {
  const docs = new Map([...groupBy(nodes, docOf)].map(([doc, ns]) => [doc, ns.map((n) => listedName(ctx, n))]));
  const list = (names: string[]) => {
    const unique = [...new Set(names)];
    const shown = unique.slice(0, max).map((x) => `「${x}」`).join('、');
    return unique.length > max ? `${shown}等 ${unique.length} 项` : shown;
  };
  if (docs.size <= 1) {
    const [docId, names] = [...docs.entries()][0] ?? ['', []];
    return `${list(names)}${docId && ctx.view.documents.length > 1 ? `（见${docLabel(ctx, docId)}）` : ''}`;
  }
  return [...docs.entries()].map(([docId, names]) => `${docLabel(ctx, docId)}${new Set(names).size} 项：${list(names)}`).join('；');
}

/** 《A》3 项、《B》5 项: how many of the nodes each document holds. */
export function countsByDocument(ctx: ReadCtx, nodes: GraphNode[]): string[] {
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(docOf(n), (counts.get(docOf(n)) ?? 0) + 1);
  return [...counts.entries()].map(([docId, n]) => `${docLabel(ctx, docId)}${n} 项`);
}

export function scopeNote(ctx: ReadCtx): string {
  return ctx.scope ? `在${ctx.scope.label}中，` : '';
}

export function reading(op: ReadingOp, params: Record<string, unknown>, understood: string, b: AnswerBuilder, text: string): Reading {
  return { op, params, understood, composed: b.done(text) };
}

/** The labels annotations give a task's units (牵头单位:X;责任单位:A、B / 责任单位:A;配合单位:B). */
const UNIT_LABEL = /牵头单位|责任单位|配合单位|协办单位|协同单位|参与单位|责任部门|配合部门/u;

/** The list after `label` in an annotation, up to the next clause (; ] or the bracket that closes the annotation). */
function listAfter(text: string, label: string): string | null {
  const at = text.indexOf(label);
  if (at < 0) return null;
  let depth = 0;
  let end = at + label.length;
  for (; end < text.length; end++) {
    const c = text[end];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth-- === 0) break;
    else if (/[;；\]】。]/u.test(c)) break;
  }
  return text.slice(at + label.length, end);
}

/**
 * The duties of a task whose units its own annotation lists under the label the question says (那条有几个责任单位):
 * what the plan calls 责任单位 differs — the units beside a 牵头单位 in one plan, the leads beside 配合单位 in another —
 * so the plan's own list answers, whatever role the parser gave each unit. Null when the question names no label or
 * the task's annotation has none.
 */
/** A duty's evidence sentence in simplified script: a 繁體 plan keeps its own characters (責任單位) in its evidence. */
export function evidenceText(d: Duty): string {
  return simplifyShortText(d.evidence?.text ?? '');
}

export function dutiesUnderLabel(ctx: ReadCtx, taskId: string): { label: string; duties: Duty[] } | null {
  const label = UNIT_LABEL.exec(ctx.rest)?.[0];
  if (!label) return null;
  // The plan may write a unit by a name the parser merged into another (区发改局 into 区发改(商务)局): any of its names.
  const named = (d: Duty, list: string) => [d.unit.name, ...(Array.isArray(d.unit.properties.aliases) ? d.unit.properties.aliases as string[] : [])]
    .some((n) => list.includes(n));
  const duties = dutiesOfTask(ctx, taskId).filter((d) => named(d, listAfter(evidenceText(d), label) ?? ''));
  return duties.length ? { label, duties } : null;
}

/**
 * One plan's things another lacks: A有、B没有 / A有哪些是B没有的 / A里哪些…在B里没有 / A里哪些…B那份没有 / 只在A出现 / A里哪些不是B也有的. The plan named first
 * has them (scope.groups keeps the order the question names plans in).
 */
export const ONE_LACKS = /有[^没未不，,。？?]{0,10}[，,、]?[^没未不。？?]{0,12}(没有|没|未出现|不在)|哪些[^没未不，,。？?]{0,8}在[^没未不，,。？?]{0,14}(?:没有|没|未出现)|是[^，,。？?]{0,10}没有?的|只在|仅在|独有|不是[^，,。？?]{0,12}也|哪些[^没未不，,。？?]{0,10}\u3000[^没未不，,。？?\u3000]{0,4}(?:没有|没)/u;

/** A question word asking for a count (几项, 多少个). */
export const COUNT_WORDS = /几(项|个|条|家|件|部分)?|多少(项|个|条|件)?|数量|how many/u;

/** A quantity in a measure (多少平方米, 几小时, 多少万元): a figure the plans state, not a count of their tasks or units. */
export const ASKS_AMOUNT = /(?:多少|几)(?:万|亿|千)?(?:平方米|平方公里|公里|亿元|万元|元|吨|亩|小时|天|人次|套|班次|%)/u;
