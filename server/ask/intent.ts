// Rule-based intent: which catalogue query a question asks for, from what it names and its keywords.
import type { Role } from '../../graph/catalogue/schemas.ts';
import type { EntityLabel } from '../../graph/model.ts';
import { ROLE_ZH } from './compose-units.ts';
import { KEYWORDS, keywordsIn, residual, yearIn, type Keyword } from './keywords.ts';
import type { LexTarget } from './lexicon.ts';
import type { Mention } from './link.ts';
import type { AskPlan, Focus, PlanChoice } from './types.ts';

interface Ctx {
  k: Set<Keyword>;
  rest: string;
  units: LexTarget[];
  entities: LexTarget[];
  tasks: LexTarget[];
  taskMention?: Mention;
  mentions: Mention[];
}

/** 一起负责任务的有哪些 / 共同承担工作的是谁: the ones sharing the work are asked for. */
const TOGETHER_WHO = /(一起|共同)(负责|承担|参与|做)[^，。？?]{0,6}的(有哪些|是哪些|有谁|是谁|都有谁)/u;

function choice(plan: AskPlan, understood: string, focus: Focus = {}): PlanChoice {
  return { plan, focus, understood };
}

/** The role a question narrows to; 参与 counts as supporting only when asked of one unit's own tasks. */
function roleAsked(k: Set<Keyword>, involveIsSupport = false): Role | undefined {
  const support = k.has('support') || (involveIsSupport && k.has('involve'));
  if (k.has('lead') && !support) return 'lead';
  if (support && !k.has('lead')) return 'support';
  return undefined;
}

/** Same-named entities of two labels (同心桥水库 the Place and the Project): the question's words decide. */
function pickEntity(m: Mention, k: Set<Keyword>): LexTarget {
  const wanted = k.has('project') ? ['Project', 'Corridor'] : ['Place', 'Corridor', 'Project', 'Industry'];
  return [...m.targets].sort((a, b) => rank(a) - rank(b))[0];
  function rank(t: LexTarget): number {
    const i = wanted.indexOf(t.label);
    return i < 0 ? wanted.length : i;
  }
}

/** 「A牵头、B配合」: each unit followed by its own role word. */
function pairRoles(rest: string, mentions: Mention[]): [Role, Role] | undefined {
  const units = mentions.filter((m) => m.kind === 'unit');
  if (units.length !== 2) return undefined;
  const after = (from: number, to: number) => keywordsIn(rest.slice(from, to));
  const first = after(units[0].end, units[1].start);
  const second = after(units[1].end, rest.length);
  const role = (k: Set<Keyword>): Role | undefined => (k.has('lead') ? 'lead' : k.has('support') || k.has('involve') ? 'support' : undefined);
  const [ra, rb] = [role(first), role(second)];
  return ra && rb && ra !== rb ? [ra, rb] : undefined;
}

function twoUnits({ k, rest, mentions, units: [a, b] }: Ctx): PlanChoice {
  if (k.has('path') && !k.has('shared')) {
    return choice({ op: 'shortestPath', params: { a: a.name, b: b.name } }, `查询「${a.name}」与「${b.name}」之间的关系路径`);
  }
  const roles = pairRoles(rest, mentions);
  if (roles) {
    return choice({ op: 'sharedTasks', params: { a: a.name, b: b.name } },
      `查询「${a.name}」${ROLE_ZH[roles[0]]}、「${b.name}」${ROLE_ZH[roles[1]]}的任务`, { show: 'tasks', pairRoles: roles });
  }
  const role = roleAsked(k);
  return choice({ op: 'sharedTasks', params: { a: a.name, b: b.name } },
    `查询「${a.name}」和「${b.name}」共同承担${role ? `（${ROLE_ZH[role]}）` : ''}的任务`, { show: 'tasks', role });
}

