// Comparisons: two units (谁更多, 比…多), a function against a function (财政部门和住建部门), one unit name in two
// places (辽宁和河南的省发展改革委), or two places' plans (辽宁和河南的方案哪个任务多).
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { GraphNode } from '../../../graph/model.ts';
import type { Mention } from '../link.ts';
import { cite, countsByDocument, docLabel, dutiesOfUnit, placeOf, newBuilder, reading, roleIn, roleZh, scopeNote, tasksOf, tasksUnder, type ReadCtx, type Reader, type Reading } from './common.ts';
import { docOf, type Duty } from './view.ts';
import { docInfo } from './view-sets.ts';

// 比 before 多 or 少 compares (A比B多几项); 比例, 比重 are shares, not comparisons; 在A里多还是在B里多 weighs two sides.
export const COMPARE = /谁.{0,8}(多|少)|哪(?:个|一?条|一?项|件).{0,6}(多|少)|相比|比较|比(?![例重率])[^，,。？?]{0,12}(多|少)|一样多|差多少|更多|更少|(多|少)[，,]?还是/u;
/** 财政部门, 发改系统: a function named as a whole means each of its units, not the likelier one. */
export const FUNCTION_WORD = /(部门|系统)$/u;
/** A count of a plan's own items, not of one unit's duties. */
const ASKS_TASKS = /任务|项目|事项|工作/u;

/** One side of a comparison: how the answer names it, and its duties. */
interface Side {
  name: string;
  duties: Duty[];
  units: GraphNode[];
}

/** A mention's side: every unit of a function word, else the likelier unit (all jurisdictions' units of that name). */
function sideOf(ctx: ReadCtx, m: Mention, role: Role | null): Side {
  const names = FUNCTION_WORD.test(m.surface) ? [...new Set(m.targets.map((t) => t.name))] : [m.targets[0].name];
  const duties = names.flatMap((n) => dutiesOfUnit(ctx, n, role));
  return { name: names.length > 1 ? m.surface : names[0], duties, units: [...new Map(duties.map((d) => [d.unit.id, d.unit])).values()] };
}

/**
 * One unit name, one side per document of the scope that gives it duties (辽宁省 and 河南省 each have a 省发展改革委);
 * a short name the scope's plans write each their own way (财政局: 丽水's 市财政局, 莲都's 区财政局) gives each plan's body.
 */
function sidesByDocument(ctx: ReadCtx, names: string[], role: Role | null): Side[] {
  const byDoc = new Map<string, Duty[]>();
  // A scope of two plans has two sides even when one plan gives the unit none of the role asked (it counts 0).
  if (ctx.scope?.docIds.length === 2) for (const id of ctx.scope.docIds) byDoc.set(id, []);
  for (const d of names.flatMap((n) => dutiesOfUnit(ctx, n, role))) byDoc.set(docOf(d.task), [...(byDoc.get(docOf(d.task)) ?? []), d]);
  return [...byDoc.entries()].map(([docId, duties]) => {
    const units = [...new Map(duties.map((d) => [d.unit.id, d.unit])).values()];
    const shown = units.length ? [...new Set(units.map((u) => u.name))] : names;
    return { name: `${placeOf(ctx, docId)}的${shown.map((n) => `「${n}」`).join('、')}`, duties, units };
  });
}

function answerSides(ctx: ReadCtx, a: Side, z: Side, role: Role | null): Reading {
  const [na, nz] = [tasksOf(a.duties).length, tasksOf(z.duties).length];
  const ranked = na >= nz ? [a, z] : [z, a];
  const b = newBuilder(ctx);
  for (const s of ranked) for (const u of s.units) b.item(u);
  cite(b, [...a.duties, ...z.duties]);
  const what = roleZh(role);
  const label = (s: Side) => (s.name.includes('「') ? s.name : `「${s.name}」`);
  // Units of one name in several documents' jurisdictions: each count says where it comes from.
  const where = (s: Side) => {
    const perDoc = countsByDocument(ctx, tasksOf(s.duties));
    return perDoc.length > 1 ? `（${perDoc.join('、')}）` : '';
  };
  const verdict = na === nz ? `两者一样多（各 ${na} 项）` : `${label(ranked[0])}更多，多 ${Math.abs(na - nz)} 项`;
  return reading('compareUnits', { a: a.name, b: z.name, ...(role ? { role } : {}) }, `我理解为：比较${label(a)}和${label(z)}${what}的任务数`, b,
    `${scopeNote(ctx)}${label(a)}${what} ${na} 项${where(a)}，${label(z)}${what} ${nz} 项${where(z)}：${verdict}。`);
}

