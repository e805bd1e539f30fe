// Targets by indicator: 城镇化率要提高到多少 → the targets whose indicator shares the most words with the question.
import type { GraphNode } from '../../../graph/model.ts';
import { docLabel, inScope, newBuilder, ONE_LACKS, reading, type ReadCtx, type Reader, type Reading } from './common.ts';
import { yearIn } from '../keywords.ts';
import { docOf } from './view.ts';
import { nodesMaybeContaining } from './view-sets.ts';

const ASKS_VALUE = /多少|几|目标|指标|达到|提高到|提升到|突破|控制在|稳定在|下降|增长|比重|率|高多少|哪个高|更高|target|goal/iu;
const NOT_TARGET = /几项任务|多少项任务|几个单位|多少个单位|几个(配合|责任)|几条|几个文件|几部分|单位|部门/u;
/** 单位 of an indicator (单位工业增加值用水量, 单位地区生产总值能耗) means "per unit", not a body. */
const PER_UNIT = /单位(?=地区|工业|国内|生产总值|GDP|增加值|面积|产品|能耗)/giu;
/** 谁 / 哪家 asks for a unit, unless the question compares targets (谁的目标更高). */
const WHO = /谁|哪家/u;
const TARGET_WORD = /目标|指标/u;
/** 那个指标谁牵头 / 这项目标由谁负责: a duty asked of a target's task, whose lead is the answer, not its value. */
const DUTY_ASKED = /(?:谁|哪家|哪个(?:单位|部门))(?:来)?(?:牵头|负责|主办|落实|抓|管)|由谁|归谁|找谁/u;
/** Question words, verbs of change and scope words carry no indicator. */
const NOISE = /、|谁|要求|要|达到|提高到|提升到|提高|突破|控制在|稳定在|以内|以上|左右|多少|目标|指标|是|的|到|年|全区|我区|方案|文件|哪些|哪个|设定了|设定|有|在|(?<!公)里(?!程)|中|各个|分别|各自|各|两个区|区的|比|高|更|一样吗|写的|和|与|吗|呢|\d{4}/gu;
/** A target must share at least this much with the question to be its answer. */
const MIN_SCORE = 0.34;
/** Targets scoring within this share of the best one answer too (日供水能力 and 新增日供水能力). */
const NEAR_BEST = 0.75;

/**
 * GDP is the plans' 地区生产总值, however either side writes it (黄冈's GDP增长10%以上, a question's 地区生产总值增长): both
 * are read in one spelling before their pairs are counted.
 */
const GDP = /gdp/giu;

function bigrams(s: string): Set<string> {
  const clean = s.replace(GDP, '地区生产总值').toLowerCase().replace(/[^\p{Script=Han}a-z0-9%]/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) out.add(clean.slice(i, i + 2));
  if (clean.length === 1) out.add(clean);
  return out;
}

/** Per view: each target's indicator pairs, and pair → positions in view.targets, so a question scores only targets it shares a pair with. */
interface TargetIndex {
  pairs: Map<GraphNode, Set<string>>;
  byPair: Map<string, number[]>;
  /** Shared-pair counts per target, reused by every question (zeroed again after each). */
  shared: Uint16Array;
}

const indexes = new WeakMap<ReadCtx['view'], TargetIndex>();

function targetIndex(view: ReadCtx['view']): TargetIndex {
  const known = indexes.get(view);
  if (known) return known;
  const index: TargetIndex = { pairs: new Map(), byPair: new Map(), shared: new Uint16Array(view.targets.length) };
  view.targets.forEach((t, i) => {
    const pairs = bigrams(String(t.properties.indicator ?? t.name).replace(/^\d+\./u, ''));
    index.pairs.set(t, pairs);
    for (const g of pairs) {
      const list = index.byPair.get(g);
      if (list) list.push(i);
      else index.byPair.set(g, [i]);
    }
  });
  indexes.set(view, index);
  return index;
}

/**
 * Targets in scope scoring at least MIN_SCORE, in view order, each with its score: the shared pairs are counted off
 * the pair lists into one typed array, so no target's pairs are walked and only the few that score are made objects
 * (a common pair such as 生产 lists thousands of targets at 1,000 documents).
 */
