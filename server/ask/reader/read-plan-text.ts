// What a plan says in its own words outside its task list: the items a 通报 groups under a lead-in (8项进展偏慢的市政府重点工作为:), and a figure its text states in the measure
// asked (经省政府第65次常务会议审议通过, 对确定的262项任务进行了督查, 消防专项规划（2045）).
// Only the plans the question names are read (its scope, a few documents), never the whole graph.
import { simplifyShortText } from '../../../graph/read/script.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { charPairs, docLabel, newBuilder, reading, type ReadCtx, type Reader, type Reading } from './common.ts';
import { EACH } from './read-per-plan.ts';

/** The most plans one question's scope may hold for their text to be read. */
const MAX_DOCS = 3;

/**
 * The measure a question asks a figure in, as the pattern of that figure in a clause: 第几次 → 第65次, 哪一年 → 2045,
 * 几次 → 15次, 多少批次 → 175批次, 多少项 → 262项. A plain 多少 asks no measure and is read-figures' (task sentences).
 */
const MEASURES: Array<[RegExp, (m: RegExpExecArray) => RegExp, Reach?]> = [
  [/第(?:几|多少)(次|届|批|号)/u, (m) => new RegExp(`第\\s*\\d+\\s*${m[1]}`, 'u')],
  [/(?:哪一|哪个|几几)年|到哪年|哪年/u, () => /(?<!\d)(?:19|20)\d{2}(?!\d)/u],
  [/(?:几|多少)(批次|次|项|个|条|家|所|座|场|期)/u, (m) => new RegExp(`(?<![\\d.第])\\d+(?:\\.\\d+)?\\s*(?:万|亿)?\\s*${m[1]}`, 'u')],
  // 什么时候前报送 / 截止时间: a deadline opens its sentence (2023年12月底前，…形成年度工作报告并报送市政府), the work in
  // another clause of it.
  // Only as the question's ask: 办理时限 in a task's words asks nothing.
  [/(?:什么时候|何时|哪个时间|几月份?)(?:之|以)?前|(?:截止|完成)(?:时间|日期|时限|期限)(?:是|在)?(?:什么|哪天|何时|多少)?[？?]*$/u,
    () => /(?<!\d)(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?(?:之前|以前|前)?/u, 'sentence'],
];
/** Where the question's words are looked for: beside the figure in its clause, or anywhere in its sentence. */
type Reach = 'clause' | 'sentence';
/** Question words, frame verbs and counting words carry no content to find the clause by. */
const FRAME = /多少|几|哪一?|哪个|是|的|了|有|要|一共|总共|共|合计|开|到|[，,。？?\s\u3000]/gu;
/** A clause must hold this share of the question's character pairs, and at least MIN_PAIRS of them. */
const MIN_SHARE = 0.5;
const MIN_PAIRS = 2;
/** The words that set plans side by side: 和, 两份, 分别. */
const PAIRING = /分别|各自|[两几各][份个]|[和与跟及、]/gu;

/** The question's words as character pairs, numbers left out: a figure the question already says (126项重点工作里有几项…)
 *  identifies what is counted, and a clause restating it is not the answer. */
const pairs = (s: string) => charPairs(s, /[^\p{Script=Han}]/gu);

interface Found { doc: GraphNode; sentence: string; figure: string; start: number; shared: number; share: number }

/** The clauses of a plan's text (split at 、，；。 so one figure's words stay with it) that state a figure in the measure. */
function clausesOf(doc: GraphNode, asked: Set<string>, measure: RegExp, said: string[], reach: Reach = 'clause'): Found[] {
  // Converted character for character, so offsets stay the original's.
  const text = simplifyShortText(String(doc.properties.text ?? ''));
  const out: Found[] = [];
  for (const s of text.matchAll(/[^。；;！!？?\n]+/gu)) {
    let at = 0;
    for (const clause of s[0].split(/(?<=[，,、：:])/u)) {
      const figure = measure.exec(clause);
      if (figure && !said.some((n) => figure[0].includes(n))) {
        const shared = [...asked].filter((p) => (reach === 'sentence' ? s[0] : clause).includes(p)).length;
        out.push({ doc, sentence: s[0].trim(), figure: figure[0].replace(/\s+/gu, ''), start: s.index! + at, shared, share: shared / asked.size });
      }
      at += clause.length;
    }
  }
  return out;
}

function scopedDocs(ctx: ReadCtx): GraphNode[] {
  const ids = ctx.scope?.docIds ?? [];
  if (ids.length === 0 || ids.length > MAX_DOCS) return [];
  return ids.map((id) => ctx.view.nodes.get(id)).filter((d): d is GraphNode => d?.label === 'Document');
}

/** The figure a scoped plan's text states in the measure asked, in the clause holding most of the question's words. */
function figureOfPlan(ctx: ReadCtx): Reading | null {
  const asked = MEASURES.map(([re, make, reach]) => {
    const m = re.exec(ctx.q);
    return m ? { m, measure: make(m), reach } : null;
  }).find((x) => x !== null);
  if (!asked) return null;
  const docs = scopedDocs(ctx);
  if (!docs.length) return null;
  const content = ctx.q.replace(asked.m[0], ' ').replace(FRAME, ' ').replace(/\s+/gu, ' ').trim();
  const words = pairs(content);
  if (words.size < MIN_PAIRS) return null;
  const said = ctx.q.match(/\d+(?:\.\d+)?/gu) ?? [];
  const bestOf = (ds: GraphNode[], shared: Set<string>) => {
    const best = ds.flatMap((d) => clausesOf(d, shared, asked.measure, said, asked.reach)).sort((a, b) => b.share - a.share)[0];
    return best && best.share >= MIN_SHARE && best.shared >= MIN_PAIRS ? best : null;
  };
  // 静安和松江两份…分别是第几次常务会议通过的: each plan named answers with its own clause, when every one states it; the
  // words that only pair the plans (和, 两份, 分别) are no clause's.
  const groups = ctx.scope?.groups ?? [];
  if (groups.length >= 2 && EACH.test(ctx.q)) {
    const own = pairs(content.replace(PAIRING, ''));
    const each = groups.map((g) => bestOf(docs.filter((d) => g.includes(d.id)), own));
    if (each.every((x) => x !== null)) return figurePerPlan(ctx, content, each as Found[]);
  }
  const best = bestOf(docs, words);
  if (!best) return null;
  const b = newBuilder(ctx);
  b.item(best.doc).cite({ docId: best.doc.id, start: best.start, end: best.start + best.sentence.length, text: best.sentence });
  return reading('readTask', { doc: best.doc.id, text: content }, `我理解为：查文件原文写明的「${content}」的数字（不在任务清单里），按原文中写明它的句子作答`, b,
    `${best.figure}。${docLabel(ctx, best.doc.id)}原文写道：「${best.sentence}」`);
}

function figurePerPlan(ctx: ReadCtx, content: string, found: Found[]): Reading {
  const b = newBuilder(ctx);
  for (const f of found) b.item(f.doc).cite({ docId: f.doc.id, start: f.start, end: f.start + f.sentence.length, text: f.sentence });
  return reading('readTask', { docIds: found.map((f) => f.doc.id), text: content }, `我理解为：分别查各个文件原文写明的「${content}」的数字（不在任务清单里），按原文中写明它的句子作答`, b,
    `${found.map((f) => `${docLabel(ctx, f.doc.id)}：${f.figure}（原文：「${f.sentence}」）`).join('；')}。`);
}

/** A 通报's lead-in to the items after it (8项进展偏慢的市政府重点工作为:): the count and the words that group them. */
const LEAD_IN = /(\d+)项([^\n。；;:：]{2,30}?)(?:为|是|如下)[:：]/gu;
const ASKS_LIST = /哪些|哪几|什么|啥|列出/u;
/** Each document node's lead-ins, found once: a list question of a scoped plan then costs no scan of its text. */
const leadIns = new WeakMap<GraphNode, RegExpExecArray[]>();

function leadInsOf(doc: GraphNode): RegExpExecArray[] {
  let found = leadIns.get(doc);
  if (!found) leadIns.set(doc, (found = [...String(doc.properties.text ?? '').matchAll(LEAD_IN)]));
  return found;
}

/**
 * The items a plan's text groups under a lead-in the question's words describe (进展偏慢的重点工作有哪些): the tasks
 * that start after it and before the next lead-in, at most as many as it counts.
 */
function leadInItems(ctx: ReadCtx): Reading | null {
  if (!ASKS_LIST.test(ctx.q)) return null;
  const words = pairs(ctx.q.replace(FRAME, ' '));
  if (words.size < MIN_PAIRS) return null;
  let best: { doc: GraphNode; lead: RegExpExecArray; end: number; share: number } | null = null;
  for (const doc of scopedDocs(ctx)) {
    const leads = leadInsOf(doc);
    leads.forEach((lead, i) => {
      const share = [...words].filter((p) => lead[2].includes(p)).length / words.size;
      if (share >= MIN_SHARE && (!best || share > best.share)) best = { doc, lead, end: leads[i + 1]?.index ?? String(doc.properties.text ?? '').length, share };
    });
  }
  if (!best) return null;
  const { doc, lead, end } = best as { doc: GraphNode; lead: RegExpExecArray; end: number };
  const after = lead.index + lead[0].length;
  const items = (ctx.view.tasksByDoc.get(doc.id) ?? []).filter((t) => Number(t.properties.start) >= after && Number(t.properties.start) < end).slice(0, Number(lead[1]));
  if (!items.length) return null;
  const b = newBuilder(ctx);
  for (const t of items) b.item(t);
  const said = `${lead[1]}项${lead[2]}`;
  return reading('documentTasks', { docIds: [doc.id], text: said }, `我理解为：列出文件原文「${said}」下面的各项`, b,
    `${docLabel(ctx, doc.id)}写明「${said}」：${items.map((t) => `「${t.name}」`).join('、')}${items.length < Number(lead[1]) ? `（图中读到其中 ${items.length} 项）` : ''}。`);
}

export const readPlanText: Reader = (ctx) => leadInItems(ctx) ?? figureOfPlan(ctx);