function oneUnit({ k, rest, units: [u], entities, tasks }: Ctx): PlanChoice {
  const other = tasks[0] ?? entities[0];
  if (other) {
    return choice({ op: 'shortestPath', params: { a: u.name, b: other.id } }, `查询「${u.name}」与「${other.name}」之间的关系`);
  }
  // 和X一起负责任务的有哪些: "together" and a question about who, even without the word 单位.
  if (k.has('partners') || (k.has('shared') && (k.has('units') || TOGETHER_WHO.test(rest)))) {
    return choice({ op: 'unitPartners', params: { unit: u.name } }, `查询与「${u.name}」共同承担任务的单位`, { show: 'units' });
  }
  if (k.has('around')) {
    return choice({ op: 'neighborhood', params: { id: u.id, depth: 1 } }, `查询「${u.name}」周边的关系`, { show: 'entities' });
  }
  const role = roleAsked(k, true);
  const params = role ? { unit: u.name, role } : { unit: u.name };
  return choice({ op: 'unitTasks', params }, `查询「${u.name}」${role ? ROLE_ZH[role] : '承担'}的任务`, { show: 'tasks', role });
}

function entityPlan({ k, entities }: Ctx): PlanChoice {
  const [e, also] = entities;
  const label = e.label as EntityLabel;
  if (also && k.has('path') && !k.has('shared')) {
    return choice({ op: 'shortestPath', params: { a: e.id, b: also.id } }, `查询「${e.name}」与「${also.name}」之间的关系路径`);
  }
  if (k.has('units') || k.has('lead') || k.has('support') || k.has('involve')) {
    const role = roleAsked(k);
    return choice({ op: 'entityUnits', params: { label, name: e.name } },
      `查询${role ? ROLE_ZH[role] : '负责'}「${e.name}」相关任务的单位`, { show: 'units', role });
  }
  if (k.has('project') && !also) {
    return choice({ op: 'entityTasks', params: { label, name: e.name } }, `查询涉及「${e.name}」的项目和走廊`, { show: 'projects' });
  }
  if (k.has('around') && !also) {
    return choice({ op: 'neighborhood', params: { id: e.id, depth: 1 } }, `查询「${e.name}」周边的关系`, { show: 'entities' });
  }
  const understood = also ? `查询同时涉及「${e.name}」和「${also.name}」的任务` : `查询涉及「${e.name}」的任务`;
  return choice({ op: 'entityTasks', params: { label, name: e.name } }, understood, { show: 'tasks', alsoMentions: also });
}

/** 哪些单位/谁 asks for units even when the task's name is said as a target (哪些单位负责GDP增长目标); 单位 alone may be 单位GDP. */
const ASKS_WHO = /哪(?:些|个|家)(?:单位|部门|局)|谁|\bwho\b/iu;

function taskPlan({ k, rest, tasks: [t], taskMention }: Ctx): PlanChoice {
  // 关于民营经济的任务: a piece of a title asked about as a topic is a search, not one task's units.
  const asksUnits = k.has('units') || k.has('lead') || k.has('support') || k.has('involve');
  // 哪些项目涉及战略性主导产业: plans that call their tasks projects ask for the tasks whose titles hold it.
  if (taskMention?.method === 'partial' && (k.has('tasks') || k.has('project')) && !asksUnits) {
    const params = { text: taskMention.surface, labels: ['Task' as const, 'Section' as const] };
    return choice({ op: 'search', params }, `搜索与「${taskMention.surface}」相关的任务`, { show: 'tasks' });
  }
  const around = (labels: AskPlan<'neighborhood'>['params']['labels'], what: string, show: Focus['show']) =>
    choice({ op: 'neighborhood', params: { id: t.id, depth: 1, labels } }, `查询「${t.name}」${what}`, { show });
  if (k.has('target') && !ASKS_WHO.test(rest)) return around(['Target'], '设定的目标', 'targets');
  if (k.has('project')) return around(['Project', 'Corridor'], '涉及的项目', 'entities');
  if (k.has('place')) return around(['Place'], '涉及的地点', 'entities');
  const role = roleAsked(k);
  return choice({ op: 'neighborhood', params: { id: t.id, depth: 1, labels: ['Unit'] } },
    `查询${role ? ROLE_ZH[role] : '负责'}「${t.name}」的单位`, { show: 'units', role });
}

