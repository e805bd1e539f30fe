// Markdown layout a text file may keep (a report copied from a markdown repository, a research note's digest of a plan):
// heading marks, list bullets and emphasis marks are layout, not words. They go before anything reads the text, so a
// numbered item behind a bullet and a bold title (`- **(一) 标题** — 「…」（单位）`) starts its line as any item does;
// the offset map drops the marks, so every kept character still points at its original.
import type { TextWork } from './text-work.ts';

/** Heading marks at a line start (`## 二、…`, `###(一)…`: Chinese authors often omit the space). */
const HEADING_MARK_RE = /^[ \t]{0,3}#{1,6}[ \t]*(?=\S)/;
/** A list bullet at a line start and the spaces after it; a page mark (`- 3 -`) is no bullet. */
const BULLET_RE = /^[ \t]{0,3}[-*+][ \t]+(?=\S)(?!\d+[ \t]*[-—]\s*$)/;
/** A dash that only parts a bold title from its text (`**(一) 标题** — 「…」`): dropped with the spaces around it. */
const TITLE_DASH_RE = /^[ \t]*[—–-]{1,2}[ \t]*/;

/** Bullets only count as layout in a text that has a list: two bullet lines (a lone `- ` may be a dash in prose). */
const MIN_BULLET_LINES = 2;

/** The [from, to) spans of one line that are markdown marks (read line by line: linear however many marks a line holds). */
function marksOf(line: string, bullets: boolean): [number, number][] {
  const heading = HEADING_MARK_RE.exec(line);
  const spans: [number, number][] = heading ? [[0, heading[0].length]] : [];
  const bullet = !heading && bullets ? BULLET_RE.exec(line) : null;
  if (bullet) spans.push([0, bullet[0].length]);
  const body = spans.length > 0 ? spans[0][1] : 0;
  // Marks paired in order (first with second, third with fourth): one pass, however many a line holds.
  const marks: number[] = [];
  for (let i = line.indexOf('**', body); i >= 0; i = line.indexOf('**', i + 2)) marks.push(i);
  for (let k = 0; k + 1 < marks.length; k += 2) {
    const open = marks[k];
    const close = marks[k + 1];
    // Strong emphasis touches its words (`**应急通信产业集群**`); a pair with a space inside its marks is no emphasis.
    if (close === open + 2 || /\s/.test(line[open + 2]) || /\s/.test(line[close - 1])) continue;
    spans.push([open, open + 2], [close, close + 2]);
    // The bold title that opens an item, then a dash before its text: the dash is layout too.
    if (open === body) {
      const dash = TITLE_DASH_RE.exec(line.slice(close + 2, close + 8));
      if (dash && dash[0].trim() !== '') spans.push([close + 2, close + 2 + dash[0].length]);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

export function dropMarkdownMarks(work: TextWork): TextWork {
  const { text, map } = work;
  if (!text.includes('#') && !text.includes('**') && !/^[ \t]{0,3}[-*+][ \t]/m.test(text)) return work;
  const lines = text.split('\n');
  const bullets = lines.filter((l) => BULLET_RE.test(l)).length >= MIN_BULLET_LINES;
  const parts: string[] = [];
  const keep: number[] = [];
  let at = 0;
  let dropped = false;
  for (const line of lines) {
    let last = 0;
    for (const [from, to] of marksOf(line, bullets)) {
      if (from < last) continue;
      parts.push(line.slice(last, from));
      for (let i = last; i < from; i++) keep.push(at + i);
      last = to;
      dropped = true;
    }
    parts.push(line.slice(last), '\n');
    for (let i = last; i <= line.length; i++) keep.push(at + i);
    at += line.length + 1;
  }
  if (!dropped) return work;
  keep.pop(); // the split's last line has no line break after it
  parts.pop();
  return { text: parts.join(''), map: Int32Array.from(keep, (i) => map[i]) };
}