function scoredCandidates(ctx: ReadCtx, q: Set<string>): Array<{ t: GraphNode; s: number }> {
  const { byPair, pairs, shared } = targetIndex(ctx.view);
  const touched: number[] = [];
  for (const g of q) {
    for (const i of byPair.get(g) ?? []) {
      if (shared[i] === 0) touched.push(i);
      shared[i] += 1;
    }
  }
  const kept: Array<{ i: number; t: GraphNode; s: number }> = [];
  for (const i of touched) {
    const t = ctx.view.targets[i];
    const s = score(shared[i], pairs.get(t)!.size, q.size);
    shared[i] = 0;
    if (s >= MIN_SCORE) kept.push({ i, t, s });
  }
  return kept.sort((a, b) => a.i - b.i).filter(({ t }) => inScope(ctx, t)).map(({ t, s }) => ({ t, s }));
}

/** Shared pairs over the geometric mean of the two pair counts (a cosine of pair sets). */
function score(shared: number, indicatorPairs: number, questionPairs: number): number {
  if (indicatorPairs === 0 || questionPairs === 0) return 0;
  return shared / Math.sqrt(indicatorPairs * questionPairs);
}

/** The same cosine between the question's pairs and a text's pairs (the sentence before a target). */
function pairCosine(q: Set<string>, pairs: Set<string>): number {
  let shared = 0;
  for (const g of pairs) if (q.has(g)) shared++;
  return score(shared, pairs.size, q.size);
}

/** 哪个更高, 谁的多, 比…: a comparison asked (多少 asks a value, not which is more). */
const ASKS_HIGHER = /高|多(?!少)|比|一样/u;

/**
 * Which of two plans' values is higher — only when they are in one unit: 1650亿元 against 增长15% are not comparable,
 * and saying one is higher would be a confident wrong sentence.
 */
function higherOf(ctx: ReadCtx, found: GraphNode[]): string {
  const measured = found.filter((t) => Number.isFinite(Number(t.properties.value)));
  if (measured.length < 2) return '';
  const units = [...new Set(measured.map((t) => String(t.properties.unit ?? '')))];
  if (units.length > 1) return `；两者单位不同（${units.map((u) => u || '无单位').join('、')}），不能直接比较高低`;
  return `；其中较高的是${docLabel(ctx, docOf(measured.reduce((x, y) => (Number(y.properties.value) > Number(x.properties.value) ? y : x))))}`;
}

/** 城乡居民收入分别增长12%和14%: one indicator given several values (one per group), the target keeps the first. */
const SEVERAL_VALUES = /分别[^。；;，,]*?\d[^。；;，,]*?[和、与及][^。；;，,]*?\d/u;

function valueOf(t: GraphNode): string {
  const p = t.properties;
  const value = p.value === null || p.value === undefined ? '' : `${p.value}${p.unit ?? ''}`;
  const all = typeof p.text === 'string' && SEVERAL_VALUES.test(p.text) ? `（原文：${p.text}）` : '';
  return `${String(p.indicator ?? t.name).replace(/^\d+\./u, '')} ${value}${all}${p.year ? `（${p.year}年）` : ''}`;
}

/** The question's frame after the indicator (要达到多少, 的目标是多少): the rest names the indicator as the text does. */
const ASKED_TAIL = /(?:的)?(?:目标|指标)?(?:是|要|将|需要)?(?:达到|提高到|提升到|突破|控制在)?(?:多少|几)[^\p{Script=Han}]*(?:名|个|人|家)?[？?。]*$/u;

/** A number after the indicator in the same clause: 人才资源总量达到320万名左右 → 320万名. */
const VALUE_AFTER = /^[^。；;，,\d]{0,8}?(\d+(?:\.\d+)?\s*(?:万|亿|千)?(?:亿元|万元|元|名|人|个|家|%|公里|平方米|微克每立方米|微克\/立方米|吨|项|所|座|倍|天)?(?:左右|以上|以内)?)/u;

