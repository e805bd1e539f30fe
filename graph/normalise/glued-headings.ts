// A text run together on one line with no spaces left (a document-sharing site's preview, its page chunks joined):
// the headings are glued to the sentence before them (`…制定本实施方案。一、加强…支持(一)强化财税政策保障。…不再列出)(二)…`).
// A marker there starts a line again when it numbers on in order: 一、 二、 at the top, (一) (二) under each, restarting.

import { chineseNumber } from '../outline/markers.ts';
import type { TextWork } from './text-work.ts';

/** Shorter lines are written as lines. */
const MIN_RUN_ON = 300;
/** Fewer markers in order than this say nothing: one `(一)` may be a citation in prose. */
const MIN_MARKERS = 2;

/**
 * A top marker after a sentence or bracket end (统一、 is no marker); a sub marker after a sentence end or a heading's
 * last word, never after 第 (第(二)项 cites an item).
 */
const MARKER_RE = /(?<=[。;；)）])([一二三四五六七八九十]{1,3})、|(?<=[\u4e00-\u9fff。;；)）])(?<!第)[(（]([一二三四五六七八九十]{1,3})[)）]/g;

/** Offsets in `line` of the markers that number on in order. */
function orderedMarkers(line: string): number[] {
  const at: number[] = [];
  let top = 1;
  let sub = 1;
  for (const m of line.matchAll(MARKER_RE)) {
    if (m[1] !== undefined && chineseNumber(m[1]) === top) { at.push(m.index!); top++; sub = 1; }
    else if (m[2] !== undefined && chineseNumber(m[2]) === sub) { at.push(m.index!); sub++; }
  }
  return at.length >= MIN_MARKERS ? at : [];
}

/** Each such marker gets a line break before it; the break maps to the marker's own offset. */
export function splitGluedHeadings(work: TextWork): TextWork {
  const { text, map } = work;
  const breaks: number[] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start >= MIN_RUN_ON && !/\s/.test(text.slice(start, end))) {
      for (const at of orderedMarkers(text.slice(start, end))) if (at > 0) breaks.push(start + at);
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (breaks.length === 0) return work;
  const parts: string[] = [];
  const out = new Int32Array(text.length + breaks.length);
  let last = 0;
  let o = 0;
  for (const b of [...breaks, text.length]) {
    parts.push(text.slice(last, b));
    out.set(map.subarray(last, b), o);
    o += b - last;
    if (b < text.length) { parts.push('\n'); out[o++] = map[b]; }
    last = b;
  }
  return { text: parts.join(''), map: out };
}
