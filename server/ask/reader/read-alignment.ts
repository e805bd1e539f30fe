// Cross-level questions: higher tasks a lower plan has not carried out (gaps), lower tasks of its own (orphans),
// and a task's chain up or down the levels — all read from the one alignment entry point (server/alignment.ts).
import type { PairAlignment, TaskBrief } from '../../../graph/align/schemas.ts';
import type { AnswerBuilder } from '../compose-common.ts';
import type { AlignmentData } from './alignment-data.ts';
import { COUNT_WORDS, docLabel, newBuilder, ONE_LACKS, reading, type ReadCtx, type Reader, type Reading } from './common.ts';
import { readChanges } from './read-changes.ts';
import { groupBy } from '../../../graph/catalogue/order.ts';

type Link = PairAlignment['links'][number];

const ORPHAN = /自己(新增|新加|加|提出|增加|定)|自行|(没有|无|找不到|缺少)(上级)?(的)?依据|(没有|无)上级/u;
const GAP = /(没有|没|还没|尚未|未)(有)?(落实|对应|承接|覆盖|跟进|分解)|找不到对应/u;
const CHAIN_DOWN = /落实了|下级|下面|哪些.{0,6}任务(来)?落实|有哪些.{0,6}落实|(怎么|如何|怎样|是怎么)(落实|承接|分解|贯彻)/u;
/** 都落实了市里哪些任务 / 市里哪些任务已经落实: the higher tasks some lower task carries out. */
const IMPLEMENTED = /落实了.{0,8}(哪些|哪几|什么|几)|(哪些|哪几).{0,10}(已经|已)(被)?落实/u;
/** Every lower plan named must carry the task out (都落实了), not any one of them. */
const EVERY_LOWER = /都|共同|均|同时/u;
const CHAIN_UP = /落实的是|对应|上级|依据|来自/u;
const LEVEL_WORDS: [RegExp, string][] = [[/省(里|级|的|政府)/u, '省'], [/市(里|级|的|政府)/u, '市'], [/(区|县)(里|级|的|政府)/u, '区']];
/** A question about units (哪些单位落实了…, 哪些任务没有落实牵头单位) is a duty question, not a cross-level one. */
const ABOUT_UNITS = /单位|部门|谁|哪家/u;
const THIS_TASK = /(这|该|这个|此)(项|条)?任务/u;
const MAX_DEPTH = 5;

/** The level the question names for the higher plan (市级任务, 省里), or null. */
function levelAsked(q: string): string | null {
  return LEVEL_WORDS.find(([re]) => re.test(q))?.[1] ?? null;
}

/** The lower plans the question is about: its scope, else a plan whose place's tail it names (江白区 for 丰川江白区). */
function lowerDocs(ctx: ReadCtx, data: AlignmentData): string[] | null {
  if (ctx.scope) return ctx.scope.docIds;
  const named = [...data.plans.values()].filter((p) => p.jurisdiction
    && [...Array(p.jurisdiction.length - 2).keys()].some((i) => ctx.q.includes(p.jurisdiction!.slice(i))));
  return named.length ? named.map((p) => p.id) : null;
}

/** The pairs asked about; a level word names the higher plan (市级任务没落实) — or, for orphans, the lower one (区里哪些任务是自己新增的). */
function pairsAsked(ctx: ReadCtx, data: AlignmentData, orphan: boolean): PairAlignment[] {
  const docs = lowerDocs(ctx, data);
  const level = levelAsked(ctx.q);
  const mine = data.pairs.filter((p) => !docs || docs.includes(p.lower.id));
  const at = (side: 'lower' | 'higher') => mine.filter((p) => data.plans.get(p[side].id)?.level === level);
  if (!level) return mine;
  return orphan && at('lower').length ? at('lower') : at('higher');
}

const taskRef = (ctx: ReadCtx, t: TaskBrief, withDoc = false) => `${withDoc ? docLabel(ctx, t.docId) : ''}第${t.number}项「${t.title}」`;

