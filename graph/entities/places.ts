// Place mentions: gazetteer hits (四川省, 潼南区, 川渝) and suffix patterns (涪江, 少云镇, 同心桥水库).
import type { PlaceKind } from '../model.ts';
import {
  COMMON_SURNAMES, GAZETTEER, LEADER_TITLES, NAME_QUALIFIER_CHARS, PLACE_GENERIC_TAILS, ROAD_TAILS, PLACE_STOP_NAMES, PLACE_SUFFIXES, SINGLE_CHAR_STOP, type PlaceSuffixRule,
} from './data/places.ts';
import { ENTERPRISE_TAILS } from './data/projects.ts';
import { Lexicon, WordOccurrences } from './lexicon.ts';
import { findNameStart } from './names.ts';
import { alternation, endsWithAny, hanRunAfter, stickyTest } from './text.ts';
import type { EntityMention } from './types.ts';

interface GazetteerValue {
  kind: PlaceKind;
  suffixes: readonly string[];
  strict: boolean;
}

const GAZETTEER_LEXICON = new Lexicon<GazetteerValue>(
  GAZETTEER.flatMap((g) => g.names.split(/\s+/).filter(Boolean).map((name) => [
    name, { kind: g.kind, suffixes: [...(g.suffixes ?? [])].sort((a, b) => b.length - a.length), strict: g.strict === true },
  ] as const)),
);

interface CompiledRule extends PlaceSuffixRule {
  notBeforeTest: ((text: string, at: number) => boolean) | null;
}

const RULES: readonly CompiledRule[] = PLACE_SUFFIXES.map((r) => ({ ...r, notBeforeTest: stickyTest(r.notBefore) }));
const SUFFIX_WORDS = new WordOccurrences(RULES.map((r) => r.suffix));
const STOP_NAMES = new Set(PLACE_STOP_NAMES);

/** A road named after a place (中山西路, 滨河北路, 北京东路) is a road: the name inside it is no mention of the place. */
const ROAD_AFTER = stickyTest(ROAD_TAILS)!;

/** Gazetteer mentions; the name is canonical (四川省 → 四川), the span keeps the suffix. */
export function gazetteerPlaces(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (let i = 0; i < text.length; i++) {
    const hit = GAZETTEER_LEXICON.matchAt(text, i);
    if (!hit) continue;
    const suffix = hit.value.suffixes.find((s) => text.startsWith(s, hit.end)) ?? '';
    if ((hit.value.strict && !suffix) || ROAD_AFTER(text, hit.end)) continue;
    out.push({ label: 'Place', name: hit.word, kind: hit.value.kind, start: hit.start, end: hit.end + suffix.length });
    i = hit.end + suffix.length - 1;
  }
  return out;
}

/** Natural features, named by a one-character suffix (毛江, 文山): the kinds a person's name or a unit's word can fake. */
const NATURAL_KINDS = new Set(['river', 'lake', 'mountain']);
/** A level word opens a unit's name, not a river's (市长江 is 市 + 长江, 省江北… is no 省江). */
const UNIT_OPENERS = '区市县省';
/** The rest of a given name (none, one or two characters) and a leader's title: 平常务副市长, 书记. */
const TITLE_AFTER_NAME = new RegExp(`^\\p{Script=Han}{0,2}?(?:${alternation(LEADER_TITLES)})`, 'u');

/** A person named like a river or a mountain (毛江平常务副市长, 李海山同志): a family name, then a title. */
function personName(text: string, start: number, end: number): boolean {
  return end - start <= 3 && COMMON_SURNAMES.includes(text[start]) && TITLE_AFTER_NAME.test(text.slice(end, end + 8));
}

function acceptable(text: string, rule: CompiledRule, start: number, at: number): boolean {
  const stem = text.slice(start, at);
  const full = stem + rule.suffix;
  const end = at + rule.suffix.length;
  if (stem.length === 1 && SINGLE_CHAR_STOP.includes(stem)) return false;
  if (STOP_NAMES.has(full) || endsWithAny(full, PLACE_GENERIC_TAILS)) return false;
  if (rule.notBeforeTest?.(text, end)) return false;
  if (NATURAL_KINDS.has(rule.kind) && personName(text, start, end)) return false;
  // 玄天湖旅投公司 names a company, not the lake.
  const after = hanRunAfter(text, end, 8);
  const run = after.run.replace(/等$/, '');
  return !((after.closed || run !== after.run) && run.length > 0 && endsWithAny(run, ENTERPRISE_TAILS));
}

/**
 * A known place with a word glued before it (首批|浙江省, 环|鄱阳湖, 镇|黄浦江) is read as the known place alone; only a
 * one-character qualifier of its own makes a name of another place (故黄河, 瘦西湖, 北运河).
 */
function prefixesKnown(text: string, start: number, at: number, known: readonly EntityMention[]): boolean {
  // The known place holds the name's last stem character and reaches the suffix (首批浙江|省); one that starts at the
  // suffix (苏州河|北岸) is another reading of the characters after the name.
  const inside = known.find((k) => k.start > start && k.start < at && k.end >= at + 1);
  return inside !== undefined && !(inside.start - start === 1 && NAME_QUALIFIER_CHARS.includes(text[start]));
}

/** Suffix-pattern mentions, left to right, each mention's end a boundary for the next (少云镇|少云村). */
function patternPlaces(text: string, known: readonly EntityMention[]): EntityMention[] {
  const hits: { at: number; rule: CompiledRule }[] = [];
  const found = SUFFIX_WORDS.find(text);
  for (let r = 0; r < RULES.length; r++) for (const at of found[r] ?? []) hits.push({ at, rule: RULES[r] });
  hits.sort((a, b) => a.at + a.rule.suffix.length - (b.at + b.rule.suffix.length) || b.rule.suffix.length - a.rule.suffix.length);
  const ends = new Set(known.map((m) => m.end));
  const out: EntityMention[] = [];
  for (const { at, rule } of hits) {
    const noStart = NATURAL_KINDS.has(rule.kind) ? UNIT_OPENERS : '';
    const spec = { min: rule.min, max: rule.max, stopChars: rule.suffix.length === 1 ? rule.suffix : '', noStart, activities: false };
    const start = findNameStart(text, at, spec, ends);
    if (start < 0 || !acceptable(text, rule, start, at)) continue;
    const end = at + rule.suffix.length;
    if (prefixesKnown(text, start, at, known)) continue;
    out.push({ label: 'Place', name: text.slice(start, end), kind: rule.kind, start, end });
    ends.add(end);
  }
  return out;
}

/** Every place candidate, gazetteer hits apart (they win ties); overlaps are resolved by the caller. */
export function placeCandidates(text: string): { gazetteer: EntityMention[]; pattern: EntityMention[] } {
  const gazetteer = gazetteerPlaces(text);
  return { gazetteer, pattern: patternPlaces(text, gazetteer) };
}