/** An indicator the parser kept no Target for, read from the text of the tasks that state it word for word. */
function valueInText(ctx: ReadCtx, indicator: string): Reading | null {
  if (indicator.length < 4 || /\s/u.test(indicator)) return null;
  // The text may bracket part of the name (细颗粒物(PM2.5)年均浓度): brackets between its characters are allowed.
  const pattern = new RegExp([...indicator].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')).join('[()（）]?'), 'u');
  const needle = (indicator.match(/\p{Script=Han}{4,}/gu) ?? [indicator]).sort((a, b) => b.length - a.length)[0];
  const b = newBuilder(ctx);
  const lines: string[] = [];
  // A plan's targets often sit in a section of their own (一、目标要求) with no item under it.
  for (const t of nodesMaybeContaining(ctx.view, needle)) {
    if (!inScope(ctx, t)) continue;
    const text = String(t.properties.text ?? '');
    const found = pattern.exec(text);
    const at = found ? found.index : -1;
    const m = found ? VALUE_AFTER.exec(text.slice(at + found[0].length)) : null;
    if (!found || !m) continue;
    const said = text.slice(at, at + found[0].length + m[0].length);
    const start = Number(t.properties.start ?? 0) + at;
    b.item(t).cite({ docId: docOf(t), start, end: start + said.length, text: said });
    lines.push(`${docLabel(ctx, docOf(t))}「${t.name}」：${said}`);
  }
  if (lines.length === 0) return null;
  return reading('targets', { text: indicator, ...(ctx.scope ? { docIds: ctx.scope.docIds } : {}) },
    `我理解为：查「${indicator}」的数值；它没有被识别为目标指标，按任务原文作答`, b, `${lines.slice(0, 6).join('；')}。`);
}

/** Per view: each target's clause pairs, read once; a target named in hundreds of plans was read again by every question. */
const clausePairs = new WeakMap<ReadCtx['view'], Map<GraphNode, Set<string>>>();

function clausePairsOf(ctx: ReadCtx, t: GraphNode): Set<string> {
  let known = clausePairs.get(ctx.view);
  if (!known) clausePairs.set(ctx.view, (known = new Map()));
  let pairs = known.get(t);
  if (!pairs) known.set(t, (pairs = bigrams(clauseBefore(ctx, t))));
  return pairs;
}

/** The task whose text states the target. */
function taskOf(ctx: ReadCtx, t: GraphNode): GraphNode | undefined {
  const at = Number(t.properties.start ?? 0);
  return (ctx.view.tasksByDoc.get(docOf(t)) ?? []).find((n) => Number(n.properties.start ?? 0) <= at && at < Number(n.properties.end ?? 0));
}

/** The clause of its task's text that leads up to a target (实施省道提升工程3条,总里程51.4公里 → 实施省道提升工程3条,). */
function clauseBefore(ctx: ReadCtx, t: GraphNode): string {
  const at = Number(t.properties.start ?? 0);
  const task = taskOf(ctx, t);
  if (!task) return String(t.properties.text ?? '');
  const before = String(task.properties.text ?? '').slice(0, at - Number(task.properties.start ?? 0));
  return `${before.split(/[;；。]/u).pop() ?? ''}${String(t.properties.text ?? '')}`;
}

/** 什么时候前达到 / 何时完成 / 哪年底前: the question asks by when, which the target's own clause says. */
const WHEN_ASKED = /什么时候|何时|啥时候|哪年|几月|截止|期限|时限|\bwhen\b|\bby what date\b/iu;
/** A deadline as plans write it: 2021年2月底前, 2026年底前, 10月30日前, 6月底以前. */
export const DEADLINE = /(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月(?:\d{1,2}日)?)(?:底|末|中旬|上旬|下旬)?(?:前|以前|之前)/u;

/** The deadline the clause leading up to a target sets (2021年2月底前,群众对生活垃圾分类的知晓率达90%以上), as the answer says it. */
function deadlineOf(ctx: ReadCtx, t: GraphNode): string {
  const m = DEADLINE.exec(clauseBefore(ctx, t)) ?? DEADLINE.exec(String(taskOf(ctx, t)?.properties.text ?? ''));
  return m ? `（时限：${m[0]}）` : '';
}

/** A question that compares what two places of a plan write (…工作目标和任务里写的一样吗) wants every value. */
const SAME_OR_NOT = /一样|相同|不同|一致|区别|差别/u;

/** A unit of measure the question names (总里程多少公里): targets in that unit, when there are any. */
const UNIT_ASKED = /公里|亿元|万元|平方米|万吨|吨|百分点|%/u;

function inUnitAsked<T extends { t: GraphNode }>(q: string, scored: T[]): T[] {
  const unit = UNIT_ASKED.exec(q)?.[0];
  const hits = unit ? scored.filter((x) => x.t.properties.unit === unit) : [];
  return hits.length ? hits : scored;
}

/**
 * Plans write one indicator with their own scope before it (区本级固定资产投资增长, 固定资产投资增长) and GDP in three
 * ways (地区生产总值, 生产总值, GDP): the same indicator when one plan's name ends with the other's, GDP read as one.
 */
const INDICATOR_SCOPE = /^(?:全区|全市|全县|全省|区本级|市本级|县本级|本级|地区)/u;
const MIN_INDICATOR = 4;

function indicatorKey(t: GraphNode): string {
  return String(t.properties.indicator ?? t.name).replace(/^\d+\./u, '').replace(GDP, '地区生产总值').replace(INDICATOR_SCOPE, '').replace(/\s/gu, '');
}

function sameIndicator(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= MIN_INDICATOR && (a.endsWith(b) || b.endsWith(a)));
}

