// extractTargets: numeric targets in plan prose — indicator, value, unit, year — with their span.
import {
  COUNT_LEAD_VERBS, COUNT_UNITS, INDICATOR_KEEP_WORDS, INDICATOR_LEADING_TRIMS, LIST_SEPARATOR_SOURCE, MEASURE_WORDS, RATE_ONLY_INDICATORS,
  TARGET_ADVERBS, TARGET_UNITS, TARGET_VERBS, VALUE_FOLLOWERS, VALUE_QUALIFIERS,
} from './data/targets.ts';
import { splitSentences } from './sentences.ts';
import { alternation, isHanAt, maxLength, wordEndingAt, wordStartingAt } from './text.ts';
import type { Span, TargetMention } from './types.ts';
import { yearAt, yearMarkers } from './years.ts';

// A unit per measure (元/平方米, 元/人, 万元/公里) is one unit: the measure after / is no part of the next indicator.
const PER_MEASURE = '/(?:平方公里|平方米|立方米|千瓦时|公里|千米|人|户|吨|亩|年|月|日|天|次|台|辆|个)';
const VALUE = new RegExp(`(?<![\\d.A-Za-z])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*((?:${alternation(TARGET_UNITS)})(?:${PER_MEASURE})?)`, 'g');
/** A grade or class alone (一级, 二类, 三档) names a category of a standard, not a measure to reach (江门 2018). */
const GRADE_ONLY = /^[一二三四五六七八九十]{1,2}(?:级|类|档|等)$/u;
const SEPARATOR = new RegExp(`\\s*(?:${LIST_SEPARATOR_SOURCE})\\s*`, 'y');
const SPLITTER = new RegExp(LIST_SEPARATOR_SOURCE, 'g');
const CHAIN = new Set([...TARGET_VERBS, ...TARGET_ADVERBS]);
const CHAIN_MAX = maxLength(CHAIN);
const COUNT_LEAD = new Set(COUNT_LEAD_VERBS);
const COUNT_LEAD_MAX = maxLength(COUNT_LEAD_VERBS);
const TRIMS = new Set(INDICATOR_LEADING_TRIMS);
const TRIMS_MAX = maxLength(INDICATOR_LEADING_TRIMS);
// An item's own number opens its first indicator (1.地区生产总值…, 二、…, ①…): the number is not the indicator's.
const LEADING_NOISE = /^(?:(?:\d{1,3}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|\((?:\d{1,3}|[一二三四五六七八九十]{1,3})\)|[①-⑳])|[\s、“”"'‘’·]+|(?:到|至|截至|力争到|预计到)?20\d{2}年(?:底|末|前)?|(?:未来|今后)[一二三四五六七八九十\d]+年)/;
/** A growth verb the value measures (增长8% = grows by 8%), unlike 增长至 (grows to). */
const GROWTH = /^(.*?(?:增长|下降|提高|提升|增加|减少|降低))(?!至|到|在)/;
const RATE_UNITS = new Set(['%', '‰', '个百分点', '百分点', '倍']);
const CLAUSE_DELIMS = '，,；;。！？!?：:()（）\n“”"【】[]';
const MAX_NOUN = 16;

interface ValueHit {
  start: number;
  end: number;
  /** End including 以上 / 左右 …. */
  spanEnd: number;
  value: number;
  unit: string;
}

function valueHits(text: string): ValueHit[] {
  const out: ValueHit[] = [];
  for (const m of text.matchAll(VALUE)) {
    const end = m.index + m[0].length;
    const qualifier = VALUE_QUALIFIERS.find((q) => text.startsWith(q, end)) ?? '';
    const value = Number(m[1].replace(/,/g, '') + (m[2] ?? ''));
    out.push({ start: m.index, end, spanEnd: end + qualifier.length, value, unit: m[3] });
  }
  return out;
}

/** The verb chain right before a value (分别突破, 累计达, 稳定在): where it starts, and its text. */
function verbChain(text: string, valueStart: number): { start: number; chain: string } {
  let p = valueStart;
  while (p > 0 && text[p - 1] === ' ') p--;
  const end = p;
  for (let w = wordEndingAt(text, p, CHAIN, CHAIN_MAX); w; w = wordEndingAt(text, p, CHAIN, CHAIN_MAX)) p -= w.length;
  return { start: p, chain: text.slice(p, end) };
}

function clauseStart(text: string, from: number, floor: number): number {
  let p = from;
  while (p > floor && !CLAUSE_DELIMS.includes(text[p - 1])) p--;
  return p;
}

/** Trims scope, years and action verbs off the front of an indicator: 力争到2027年全区GDP → GDP. */
function trimIndicator(phrase: string): { offset: number; text: string } {
  let from = 0;
  for (;;) {
    const rest = phrase.slice(from);
    const noise = LEADING_NOISE.exec(rest);
    if (noise && noise[0].length > 0) {
      from += noise[0].length;
      continue;
    }
    if (INDICATOR_KEEP_WORDS.some((w) => phrase.startsWith(w, from))) break;
    const word = wordStartingAt(phrase, from, TRIMS, TRIMS_MAX);
    if (!word) break;
    from += word.length;
  }
  return { offset: from, text: phrase.slice(from).trim() };
}

/** `A、B…分别` → one indicator per value; a shared measure (增加值占GDP比重) goes to every part. */
function splitIndicators(indicator: string, count: number): string[] | null {
  const parts = indicator.split(SPLITTER).map((p) => trimIndicator(p).text).filter(Boolean);
  if (parts.length !== count) return null;
  const last = parts[count - 1];
  const at = MEASURE_WORDS.map((w) => last.indexOf(w)).filter((i) => i > 0).sort((a, b) => a - b)[0];
  const bare = parts.slice(0, -1).every((p) => !MEASURE_WORDS.some((w) => p.includes(w)));
  if (at === undefined || !bare) return parts;
  const tail = last.slice(at);
  return parts.map((p, i) => (i < count - 1 ? p + tail : p));
}

function followedByNoun(text: string, at: number): boolean {
  return isHanAt(text, at) && !VALUE_FOLLOWERS.some((w) => text.startsWith(w, at));
}

/** 打造2个美丽宜居示范乡镇: a counted noun after the value is the indicator. */
function countBeforeNoun(text: string, hit: ValueHit): Omit<TargetMention, 'year'> | null {
  if (!COUNT_UNITS.includes(hit.unit)) return null;
  const verb = wordEndingAt(text, hit.start, COUNT_LEAD, COUNT_LEAD_MAX);
  if (!verb) return null;
  let end = hit.spanEnd;
  while (end < text.length && end - hit.spanEnd < MAX_NOUN && isHanAt(text, end)) end++;
  const run = text.slice(hit.spanEnd, end);
  const noun = run.slice(run.lastIndexOf('的') + 1);
  if (noun.length < 2) return null;
  const start = hit.start - verb.length;
  return { indicator: noun, value: hit.value, unit: hit.unit, start, end, text: text.slice(start, end) };
}

/** The values of one statement: `1200亿元、13.5万元` after 分别 is one group of two. */
function groupAt(text: string, hits: readonly ValueHit[], i: number): ValueHit[] {
  const group = [hits[i]];
  for (let j = i + 1; j < hits.length; j++) {
    SEPARATOR.lastIndex = group[group.length - 1].spanEnd;
    const sep = SEPARATOR.exec(text);
    if (!sep || SEPARATOR.lastIndex !== hits[j].start) break;
    group.push(hits[j]);
  }
  return group;
}

/**
 * One indicator per value of the group: split `A、B分别…`, add the growth verb a rate measures
 * (GDP增长6% → GDP增长), and give a bare rate (分别增长15%和18%) the subjects read before it.
 */
function indicatorsFor(phrase: string, chain: string, group: readonly ValueHit[], earlier: readonly string[]): string[] | null {
  const growth = RATE_UNITS.has(group[0].unit) ? GROWTH.exec(chain) : null;
  const verb = growth ? growth[1].replace(/^(?:分别|累计|力争|预计|确保|稳定|持续)+/, '') : '';
  if (growth && RATE_ONLY_INDICATORS.includes(phrase) && earlier.length > 0) {
    const subjects = earlier.slice(-group.length);
    return group.map((_, k) => subjects[subjects.length === group.length ? k : subjects.length - 1] + phrase + verb);
  }
  if (!/[\u4e00-\u9fffA-Za-z]{2}/.test(phrase + verb) || GRADE_ONLY.test(phrase)) return null;
  const parts = group.length > 1 ? splitIndicators(phrase, group.length) : null;
  return parts ? parts.map((p) => p + verb) : group.map(() => phrase + verb);
}

export function extractTargets(text: string, context: { year?: number } = {}): TargetMention[] {
  const hits = valueHits(text);
  if (hits.length === 0) return [];
  const markers = yearMarkers(text);
  const sentences = splitSentences(text);
  const sentenceOf = (pos: number): Span | undefined => sentences.find((s) => pos >= s.start && pos < s.end);
  const out: TargetMention[] = [];
  let floor = 0;
  /** Indicators already read in the current sentence: a bare rate (年均增长8.5%) borrows their subjects. */
  let earlier: { indicators: string[]; sentence?: Span } = { indicators: [] };
  for (let i = 0; i < hits.length;) {
    const group = groupAt(text, hits, i);
    i += group.length;
    const first = group[0];
    const last = group[group.length - 1];
    const sentence = sentenceOf(first.start);
    if (earlier.sentence !== sentence) earlier = { indicators: [], sentence };
    const year = yearAt(markers, first.start, sentence) ?? context.year;
    const bound = floor;
    floor = last.spanEnd;
    if (group.length === 1 && followedByNoun(text, first.spanEnd)) {
      const counted = countBeforeNoun(text, first);
      if (counted) out.push({ ...counted, ...(year ? { year } : {}) });
      continue;
    }
    const { start: verbStart, chain } = verbChain(text, first.start);
    const phraseStart = clauseStart(text, verbStart, bound);
    const trimmed = trimIndicator(text.slice(phraseStart, verbStart));
    const names = indicatorsFor(trimmed.text, chain, group, earlier.indicators);
    if (!names) continue;
    const start = phraseStart + trimmed.offset;
    const end = last.spanEnd;
    group.forEach((hit, k) => {
      out.push({ indicator: names[k], value: hit.value, unit: hit.unit, ...(year ? { year } : {}), start, end, text: text.slice(start, end) });
    });
    earlier.indicators.push(...names);
  }
  return out;
}