function addTasks(ctx: ReadCtx, b: AnswerBuilder, tasks: TaskBrief[]): void {
  for (const t of tasks) {
    const node = ctx.view.nodes.get(t.id);
    if (node) b.item(node);
  }
}

/** One answer over several pairs: a line per pair naming both plans, the tasks listed by number and title. */
function perPair(ctx: ReadCtx, pairs: PairAlignment[], pick: (p: PairAlignment) => TaskBrief[], say: (p: PairAlignment, n: number) => string): { text: string; tasks: TaskBrief[] } {
  const lines = pairs.map((p) => {
    const tasks = pick(p);
    return `${say(p, tasks.length)}${tasks.length ? `：${tasks.map((t) => taskRef(ctx, t)).join('、')}` : ''}`;
  });
  return { text: `${lines.join('；')}。`, tasks: pairs.flatMap(pick) };
}

function gaps(ctx: ReadCtx, pairs: PairAlignment[]): Reading {
  const b = newBuilder(ctx);
  const { text, tasks } = perPair(ctx, pairs, (p) => p.gaps,
    (p, n) => `${docLabel(ctx, p.higher.id)}中，${docLabel(ctx, p.lower.id)}还没有对应任务的有 ${n} 项`);
  addTasks(ctx, b, tasks);
  return reading('implementationGaps', { pairs: pairs.map((p) => ({ lower: p.lower.id, higher: p.higher.id })) },
    `我理解为：找上级方案里下级方案还没有落实（没有任何下级任务对应）的任务${COUNT_WORDS.test(ctx.q) ? '，并计数' : ''}`, b, text);
}

function orphans(ctx: ReadCtx, pairs: PairAlignment[]): Reading {
  const b = newBuilder(ctx);
  const { text, tasks } = perPair(ctx, pairs, (p) => p.orphans,
    (p, n) => `${docLabel(ctx, p.lower.id)}有 ${n} 项任务在${docLabel(ctx, p.higher.id)}中找不到对应（自行新增）`);
  addTasks(ctx, b, tasks);
  return reading('orphanTasks', { pairs: pairs.map((p) => ({ lower: p.lower.id, higher: p.higher.id })) },
    '我理解为：找下级方案里没有上级任务依据的任务（自行新增）', b, text);
}

function evidenceOf(l: Link): string {
  const words = [...l.evidence.indicators.map((x) => `指标「${x}」`), ...l.evidence.words.slice(0, 5).map((w) => `「${w}」`)];
  return `（相似度 ${l.score.toFixed(2)}，依据：${words.join('、') || '共同提及'}）`;
}

/** Every task reached from `start` by following links one way, each step with its link. */
function walk(start: string, next: Map<string, Link[]>, end: (l: Link) => string): Link[][] {
  const paths: Link[][] = [];
  const go = (id: string, path: Link[]) => {
    const out = next.get(id) ?? [];
    if (out.length === 0 || path.length >= MAX_DEPTH) { if (path.length) paths.push(path); return; }
    for (const l of out) if (!path.includes(l)) go(end(l), [...path, l]);
  };
  go(start, []);
  return paths;
}

