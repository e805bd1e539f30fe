// Retrieve then read: a question that names no unit, place or task (防洪这件事归哪个部门管) finds the task it is
// about by BM25 over titles and text, then answers the attribute asked (its lead), saying which task it read.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { byDocument, cite, COUNT_WORDS, docLabel, dutiesOfTask, inScope, newBuilder, reading, roleIn, roleZh, unitsOf, type ReadCtx, type Reader, type Reading } from './common.ts';
import { taskUnitCount } from './read-documents.ts';
import { docOf } from './view.ts';

const ASKS_UNITS = /谁|哪个(部门|单位|局|委)|哪些(部门|单位)|(?:单位|部门)是哪(?:个|些|几个)|归哪|归谁|由哪|什么(部门|单位)|哪家/u;
/** Keywords closed by a bare role word, with no question word anywhere (能耗 减排 牵头): its units are asked, as staff type a search. */
const ROLE_CLOSES = /(?:牵头|负责|配合)(?:单位|部门)?$/u;
const QUESTION_WORD = /谁|哪|几|多少|什么|啥|吗|which|what|who/iu;
/** Words of the question's frame, not of its topic (在各个方案里分别: the frame that asks every plan's answer). */
const FRAME = /在?各个?(?:方案|文件|文档|地方?)(?:里面|里|中|当中)?|哪个(?:局|委|办|厅)|[在来](?=管)|分别|各自|都|任务|事项|最多|最少|共同|一起|这件事|这个事|这事|的事|那块|这块|方面|工作|归|哪个|哪些|部门|单位|谁|来|管|负责|牵头|配合|由|是|的|区里|我们|建设|推进|能力|提升|办|争创|打造/gu;
/** 和 left alone between two blanked scopes (铜川和海曙2023年…): it joins the plans, it is no word of the topic. */
const LONE_AND = /(?<!\p{Script=Han})[和与及跟](?!\p{Script=Han})/gu;
/** 外贸出口增长15%那条有几个配合单位 / 招商引资那项有多少责任单位: a count of a task's units, the task said in its own words. */
const COUNTS_UNITS = /单位|部门/u;
/** The count's frame (那条, 有几个), not the task's words. */
const COUNT_FRAME = /[那这该此](?:条|项|个)(?:任务|工作)?|有?(?:几|多少)(?:个|家)?|(?:责任|协同|协办|参与)(?=单位|部门)/gu;
/** Rankings and pairings are the catalogue's (workload, overlaps), not one task's attribute. */
const RANKING = /最多|最少|排名|排行|前几|一起|共同|合作/u;
/** Short forms staff say and plans spell out (国企改革 → 国有企业改革): searched as both. */
const SHORT_FORMS: Array<[RegExp, string]> = [
  [/国企/gu, '国有企业'], [/民企/gu, '民营企业'], [/央企/gu, '中央企业'], [/外企/gu, '外资企业'],
  [/医保/gu, '医疗保障'], [/社保/gu, '社会保障'], [/双创/gu, '创新创业'], [/环保/gu, '环境保护'],
];

/** The topic as asked and with each short form spelt out. */
function topicForms(topic: string): string[] {
  const long = SHORT_FORMS.filter(([p]) => p.test(topic)).map(([p, full]) => topic.replace(p, full));
  for (const [p] of SHORT_FORMS) p.lastIndex = 0;
  return [topic, ...long];
}

/** A BM25 score below this is a stray shared word, not the task the question is about. */
const MIN_HITS_SCORE = 1;
/** A hit whose text holds this much more of the topic's character pairs than BM25's first is the task meant. */
const PAIR_LEAD = 0.3;

/** The share of the topic's character pairs that the task's title and text hold. */
function pairShare(topic: string, task: GraphNode): number {
  const clean = topic.replace(/[^\p{Script=Han}A-Za-z0-9%]/gu, '');
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < clean.length; i++) pairs.add(clean.slice(i, i + 2));
  if (pairs.size === 0) return 0;
  const text = `${task.name}${String(task.properties.text ?? '')}`;
  return [...pairs].filter((p) => text.includes(p)).length / pairs.size;
}

/**
 * BM25's first hit, unless another holds clearly more of the topic word for word: the segmenter may cut a question
 * differently from the plan (信保费率 → 信 / 保费 / 率), and a lone 率 then outweighs the task that says 信保 and 费率.
 */
function bestHit(ctx: ReadCtx, topic: string, hits: GraphNode[]): GraphNode | undefined {
  const withDuties = hits.filter((t) => dutiesOfTask(ctx, t.id).length > 0);
  const first = withDuties[0];
  if (!first) return undefined;
  const forms = topicForms(topic);
  const shares = withDuties.map((t) => ({ t, s: Math.max(...forms.map((f) => pairShare(f, t))) }));
  const best = shares.reduce((a, b) => (b.s > a.s ? b : a));
  return best.s - shares[0].s >= PAIR_LEAD ? best.t : first;
}

