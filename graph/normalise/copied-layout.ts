// The layout a plan picks up on its way to a .txt file, undone before anything reads its lines: a Word copy's blank
// line after every line, a PDF text layer's page numbers and running headers, and its lines hard-wrapped at the page
// width (mid-sentence, mid-name, inside annotations). Each only deletes characters, so the offset map stays exact.
import type { TextWork } from './text-work.ts';

/** Drops the [from, to) spans (sorted, disjoint) from the text and its map. */
export function dropSpans(work: TextWork, spans: [number, number][]): TextWork {
  if (spans.length === 0) return work;
  const parts: string[] = [];
  const map = new Int32Array(work.text.length - spans.reduce((n, [a, b]) => n + b - a, 0));
  let last = 0;
  let at = 0;
  for (const [from, to] of [...spans, [work.text.length, work.text.length] as [number, number]]) {
    parts.push(work.text.slice(last, from));
    map.set(work.map.subarray(last, from), at);
    at += from - last;
    last = to;
  }
  return { text: parts.join(''), map };
}

interface Line { start: number; end: number; text: string }

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** An empty line; a line of spaces may be a table's empty cell, and is written. */
const isBlank = (l: Line) => l.text === '';

/** Fewer gaps than this between written lines, and a document is too short to tell its layout. */
const MIN_GAPS = 8;
const MIN_DOUBLED_SHARE = 0.9;

/**
 * A Word copy pasted as text puts a blank line after every line (a paragraph mark per line): when nearly every gap
 * between two written lines holds an odd number of blank lines (one, or three where the text had one), half of each
 * such gap (rounded up) is the copy's and is dropped (lines a page added around it, a site's chrome, keep theirs). A
 * text whose own blank lines vary (blank lines between table cells but not between paragraphs) keeps them, and so
 * does one with lines of spaces (a table's empty cells: the table reader reads such a table without its blank lines).
 */
function dropDoubledBlankLines(work: TextWork, lines: Line[]): TextWork {
  if (lines.some((l) => l.text !== '' && l.text.trim() === '')) return work;
  const gaps: { first: number; count: number }[] = [];
  let prevWritten = -1;
  lines.forEach((l, i) => {
    if (isBlank(l)) return;
    if (prevWritten >= 0) gaps.push({ first: prevWritten + 1, count: i - prevWritten - 1 });
    prevWritten = i;
  });
  const odd = gaps.filter((g) => g.count % 2 === 1);
  if (gaps.length < MIN_GAPS || odd.length < gaps.length * MIN_DOUBLED_SHARE) return work;
  const spans: [number, number][] = [];
  for (const g of odd) {
    // Keep (count - 1) / 2 of the blank lines: the text's own.
    for (let k = 0; k < (g.count + 1) / 2; k++) {
      const l = lines[g.first + k];
      spans.push([l.start, l.end + 1]);
    }
  }
  return dropSpans(work, spans);
}

/**
 * A printed page's number on a line of its own, with its decoration (a bare number may be a table's serial cell):
 * `— 3 —`, `-3-`, `- 3 -`, `第3页 共12页`, `第 3 页,共 12 页`, `3/12` (full-width forms are folded by now).
 */
const PAGE_NUMBER = /^\s*(?:[-—–―─]{1,2}\s*\d{1,4}\s*[-—–―─]{1,2}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})\s*$/u;
/** A running header or footer is printed on every page: seen beside page numbers this often, it is one. */
const MIN_RUNNING = 2;
const MAX_RUNNING_CHARS = 60;

/**
 * Page numbers dropped with the blank lines around them, so the lines either side of a page break meet again (a
 * sentence a page cut reads whole once its wrapped lines are joined). A line printed right after (a header) or right
 * before (a footer) the page numbers, the same words at least twice, is the page's running title or issuer: dropped
 * there; where else it stands (the title at the top) it stays.
 */
function dropPageMarks(work: TextWork, lines: Line[]): TextWork {
  const marks = lines.flatMap((l, i) => (PAGE_NUMBER.test(l.text) ? [i] : []));
  if (marks.length === 0) return work;
  const written = (from: number, step: 1 | -1) => {
    let i = from;
    while (i >= 0 && i < lines.length && isBlank(lines[i])) i += step;
    return i >= 0 && i < lines.length && !PAGE_NUMBER.test(lines[i].text) ? i : -1;
  };
  // How often each line's words stand next to a page number.
  const beside = new Map<string, number>();
  const neighbours = marks.map((m) => [written(m - 1, -1), written(m + 1, 1)] as const);
  for (const pair of neighbours) for (const i of pair) {
    if (i < 0) continue;
    const t = lines[i].text.trim();
    if (t.length <= MAX_RUNNING_CHARS) beside.set(t, (beside.get(t) ?? 0) + 1);
  }
  const running = (i: number) => i >= 0 && (beside.get(lines[i].text.trim()) ?? 0) >= MIN_RUNNING;
  const drop = new Set<number>();
  marks.forEach((m, k) => {
    let from = m;
    let to = m;
    const [before, after] = neighbours[k];
    if (running(before)) from = before;
    if (running(after)) to = after;
    // The blank lines around the break go with it; the line before the break keeps its own line end.
    while (from - 1 >= 0 && isBlank(lines[from - 1])) from--;
    while (to + 1 < lines.length && isBlank(lines[to + 1])) to++;
    for (let i = from; i <= to; i++) drop.add(i);
  });
  const spans: [number, number][] = [];
  for (const i of [...drop].sort((a, b) => a - b)) spans.push([lines[i].start, Math.min(lines[i].end + 1, work.text.length)]);
  return dropSpans(work, mergeSpans(spans));
}