function chain(ctx: ReadCtx, data: AlignmentData): Reading | null {
  const name = ctx.tasks[0].name;
  const down = CHAIN_DOWN.test(ctx.rest);
  const links = data.pairs.flatMap((p) => p.links);
  const next = groupBy(links, (l) => (down ? l.target : l.source));
  const end = (l: Link) => (down ? l.source : l.target);
  // Every task of that name; one reached from another (a city task under a district task of the same title) is said once.
  const tasks = (ctx.view.byName.get(name) ?? []).filter((n) => n.label === 'Task');
  const inScope = (id: string) => !ctx.scope || ctx.scope.docIds.includes(String(ctx.view.nodes.get(id)?.properties.docId ?? ''));
  const own = tasks.filter((n) => inScope(n.id));
  // 岚阳区怎么落实市里的「X」: the scope names the plans at the other end of the chain, not the task's own plan.
  const otherEnd = own.length === 0 && Boolean(ctx.scope);
  const named = otherEnd ? tasks : own;
  const pathsOf = (id: string) => walk(id, next, end).filter((path) => !otherEnd || path.some((l) => inScope(end(l))));
  const reached = new Set(named.flatMap((n) => pathsOf(n.id).flat().map(end)));
  if (named.length === 0) return null;
  const b = newBuilder(ctx);
  const lines: string[] = [];
  for (const s of named.filter((n) => !reached.has(n.id))) {
    const head = `${docLabel(ctx, String(s.properties.docId ?? ''))}第${String(s.properties.number ?? '')}项「${s.name}」`;
    const paths = pathsOf(s.id);
    if (paths.length === 0) { if (named.length === 1) lines.push(`${head}没有找到${down ? '落实它的下级任务' : '对应的上级任务（可能是本级自行新增）'}`); continue; }
    for (const path of paths) {
      addTasks(ctx, b, path.map((l) => (down ? l.sourceTask : l.targetTask)));
      lines.push(`${head}${path.map((l) => (down ? ` ← 由${taskRef(ctx, l.sourceTask, true)}落实` : ` → 落实${taskRef(ctx, l.targetTask, true)}`) + evidenceOf(l)).join('')}`);
    }
  }
  if (lines.length === 0) lines.push(`${named.map((n) => `${docLabel(ctx, String(n.properties.docId ?? ''))}「${n.name}」`).join('、')}都没有找到${down ? '落实它的下级任务' : '对应的上级任务'}`);
  return reading('taskLinks', { task: name, direction: down ? 'down' : 'up' },
    `我理解为：沿对应关系${down ? '向下找落实' : '向上找'}「${name}」的${down ? '下级任务' : '上级任务'}`, b, `${lines.join('；')}。`);
}

/**
 * 江白区和岚阳区都落实了市里哪些任务: per pair, the higher tasks some lower task carries out; with 都 and one higher plan
 * over several lower ones, only the tasks every lower plan carries out.
 */
function implemented(ctx: ReadCtx, pairs: PairAlignment[]): Reading {
  const b = newBuilder(ctx);
  const carried = (p: PairAlignment) => [...new Map(p.links.map((l) => [l.targetTask.id, l.targetTask])).values()]
    .sort((x, y) => Number(x.number) - Number(y.number));
  const highers = new Set(pairs.map((p) => p.higher.id));
  if (pairs.length > 1 && highers.size === 1 && EVERY_LOWER.test(ctx.rest)) {
    const sets = pairs.map((p) => new Set(carried(p).map((t) => t.id)));
    const shared = carried(pairs[0]).filter((t) => sets.every((ids) => ids.has(t.id)));
    addTasks(ctx, b, shared);
    const lowers = pairs.map((p) => docLabel(ctx, p.lower.id)).join('、');
    return reading('implementedTasks', { pairs: pairs.map((p) => ({ lower: p.lower.id, higher: p.higher.id })), every: true },
      '我理解为：找上级方案里每个下级方案都有任务落实的任务', b,
      `${docLabel(ctx, pairs[0].higher.id)}中，${lowers}都有任务落实的有 ${shared.length} 项${shared.length ? `：${shared.map((t) => taskRef(ctx, t)).join('、')}` : ''}。`);
  }
  const { text, tasks } = perPair(ctx, pairs, carried, (p, n) => `${docLabel(ctx, p.higher.id)}中，${docLabel(ctx, p.lower.id)}有任务落实的有 ${n} 项`);
  addTasks(ctx, b, tasks);
  return reading('implementedTasks', { pairs: pairs.map((p) => ({ lower: p.lower.id, higher: p.higher.id })) },
    '我理解为：找上级方案里已有下级任务落实的任务', b, text);
}

/** 这项任务对应省里哪项任务？ with no task named: ask for its name, with an example from the plans. */
function whichTask(ctx: ReadCtx, data: AlignmentData): Reading {
  const example = data.pairs.flatMap((p) => p.links)[0]?.sourceTask.title ?? '任务名称';
  return reading('taskLinks', { task: null }, '我理解为：查一项任务的上下级对应，但问题里没有写出是哪项任务', newBuilder(ctx),
    `请在问题里写出任务名称，例如：「${example}」对应上级哪项任务？`);
}