/** 莲都区有哪些目标是丽水市的方案里没有的: the first plan's targets whose indicator no other plan named sets. */
function targetsMinus(ctx: ReadCtx): Reading {
  const [first, ...others] = ctx.scope!.groups;
  const ofDocs = (docIds: string[]) => ctx.view.targets.filter((t) => docIds.includes(docOf(t)));
  const theirs = ofDocs(others.flat()).map(indicatorKey);
  const only = ofDocs(first).filter((t) => !theirs.some((k) => sameIndicator(indicatorKey(t), k)));
  const b = newBuilder(ctx);
  for (const t of only) b.item(t).cite({ docId: docOf(t), start: Number(t.properties.start ?? 0), end: Number(t.properties.end ?? 0), text: String(t.properties.text ?? '') });
  // The tasks that set them, after the targets: who answers for each is one step away.
  for (const t of only) {
    const task = taskOf(ctx, t);
    if (task) b.item(task);
  }
  const label = (docIds: string[]) => docIds.map((id) => docLabel(ctx, id)).join('、');
  const what = `${label(first)}有、${label(others.flat())}没有的目标指标`;
  return reading('targets', { docIds: first, except: others.flat() }, `我理解为：列出${what}（同一指标的不同写法算作都有）`, b,
    only.length ? `${what}共 ${only.length} 个：${only.map(valueOf).join('；')}。` : `没有找到${what}。`);
}

/**
 * Plans asked side by side (海曙2023年和2024年的…目标) where a plan states the indicator in words with no number
 * (一般公共预算收入与经济增长基本同步): its tasks whose title names the indicator, for each plan no target answered.
 */
/** The longest run of four or more characters of an indicator asked: what a plan with no number for it titles its task by. */
function unmeasuredName(indicator: string): string | undefined {
  return (indicator.match(/\p{Script=Han}{4,}/gu) ?? []).sort((a, b) => b.length - a.length)[0];
}

/** A sentence of the task's text that names the indicator and states a number the parser kept no target for (城市建成区40%的区域达到海绵城市建设要求). */
function figureSaid(task: GraphNode, name: string): string | null {
  const sentences = String(task.properties.text ?? '').split(/[。；;\n]/u).map((x) => x.trim());
  return sentences.find((x) => x.includes(name) && /\d/u.test(x.replace(/^\d+[.、]/u, ''))) ?? null;
}

function unmeasuredInGroups(ctx: ReadCtx, indicator: string, perDoc: Map<string, GraphNode[]>): GraphNode[] {
  if (!ctx.scope || ctx.scope.groups.length < 2) return [];
  const name = unmeasuredName(indicator);
  if (!name) return [];
  return ctx.scope.groups.filter((g) => !g.some((id) => perDoc.has(id)))
    .flatMap((g) => g.flatMap((id) => (ctx.view.tasksByDoc.get(id) ?? []).filter((t) => t.name.includes(name))));
}

/** Per question: readPerPlanFigures and readFigures ask readTargets first, and it is a reader of its own after them. */
const readOnce = new WeakMap<ReadCtx, Reading | null>();

export const readTargets: Reader = (ctx) => {
  if (!readOnce.has(ctx)) readOnce.set(ctx, targetsOf(ctx));
  return readOnce.get(ctx)!;
};

