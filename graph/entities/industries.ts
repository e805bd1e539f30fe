// Industry mentions: lexicon hits (新型储能, 电子信息) and `X产业` / `X产业集群` phrases; names drop 产业.
import { INDUSTRY_GENERIC_WORDS, INDUSTRY_NAMES, INDUSTRY_NOT_BEFORE } from './data/industries.ts';
import { UNIT_TAILS } from './data/projects.ts';
import { Lexicon } from './lexicon.ts';
import { gazetteerPlaces } from './places.ts';
import { containsBoundaryWord, findNameStart } from './names.ts';
import { endsWithAny, hanRunAfter, maxLength, stickyTest, wordEndingAt, wordStartingAt } from './text.ts';
import type { EntityMention } from './types.ts';

const LEXICON = new Lexicon(INDUSTRY_NAMES.map((n) => [n, n] as const));
const GENERIC = new Set(INDUSTRY_GENERIC_WORDS);
const GENERIC_MAX = maxLength(INDUSTRY_GENERIC_WORDS);
const NOT_BEFORE = stickyTest(INDUSTRY_NOT_BEFORE)!;
const CLUSTER = '产业集群';
const INDUSTRY = '产业';

/** Length of 产业 / 产业集群 right after `at` when it reads as "the X industry", else 0. */
function industryTail(text: string, at: number): number {
  if (text.startsWith(CLUSTER, at)) return CLUSTER.length;
  if (text.startsWith(INDUSTRY, at) && !NOT_BEFORE(text, at + INDUSTRY.length)) return INDUSTRY.length;
  return 0;
}

/** Part of a unit's name (区文化旅游委, 区大数据发展局, 花卉与蔬菜研究所), not a mention of the industry. */
function insideUnitName(text: string, end: number): boolean {
  const after = hanRunAfter(text, end, 6);
  if (after.closed && after.run.length > 0 && endsWithAny(after.run, UNIT_TAILS)) return true;
  // Lists inside an institute's name: 花卉与蔬菜研究所.
  if ('与和及'.includes(text[end] ?? '')) {
    const next = hanRunAfter(text, end + 1, 8);
    return next.closed && endsWithAny(next.run, ['研究所', '研究院', '学院', '大学']);
  }
  return false;
}

/** Trim generic qualifiers from both ends: 能源数字化特色 → 能源数字化, 特色优势 → ''. */
function trimGeneric(stem: string): { from: number; to: number } {
  let from = 0;
  let to = stem.length;
  for (let w = wordStartingAt(stem, from, GENERIC, GENERIC_MAX); w && from < to; w = wordStartingAt(stem, from, GENERIC, GENERIC_MAX)) from += w.length;
  for (let w = wordEndingAt(stem, to, GENERIC, GENERIC_MAX); w && to > from; w = wordEndingAt(stem, to, GENERIC, GENERIC_MAX)) to -= w.length;
  return { from, to: Math.max(from, to) };
}

function lexiconIndustries(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  for (const hit of LEXICON.scan(text)) {
    const end = hit.end + industryTail(text, hit.end);
    if (insideUnitName(text, end)) continue;
    out.push({ label: 'Industry', name: hit.word, start: hit.start, end });
  }
  return out;
}

/** 符合上海产业实际: the industry of a known place is no industry's name. */
function wholePlace(name: string): boolean {
  return gazetteerPlaces(name).some((p) => p.start === 0 && p.end === name.length);
}

function phraseIndustries(text: string, ends: ReadonlySet<number>): EntityMention[] {
  const out: EntityMention[] = [];
  for (let at = text.indexOf(INDUSTRY); at >= 0; at = text.indexOf(INDUSTRY, at + 1)) {
    const tail = industryTail(text, at);
    if (tail === 0) continue;
    const start = findNameStart(text, at, { min: 1, max: 8 }, ends);
    if (start < 0) continue;
    const stem = text.slice(start, at);
    const { from, to } = trimGeneric(stem);
    const name = stem.slice(from, to);
    // A known industry inside (出台数字经济产业) is read by the lexicon; a verb inside makes it prose.
    if (name.length < 2 || LEXICON.scan(name).length > 0 || containsBoundaryWord(name) || wholePlace(name)) continue;
    if (insideUnitName(text, at + tail)) continue;
    out.push({ label: 'Industry', name, start: start + from, end: at + tail });
  }
  return out;
}

/** Every industry candidate; overlaps are resolved by the caller. */
export function industryCandidates(text: string, ends: ReadonlySet<number>): EntityMention[] {
  return [...lexiconIndustries(text), ...phraseIndustries(text, ends)];
}
