// Normalise raw document text (width, spaces, OCR repairs) while keeping a map back to the original.
import { OCR_REPAIR_RULES, type RepairRule } from './ocr-repairs.ts';
import { findTables } from './tables.ts';

export interface Repair {
  rule: string;
  from: string;
  to: string;
  /** Offset in the normalised text. */
  at: number;
}

export interface NormalisedText {
  text: string;
  /** toOriginal[i] is the offset in the original text of normalised character i. */
  toOriginal: Int32Array;
  repairs: Repair[];
}

interface Work {
  chars: string[];
  map: number[];
}

const CJK_OR_PUNCT = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、。，：；（）《》【】〔〕,.:;()%]/;

/** Fold full-width ASCII forms to half width; the ideographic space to a plain space. */
function foldWidth(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000 || code === 0x00a0) return ' ';
  if (ch === '\r') return '\n';
  return ch;
}

function initial(original: string): Work {
  const chars: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const ch = original[i];
    if (ch === '\r' && original[i + 1] === '\n') continue;
    if (ch === '\ufeff' || ch === '\u200b') continue;
    chars.push(foldWidth(ch));
    map.push(i);
  }
  return { chars, map };
}

/** Drop spaces that OCR put inside Chinese text and inside item markers (`3 .`). */
function dropInnerSpaces(work: Work): Work {
  const chars: string[] = [];
  const map: number[] = [];
  const { chars: src } = work;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === ' ' || ch === '\t') {
      let j = i;
      while (j < src.length && (src[j] === ' ' || src[j] === '\t')) j++;
      const prev = chars[chars.length - 1] ?? '\n';
      const next = src[j] ?? '\n';
      const inner = CJK_OR_PUNCT.test(prev) || CJK_OR_PUNCT.test(next) || (/\d/.test(prev) && next === '.');
      if (inner || prev === '\n' || next === '\n') {
        i = j - 1;
        continue;
      }
      chars.push(' ');
      map.push(work.map[i]);
      i = j - 1;
      continue;
    }
    chars.push(ch);
    map.push(work.map[i]);
  }
  return { chars, map };
}

/** Replace flattened tables by numbered items with labelled annotations (see tables.ts). */
function rewriteTables(work: Work): Work {
  const text = work.chars.join('');
  if (!text.includes('\n')) return work;
  const lines = text.split('\n');
  const rewrites = findTables(lines);
  if (rewrites.length === 0) return work;
  const lineStart: number[] = [];
  let pos = 0;
  for (const line of lines) { lineStart.push(pos); pos += line.length + 1; }
  const chars: string[] = [];
  const map: number[] = [];
  const copyLine = (i: number) => {
    for (let c = lineStart[i]; c < lineStart[i] + lines[i].length; c++) { chars.push(work.chars[c]); map.push(work.map[c]); }
  };
  const newline = (i: number) => { chars.push('\n'); map.push(work.map[Math.min(lineStart[i] + lines[i].length, work.map.length - 1)] ?? 0); };
  let r = 0;
  for (let i = 0; i < lines.length; i++) {
    const rw = rewrites[r];
    if (rw && i === rw.from) {
      for (const l of rw.lines) {
        for (const ch of l.text.split('')) { chars.push(ch); map.push(work.map[lineStart[l.sourceLine]] ?? 0); }
        newline(l.sourceLine);
      }
      i = rw.to - 1;
      r++;
      continue;
    }
    copyLine(i);
    if (i < lines.length - 1) newline(i);
  }
  return { chars, map };
}

function applyRule(work: Work, rule: RepairRule, repairs: Repair[], text: string): Work {
  rule.pattern.lastIndex = 0;
  if (!rule.pattern.test(text)) return work;
  rule.pattern.lastIndex = 0;
  const chars: string[] = [];
  const map: number[] = [];
  let last = 0;
  // chars are UTF-16 units, so string offsets and array indexes agree.
  for (const match of text.matchAll(rule.pattern)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    for (let i = last; i < start; i++) { chars.push(work.chars[i]); map.push(work.map[i]); }
    repairs.push({ rule: rule.id, from: match[0], to: rule.replacement, at: chars.length });
    for (let k = 0; k < rule.replacement.length; k++) {
      chars.push(rule.replacement[k]);
      map.push(work.map[Math.min(start + k, end - 1)] ?? work.map[start]);
    }
    last = end;
  }
  for (let i = last; i < work.chars.length; i++) { chars.push(work.chars[i]); map.push(work.map[i]); }
  return { chars, map };
}

function splitSurrogates(work: Work): Work {
  // Keep one array slot per UTF-16 unit so offsets match String indexes.
  const chars: string[] = [];
  const map: number[] = [];
  work.chars.forEach((c, i) => {
    for (const unit of c.split('')) { chars.push(unit); map.push(work.map[i]); }
  });
  return { chars, map };
}

export function normaliseText(original: string, rules: RepairRule[] = OCR_REPAIR_RULES): NormalisedText {
  let work = splitSurrogates(initial(original));
  work = dropInnerSpaces(work);
  work = rewriteTables(work);
  const repairs: Repair[] = [];
  let current = work.chars.join('');
  for (const rule of rules) {
    const next = applyRule(work, rule, repairs, current);
    if (next !== work) { work = next; current = work.chars.join(''); }
  }
  // Repairs were recorded against intermediate texts; re-anchor them by searching forward.
  const text = work.chars.join('');
  return { text, toOriginal: new Int32Array(work.map), repairs: anchorRepairs(text, repairs) };
}

function anchorRepairs(text: string, repairs: Repair[]): Repair[] {
  return repairs.map((r) => {
    const found = text.indexOf(r.to, Math.max(0, r.at - 64));
    return { ...r, at: found >= 0 ? found : Math.min(r.at, text.length) };
  });
}

/** Map a normalised span back to the original text. */
export function originalSpan(norm: NormalisedText, start: number, end: number): { start: number; end: number } {
  if (norm.toOriginal.length === 0) return { start: 0, end: 0 };
  const s = norm.toOriginal[Math.min(start, norm.toOriginal.length - 1)];
  const e = end <= 0 ? s : norm.toOriginal[Math.min(end - 1, norm.toOriginal.length - 1)] + 1;
  return { start: s, end: Math.max(s, e) };
}
