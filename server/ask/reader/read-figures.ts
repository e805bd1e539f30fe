// A figure a plan states in a task's words but the parser kept no Target for (培训班15班次以上, 累计完成1.83万套,
// 投资额的20%): retrieve the tasks that share the question's words (BM25), then read the clause of their text that
// states a number and shares most of the question's words — the sentence is the answer, quoted.
import { simplifyShortText } from '../../../graph/read/script.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { charPairs, docLabel, inScope, newBuilder, reading, type ReadCtx, type Reader, type Reading } from './common.ts';
import { DEADLINE, readTargets } from './read-targets.ts';
import { docOf } from './view.ts';
import { nodesMaybeContaining } from './view-sets.ts';

/** A value asked: 多少套, 几个班次, 多少比例, 多大, 哪个(比例)高. */
const ASKS_FIGURE = /多少|几|多大|比例|上限/u;
/** Counting the plans' own things (几项任务, 多少个单位, 几个文件) or asking who: not a figure in a sentence. */
const COUNTS_ITEMS = /(?:几|多少)(?:个|项|条|份|家|部分)?[^，,。？?\d]{0,4}?(?:任务|单位|部门|文件|方案|章节|部分|项目|目标|指标|工作|事)|几项|多少项|几条|谁|哪个|哪些|哪家/u;
/** The measure a question asks in (多少套 → 套, 多少比例 → %): a clause stating a number in it is preferred. */
const MEASURE_ASKED = /(?:多少|几)(?:个)?(万套|套|班次|期|起|件|人次|人|户|家|个|所|座|台|辆|处|公里|亿元|万元|元|吨|亩|平方米|平方公里|公顷|小时|天|年|月|%)|(比例|百分之|上限|最高|封顶)/u;
const MEASURE_OF: Record<string, RegExp> = { 比例: /%/u, 百分之: /%/u, 上限: /最高|不超过|上限/u, 最高: /最高|不超过|上限/u, 封顶: /最高|不超过|上限/u };
/** A number as plans write it, with its measure: 1.83万套, 15班次, 20%, 100 起, 5000万元. */
const NUMBER = /\d+(?:\.\d+)?\s*(?:万|亿|千)?\s*[\p{Script=Han}%]{0,3}/u;
/** A small count written in words (调整周期不超过三年): a figure only where the clause is in the measure a question asks. */
const WORD_COUNT = '[一二两三四五六七八九十]';
const IN_WORDS = new RegExp(WORD_COUNT, 'u');
/** Question words, frame verbs and a deadline (到2025年, which most of a plan's target sentences say) carry no content. */
const FRAME = /(?:到|至|截至)(?:19|20)\d{2}年(?:底|末)?|多少|几|多大|比例|要|需要|将|是|的|按|给|能|可以|每年|年度|一年|完成|达到|控制在|办|处理|[，,。？?\s\u3000]/gu;
/** How many tasks the search reads, and the share of the question's pairs a clause must hold. */
const TOP_TASKS = 5;
const MIN_SHARE = 0.3;

const pairs = (s: string) => charPairs(s, /[^\p{Script=Han}A-Za-z0-9]/gu);

interface Clause { task: GraphNode; text: string; start: number; share: number }

/**
 * Whether a sentence holds a question's pair, also with one or two characters between (技改 in 技术改造, 棚改 in
 * 棚户区改造): staff shorten the plans' words that way.
 */
function holds(sentence: string, pair: string): boolean {
  return sentence.includes(pair) || new RegExp(`${pair[0]}[^，,。；;]{1,2}${pair[1]}`, 'u').test(sentence);
}

/** The sentences of a task's text that hold a number (in the measure asked), each with the share of `asked` it holds. */
function clausesOf(task: GraphNode, asked: Set<string>, measure: RegExp | null): Clause[] {
  // Converted character for character, so offsets stay the original's.
  const text = simplifyShortText(String(task.properties.text ?? ''));
  const out: Clause[] = [];
  let at = 0;
  for (const sentence of text.split(/(?<=[。；;])/u)) {
    const body = sentence.replace(/^\s*\d+\./u, '');
    // With a measure asked, a count in words (三年) states the figure as well as digits do.
    if (measure ? measure.test(body) && (NUMBER.test(body) || IN_WORDS.test(body)) : NUMBER.test(body)) {
      const shared = [...asked].filter((p) => holds(body, p)).length;
      out.push({ task, text: body.replace(/\s+/gu, ''), start: Number(task.properties.start ?? 0) + at + sentence.indexOf(body), share: shared / Math.max(1, asked.size) });
    }
    at += sentence.length;
  }
  return out;
}

