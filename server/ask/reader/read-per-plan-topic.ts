// 青浦和金山的消防文件里队伍职业保障分别是哪条: a topic asked of several plans, answered by each plan's own task on it —
// the one whose title holds most of the topic's words, since plans title the same work differently (完善…职业保障体系,
// 强化…职业荣誉保障). Only the tasks of the plans the question names are read.
import type { GraphNode } from '../../../graph/model.ts';
import { charPairs, docLabel, newBuilder, reading, type Reader } from './common.ts';

/** 分别是哪条 / 各自对应哪一项 / 分别是什么任务: one item of each plan is asked for, not its units. */
// 分别在哪条任务里提到X: the item asked where each plan writes the topic.
const ASKS_ITEM = /(?:分别|各自)(?:是|为|对应|指|在)?(?:哪|什么)一?(?:条|项|个任务|项任务|条任务)/u;
/** What carries no topic: the ask, plan words, the verbs of 提到X and frame characters. */
const FRAME = /(?:分别|各自)(?:是|为|对应|指|在)?(?:哪|什么)一?(?:条|项|个任务|项任务|条任务)|提到了?|提及|写到了?|涉及|[的里中和与及、，,。？?\s\u3000]/gu;
/** A title must hold this share of the topic's character pairs to be that plan's task on it. */
const MIN_SHARE = 0.6;
const MIN_PAIRS = 3;


export const readPerPlanTopic: Reader = (ctx) => {
  const groups = ctx.scope?.groups ?? [];
  if (groups.length < 2 || !ASKS_ITEM.test(ctx.q)) return null;
  // The longest run of words left once the scope, the ask and the frame are out: the topic (队伍职业保障).
  const topic = ctx.q.split(FRAME).sort((a, b) => b.length - a.length)[0] ?? '';
  const words = [...charPairs(topic)];
  if (words.length < MIN_PAIRS) return null;
  const share = (t: GraphNode) => words.filter((p) => t.name.includes(p)).length / words.length;
  const picked = groups.map((g) => g.flatMap((id) => ctx.view.tasksByDoc.get(id) ?? [])
    .map((t) => ({ t, s: share(t) })).filter((x) => x.s >= MIN_SHARE)
    .sort((a, b) => b.s - a.s || a.t.name.length - b.t.name.length)[0]?.t ?? null);
  // A plan whose titles miss the topic may still hold it in a task's text (国企改革 in 深化国有企业…改革): the readers
  // after this one search the text, so this one answers only when every plan has its titled task.
  if (picked.some((t) => t === null)) return null;
  const b = newBuilder(ctx);
  const parts = groups.map((g, i) => {
    const t = picked[i]!;
    b.item(t);
    return `${g.map((id) => docLabel(ctx, id)).join('、')}：「${t.name}」`;
  });
  return reading('search', { text: topic, docIds: groups.flat() }, `我理解为：分别找各个文件里标题写到「${topic}」的那一项任务`, b, `${parts.join('；')}。`);
};
