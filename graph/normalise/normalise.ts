// Normalise raw document text (width, spaces, OCR repairs) while keeping a map back to the original.
import { rewriteBarRows } from './bar-rows.ts';
import { undoCopiedLayout } from './copied-layout.ts';
import { splitDatedUnitCells } from './dated-unit-rows.ts';
import { stripGlosses } from './glosses.ts';
import { splitGluedHeadings } from './glued-headings.ts';
import { splitGluedRows } from './glued-rows.ts';
import { OCR_REPAIR_RULES, type RepairRule } from './ocr-repairs.ts';
import { joinPreviewChunks } from './preview-chunks.ts';
import { dropMarkdownMarks } from './markdown.ts';
import { readDataRecords } from './data-records.ts';
import { bracketHeadingLabels } from './heading-labels.ts';
import { joinBlankLineCells } from './blank-line-cells.ts';
import { joinHeaderLines } from './header-lines.ts';
import { labelMarkedCells } from './marked-cells.ts';
import { splitPipeCells } from './pipe-cells.ts';
import { rewritePipeRows } from './pipe-rows.ts';
import { rowOrigins } from './row-offsets.ts';
import { dropSiteChrome } from './site-chrome.ts';
import { restoreLineBreaks } from './run-on-lines.ts';
import { splitSpacedCells } from './space-cells.ts';
import { listSpacedDutyCellLines, listSpacedDutyCells, listSpacedLabelUnits } from './spaced-unit-lists.ts';
import { splitSpacedRows } from './spaced-rows.ts';
import { findTables, type TableRewrite } from './tables.ts';
import { findDutyColumnRows } from './duty-column-rows.ts';
import { findWrappedRows } from './wrapped-rows.ts';
import { findUnitDutyRows } from './unit-duty-rows.ts';
import { findUnitTargetRows } from './unit-target-rows.ts';
import { findProjectRows } from './project-rows.ts';
import type { TextWork } from './text-work.ts';

interface Repair {
  rule: string;
  from: string;
  to: string;
  /** Offset in the normalised text where the replacement begins. */
  at: number;
}

export interface NormalisedText {
  text: string;
  /** toOriginal[i] is the offset in the original text of normalised character i. */
  toOriginal: Int32Array;
  repairs: Repair[];
}

/** Appends runs of a source text with their original offsets; far cheaper than char arrays. */
class Builder {
  private parts: string[] = [];
  private maps: Int32Array[] = [];
  length = 0;
  copy(work: TextWork, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(work.text.slice(from, to));
    this.maps.push(work.map.subarray(from, to));
    this.length += to - from;
  }
  insert(s: string, origin: number | ((k: number) => number)): void {
    const map = new Int32Array(s.length);
    for (let k = 0; k < s.length; k++) map[k] = typeof origin === 'number' ? origin : origin(k);
    this.parts.push(s);
    this.maps.push(map);
    this.length += s.length;
  }
  done(): TextWork {
    const map = new Int32Array(this.length);
    let at = 0;
    for (const m of this.maps) { map.set(m, at); at += m.length; }
    return { text: this.parts.join(''), map };
  }
}

function identityMap(n: number): Int32Array {
  const map = new Int32Array(n);
  for (let i = 0; i < n; i++) map[i] = i;
  return map;
}

const CJK_OR_PUNCT = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’、。，：；（）《》【】〔〕,.:;()%]/;
const SPECIAL_RE = /[\uff01-\uff5e\u3000\u00a0\r\ufeff\u200b]/g;

/** Fold full-width ASCII forms to half width, the ideographic space to a plain space, CRLF to LF. */
function initial(original: string): TextWork {
  const identity: TextWork = { text: original, map: identityMap(original.length) };
  SPECIAL_RE.lastIndex = 0;
  if (!SPECIAL_RE.test(original)) return identity;
  SPECIAL_RE.lastIndex = 0; // matchAll starts from the regex's lastIndex
  const out = new Builder();
  let last = 0;
  for (const m of original.matchAll(SPECIAL_RE)) {
    const i = m.index!;
    out.copy(identity, last, i);
    last = i + 1;
    const code = original.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out.insert(String.fromCharCode(code - 0xfee0), i);
    else if (code === 0x3000 || code === 0x00a0) out.insert(' ', i);
    else if (original[i] === '\r' && original[i + 1] !== '\n') out.insert('\n', i);
    // CR of CRLF, BOM and zero-width spaces are dropped.
  }
  out.copy(identity, last, original.length);
  return out.done();
}

/** Drop spaces that OCR put inside Chinese text and inside item markers (`3 .`). */
function dropInnerSpaces(work: TextWork): TextWork {
  const { text } = work;
  const out = new Builder();
  let last = 0;
  for (const m of text.matchAll(/[ \t]+/g)) {
    const start = m.index!;
    const end = start + m[0].length;
    out.copy(work, last, start);
    last = end;
    const prev = text[start - 1] ?? '\n';
    const next = text[end] ?? '\n';
    const inner = CJK_OR_PUNCT.test(prev) || CJK_OR_PUNCT.test(next) || (/\d/.test(prev) && next === '.');
    if (!inner && prev !== '\n' && next !== '\n') out.insert(' ', work.map[start]);
  }
  if (last === 0) return work;
  out.copy(work, last, text.length);
  return out.done();
}