/** The measure a question asks in, as a test of a sentence (多少套 → a number before 套; 比例 → %). */
function measureOf(q: string): RegExp | null {
  const m = MEASURE_ASKED.exec(q);
  if (!m) return null;
  return m[2] ? MEASURE_OF[m[2]] : new RegExp(`(?:\\d|${WORD_COUNT})\\s*(?:万|亿|千)?\\s*(?:个)?${m[1]}`, 'u');
}

/** The year a question sets its figure by (到2030年底建成区多少…): FRAME drops it from the words searched, yet it picks the clause. */
const BY_YEAR = /(?:到|至|截至)((?:19|20)\d{2})年/u;

/**
 * The best sentence for these words among the tasks the search finds for them, or null below MIN_SHARE; with a year
 * asked by, a sentence that writes that year first (到2025年底…40%；到2030年底…80%).
 */
function bestClause(ctx: ReadCtx, content: string, measure: RegExp | null, year: string | null = null): Clause | null {
  const asked = pairs(content);
  if (asked.size < 2) return null;
  const hits = ctx.index.search(content, TOP_TASKS, (t) => !ctx.scope || ctx.scope.docIds.includes(t.docId));
  const clauses = hits.flatMap((h) => {
    const task = ctx.view.nodes.get(h.id);
    return task && inScope(ctx, task) ? clausesOf(task, asked, measure) : [];
  });
  // A section's text holds its tasks' sentences too: at an equal share the task that states it is cited.
  const isTask = (c: Clause) => (c.task.label === 'Task' ? 1 : 0);
  const ofYear = (c: Clause) => (year && c.text.includes(`${year}年`) ? 1 : 0);
  return clauses.filter((c) => c.share >= MIN_SHARE).sort((a, b) => ofYear(b) - ofYear(a) || b.share - a.share || isTask(b) - isTask(a))[0] ?? null;
}

/** The clause that states the figure asked, or null when no task's sentence holds enough of the question. */
function figureInText(ctx: ReadCtx): Reading | null {
  const content = ctx.q.replace(FRAME, ' ').replace(/\s+/gu, ' ').trim();
  const best = bestClause(ctx, content, measureOf(ctx.q), BY_YEAR.exec(ctx.q)?.[1] ?? null);
  if (!best) return null;
  const b = newBuilder(ctx);
  b.item(best.task).cite({ docId: docOf(best.task), start: best.start, end: best.start + best.text.length, text: best.text });
  return reading('readTask', { task: best.task.id, text: content }, `我理解为：查「${content}」的数值；它没有被识别为目标指标，按任务原文中写明数字的句子作答`, b,
    `${docLabel(ctx, docOf(best.task))}「${best.task.name}」写道：${best.text}`);
}

/**
 * A over B (技改项目和基础再造项目的补助比例哪个高, A与B，补助比例谁更高, A同B相比，哪个上限更高): two things, then the
 * words up to 高/大/多 hold what is compared.
 */
const TWO_COMPARED = /([^，,。？?\s\u3000里中]{2,12}?)(?:和|与|跟|同|还是)([^，,。？?\s\u3000]{2,12}?)(?=相比|比较|比|的|谁|哪|[，,])(?:相比|比较|比)?[，,]?([^，,。？?\s\u3000]{0,12}?)(?:更)?(?:高|大|多)/u;
const COMPARE_FRAME = /哪个|哪一个|哪项|谁|更|的|相比|比较/gu;
/** The number of the compared measure in a sentence: the % of 比例, the amount after 最高 of 上限. */
const VALUE_OF: Array<[RegExp, RegExp]> = [
  [/比例|百分之/u, /(\d+(?:\.\d+)?)\s*%/u],
  [/上限|最高|封顶/u, /(?:最高|不超过|上限)\D{0,4}(\d+(?:\.\d+)?)\s*(万|亿)?元/u],
];

