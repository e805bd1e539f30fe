// Which annotated sentences under a heading are tasks of their own: lines, sentences of a target list, or one item.
import type { OutlineNode } from './outline.ts';

type Span = { start: number; end: number };

/**
 * An item whose every line is a sentence closed by its own annotation (a table row holding a second task under its
 * serial: 5.开工建设县老年养护楼。(责任单位:X,完成时限:…) / 开工建设老年大学。(责任单位:X,完成时限:…)): a task per line.
 */
export function eachLineClosesOne(text: string, item: OutlineNode, inside: Span[]): boolean {
  let lineStart = item.start;
  for (const a of inside) {
    const nl = text.indexOf('\n', a.end);
    const line = text.slice(lineStart, a.start);
    if (line.includes('\n') || !OWN_LINE_SENTENCE_RE.test(line) || text.slice(a.end, nl < 0 ? text.length : nl).trim() !== '') return false;
    lineStart = nl + 1;
  }
  return true;
}

/**
 * An item whose own line is its title and no sentence (第十四条（职责分工）), then lines each opened by an annotation (its
 * unit heading it: 镇规划建设办：负责…) that runs to the line's end, nothing else between them.
 */
export function eachLineHeadedByOne(text: string, item: OutlineNode, inside: Span[]): boolean {
  const titleEnd = text.indexOf('\n', item.start);
  if (titleEnd < 0 || /[。；;]/u.test(text.slice(item.start, titleEnd)) || inside[0].start < titleEnd) return false;
  let from = titleEnd;
  for (const a of inside) {
    const nl = text.indexOf('\n', a.end);
    if (text.slice(from, a.start).trim() !== '' || text.slice(a.end, nl < 0 ? text.length : nl).trim() !== '') return false;
    from = a.end;
  }
  return true;
}

/**
 * An item of a list whose entries are phrases, each on its line closed by its annotation and `;` (the last by `。`),
 * followed by lines of the same shape with no marker (玉环 2021: ⑤全力推动…(责任单位:X); / 新增跨境电商…(责任单位:Y);
 * — markers ⑥⑦⑧ lost with the page's images): each line is an entry of the list, a task of its own.
 */
export function eachListLineClosesOne(text: string, item: OutlineNode, inside: Span[]): boolean {
  let lineStart = item.start;
  return inside.every((a, k) => {
    const nl = text.indexOf('\n', a.end);
    const line = text.slice(lineStart, a.start);
    const close = text.slice(a.end, nl < 0 ? text.length : nl).trim();
    // Blank lines between entries (a page's paragraphs) are no part of the next one.
    for (lineStart = nl + 1; lineStart > 0 && lineStart < text.length && /\s/.test(text[lineStart]); lineStart++);
    const last = k === inside.length - 1;
    return !line.includes('\n') && LIST_PHRASE_RE.test(line) && (last ? /^[;；。]?$/.test(close) : /^[;；]$/.test(close)) && (nl >= 0 || last);
  });
}

/** A list entry that is one phrase, no sentence closed inside it: 新增跨境电商产值10亿元以上 (after its marker, if any). */
const LIST_PHRASE_RE = /^\s*(?:[①-⑳]|\d{1,3}[.．、]|[(（]\d{1,2}[)）])?\s*[\u4e00-\u9fff“][^\n。;；]{3,60}$/;

/**
 * A numbered heading whose annotated sentences all run on its own line (一、切实加强…工作制定出台…。(X负责)依据…。
 * (X牵头,Y协作)…): they are sentences of one item, as in any item that closes several sentences with their own
 * annotations, not paragraphs of a section. Paragraph-tasks begin lines of their own.
 */
export function sentencesOfItsLine(text: string, parent: OutlineNode, inside: Span[]): boolean {
  // On a page kept on one line paragraph-tasks run on too (三、工作任务持续优化营商环境。…〔责任单位:…〕切实保障改善民生。
  // …(牵头单位:…)): there each annotation is followed by a short title sentence of its own, the next task.
  const titled = inside.slice(0, -1).every((a) => PARAGRAPH_TITLE_RE.test(text.slice(a.end, a.end + 24)));
  return parent.parent !== null && !titled && !PARAGRAPH_BREAK_RE.test(text.slice(parent.start, inside[inside.length - 1].end));
}

/**
 * A line break after a sentence's end or an annotation's close: a paragraph may begin there. A break inside a sentence
 * is a wrap of the copy (a national 工作要点's page, its wraps left as spaces: …发明专利保护 力度。(X负责)…), no paragraph.
 */
const PARAGRAPH_BREAK_RE = /[。;；:：)）〕\]】][ \t\u3000]*\n|\n[ \t\u3000]*\n/;

/** A paragraph-task's title sentence right after the previous task's annotation: 切实保障改善民生。 */
const PARAGRAPH_TITLE_RE = /^\s*[\u4e00-\u9fff]{4,16}。/;

/**
 * An item titled by its own sentence (1.主要指标的责任部门。) that lists several targets, each a sentence
 * closed by its own annotation: its annotations do not all annotate the item, each closes one of them.
 */
export function eachClosesASentence(text: string, item: OutlineNode, inside: Span[]): boolean {
  // Only a heading that names a list of targets: an item with an action title (1.制定实施准入清单。…〔X牵头…〕
  // …。(X、Y牵头…)) is one task whose annotations all annotate it.
  if (text[item.bodyStart] !== '。' || !TARGET_LIST_TITLE_RE.test(item.title)) return false;
  let from = item.bodyStart + 1;
  for (const a of inside) {
    if (!OWN_SENTENCE_RE.test(text.slice(from, a.start))) return false;
    from = a.end;
  }
  return true;
}

/** A heading naming a list of targets or indicators: 主要指标的责任部门, 约束性指标, 年度目标. */
const TARGET_LIST_TITLE_RE = /指标|目标/;
/** A run of own sentences, each closed by 。 and then its annotation: 常住人口控制在1150万人左右。(X牵头)… */
const OWN_SENTENCE_RE = /[\u4e00-\u9fff]{4}[^。]*。\s*$/;
/** A line that is a sentence of its own before its annotation: 开工建设老年大学。 */
const OWN_LINE_SENTENCE_RE = /^\s*(?:\d{1,3}[.．、]|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])?[\u4e00-\u9fff“][^\n]{3,}。\s*$/;

/** Where an item's title begins, after its marker (5.开工… → 开, ⑤全力… → 全). */
export function titleStart(text: string, n: OutlineNode): number {
  const m = /^\s*(?:[①-⑳]|\d{1,3}|[(（]\d{1,2}[)）]|[(（]?[一二三四五六七八九十]{1,3}[)）]?)[.．、]?\s*/.exec(text.slice(n.start, n.bodyStart));
  return n.start + (m ? m[0].length : 0);
}

/** A dash bullet opening a line: --X。 (a mirror's rendering), ——X。 or —X。 */
const DASH_BULLET_RE = /^[ \t\u3000]*(?:--|——|—)[ \t]*(?=[\u4e00-\u9fff“])/;

/**
 * Where each annotated paragraph's text begins after its dash bullet (--创新人才服务体系。…(X牵头)), or null unless
 * every annotation closes a line that opens with one: unnumbered items of a list whose heading the excerpt lost.
 */
export function dashItemStarts(text: string, inside: Span[]): number[] | null {
  const starts: number[] = [];
  for (const a of inside) {
    const lineStart = text.lastIndexOf('\n', a.start - 1) + 1;
    const m = DASH_BULLET_RE.exec(text.slice(lineStart, a.start));
    if (!m) return null;
    starts.push(lineStart + m[0].length);
  }
  return starts;
}
