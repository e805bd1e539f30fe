// 那个规定一共多少条 / 那份办法分几章: a plan printed in articles (规定, 细则, 办法: 第一条（目的与依据）… 第十七条（施行日期）),
// or in chapters of them (第一章 总则 … 第七章 附则), counts its 条 or 章 by the headings its own text prints — the parser keeps
// only some of them as sections (those with items).
import type { GraphNode } from '../../../graph/model.ts';
import { docLabel, newBuilder, reading, type ReadCtx, type Reader } from './common.ts';

/** How many 条 or 章 the whole plan has: the count word ends the question (一共多少条 / 有几条？/ 分几章), no task or section named. */
const ASKS_ARTICLES = /(?:一共|总共|共|合计)?(?:有|分)?(?:多少|几)(?:个)?(条|章)(?:规定|条款)?[？?。呢吧啊]*$/u;
/** A heading at the start of a line, with its title when printed: 第三条（职责分工）, 第二章 不可移动文物. */
const HEADING: Record<string, RegExp> = {
  条: /^[ \t\u3000]*(第[一二三四五六七八九十百零〇]+条)\s*([（(][^）)\n]{1,30}[）)])?/gmu,
  章: /^[ \t\u3000]*(第[一二三四五六七八九十百零〇]+章)[ \t\u3000]*([^\s\n]{1,20})?$/gmu,
};
/** Fewer headings than this are clauses cited in prose (依《著作权法》第五条), not a plan printed in articles. */
const MIN_ARTICLES = 3;

interface Article { number: string; title: string; start: number; heading: string }

const headingsByDoc = new WeakMap<GraphNode, Map<string, Article[]>>();

/** The plan's headings of one kind in order, each number once (a later citation of 第五条 at a line start is no new article). */
function articlesOf(doc: GraphNode, kind: string): Article[] {
  const byKind = headingsByDoc.get(doc) ?? headingsByDoc.set(doc, new Map()).get(doc)!;
  let found = byKind.get(kind);
  if (found) return found;
  const seen = new Set<string>();
  found = [];
  for (const m of String(doc.properties.text ?? '').matchAll(HEADING[kind])) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    found.push({ number: m[1], title: m[2] ?? '', start: m.index, heading: m[0] });
  }
  byKind.set(kind, found);
  return found;
}

export const readArticles: Reader = (ctx: ReadCtx) => {
  const kind = ASKS_ARTICLES.exec(ctx.q)?.[1];
  if (!ctx.scope || ctx.tasks.length + ctx.units.length > 0 || !kind) return null;
  const docs = ctx.scope.docIds.map((id) => ctx.view.nodes.get(id)).filter((d): d is GraphNode => d?.label === 'Document');
  const printed = docs.map((doc) => ({ doc, articles: articlesOf(doc, kind) })).filter((p) => p.articles.length >= MIN_ARTICLES);
  // Only when every plan asked about is printed in articles: another plan's 几条 counts its tasks (readers after this one).
  if (printed.length === 0 || printed.length !== docs.length) return null;
  const b = newBuilder(ctx);
  const lines = printed.map(({ doc, articles }) => {
    b.item(doc);
    const last = articles.at(-1)!;
    b.cite({ docId: doc.id, start: last.start, end: last.start + last.heading.length, text: last.heading });
    return `${docLabel(ctx, doc.id)}共 ${articles.length} ${kind}：${articles.map((a) => `${a.number}${kind === '章' && a.title ? ` ${a.title}` : a.title}`).join('、')}`;
  });
  return reading('section', { docIds: printed.map((p) => p.doc.id), [kind === '条' ? 'articles' : 'chapters']: printed.map((p) => p.articles.length) },
    `我理解为：数文件原文按「第…${kind}」列出的${kind === '条' ? '条款' : '章'}`, b, `${lines.join('；')}。`);
};
