// Which names a question could contain with a typo: a q-gram filter so typo matching looks at a few names, not all.
import type { Form, Lexicon } from './lexicon.ts';
import { runNow } from '../../graph/slices.ts';
import { PairPostings, pairKey } from '../search/pair-postings.ts';

/** Edits a typo may make in a name of `length` characters; short names must match the outer characters. */
function allowedEdits(length: number): number {
  if (length < 3) return 0;
  return length >= 8 ? 2 : 1;
}

export function editsFor(form: Form): number {
  // Three-character entity names are common words too (天然气 in 今天天气); only unit names end in a suffix.
  return form.kind !== 'unit' && form.text.length === 3 ? 0 : allowedEdits(form.text.length);
}

interface PoolIndex {
  /** Character pair → positions in lexicon.fuzzy of the forms holding it (packed: pair-postings.ts). */
  pairs: PairPostings;
  /** Position → the pairs its form holds more than once, with how often (few names repeat a pair; the rest hold each once). */
  repeats: Map<number, Map<number, number>>;
  /** Three-character names by first + last character: a typo there may only be inside. */
  ends: Map<string, number[]>;
  /** Shared-pair counts per form, reused by every question (zeroed again after each). */
  shared: Uint16Array;
}

const indexes = new WeakMap<Lexicon, PoolIndex>();

/** Character pairs in UTF-16 units, as the edit distance counts them. */
function pairCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
  return counts;
}

function poolIndex(lexicon: Lexicon): PoolIndex {
  const known = indexes.get(lexicon);
  if (known) return known;
  // A name with no edits allowed is in no list; a three-character one is listed by its ends instead.
  const paired = (form: Form) => editsFor(form) > 0 && form.text.length !== 3;
  const pairs = runNow(PairPostings.build(lexicon.fuzzy.length, (i) => (paired(lexicon.fuzzy[i]) ? lexicon.fuzzy[i].text : '')));
  const index: PoolIndex = { pairs, repeats: new Map(), ends: new Map(), shared: new Uint16Array(lexicon.fuzzy.length) };
  lexicon.fuzzy.forEach((form, i) => {
    if (editsFor(form) === 0) return;
    if (form.text.length === 3) {
      const key = form.text[0] + form.text[2];
      const list = index.ends.get(key);
      if (list) list.push(i);
      else index.ends.set(key, [i]);
      return;
    }
    for (const [pair, n] of pairCounts(form.text)) {
      if (n > 1) (index.repeats.get(i) ?? index.repeats.set(i, new Map()).get(i)!).set(pairKey(pair, 0), n);
    }
  });
  indexes.set(lexicon, index);
  return index;
}

/**
 * Forms that may lie within their allowed edits of some window of the text, in lexicon order: those that pass the pair
 * filter below and then the character filter (sharedChars). q-gram lemma: a string
 * within k edits of a name of L characters shares at least L − 1 − 2k of its character pairs (every name of four or
 * more characters must share one); a three-character name keeps its first and last character. Counts go into one
 * typed array, not a Map: a common pair (建设, 推进) starts thousands of task titles at 1,000 documents.
 */
export function fuzzyPool(text: string, lexicon: Lexicon): Form[] {
  const index = poolIndex(lexicon);
  const { shared } = index;
  const touched: number[] = [];
  for (const [pair, n] of pairCounts(text)) {
    const key = pairKey(pair, 0);
    const forms = index.pairs.get(key);
    if (!forms) continue;
    for (let j = 0; j < forms.length; j++) {
      const i = forms[j];
      if (shared[i] === 0) touched.push(i);
      shared[i] += n === 1 ? 1 : Math.min(n, index.repeats.get(i)?.get(key) ?? 1);
    }
  }
  const hits = new Set<number>();
  for (const i of touched) {
    const form = lexicon.fuzzy[i];
    if (shared[i] >= form.text.length - 1 - 2 * editsFor(form)) hits.add(i);
    shared[i] = 0;
  }
  for (let i = 0; i + 3 <= text.length; i++) for (const h of index.ends.get(text[i] + text[i + 2]) ?? []) hits.add(h);
  const chars = charCounts(text);
  return [...hits].sort((a, b) => a - b).map((i) => lexicon.fuzzy[i]).filter((form) => sharedChars(form.text, chars) >= form.text.length - editsFor(form));
}

/** Characters in UTF-16 units, as the edit distance counts them. */
function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) counts.set(text[i], (counts.get(text[i]) ?? 0) + 1);
  return counts;
}

/** sharedChars' counts: one map, cleared per name, not a fresh map for every name the pair filter lets through. */
const TAKEN = new Map<string, number>();

/**
 * How many of a name's characters the text holds (as multisets). The pair lemma lets any four-character name sharing
 * one pair through (every 某某水库 of a thousand plans for 丰洞水库); the character lemma is tighter there: a window
 * within k edits of a name of L characters has at least L − k of its characters (each edit loses at most one of the
 * matched ones), and a window's characters are the text's.
 */
function sharedChars(name: string, text: ReadonlyMap<string, number>): number {
  const taken = TAKEN;
  taken.clear();
  let shared = 0;
  for (let i = 0; i < name.length; i++) {
    const used = taken.get(name[i]) ?? 0;
    if (used < (text.get(name[i]) ?? 0)) {
      shared++;
      taken.set(name[i], used + 1);
    }
  }
  return shared;
}