function mergeSpans(spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && last[1] >= s[0]) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/**
 * Lines shorter than this say nothing about the page width (headings, table cells): an official document prints 28
 * characters a line (GB/T 9704), and a web or PDF copy's page holds 30–40; a text wrapped narrower (13–17 a line) is a
 * table's columns read out of a PDF, which the table readers join (wrapped-rows.ts), not this.
 */
const MIN_WIDTH = 20;
/** A typesetter's lines vary this much in characters (half-width digits and punctuation). */
const WIDTH_SLACK = 3;
/** Of the lines at least MIN_WIDTH long, this share fills the page width in a hard-wrapped text… */
const MIN_FULL_SHARE = 0.4;
/** …and hardly any runs past it (a clean text's paragraphs run to any length). */
const MAX_LONGER_SHARE = 0.1;
const MIN_FULL_LINES = 8;
/** A line ending so ended its sentence, even at the margin (a label's colon or a list's semicolon may be cut after). */
const SENTENCE_END = /[。！？!?]$/u;
/** A line that opens with an item marker starts an item, even after a full line. */
const ITEM_START = /^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,3}[.．、](?!\d)|[(（]\d{1,2}[)）]|[①-⑳])/u;

/** The page width of a hard-wrapped text: the narrowest length of the window of WIDTH_SLACK + 1 lengths most lines fill. */
function wrapWidth(lines: Line[]): number | null {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n >= MIN_WIDTH);
  if (lengths.length < MIN_FULL_LINES) return null;
  const count = new Map<number, number>();
  for (const n of lengths) count.set(n, (count.get(n) ?? 0) + 1);
  let best = 0;
  let width = 0;
  for (const n of count.keys()) {
    let inWindow = 0;
    for (let k = 0; k <= WIDTH_SLACK; k++) inWindow += count.get(n + k) ?? 0;
    if (inWindow > best || (inWindow === best && n < width)) { best = inWindow; width = n; }
  }
  const longer = lengths.filter((n) => n > width + WIDTH_SLACK).length;
  if (best < MIN_FULL_LINES || best < lengths.length * MIN_FULL_SHARE || longer > lengths.length * MAX_LONGER_SHARE) return null;
  return width;
}

/**
 * A text hard-wrapped at a page width (most of its longer lines end within a few characters of one width, none runs
 * far past it): a line that fills the width and does not end its sentence goes on in the next line, joined back —
 * as the PDF reader joins lines that reach the margin.
 */
function joinWrappedLines(work: TextWork, lines: Line[]): TextWork {
  const width = wrapWidth(lines);
  if (width === null) return work;
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i].text.trimEnd();
    const next = lines[i + 1].text;
    if (line.length < width - 1 || SENTENCE_END.test(line) || isBlank(lines[i + 1]) || ITEM_START.test(next)) continue;
    spans.push([lines[i].start + line.length, lines[i].end + 1]);
  }
  return dropSpans(work, spans);
}

/** A line that PAGE_NUMBER can match holds one of these: a text with none has no page marks to look for. */
const PAGE_NUMBER_CHAR = /[-—–―─页/]/u;

/**
 * The three in the order the copies pile up: blank lines off first, then page breaks, then the wrapped lines meet.
 * Every document passes here and few carry any of it: the lines are split once and again only after a change, and a
 * pass whose mark the text lacks (a doubled line end, a page number's dash, 页 or slash) is not run.
 */
export function undoCopiedLayout(work: TextWork): TextWork {
  let lines = linesOf(work.text);
  const pass = (step: (w: TextWork, l: Line[]) => TextWork) => {
    const next = step(work, lines);
    if (next !== work) lines = linesOf(next.text);
    work = next;
  };
  if (work.text.includes('\n\n')) pass(dropDoubledBlankLines);
  if (PAGE_NUMBER_CHAR.test(work.text)) pass(dropPageMarks);
  return joinWrappedLines(work, lines);
}