/**
 * The same topic as a task of other plans (居民消费价格涨幅 in a province's plan and a city's): when the task read names
 * the topic word for word, each other document's first task that does too, so no plan's answer is hidden behind another's.
 */
function sameTopicElsewhere(ctx: ReadCtx, topic: string, task: GraphNode, hits: GraphNode[]): GraphNode[] {
  const phrase = topic.replace(/\s/gu, '');
  if (phrase.length < 4 || !task.name.includes(phrase)) return [];
  const docs = new Set([docOf(task)]);
  const out: GraphNode[] = [];
  for (const t of hits) {
    if (docs.has(docOf(t)) || !t.name.includes(phrase) || dutiesOfTask(ctx, t.id).length === 0) continue;
    docs.add(docOf(t));
    out.push(t);
  }
  return out;
}

/** One line per task read: its document, the units of the role asked (or of any role when it has none of that role). */
function readEach(ctx: ReadCtx, topic: string, tasks: GraphNode[], role: Role): Reading {
  const b = newBuilder(ctx);
  const lines = tasks.map((task) => {
    let duties = dutiesOfTask(ctx, task.id, role);
    if (duties.length === 0) duties = dutiesOfTask(ctx, task.id);
    cite(b, duties);
    for (const u of unitsOf(duties)) b.item(u);
    b.node(task);
    return `${docLabel(ctx, docOf(task))}的「${task.name}」由${unitsOf(duties).map((u) => `「${u.name}」`).join('、')}${roleZh(duties[0]?.role ?? role)}`;
  });
  return reading('readTask', { text: topic, tasks: tasks.map((t) => t.id), role }, `我理解为：问题没有点名单位，先检索与「${topic}」最相关的任务，在 ${tasks.length} 个文件里各读到一项，再看它们的${roleZh(role)}单位`, b,
    `「${topic}」在 ${tasks.length} 个文件里都有对应任务：${lines.join('；')}。`);
}

/** 由几个街道办事处负责 / 归哪些街道: the question expects several units, and may name the kind of body it counts. */
const SEVERAL = /(?:几|多少|哪些|哪几)个?(\p{Script=Han}{0,5}?)(?=负责|牵头|配合|参与|排查|管|来|$)/u;
/** The end of a body's name (街道办事处, 区局): a kind of body, when the count word stands before it. */
const BODY_KIND = /(?:办事处|街道|局|委|办|政府|支队|中心)$/u;

/**
 * A kind of body said after the count word (几个街道办事处) that the linker read as the task of that name (各街道办事处):
 * the question counts bodies of that kind, the words go back to the question.
 */
function withoutCountedKind(ctx: ReadCtx): ReadCtx {
  const kind = SEVERAL.exec(ctx.q)?.[1];
  const m = kind ? ctx.mentions.find((x) => x.kind === 'task' && x.surface === kind && BODY_KIND.test(kind)) : undefined;
  if (!m || ctx.tasks.length !== 1) return ctx;
  return { ...ctx, tasks: [], mentions: ctx.mentions.filter((x) => x !== m), rest: ctx.rest.slice(0, m.start) + m.surface + ctx.rest.slice(m.end) };
}

/**
 * 山阴路历史文化风貌区归哪些街道排查: the topic's name said word for word (four characters or more) in several tasks of the
 * plan read, each with its own units (two 街道办事处, each for its part): all of them answer, not the first alone.
 */
function tasksSaying(ctx: ReadCtx, topic: string, task: GraphNode, hits: GraphNode[]): { phrase: string; tasks: GraphNode[] } | null {
  const says = (t: GraphNode, phrase: string) => `${t.name}${String(t.properties.text ?? '')}`.includes(phrase);
  const phrase = topic.split(' ').filter((w) => w.length >= 4 && says(task, w)).sort((a, b) => b.length - a.length)[0];
  if (!phrase) return null;
  const tasks = hits.filter((t) => t.id !== task.id && docOf(t) === docOf(task) && says(t, phrase)
    && (ctx.view.children.get(t.id) ?? []).length === 0 && dutiesOfTask(ctx, t.id).length > 0);
  return tasks.length ? { phrase, tasks: [task, ...tasks] } : null;
}

