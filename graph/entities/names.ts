// Finds where a proper name starts before a head word: the longest run whose left edge is a word boundary.
import {
  BOUNDARY_CHARS, BOUNDARY_WORDS, BREAK_CHARS, LEADING_CHAR_WORDS, LEADING_CHARS, NOMINAL_VERBS, PREDICATE_WORDS,
} from './data/boundaries.ts';
import { COUNT_UNITS } from './data/targets.ts';
import { codeSet, isDigitAt, isHan, isHanAt, maxLength } from './text.ts';

const BOUNDARY = new Set(BOUNDARY_WORDS);
/** What closes a number written in digits: a date's or a count's unit, a length or a time (2021年, 9座, 25公里, 1小时). */
const DIGIT_UNITS = [...new Set(['年', '月', '日', '号', ...COUNT_UNITS, '公里', '千米', '小时'])].sort((a, b) => b.length - a.length);
/** Chinese numerals: before a count's unit they count (六个, 第七条, 三座) and open no name. */
const HAN_NUMERALS = '一二三四五六七八九十两百千';
/** A written number counts only with a count's unit: 一号河, 十月, 三江 stay names. */
const HAN_COUNT_UNITS = COUNT_UNITS.join('') + '章节';
/** What goes on a date, not a name (6月底前, 3月份, 年度): no name starts there. */
const TIME_TAILS = '底前份初末中上下内起以后度';
const BOUNDARY_CODES = codeSet(BOUNDARY_CHARS);
const BREAK_CODES = codeSet(BREAK_CHARS);
const LEADING_WORDS = new Set(LEADING_CHAR_WORDS);
const MAX_BOUNDARY = maxLength(BOUNDARY_WORDS);
const PREDICATES = new Set(PREDICATE_WORDS);
const MAX_PREDICATE = maxLength(PREDICATE_WORDS);
const NOMINAL = new Set(NOMINAL_VERBS);
const MAX_NOMINAL = maxLength(NOMINAL_VERBS);
// The first (last) characters of the word lists: a position no word can start (end) at is passed over without
// slicing out a candidate of every length.
const BOUNDARY_FIRSTS = codeSet(BOUNDARY_WORDS.map((w) => w[0]).join(''));
const BOUNDARY_LASTS = codeSet(BOUNDARY_WORDS.map((w) => w[w.length - 1]).join(''));
const PREDICATE_FIRSTS = codeSet([...PREDICATE_WORDS, ...NOMINAL_VERBS].map((w) => w[0]).join(''));
/** Digits inside a name only as a spec: 220千伏, 二期 is Han anyway. */
const DIGIT_NAME = /^(?:[\u3400-\u9fff\uf900-\ufaff]|\d+(?:千伏|万千瓦|千瓦|兆瓦|万伏|号线|号|期))+$/u;

export interface NameSpec {
  /** Name length before the head, in characters. */
  min: number;
  max: number;
  /** Digits may be part of the name (specs such as 220千伏). */
  digits?: boolean;
  /** Characters the name may not contain (the head's own character: 金山银|山). */
  stopChars?: string;
  /** Characters the name may not start with (区市县: those open a unit name). */
  noStart?: string;
  /** The head may close an activity's name (美丽家园建设工程); false for places (提升公园 is no park's name). */
  activities?: boolean;
}

/** A boundary word runs across `pos` (推|进涪江): a name cannot start in the middle of a word. */
function splitsWord(text: string, pos: number): boolean {
  for (let k = 1; k < MAX_BOUNDARY && pos - k >= 0; k++) {
    if (!BOUNDARY_FIRSTS.has(text.charCodeAt(pos - k))) continue;
    for (let n = k + 1; n <= MAX_BOUNDARY; n++) {
      if (pos - k + n <= text.length && BOUNDARY.has(text.slice(pos - k, pos - k + n))) return true;
    }
  }
  return false;
}

/** True when a name may begin at `pos`: text start, punctuation, a known mention's end, or a boundary word. */
function atBoundary(text: string, pos: number, ends: ReadonlySet<number>, digits = false): boolean {
  if (pos <= 0 || ends.has(pos)) return true;
  if (countEndingAt(text, pos) >= 0 && !TIME_TAILS.includes(text[pos])) return true;
  const prev = text.charCodeAt(pos - 1);
  if (!isHan(prev)) return !(digits && isDigitAt(text, pos - 1) && !isHanAt(text, pos));
  if (splitsWord(text, pos)) return false;
  if (BOUNDARY_CODES.has(prev)) return true;
  if (!BOUNDARY_LASTS.has(prev)) return false;
  for (let n = 2; n <= MAX_BOUNDARY && n <= pos; n++) {
    if (BOUNDARY.has(text.slice(pos - n, pos))) return true;
  }
  return false;
}

/**
 * Where a count that ends at `pos` starts (2021年|天峨县, 9座|城市公园, 第七条|镇, 六个|江西), or -1: the number and its
 * unit close what comes before and open no name.
 */
