// A table row rewritten as an item keeps, for each character copied from a cell, that cell character's
// offset: evidence then points into the cell, and a 繁體 document's own characters come back in titles and names.

interface RowSource { text: string; map: Int32Array }

/** How far ahead of the last matched character a cell character is looked for (bounds the work per row). */
const LOOKAHEAD_CHARS = 64;
/** Only words are matched: labels and punctuation the rewrite adds (牵头单位:, 。, 、) have no source. */
const WORD = /[\u4e00-\u9fff0-9A-Za-z%]/;
const WORD_RUN = /^[\u4e00-\u9fff0-9A-Za-z%]+/;
const MAX_WORD_CHARS = 40;
/** How far ahead a whole word is looked for: past a project's sub-rows. */
const WORD_LOOKAHEAD_CHARS = 600;

/**
 * Origins for the characters of `row`, written from the source lines [from, to): each word character is
 * matched to the next equal character at most LOOKAHEAD_CHARS ahead, others take the last match's origin.
 * Matches only move forward, so the offset map stays non-decreasing.
 */
export function rowOrigins(row: string, source: RowSource, from: number, to: number): (k: number) => number {
  const origins = new Int32Array(row.length);
  let at = from;
  for (let k = 0; k < row.length; k++) {
    const c = row[k];
    // A whole name of three or more characters found ahead maps as a whole (a project list prints a sub-row's unit
    // after the last one's content and figures, further than a single character is looked for).
    const word = k === 0 || !WORD.test(row[k - 1]) ? WORD_RUN.exec(row.slice(k, k + MAX_WORD_CHARS))?.[0] : undefined;
    const found = word && word.length >= 3 ? source.text.slice(at, Math.min(to, at + WORD_LOOKAHEAD_CHARS)).indexOf(word) : -1;
    if (word && found >= 0) {
      for (let w = 0; w < word.length; w++) origins[k + w] = source.map[at + found + w];
      at += found + word.length;
      k += word.length - 1;
      continue;
    }
    const limit = Math.min(to, at + LOOKAHEAD_CHARS);
    let hit = -1;
    if (WORD.test(c)) for (let p = at; p < limit; p++) if (source.text[p] === c) { hit = p; break; }
    if (hit >= 0) {
      origins[k] = source.map[hit];
      at = hit + 1;
    } else origins[k] = source.map[Math.min(at, to - 1, source.map.length - 1)] ?? 0;
  }
  return (k) => origins[k];
}

/** A line of the text by offsets, its newline excluded. */
export interface LineSpan { start: number; end: number }

/** Every line of the text, the last one too (empty when the text ends in a newline). */
export function lineSpans(text: string): LineSpan[] {
  const lines: LineSpan[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end });
    start = end + 1;
  }
  return lines;
}