function amount(m: RegExpExecArray): number {
  return Number(m[1]) * (m[2] === '亿' ? 10_000 : 1);
}

/** Each thing's sentence, its value of the measure compared, and which is higher. */
function compareInText(ctx: ReadCtx): Reading | null {
  const m = TWO_COMPARED.exec(ctx.q);
  const what = m ? m[3].replace(COMPARE_FRAME, '') : '';
  const value = VALUE_OF.find(([asked]) => asked.test(what))?.[1];
  if (!m || !value) return null;
  const measure = measureOf(what);
  const sides = [m[1], m[2]].map((side) => {
    const clause = bestClause(ctx, side, measure);
    const v = clause ? value.exec(clause.text) : null;
    return clause && v ? { side, clause, said: v[0], n: amount(v) } : null;
  });
  if (sides.some((x) => !x) || sides[0]!.clause.text === sides[1]!.clause.text) return null;
  const [a, c] = sides as NonNullable<(typeof sides)[number]>[];
  const b = newBuilder(ctx);
  for (const x of [a, c]) b.item(x.clause.task).cite({ docId: docOf(x.clause.task), start: x.clause.start, end: x.clause.start + x.clause.text.length, text: x.clause.text });
  const higher = a.n === c.n ? `两者相同（${a.said}）` : `较高的是「${(a.n > c.n ? a : c).side}」（${(a.n > c.n ? a : c).said}，另一项${(a.n > c.n ? c : a).said}）`;
  return reading('readTask', { text: `${a.side}|${c.side}|${what}` }, `我理解为：比较「${a.side}」和「${c.side}」的${what}，按任务原文中写明数字的句子作答`, b,
    `${higher}。原文：「${a.side}」——${a.clause.text}；「${c.side}」——${c.clause.text}`);
}

/**
 * 6月底前要完成多少: a plan that sets stages by month (3月底前完成20%，6月底前完成60%…) answers with the clause that opens
 * at the month said, in the plans asked about, when one does; the year said before it is the plan's, the clause rarely repeats it.
 */
function figureAtDeadline(ctx: ReadCtx): Reading | null {
  const said = DEADLINE.exec(ctx.q)?.[0].replace(/^(?:19|20)\d{2}年/u, '');
  if (!said || !ctx.scope || !/月/u.test(said)) return null;
  const b = newBuilder(ctx);
  const lines: string[] = [];
  for (const task of nodesMaybeContaining(ctx.view, said)) {
    if (task.label !== 'Task' || !inScope(ctx, task)) continue;
    const text = String(task.properties.text ?? '');
    const clause = text.split(/[，,；;。\n]/u).find((c) => c.includes(said) && NUMBER.test(c.slice(c.indexOf(said) + said.length)));
    if (!clause || lines.some((l) => l.endsWith(clause))) continue;
    const start = Number(task.properties.start ?? 0) + text.indexOf(clause);
    b.item(task).cite({ docId: docOf(task), start, end: start + clause.length, text: clause });
    lines.push(`${docLabel(ctx, docOf(task))}「${task.name}」写道：${clause}`);
  }
  if (lines.length === 0) return null;
  return reading('readTask', { text: said, docIds: ctx.scope.docIds }, `我理解为：查「${said}」这一时限要完成的数值，按原文写明该时限的句子作答`, b, `${lines.slice(0, 4).join('；')}。`);
}

export const readFigures: Reader = (ctx) => {
  if (!ASKS_FIGURE.test(ctx.q) || ctx.mentions.some((m) => m.kind === 'unit')) return null;
  const compared = compareInText(ctx);
  if (compared || COUNTS_ITEMS.test(ctx.q)) return compared;
  const staged = figureAtDeadline(ctx);
  if (staged) return staged;
  const target = readTargets(ctx);
  if (!target || target.composed.items.length === 0) return figureInText(ctx);
  // A target in another measure than the one asked (多少小时 answered by a 30%) is a near miss: a sentence in the
  // measure asked, when a task states one, is the answer.
  const measure = measureOf(ctx.q);
  return (measure && !measure.test(target.composed.text) && figureInText(ctx)) || target;
};
