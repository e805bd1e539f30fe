// The last few rules-only answers per store version: a question asked again (the UI's example, a refresh) costs a lookup.
import type { GraphStore } from '../../graph/store/graph-store.ts';
import type { AskAnswer } from './types.ts';

/**
 * Small on purpose: it serves a question asked again soon, not a long tail of distinct ones, so the answers it holds
 * stay a few hundred kilobytes and a run of distinct questions (the bench cycles ~1,500) never hits it.
 */
export const ANSWERS_KEPT = 64;

interface Entry {
  fingerprint: string;
  /** Insertion order is recency: a hit moves its question to the end, the oldest goes first. */
  answers: Map<string, Promise<AskAnswer>>;
}

const entries = new WeakMap<GraphStore, Entry>();

/**
 * The rules' answer to this question on this version of the graph (`fingerprint`, storeFingerprint's), computed once. The rules read nothing but the
 * graph (decisions on alignment links bump the version too), so the answer is the same until the store changes.
 * Callers share the answer object and must not change it.
 */
export async function cachedAnswer(store: GraphStore, fingerprint: string, question: string, compute: () => Promise<AskAnswer>): Promise<AskAnswer> {
  let entry = entries.get(store);
  if (!entry || entry.fingerprint !== fingerprint) {
    entry = { fingerprint, answers: new Map() };
    entries.set(store, entry);
  }
  const { answers } = entry;
  const hit = answers.get(question);
  if (hit) {
    answers.delete(question);
    answers.set(question, hit);
    return hit;
  }
  const answer = compute();
  answers.set(question, answer);
  if (answers.size > ANSWERS_KEPT) answers.delete(answers.keys().next().value!);
  // A failed answer (a timeout, a store error) is asked again next time.
  answer.catch(() => {
    if (answers.get(question) === answer) answers.delete(question);
  });
  return answer;
}
