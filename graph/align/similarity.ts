// How alike two tasks are, and why: TF-IDF cosine over words plus shared entities and target indicators.
import type { PassageMatch } from './passages.ts';
import type { LinkEvidence } from './schemas.ts';
import type { TaskView } from './task-view.ts';

/** Word segmentation is injected (the server's jieba tokenizer) so the domain does not own a segmenter. */
export type Tokenize = (text: string) => string[];

export interface Similarity {
  score: number;
  /** The shared words that weigh most, the shared entities and indicators: what a reviewer reads. */
  evidence: LinkEvidence;
}

// Weights found on generated hierarchies (test/bench/hierarchy): words carry most of the signal; a
// shared project or indicator is strong extra evidence, a shared place weaker (plans name their own places).
const ENTITY_WEIGHT = 0.15;
const INDICATOR_WEIGHT = 0.15;
const EVIDENCE_WORDS = 6;
// Administrative words every plan uses say nothing about which task carries out which.
const FILLER = /^(?:推动|推进|加快|加强|进一步|全面|深入|积极|着力|大力|持续|不断|有序|实施|开展|建设|发展|工作|提升|完善|提高|落实|健全|构建|打造|支持|鼓励|促进|做好|强化|坚持|市|区|县|省|全市|全区|全县|全省|我市|我区|我县)$/;

/** The words of a text that can tell tasks apart: no administrative filler, no bare numbers. */
export function wordsOf(text: string, tokenize: Tokenize): string[] {
  return tokenize(text).filter((w) => !FILLER.test(w) && !/^\d/.test(w));
}

/** A weighted bag of words and its length: what cosine reads. */
export interface WordVector { weights: Map<string, number>; norm: number }

export function termCounts(words: readonly string[]): Map<string, number> {
  const tf = new Map<string, number>();
  for (const w of words) tf.set(w, (tf.get(w) ?? 0) + 1);
  return tf;
}

/** In how many bags each word occurs. */
export function documentFrequency(bags: Iterable<ReadonlyMap<string, number>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of bag.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/** Log term frequency times IDF over `n` bags. */
export function weigh(tf: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, n: number): WordVector {
  const weights = new Map<string, number>();
  let sq = 0;
  for (const [w, c] of tf) {
    const weight = (1 + Math.log(c)) * Math.log(1 + n / (df.get(w) ?? 1));
    weights.set(w, weight);
    sq += weight * weight;
  }
  return { weights, norm: Math.sqrt(sq) || 1 };
}

/** Cosine of two vectors and the shared words, heaviest first. */
export function cosineOf(a: WordVector, b: WordVector): { value: number; shared: string[] } {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  const shared: [string, number][] = [];
  for (const [w, x] of small) {
    const y = large.get(w);
    if (y === undefined) continue;
    dot += x * y;
    shared.push([w, x * y]);
  }
  shared.sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1));
  return { value: dot / (a.norm * b.norm), shared: shared.map(([w]) => w) };
}

/** Word vectors of a set of tasks with their IDF taken over that set. */
export class TaskVectors {
  private readonly vectors = new Map<string, WordVector>();

  constructor(tasks: readonly TaskView[], tokenize: Tokenize) {
    // The title counts twice: it says what the task is, the body how.
    const bags = new Map(tasks.map((t) => [t.id, termCounts([...wordsOf(t.title, tokenize), ...wordsOf(t.title, tokenize), ...wordsOf(t.text, tokenize)])]));
    const df = documentFrequency(bags.values());
    for (const [id, tf] of bags) this.vectors.set(id, weigh(tf, df, tasks.length));
  }

  /** Cosine of two tasks' vectors and the shared words, heaviest first. */
  cosine(a: string, b: string): { value: number; shared: string[] } {
    const va = this.vectors.get(a);
    const vb = this.vectors.get(b);
    return va && vb ? cosineOf(va, vb) : { value: 0, shared: [] };
  }
}

/** Similarity of a lower (or newer) task to a higher (or older) one. */
export function similarity(vectors: TaskVectors, lower: TaskView, higher: TaskView): Similarity {
  const words = vectors.cosine(lower.id, higher.id);
  const entities = [...lower.entities].filter((e) => higher.entities.has(e)).sort();
  const indicators = [...lower.targets.keys()].filter((k) => higher.targets.has(k)).sort();
  const entityShare = lower.entities.size === 0 ? 0 : entities.length / Math.min(lower.entities.size, higher.entities.size || 1);
  const indicatorShare = lower.targets.size === 0 ? 0 : indicators.length / lower.targets.size;
  const score = Math.min(1, words.value + ENTITY_WEIGHT * Math.min(1, entityShare) + INDICATOR_WEIGHT * indicatorShare);
  return { score: Math.round(score * 1000) / 1000, evidence: { words: words.shared.slice(0, EVIDENCE_WORDS), entities, indicators } };
}

/**
 * The item-level similarity, or — when the higher item is a report section and one of its sentences matches the
 * lower task better — that sentence's score, with the sentence and the figures both state as evidence.
 */
export function withPassage(sim: Similarity, passage: PassageMatch | null): Similarity {
  if (!passage) return sim;
  const evidence: LinkEvidence = { ...sim.evidence, passage: { text: passage.text, figures: passage.figures } };
  if (passage.score <= sim.score) return { score: sim.score, evidence };
  return { score: Math.round(passage.score * 1000) / 1000, evidence: { ...evidence, words: passage.words } };
}