/** 辽宁和河南的方案哪个任务多: the plans of the places named, by how many tasks each holds. */
function compareDocuments(ctx: ReadCtx): Reading | null {
  const docIds = ctx.scope?.docIds ?? [];
  if (docIds.length < 2 || !ASKS_TASKS.test(ctx.rest)) return null;
  const ranked = docIds.map((id) => [id, ctx.view.tasksByDoc.get(id) ?? []] as const).sort((x, y) => y[1].length - x[1].length);
  const b = newBuilder(ctx);
  for (const [id, ts] of ranked) {
    b.item({ id, label: 'Document', name: docInfo(ctx.view, id)?.name.name ?? id });
    for (const t of ts) b.node(t);
  }
  const line = ranked.map(([id, ts]) => `${docLabel(ctx, id)}${ts.length} 项`).join('，');
  const [top, next] = ranked;
  const verdict = top[1].length === next[1].length ? '一样多' : `${placeOf(ctx, top[0])}的更多`;
  return reading('documentTasks', { docIds: ranked.map(([id]) => id), count: true }, `我理解为：比较${ranked.map(([id]) => placeOf(ctx, id)).join('和')}的方案各有多少项任务`, b,
    `${line}：${verdict}。`);
}

/** A body's name beside the one the graph knows (市生态环境局和市公安局谁…多), that no loaded plan gives a duty: it counts 0. */
const BODY_NAME = /^[\p{Script=Han}]{1,12}?(局|委|厅|办|委员会|中心|部)$/u;

function absentBody(ctx: ReadCtx, m: Mention): string | null {
  const joined = /^\s*(和|与|跟|同|及)([\p{Script=Han}]{2,14}?)(谁|哪个)/u.exec(ctx.q.slice(m.end)) ?? /([\p{Script=Han}]{2,14}?)(和|与|跟|同)\s*$/u.exec(ctx.q.slice(0, m.start));
  const name = joined ? (joined[1].length === 1 ? joined[2] : joined[1]) : null;
  return name && BODY_NAME.test(name) && !ctx.view.byName.has(name) ? name : null;
}

/**
 * 主要目标里A和B谁牵头的多: a section named beside two units is where their tasks are counted. One that holds neither's
 * duty is no such place (任务分解 said as a plan's genre, matching another plan's heading): the whole reach is counted.
 */
function withinSection(ctx: ReadCtx, a: Side, z: Side): [Side, Side] {
  const under = new Set(ctx.tasks.flatMap((t) => tasksUnder(ctx, t.id)).map((t) => t.id));
  const keep = (s: Side): Side => {
    const duties = s.duties.filter((d) => under.has(d.task.id));
    return { ...s, duties, units: [...new Map(duties.map((d) => [d.unit.id, d.unit])).values()] };
  };
  const [ka, kz] = [keep(a), keep(z)];
  return ka.duties.length + kz.duties.length > 0 ? [ka, kz] : [a, z];
}

export const readComparison: Reader = (ctx) => {
  // Two named tasks weighed by their units are read-compare-tasks.ts's; a section named is where two units are counted.
  const sections = ctx.tasks.filter((t) => t.label === 'Section').length;
  if (!COMPARE.test(ctx.rest) || ctx.entities.length > 0 || ctx.tasks.length !== sections) return null;
  const ms = ctx.mentions.filter((m) => m.kind === 'unit');
  const role = roleIn(ctx.rest);
  if (ms.length === 2) {
    const [a, z] = withinSection(ctx, sideOf(ctx, ms[0], role), sideOf(ctx, ms[1], role));
    if (a.name !== z.name) return answerSides(ctx, a, z, role);
  }
  if (sections > 0) return null;
  if (ms.length >= 1 && new Set(ms.map((m) => m.targets[0].name)).size === 1) {
    // With a scope, the mention's several names are that function's bodies in the scope's plans (narrowToScope).
    const names = ctx.scope ? [...new Set(ms.flatMap((m) => m.targets.map((t) => t.name)))] : [ms[0].targets[0].name];
    const sides = sidesByDocument(ctx, names, role);
    if (sides.length === 2) {
      const answer = answerSides(ctx, sides[0], sides[1], role);
      // Each plan's own body is meant: the names are the answer, not an ambiguity to report.
      return names.length > 1 ? { ...answer, params: { ...answer.params, units: names } } : answer;
    }
    const absent = ms.length === 1 ? absentBody(ctx, ms[0]) : null;
    if (!absent) return null;
    const answer = answerSides(ctx, sideOf(ctx, ms[0], role), { name: absent, duties: [], units: [] }, role);
    return { ...answer, composed: { ...answer.composed, text: `${answer.composed.text}（「${absent}」在已导入文件的分工里没有出现。）` } };
  }
  return ms.length === 0 ? compareDocuments(ctx) : null;
};
