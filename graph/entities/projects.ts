// Project and corridor mentions: a head word (工程, 水厂, 走廊…) after a qualifier that names something.
import {
  GENERIC_QUALIFIER_WORDS, HEAD_RULES, NAMED_CORRIDORS, PROJECT_STOP_NAMES, PROJECT_TRAILING_ACTIONS,
  QUOTE_FOLLOWERS, QUOTE_LEADERS, QUOTE_NAME_FOLLOWERS, RAIL_LINE_CUES, RAIL_MODE_CUES, UNIT_TAILS, type HeadRule,
} from './data/projects.ts';
import { Lexicon, WordOccurrences } from './lexicon.ts';
import { findNameStart, type NameSpec } from './names.ts';
import { alternation, endsWithAny, hanRunAfter, isHanAt, maxLength, stickyTest, wordStartingAt } from './text.ts';
import type { EntityMention } from './types.ts';

/** Qualifiers opening with these are unit names (区中医院…, 市新型储能…): left alone. */
const UNIT_OPENERS = '区市县省';

interface CompiledHead extends HeadRule {
  notBeforeTest: ((text: string, at: number) => boolean) | null;
  spec: NameSpec;
}

const HEADS: readonly CompiledHead[] = HEAD_RULES.map((r) => ({
  ...r, notBeforeTest: stickyTest(r.notBefore), spec: { min: r.min, max: r.max, digits: r.digits, noStart: UNIT_OPENERS },
}));
const HEAD_WORDS = new WordOccurrences(HEADS.map((r) => r.head));
const GENERIC = new Set(GENERIC_QUALIFIER_WORDS);
const GENERIC_MAX = maxLength(GENERIC_QUALIFIER_WORDS);
const STOP_NAMES = new Set(PROJECT_STOP_NAMES);
const NAMED = new Lexicon(NAMED_CORRIDORS.map((n) => [n, n] as const));
const SPEC = /\d+(?:千伏|万千瓦|千瓦|兆瓦|万伏|号线|号|期)/g;
const RAIL_LINE = new RegExp(`(${alternation(RAIL_LINE_CUES)})([\\u4e00-\\u9fff]{2}线|\\d+号线)`, 'g');
const RAIL_MODES = new Set(RAIL_MODE_CUES);
const QUOTED = /[“"]([\u4e00-\u9fff]{3,10})[”"]/g;
const TRAILING_ACTION = new RegExp(`(?:${alternation(PROJECT_TRAILING_ACTIONS)})$`);
const HEAD_ENDING = new RegExp(`(?:${alternation(HEAD_RULES.map((r) => r.head).filter((h) => h !== '工程'))})$`);
/** A count next to the phrase makes it a class of things (建设现代农业产业园3个, 打造2个…基地). */
const COUNT_AFTER = /^(?:\d+|[一二两三四五六七八九十百千]+)[个家座处所条项批]/;
const COUNT_BEFORE = /(?:\d+|[一二两三四五六七八九十百千]+)[个家座处所条项批]$/;
type PlaceFinder = (text: string) => readonly EntityMention[];

/** True when something is left once generic vocabulary and specs are removed (西水资源配置 → 西). */
function isSpecific(qualifier: string): boolean {
  const q = qualifier.replace(SPEC, '');
  for (let i = 0; i < q.length;) {
    const w = wordStartingAt(q, i, GENERIC, GENERIC_MAX);
    if (w) i += w.length;
    else if (isHanAt(q, i)) return true;
    else i++;
  }
  return false;
}

function qualifies(rule: CompiledHead, qualifier: string, findPlaces: PlaceFinder): boolean {
  if (rule.need === 'any') return true;
  if (findPlaces(qualifier).length > 0) return true;
  return rule.need === 'specific' && isSpecific(qualifier);
}

/** Part of a unit's name: 国家农业科技园区管委会. */
function insideUnitName(text: string, end: number): boolean {
  const after = hanRunAfter(text, end, 4);
  return after.closed && after.run.length > 0 && endsWithAny(after.run, UNIT_TAILS);
}

function counted(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  // The count's unit may have been read as the name's first character: 打造2|个数字经济产业园.
  return COUNT_AFTER.test(text.slice(end, end + 6)) || COUNT_BEFORE.test(before) || COUNT_BEFORE.test(before + text[start]);
}

/** 淮远河特色美食街提升工程 is about 淮远河特色美食街: drop the action when a named head precedes it. */
function canonicalName(name: string): string {
  if (!name.endsWith('工程')) return name;
  const stem = name.slice(0, -2).replace(TRAILING_ACTION, '');
  return stem.length < name.length - 2 && HEAD_ENDING.test(stem) ? stem : name;
}

function headMentions(text: string, ends: ReadonlySet<number>, findPlaces: PlaceFinder): EntityMention[] {
  const out: EntityMention[] = [];
  const found = HEAD_WORDS.find(text);
  for (let r = 0; r < HEADS.length; r++) {
    const rule = HEADS[r];
    for (const at of found[r] ?? []) {
      const end = at + rule.head.length;
      if (rule.notBeforeTest?.(text, end)) continue;
      const start = findNameStart(text, at, rule.spec, ends);
      if (start < 0) continue;
      const qualifier = text.slice(start, at);
      const name = canonicalName(qualifier + rule.head);
      if (STOP_NAMES.has(name) || !qualifies(rule, qualifier, findPlaces)) continue;
      if (rule.label === 'Project' && (insideUnitName(text, end) || counted(text, start, end))) continue;
      out.push({ label: rule.label, name, ...(rule.kind ? { kind: rule.kind } : {}), start, end });
    }
  }
  return out;
}

function railLines(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(RAIL_LINE)) {
    const [whole, cue, line] = m;
    const name = RAIL_MODES.has(cue) ? whole : line;
    const start = m.index + whole.length - name.length;
    out.push({ label: 'Project', name, kind: 'rail', start, end: start + name.length });
  }
  return out;
}

/** “无废城市”建设, 争创“四好农村路”示范区, 打造“美丽农村路”，: a named programme. */
function quotedProgrammes(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const after = m.index + m[0].length;
    const followed = QUOTE_FOLLOWERS.some((w) => text.startsWith(w, after));
    const led = QUOTE_LEADERS.some((w) => text.endsWith(w, m.index)) && !isHanAt(text, after);
    if (!followed && !led) continue;
    const own = QUOTE_NAME_FOLLOWERS.find((w) => text.startsWith(w, after));
    const name = own ? m[1] + own : m[1];
    out.push({ label: 'Project', name, kind: 'programme', start: m.index + 1, end: own ? after + own.length : m.index + 1 + m[1].length });
  }
  return out;
}

function namedCorridors(text: string): EntityMention[] {
  return NAMED.scan(text).map((h) => ({ label: 'Corridor' as const, name: h.word, start: h.start, end: h.end }));
}

/** Every project and corridor candidate; overlaps are resolved by the caller. */
export function projectCandidates(text: string, ends: ReadonlySet<number>, findPlaces: PlaceFinder): EntityMention[] {
  return [...headMentions(text, ends, findPlaces), ...railLines(text), ...quotedProgrammes(text), ...namedCorridors(text)];
}