function targetsOf(ctx: ReadCtx): Reading | null {
  // 目标 may be linked as a task's title (a plan's item 1.目标): look for it in the question itself.
  if (ctx.scope && ctx.scope.groups.length >= 2 && TARGET_WORD.test(ctx.q) && ONE_LACKS.test(ctx.q)) return targetsMinus(ctx);
  if (!ASKS_VALUE.test(ctx.q) || NOT_TARGET.test(ctx.rest.replace(PER_UNIT, '')) || ctx.mentions.some((m) => m.kind === 'unit')) return null;
  // 目标 may be linked as a task's title (a plan's item 1.目标): look for it in the question itself.
  if (WHO.test(ctx.rest) && (!TARGET_WORD.test(ctx.q) || DUTY_ASKED.test(ctx.rest))) return null;
  const indicator = ctx.q.replace(NOISE, ' ').replace(/\s+/gu, ' ').trim();
  const q = bigrams(indicator);
  const year = yearIn(ctx.q);
  const pool = scoredCandidates(ctx, q);
  // A year narrows the targets only when some in scope are of that year.
  const ofYear = Boolean(year) && ctx.view.targets.some((t) => t.properties.year === year && inScope(ctx, t));
  const scored = (ofYear ? pool.filter((x) => x.t.properties.year === year) : pool).filter((x) => x.s >= MIN_SCORE);
  if (scored.length === 0) return valueInText(ctx, ctx.q.replace(ASKED_TAIL, '').replace(/[\s\u3000]/gu, ''));
  const kept = inUnitAsked(ctx.q, scored);
  const best = Math.max(...kept.map((x) => x.s));
  const perDoc = new Map<string, GraphNode[]>();
  // Read once per target, and only for the near-best ones: the sort's comparator would read each many times over
  // (a target named in hundreds of plans cost 60–160 ms a question at 1,000 documents).
  const contexts = new Map<GraphNode, number>();
  const context = (t: GraphNode) => contexts.get(t) ?? contexts.set(t, pairCosine(q, clausePairsOf(ctx, t))).get(t)!;
  const near = kept.filter((x) => x.s >= best * NEAR_BEST);
  for (const { t } of near.sort((a, b) => b.s - a.s || context(b.t) - context(a.t))) {
    const list = perDoc.get(docOf(t)) ?? [];
    // One plan's several 总里程: the one whose sentence shares most with the question (省道提升工程…总里程51.4公里).
    const same = list.find((x) => x.properties.indicator === t.properties.indicator);
    if (same && !SAME_OR_NOT.test(ctx.q) && context(same) > context(t)) continue;
    if (!list.some((x) => valueOf(x) === valueOf(t))) list.push(t);
    perDoc.set(docOf(t), list);
  }
  const b = newBuilder(ctx);
  const found = [...perDoc.values()].flat();
  for (const t of found) {
    b.item(t).cite({ docId: docOf(t), start: Number(t.properties.start ?? 0), end: Number(t.properties.end ?? 0), text: String(t.properties.text ?? '') });
  }
  const dated = (t: GraphNode) => `${valueOf(t)}${WHEN_ASKED.test(ctx.q) ? deadlineOf(ctx, t) : ''}`;
  const lines = [...perDoc.entries()].map(([docId, ts]) => `${docLabel(ctx, docId)}：${ts.slice(0, 4).map(dated).join('；')}`);
  const unmeasured = unmeasuredInGroups(ctx, indicator, perDoc);
  if (unmeasured.length) {
    // Side by side, each plan answers with its task: the ones that set a number, then the ones that state it in words.
    for (const t of found) {
      const task = taskOf(ctx, t);
      if (task) b.item(task);
    }
    for (const task of unmeasured) {
      b.item(task);
      const said = figureSaid(task, unmeasuredName(indicator)!);
      lines.push(`${docLabel(ctx, docOf(task))}：「${task.name}」${said ? `，原文：${said}` : '（未写数值）'}`);
    }
  }
  const compare = perDoc.size === 2 && ASKS_HIGHER.test(ctx.q) ? higherOf(ctx, found) : '';
  return reading('targets', { ...(year ? { year } : {}), text: indicator, ...(ctx.scope ? { docIds: ctx.scope.docIds } : {}) },
    `我理解为：查${year ? `${year}年` : ''}目标指标「${indicator}」的数值`, b, `${lines.join('；')}${compare}。`);
}
