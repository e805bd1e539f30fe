// Sentence and clause spans: the evidence a fact is shown with, and the scope of TOUCHES.
import { codeSet } from './text.ts';
import type { Span } from './types.ts';

// Char-code sets: indexing a CJK string per character would allocate a string each time.
const HARD_STOPS = codeSet('。！？!?');
const SOFT_STOPS = codeSet('；;');
const CLOSERS = codeSet('”’」』"\'');
const OPENERS = codeSet('(（');
const CLOSING = codeSet(')）');
const CLAUSE_STOPS = codeSet('，,；;。！？!?\n');
const NEWLINE = 10;
/** A bracket holding one of these is a duty annotation `(牵头单位:…)`: it closes its sentence. */
const ANNOTATION_CUE = /牵头|责任|配合|负责|单位|[:：]/;
/** An unclosed bracket (OCR lost the other half) stops holding back ；after this many characters. */
const MAX_BRACKET_CHARS = 300;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0x3000 || code === 0xa0;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/**
 * Sentences end at 。！？ (and ；; outside brackets), at a line break, and after the bracket of a duty
 * annotation. Spans exclude surrounding whitespace and keep closing quotes with their sentence.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  let openAt = -1;
  // Each cut pushes [start, end) trimmed, then the next sentence starts at `end` outside any bracket. Written out
  // rather than as a closure: tsx (esbuild keepNames) names every named closure each time it is made.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (depth > 0 && i - openAt > MAX_BRACKET_CHARS) depth = 0;
    let end = -1;
    if (code === NEWLINE) {
      end = i;
    } else if (OPENERS.has(code)) {
      if (depth++ === 0) openAt = i;
    } else if (CLOSING.has(code)) {
      if (depth > 0 && --depth === 0 && ANNOTATION_CUE.test(text.slice(openAt + 1, i))) end = i + 1;
    } else if (HARD_STOPS.has(code) || (depth === 0 && SOFT_STOPS.has(code))) {
      end = i + 1;
      while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
      i = end - 1;
    }
    if (end < 0) continue;
    pushTrimmed(out, text, start, end);
    start = end;
    depth = 0;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Span[], text: string, start: number, end: number): void {
  const span = trimmed(text, start, end);
  if (span) out.push(span);
}

/** Clauses split at ，；。 (either width) and line breaks. */
export function splitClauses(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !CLAUSE_STOPS.has(text.charCodeAt(i))) continue;
    const span = trimmed(text, start, i < text.length ? i + 1 : i);
    if (span) out.push(span);
    start = i + 1;
  }
  return out;
}