/** Replace flattened tables by numbered items with labelled annotations (see tables.ts). */
const rewriteTables = (work: TextWork) => rewriteLines(work, findTables);
const rewriteDutyColumnRows = (work: TextWork) => rewriteLines(work, findDutyColumnRows);
/** A two-column 单位 / 职责分工 table, a unit's line then its duties (unit-duty-rows.ts). */
const rewriteUnitDutyRows = (work: TextWork) => rewriteLines(work, findUnitDutyRows);
/** A numbered 序号 / 街镇 table of quantities, read after the task tables so theirs stay theirs (unit-target-rows.ts). */
const rewriteUnitTargetRows = (work: TextWork) => rewriteLines(work, findUnitTargetRows);
/** A project list with no duty column, read before its header cells are joined (项目类型 / 项目名称 stay two; project-rows.ts). */
const rewriteProjectRows = (work: TextWork) => rewriteLines(work, findProjectRows);
/** A PDF table page's wrapped cells, read while the spaces of its one-line header still part its cells (wrapped-rows.ts). */
const rewriteWrappedRows = (work: TextWork) => rewriteLines(work, findWrappedRows);

/** Replace the line ranges a table reader found by its rows, each row's characters mapped back to its own lines. */
function rewriteLines(work: TextWork, find: (lines: string[]) => TableRewrite[]): TextWork {
  const { text } = work;
  if (!text.includes('\n')) return work;
  const lines = text.split('\n');
  const rewrites = find(lines);
  if (rewrites.length === 0) return work;
  const lineStart: number[] = [];
  let pos = 0;
  for (const line of lines) { lineStart.push(pos); pos += line.length + 1; }
  const out = new Builder();
  let copied = 0;
  for (const rw of rewrites) {
    out.copy(work, copied, lineStart[rw.from]);
    const end = rw.to < lines.length ? lineStart[rw.to] : text.length;
    for (const l of rw.lines) out.insert(`${l.text}\n`, rowOrigins(`${l.text}\n`, work, lineStart[l.sourceLine], end));
    copied = rw.to < lines.length ? lineStart[rw.to] : text.length;
  }
  out.copy(work, copied, text.length);
  return out.done();
}

function applyRule(work: TextWork, rule: RepairRule, repairs: Repair[]): TextWork {
  rule.pattern.lastIndex = 0;
  if (!rule.pattern.test(work.text)) return work;
  rule.pattern.lastIndex = 0; // matchAll starts from the regex's lastIndex
  const out = new Builder();
  let last = 0;
  for (const match of work.text.matchAll(rule.pattern)) {
    const start = match.index!;
    const end = start + match[0].length;
    out.copy(work, last, start);
    // Kept as an original offset until the end: later rules shift normalised positions.
    repairs.push({ rule: rule.id, from: match[0], to: rule.replacement, at: work.map[start] });
    out.insert(rule.replacement, (k) => work.map[Math.min(start + k, end - 1)] ?? work.map[start]);
    last = end;
  }
  out.copy(work, last, work.text.length);
  return out.done();
}

/**
 * The text-shape stages, in order, each over the previous one's text with the offset map kept: task records kept as
 * program data read as table rows, a web page's chrome, a
 * copy's layout (blank lines, page marks, hard wraps), glosses, markdown
 * marks and a preview's chunk numbers off first, then glued table rows, lines and headings restored, then each published table shape rewritten, then tables to items, then labels run on
 * after a heading's name bracketed.
 */
const TEXT_STAGES: ((work: TextWork) => TextWork)[] = [
  readDataRecords, dropSiteChrome, undoCopiedLayout, stripGlosses, dropMarkdownMarks, joinPreviewChunks, splitGluedRows, restoreLineBreaks, splitGluedHeadings, rewriteBarRows, rewritePipeRows, listSpacedDutyCells, listSpacedDutyCellLines, listSpacedLabelUnits, splitSpacedRows, splitSpacedCells, rewriteWrappedRows, splitDatedUnitCells, dropInnerSpaces,
  splitPipeCells, labelMarkedCells, rewriteProjectRows, joinHeaderLines, joinBlankLineCells, rewriteDutyColumnRows, rewriteUnitDutyRows, rewriteTables, rewriteUnitTargetRows, bracketHeadingLabels,
];

export function normaliseText(original: string, rules: RepairRule[] = OCR_REPAIR_RULES): NormalisedText {
  let work = TEXT_STAGES.reduce((w, stage) => stage(w), initial(original));
  const repairs: Repair[] = [];
  for (const rule of rules) {
    work = applyRule(work, rule, repairs);
  }
  return { text: work.text, toOriginal: work.map, repairs: anchorRepairs(work, repairs) };
}


/**
 * Turn each repair's original offset into its offset in the final text: the first normalised character
 * that comes from it or after it (the offset map never decreases).
 */
function anchorRepairs(work: TextWork, repairs: Repair[]): Repair[] {
  const { map, text } = work;
  return repairs.map((r) => {
    let lo = 0;
    let hi = map.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid] < r.at) lo = mid + 1; else hi = mid;
    }
    // A rewritten table row maps as a whole to its first line: look for the replacement within the row.
    if (text.startsWith(r.to, lo)) return { ...r, at: lo };
    const near = text.slice(lo, lo + MAX_ROW_CHARS).indexOf(r.to);
    return { ...r, at: near >= 0 ? lo + near : Math.min(lo, text.length) };
  });
}

const MAX_ROW_CHARS = 400;
