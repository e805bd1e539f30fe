// Suggestions for a question the pipeline was unsure about: the closest questions it answers well.
import { CATALOGUE } from '../../graph/catalogue/catalogue.ts';
import type { LexTarget, Lexicon } from './lexicon.ts';
import type { Mention } from './link.ts';
import { runNow } from '../../graph/slices.ts';
import { PairPostings, pairKey } from '../search/pair-postings.ts';

const MAX_SUGGESTIONS = 5;
const CLOSEST_NAMES = 3;

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

export function questionsAbout(t: LexTarget): string[] {
  switch (t.label) {
    case 'Unit': return [`${t.name}牵头哪些任务？`, `${t.name}和哪些单位合作最多？`];
    case 'Place': return [`哪些任务涉及${t.name}？`, `哪些项目涉及${t.name}？`];
    case 'Task':
    case 'Section': return [`哪些单位负责${t.name}？`, `${t.name}由谁牵头？`];
    default: return [`哪些任务涉及${t.name}？`, `哪些单位负责${t.name}相关工作？`];
  }
}

/**
 * Per lexicon: character pair → the names holding it, as positions in units, entities, tasks (that order; packed, as
 * pair-postings.ts says why); each name's pair count; shared-pair counts per name, reused by every question (zeroed
 * again after each).
 */
const pairIndexes = new WeakMap<Lexicon, { names: LexTarget[]; sizes: number[]; byPair: PairPostings; shared: Uint16Array }>();

/**
 * Names sharing at least `min` of their character pairs with the question, in lexicon order, with that share: the
 * shared pairs are counted from the index (each name is listed once per pair), so no other name is looked at.
 */
function closeNames(question: Set<string>, lexicon: Lexicon, min: number): Array<{ t: LexTarget; score: number }> {
  let index = pairIndexes.get(lexicon);
  if (!index) {
    const names = [...lexicon.units, ...lexicon.entities, ...lexicon.tasks];
    const byPair = runNow(PairPostings.build(names.length, (i) => names[i].name));
    index = { names, sizes: names.map((t) => bigrams(t.name).size), byPair, shared: new Uint16Array(names.length) };
    pairIndexes.set(lexicon, index);
  }
  const { shared, sizes } = index;
  const touched: number[] = [];
  for (const p of question) {
    for (const i of index.byPair.get(pairKey(p, 0)) ?? []) {
      if (shared[i] === 0) touched.push(i);
      shared[i]++;
    }
  }
  const close: number[] = [];
  for (const i of touched) {
    if (shared[i] / sizes[i] >= min) close.push(i);
  }
  const out = close.sort((a, b) => a - b).map((i) => ({ t: index.names[i], score: shared[i] / sizes[i] }));
  for (const i of touched) shared[i] = 0;
  return out;
}

/** A name sharing less than this share of its character pairs with the question is not "close". */
const MIN_CLOSENESS = 0.3;
const NAMED_LABELS = new Set(['Unit', 'Place', 'Industry', 'Corridor', 'Project', 'Task', 'Section']);

/** Alternatives of ambiguous names, then what the answer found, then names that look like the question. */
export function suggestQuestions(normalised: string, mentions: Mention[], lexicon: Lexicon, found: LexTarget[] = []): string[] {
  const out: string[] = [];
  for (const m of mentions) if (m.targets.length > 1) for (const t of m.targets) out.push(questionsAbout(t)[0]);
  for (const t of found.filter((f) => NAMED_LABELS.has(f.label) && !f.name.startsWith('（')).slice(0, 2)) out.push(questionsAbout(t)[0]);
  const q = bigrams(normalised);
  const named = closeNames(q, lexicon, MIN_CLOSENESS)
    .sort((a, b) => b.score - a.score || a.t.name.length - b.t.name.length)
    .slice(0, CLOSEST_NAMES);
  for (const { t } of named) out.push(...questionsAbout(t));
  if (out.length < MAX_SUGGESTIONS) for (const def of Object.values(CATALOGUE)) out.push(...def.examples.map((e) => e.question));
  return [...new Set(out)].slice(0, MAX_SUGGESTIONS);
}