/** The units of several tasks that say the topic, of the kind the question counts when some are; counted when asked. */
function readSeveral(ctx: ReadCtx, topic: string, tasks: GraphNode[], role: Role | null, kind: string, counting: boolean): Reading {
  // The kind counted is read as written (四川北路街道办事处 is one of the 街道办事处, not the task 各街道办事处).
  const asWritten = kind ? [kind] : [];
  const b = newBuilder(ctx);
  const all = tasks.flatMap((t) => {
    const own = role ? dutiesOfTask(ctx, t.id, role) : [];
    return own.length ? own : dutiesOfTask(ctx, t.id);
  });
  const ofKind = kind ? all.filter((d) => d.unit.name.includes(kind)) : [];
  const duties = ofKind.length ? ofKind : all;
  cite(b, duties);
  const units = unitsOf(duties);
  for (const u of units) b.item(u);
  for (const t of tasks) b.node(t);
  const lines = units.map((u) => `「${u.name}」（${tasksOfUnit(duties, u.name).map((t) => `「${t}」`).join('、')}）`);
  const read = reading('readTask', { text: topic, tasks: tasks.map((t) => t.id), ...(role ? { role } : {}) }, `我理解为：「${topic}」写在 ${tasks.length} 项任务里，各有其单位，${counting ? '数一数' : '列出'}这些单位`, b,
    `${docLabel(ctx, docOf(tasks[0]))}有 ${tasks.length} 项任务写到「${topic}」，${kind && ofKind.length ? `「${kind}」` : '单位'}共 ${units.length} 个：${lines.join('、')}。`);
  return asWritten.length ? { ...read, asWritten } : read;
}

function tasksOfUnit(duties: ReturnType<typeof dutiesOfTask>, unit: string): string[] {
  return [...new Set(duties.filter((d) => d.unit.name === unit).map((d) => d.task.name))];
}

export const readTopic: Reader = (said) => {
  const ctx = withoutCountedKind(said);
  const counting = COUNT_WORDS.test(ctx.rest) && (COUNTS_UNITS.test(ctx.rest) || ctx !== said);
  const asksUnits = ASKS_UNITS.test(ctx.rest) || (ROLE_CLOSES.test(ctx.rest) && !QUESTION_WORD.test(ctx.q));
  if (ctx.units.length || ctx.entities.length || ctx.tasks.length || !(counting || asksUnits) || RANKING.test(ctx.rest)) return null;
  const topic = (counting ? ctx.rest.replace(COUNT_FRAME, ' ') : ctx.rest).replace(LONE_AND, ' ').replace(FRAME, ' ').replace(/\s+/gu, ' ').trim();
  if (topic.replace(/\s/gu, '').length < 2) return null;
  const hits = ctx.index.search(topicForms(topic).join(' '), 20).filter((h) => h.task.label === 'Task' && inScope(ctx, ctx.view.nodes.get(h.task.id)!) && h.score >= MIN_HITS_SCORE);
  const task = bestHit(ctx, topic, hits.map((h) => ctx.view.nodes.get(h.task.id)!));
  if (!task) return null;
  const several = SEVERAL.exec(ctx.q);
  const saying = several ? tasksSaying(ctx, topic, task, hits.map((h) => ctx.view.nodes.get(h.task.id)!)) : null;
  if (several && saying) return readSeveral(ctx, saying.phrase, saying.tasks, roleIn(ctx.rest), several[1], counting);
  if (counting) {
    const count = taskUnitCount({ ...ctx, tasks: [{ id: task.id, label: task.label, name: task.name }] });
    const said = `我理解为：问题没有写出任务名称，先检索与「${topic}」最相关的任务，读到「${task.name}」，再数一数它`;
    return { ...count, understood: count.understood.replace(`我理解为：数一数「${task.name}」`, said) };
  }
  const asked = roleIn(ctx.rest);
  const role = asked ?? 'lead';
  const alike = sameTopicElsewhere(ctx, topic, task, hits.map((h) => ctx.view.nodes.get(h.task.id)!));
  if (alike.length) return readEach(ctx, topic, [task, ...alike], role);
  let duties = dutiesOfTask(ctx, task.id, role);
  if (duties.length === 0) duties = dutiesOfTask(ctx, task.id);
  const units = unitsOf(duties);
  const b = newBuilder(ctx);
  cite(b, duties);
  for (const u of units) b.item(u);
  b.node(task);
  const others = unitsOf(dutiesOfTask(ctx, task.id)).filter((u) => !units.some((x) => x.name === u.name));
  // 谁负责 / 归谁管 names no role: every unit of the task answers, the lead first (as a task named outright is answered).
  if (!asked) for (const u of others) b.item(u);
  return reading('readTask', { text: topic, task: task.id, role }, `我理解为：问题没有点名单位，先检索与「${topic}」最相关的任务，读到「${task.name}」，再看它的${asked ? roleZh(role) : '牵头和参与'}单位`, b,
    `「${topic}」对应的任务是${byDocument(ctx, [task])}，${roleZh(duties[0]?.role ?? role)}单位是${units.map((u) => `「${u.name}」`).join('、')}${others.length ? `；参与单位还有${others.slice(0, 6).map((u) => `「${u.name}」`).join('、')}` : ''}。`);
};