/**
 * A有、B没有的任务 / A里哪几项是B（市里方案）没有的: one plan's tasks that another lacks. Targets and units have readers of
 * their own; between a plan and the plan it carries out, the tasks one has and the other lacks are the alignment's own
 * answer — the higher plan's gaps or the lower plan's orphans.
 */
const NOT_TASKS = /目标|指标/u;

/** The plans that have the tasks and the plans that lack them: the plan named first has them (a level word names a plan too). */
function sidesAsked(ctx: ReadCtx, data: AlignmentData): { has: string[]; lacks: (id: string) => boolean } | null {
  const groups = ctx.scope?.groups ?? [];
  if (groups.length >= 2) {
    const lacking = new Set(groups.slice(1).flat());
    return { has: groups[0], lacks: (id) => lacking.has(id) };
  }
  const level = levelAsked(ctx.q);
  if (groups.length !== 1 || !level) return null;
  const atLevel = (id: string) => data.plans.get(id)?.level === level && !groups[0].includes(id);
  // The scope phrase is blanked in ctx.q: where its blank starts is where the question named it.
  const scopeFirst = ctx.q.indexOf('\u3000') < ctx.q.search(LEVEL_WORDS.find(([re]) => re.test(ctx.q))![0]);
  if (scopeFirst) return { has: groups[0], lacks: atLevel };
  const has = [...data.plans.keys()].filter(atLevel);
  return { has, lacks: (id) => groups[0].includes(id) };
}

function oneLacks(ctx: ReadCtx, data: AlignmentData): Reading | null {
  const sides = sidesAsked(ctx, data);
  if (!sides) return null;
  const orphanPairs = data.pairs.filter((p) => sides.has.includes(p.lower.id) && sides.lacks(p.higher.id));
  if (orphanPairs.length) return orphans(ctx, orphanPairs);
  const gapPairs = data.pairs.filter((p) => sides.has.includes(p.higher.id) && sides.lacks(p.lower.id));
  return gapPairs.length ? gaps(ctx, gapPairs) : null;
}

export const readAlignment: Reader = (ctx) => {
  const data = ctx.alignment;
  if (!data || (data.pairs.length === 0 && data.versions.length === 0)) return null;
  if (ABOUT_UNITS.test(ctx.rest)) return readChanges(ctx, data);
  if (data.pairs.length && ctx.tasks.length === 0 && ONE_LACKS.test(ctx.rest) && !NOT_TASKS.test(ctx.rest) && !GAP.test(ctx.rest) && !ORPHAN.test(ctx.rest)) {
    const read = oneLacks(ctx, data);
    if (read) return read;
  }
  if (data.pairs.length && ctx.tasks.length === 0 && THIS_TASK.test(ctx.q) && CHAIN_UP.test(ctx.q)) return whichTask(ctx, data);
  if (data.pairs.length && ctx.tasks.length && !GAP.test(ctx.rest) && !ORPHAN.test(ctx.rest) && (CHAIN_DOWN.test(ctx.rest) || CHAIN_UP.test(ctx.rest))) return chain(ctx, data);
  if (data.pairs.length && ctx.tasks.length === 0 && IMPLEMENTED.test(ctx.rest) && !GAP.test(ctx.rest) && !ORPHAN.test(ctx.rest)) {
    const pairs = pairsAsked(ctx, data, false);
    if (pairs.length) return implemented(ctx, pairs);
  }
  if (ORPHAN.test(ctx.q) || GAP.test(ctx.q)) {
    const orphan = ORPHAN.test(ctx.q);
    const pairs = pairsAsked(ctx, data, orphan);
    if (pairs.length) return orphan ? orphans(ctx, pairs) : gaps(ctx, pairs);
  }
  return readChanges(ctx, data);
};