function countEndingAt(text: string, pos: number): number {
  // A count run into another number is a slogan's name (五个一工程, 三个一百): no count closes there.
  if (HAN_NUMERALS.includes(text[pos] ?? '') || isDigitAt(text, pos)) return -1;
  for (const unit of DIGIT_UNITS) {
    const at = pos - unit.length;
    if (at > 0 && text.startsWith(unit, at) && isDigitAt(text, at - 1)) return at - 1;
  }
  if (pos < 2 || !HAN_COUNT_UNITS.includes(text[pos - 1]) || !HAN_NUMERALS.includes(text[pos - 2])) return -1;
  let at = pos - 2;
  while (at > 0 && HAN_NUMERALS.includes(text[at - 1])) at--;
  return at;
}

/** The end of the last count inside [from, end), or `from`: a name holds no count (9座城市公园 is no 座城市公园). */
function afterCounts(text: string, from: number, end: number, digits: boolean): number {
  let start = from;
  for (let pos = from + 1; pos <= end; pos++) {
    const at = countEndingAt(text, pos);
    // A spec's number is part of a works' name (3号线, 2号机组): a digit's 号 closes no count there.
    if (at >= 0 && !(digits && text[pos - 1] === '号')) start = pos;
  }
  return start;
}

/** True when [from, end) is nothing but nominal verbs (发展, 融合发展, ''). */
function onlyNominal(text: string, from: number, end: number): boolean {
  for (let i = from; i < end;) {
    let n = Math.min(MAX_NOMINAL, end - i);
    while (n >= 2 && !NOMINAL.has(text.slice(i, i + n))) n--;
    if (n < 2) return false;
    i += n;
  }
  return true;
}

/**
 * Where a name may start at the earliest: after the last predicate inside [from, end). A nominal verb right before the
 * head is a predicate too when the head names no activity (因地制宜提升|公园: a park is not named by what is done to it).
 */
function afterPredicates(text: string, from: number, end: number, activities: boolean): number {
  let start = from;
  for (let i = from; i < end - 1; i++) {
    if (!PREDICATE_FIRSTS.has(text.charCodeAt(i))) continue;
    for (let n = Math.min(Math.max(MAX_PREDICATE, MAX_NOMINAL), end - i); n >= 2; n--) {
      const word = text.slice(i, i + n);
      const predicate = PREDICATES.has(word) || (NOMINAL.has(word) && (!activities || !onlyNominal(text, i + n, end)));
      if (predicate) {
        start = i + n;
        break;
      }
    }
  }
  return start;
}

/** A name may not open with a boundary word (推进涪…) or a function character it can spare (与涪…). */
function startsWithBoundary(name: string, min: number): boolean {
  if (BOUNDARY.has(name)) return true;
  for (let n = 2; BOUNDARY_FIRSTS.has(name.charCodeAt(0)) && n <= MAX_BOUNDARY && n < name.length; n++) {
    if (BOUNDARY.has(name.slice(0, n))) return true;
  }
  return spareLead(name, min);
}

/** The name opens with a function character it can do without (与涪江), not with a word (建筑). */
function spareLead(name: string, min: number): boolean {
  return LEADING_CHARS.includes(name[0]) && name.length - 1 >= min && !LEADING_WORDS.has(name.slice(0, 2));
}

function isNameChar(text: string, i: number, spec: NameSpec): boolean {
  const code = text.charCodeAt(i);
  if (BREAK_CODES.has(code) || (spec.stopChars && spec.stopChars.includes(text[i]))) return false;
  return isHan(code) || (spec.digits === true && isDigitAt(text, i));
}

/**
 * Start of the longest acceptable name ending at `end`, or -1. Acceptable: made of name characters,
 * between spec.min and spec.max long, starting on a boundary, and not starting with a boundary word.
 */
export function findNameStart(text: string, end: number, spec: NameSpec, ends: ReadonlySet<number>): number {
  let runStart = end;
  while (runStart > 0 && end - runStart < spec.max && isNameChar(text, runStart - 1, spec)) runStart--;
  runStart = afterPredicates(text, afterCounts(text, runStart, end, spec.digits === true), end, spec.activities !== false);
  for (let start = runStart; end - start >= spec.min; start++) {
    const name = text.slice(start, end);
    if (spec.noStart?.includes(name[0])) continue;
    // 全面|建西水资源配置: a spare function character is a boundary when the word before it is.
    const spare = spareLead(name, spec.min);
    if (!atBoundary(text, start, ends, spec.digits)) continue;
    if (spare) {
      const rest = text.slice(start + 1, end);
      if (!splitsWord(text, start + 1) && !startsWithBoundary(rest, spec.min) && (!spec.digits || DIGIT_NAME.test(rest))) {
        return start + 1;
      }
      continue;
    }
    if (startsWithBoundary(name, spec.min)) continue;
    // 以云溪为重点: a function character that cannot be spared (the rest is too short) is not a name's first.
    if (LEADING_CHARS.includes(name[0]) && !LEADING_WORDS.has(name.slice(0, 2))) continue;
    if (spec.digits && !DIGIT_NAME.test(name)) continue;
    return start;
  }
  return -1;
}

/** True when a boundary word (a verb, adverb or scope word) occurs anywhere in `s`. */
export function containsBoundaryWord(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) {
    if (!BOUNDARY_FIRSTS.has(s.charCodeAt(i))) continue;
    for (let n = 2; n <= MAX_BOUNDARY && i + n <= s.length; n++) if (BOUNDARY.has(s.slice(i, i + n))) return true;
  }
  return false;
}
