// Which names a question could contain with a typo: a q-gram filter so typo matching looks at a few names, not all.
import type { Form, Lexicon } from './lexicon.ts';

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
  /** Character pair → [form position in lexicon.fuzzy, how often the form has the pair]. */
  pairs: Map<string, Array<[number, number]>>;
  /** Three-character names by first + last character: a typo there may only be inside. */
  ends: Map<string, number[]>;
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
  const index: PoolIndex = { pairs: new Map(), ends: new Map() };
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
      const list = index.pairs.get(pair);
      if (list) list.push([i, n]);
      else index.pairs.set(pair, [[i, n]]);
    }
  });
  indexes.set(lexicon, index);
  return index;
}

/**
 * Forms that may lie within their allowed edits of some window of the text, in lexicon order. q-gram lemma: a string
 * within k edits of a name of L characters shares at least L − 1 − 2k of its character pairs (every name of four or
 * more characters must share one); a three-character name keeps its first and last character.
 */
export function fuzzyPool(text: string, lexicon: Lexicon): Form[] {
  const index = poolIndex(lexicon);
  const shared = new Map<number, number>();
  for (const [pair, n] of pairCounts(text)) {
    for (const [i, m] of index.pairs.get(pair) ?? []) shared.set(i, (shared.get(i) ?? 0) + Math.min(n, m));
  }
  const hits: number[] = [];
  for (const [i, count] of shared) {
    const form = lexicon.fuzzy[i];
    if (count >= form.text.length - 1 - 2 * editsFor(form)) hits.push(i);
  }
  for (let i = 0; i + 3 <= text.length; i++) hits.push(...(index.ends.get(text[i] + text[i + 2]) ?? []));
  return [...new Set(hits)].sort((a, b) => a - b).map((i) => lexicon.fuzzy[i]);
}