function globalPlan({ k, rest }: Ctx): PlanChoice | null {
  const role = roleAsked(k);
  if (k.has('noLead') || k.has('multiLead') || k.has('crowded') || k.has('gaps')) {
    const gap = k.has('multiLead') ? 'multiLead' : k.has('crowded') ? 'crowded' : 'noLead';
    const what = { noLead: '没有牵头单位的任务', multiLead: '有多个牵头单位的任务', crowded: '参与单位过多的任务' }[gap];
    return choice({ op: 'accountabilityGaps', params: {} }, `查询${what}`, { show: 'tasks', gap });
  }
  if (k.has('overlap') || (k.has('shared') && (k.has('most') || k.has('units')) && !k.has('community'))) {
    return choice({ op: 'overlaps', params: role ? { minShared: 2, role } : { minShared: 2 } }, '查询共同承担任务最多的单位对', { show: 'units' });
  }
  if (k.has('community') || k.has('partners')) {
    return choice({ op: 'communities', params: {} }, '查询经常一起工作的单位群组', { show: 'units' });
  }
  if (k.has('most')) {
    return choice({ op: 'workload', params: {} }, `查询${role ? ROLE_ZH[role] : '承担'}任务最多的单位`, { show: 'units', role });
  }
  if (k.has('target')) {
    const year = yearIn(rest);
    const text = residual(rest, ['target', 'stats', 'tasks']);
    const params = { ...(year ? { year } : {}), ...(text ? { text } : {}) };
    return choice({ op: 'targets', params }, `查询${year ? `${year}年` : ''}${text ? `「${text}」相关的` : ''}目标指标`, { show: 'targets' });
  }
  if (k.has('documents')) return choice({ op: 'documents', params: {} }, '查询已导入的文件');
  if (k.has('stats')) return choice({ op: 'stats', params: {} }, '统计图中的节点和关系');
  if (k.has('search')) {
    const text = residual(rest, ['search']) || rest.trim();
    if (text) return choice({ op: 'search', params: { text } }, `搜索「${text}」`, { show: 'tasks' });
  }
  return null;
}

function targetsOf(mentions: Mention[], kind: Mention['kind'], k: Set<Keyword>): LexTarget[] {
  const out = new Map<string, LexTarget>();
  for (const m of mentions.filter((x) => x.kind === kind)) {
    const t = kind === 'entity' ? pickEntity(m, k) : m.targets[0];
    out.set(t.id, t);
  }
  return [...out.values()];
}

/** The plan the rules find for a question, or null when nothing in it can be placed. */
export function classify(rest: string, mentions: Mention[]): PlanChoice | null {
  const k = keywordsIn(rest);
  const ctx: Ctx = {
    k, rest,
    units: targetsOf(mentions, 'unit', k), entities: targetsOf(mentions, 'entity', k), tasks: targetsOf(mentions, 'task', k),
    taskMention: mentions.find((m) => m.kind === 'task'), mentions,
  };
  const gapsAsked = k.has('noLead') || k.has('multiLead') || k.has('crowded');
  if (gapsAsked) return globalPlan(ctx);
  if (ctx.units.length >= 2) return twoUnits(ctx);
  if (ctx.units.length === 1) return oneUnit(ctx);
  if (ctx.tasks.length > 0 && ctx.entities.length === 0) return taskPlan(ctx);
  if (ctx.entities.length > 0) return entityPlan(ctx);
  return globalPlan(ctx);
}

const EVERY_KEYWORD = Object.keys(KEYWORDS) as Keyword[];

/**
 * Nothing placed the question: search for whatever it names, or, when it names nothing but a duty
 * (牵头哪些任务), rank units by that duty. Either way the answer says it guessed and suggests questions.
 */
export function fallbackChoice(rest: string, normalised: string): PlanChoice {
  const k = keywordsIn(rest);
  const text = residual(rest, EVERY_KEYWORD);
  if (!text && ['lead', 'support', 'involve', 'tasks', 'units'].some((w) => k.has(w as Keyword))) {
    const role = roleAsked(k, true);
    return {
      plan: { op: 'workload', params: {} }, focus: { show: 'units', role },
      understood: '问题里没有识别出单位或任务名称，先列出各单位的任务数', unsure: 'no subject',
    };
  }
  const query = text || normalised;
  return {
    plan: { op: 'search', params: { text: query.slice(0, 200) } },
    focus: { show: 'tasks' },
    understood: `没能确定问题要查什么，按全文检索「${query.slice(0, 40)}」作答`,
    unsure: 'no plan',
  };
}
