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
  /** Character pair → positions in lexicon.fuzzy and how often each form has the pair, side by side. */
  pairs: Map<string, { forms: number[]; counts: number[] }>;
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
  const index: PoolIndex = { pairs: new Map(), ends: new Map(), shared: new Uint16Array(lexicon.fuzzy.length) };
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
      if (list) {
        list.forms.push(i);
        list.counts.push(n);
      } else index.pairs.set(pair, { forms: [i], counts: [n] });
    }
  });
  indexes.set(lexicon, index);
  return index;
}

/**
 * Forms that may lie within their allowed edits of some window of the text, in lexicon order. q-gram lemma: a string
 * within k edits of a name of L characters shares at least L − 1 − 2k of its character pairs (every name of four or
 * more characters must share one); a three-character name keeps its first and last character. Counts go into one
 * typed array, not a Map: a common pair (建设, 推进) starts thousands of task titles at 1,000 documents.
 */
export function fuzzyPool(text: string, lexicon: Lexicon): Form[] {
  const index = poolIndex(lexicon);
  const { shared } = index;
  const touched: number[] = [];
  for (const [pair, n] of pairCounts(text)) {
    const list = index.pairs.get(pair);
    if (!list) continue;
    const { forms, counts } = list;
    for (let j = 0; j < forms.length; j++) {
      const i = forms[j];
      if (shared[i] === 0) touched.push(i);
      shared[i] += Math.min(n, counts[j]);
    }
  }
  const hits = new Set<number>();
  for (const i of touched) {
    const form = lexicon.fuzzy[i];
    if (shared[i] >= form.text.length - 1 - 2 * editsFor(form)) hits.add(i);
    shared[i] = 0;
  }
  for (let i = 0; i + 3 <= text.length; i++) for (const h of index.ends.get(text[i] + text[i + 2]) ?? []) hits.add(h);
  return [...hits].sort((a, b) => a - b).map((i) => lexicon.fuzzy[i]);
}
