// Cross-level alignment: which task of a lower (or dividing) plan carries out which task of the plan above it.
//
// Offline and explainable: candidates are scored by TF-IDF cosine over jieba words plus shared entities and
// target indicators (similarity.ts) — and, for a report's section, its best sentence (passages.ts) — kept above
// a threshold and near the task's best candidate, a few per task. Every link says which words, entities,
// indicators and sentence support it, so a reviewer can accept or reject.
import type { DocumentLevel } from '../metadata/document-meta.ts';
import { applyDecisions, documentKey, linkId, taskKey, type LinkDecision } from './decisions.ts';
import type { AlignmentLink } from './schemas.ts';
import { PassageIndex } from './passages.ts';
import { similarity, TaskVectors, withPassage, type Similarity, type Tokenize } from './similarity.ts';
import type { DocView, TaskView } from './task-view.ts';

interface AlignOptions {
  /** Lowest score a link may have (0–1). */
  threshold?: number;
  /** Most links kept per lower task. */
  perTask?: number;
  /** Reviewers' decisions by link id: applied, and decided links the scorer left out added back. */
  decisions?: ReadonlyMap<string, LinkDecision>;
}

const ALIGN_METHOD = 'tfidf-entities-v1';
// Found on generated hierarchies (test/bench/hierarchy): below 0.3 most candidates share only generic words.
const DEFAULT_THRESHOLD = 0.3;
const DEFAULT_PER_TASK = 2;
// A second candidate is kept only when nearly as good as the best: one lower task rarely carries out two.
const NEAR_BEST = 0.85;

const LEVEL_RANK: Record<DocumentLevel, number> = { 省: 0, 市: 1, 县: 2, 区: 2, 乡镇: 3 };

/** Links from each task of `lower` to the tasks of `higher` it most likely carries out. */
export function alignDocuments(lower: DocView, higher: DocView, tokenize: Tokenize, options: AlignOptions = {}): AlignmentLink[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const perTask = options.perTask ?? DEFAULT_PER_TASK;
  const score = pairScorer(lower, higher, tokenize);
  const links: AlignmentLink[] = [];
  for (const task of lower.tasks) {
    const ranked = higher.tasks.map((h) => ({ h, sim: score(task, h) }))
      .filter((c) => c.sim.score >= threshold)
      .sort((a, b) => b.sim.score - a.sim.score || (a.h.id < b.h.id ? -1 : 1));
    const best = ranked[0]?.sim.score ?? 0;
    for (const { h, sim } of ranked.slice(0, perTask)) {
      if (sim.score < best * NEAR_BEST) break;
      links.push(link(lower, higher, task, h, sim));
    }
  }
  if (!options.decisions) return links;
  return applyDecisions(lower, higher, links, options.decisions, (l, h) => link(lower, higher, l, h, score(l, h)));
}

/** How alike a lower task and a higher item are: words, entities and targets, and for a report section its best sentence. */
function pairScorer(lower: DocView, higher: DocView, tokenize: Tokenize): (l: TaskView, h: TaskView) => Similarity {
  const vectors = new TaskVectors([...lower.tasks, ...higher.tasks], tokenize);
  const passages = new PassageIndex(lower.tasks, higher.tasks, tokenize);
  return (l, h) => withPassage(similarity(vectors, l, h), passages.best(l, h));
}

function link(lowerDoc: DocView, higherDoc: DocView, lower: TaskView, higher: TaskView, sim: Similarity): AlignmentLink {
  return {
    id: linkId(taskKey(lowerDoc, lower), taskKey(higherDoc, higher)), source: lower.id, target: higher.id,
    sourceDoc: lower.docId, targetDoc: higher.docId, score: sim.score, method: ALIGN_METHOD, status: 'suggested',
    evidence: sim.evidence,
  };
}

/**
 * Which documents to align, lower first: the plan a document cites (为贯彻落实《…》) when it is loaded;
 * else each plan of a higher level whose jurisdiction the lower text names (a district plan that says 成都市).
 */
export function alignmentPairs(docs: readonly DocView[], texts: ReadonlyMap<string, string>): [DocView, DocView][] {
  const pairs: [DocView, DocView][] = [];
  for (const lower of docs) {
    const others = docs.filter((d) => d.id !== lower.id);
    const cited = lower.implements ? others.filter((h) => sameTitle(lower.implements as string, h.title)) : [];
    const higher = cited.length > 0 ? cited : others.filter((h) => namesHigher(lower, h, texts.get(lower.id) ?? ''));
    for (const h of higher) pairs.push([lower, h]);
  }
  return pairs;
}

function namesHigher(lower: DocView, higher: DocView, lowerText: string): boolean {
  if (!lower.level || !higher.level || !higher.jurisdiction) return false;
  return LEVEL_RANK[lower.level] > LEVEL_RANK[higher.level] && lowerText.includes(higher.jurisdiction);
}

function sameTitle(cited: string, title: string): boolean {
  const a = documentKey({ title: cited });
  const b = documentKey({ title });
  return a.length >= 4 && (a === b || b.includes(a) || a.includes(b));
}

/** Higher tasks that no task of `lower` carries out: what a district has not picked up yet. */
export function implementationGaps(higher: DocView, links: readonly AlignmentLink[], lowerDocId: string): TaskView[] {
  const covered = new Set(links.filter((l) => l.sourceDoc === lowerDocId && l.status !== 'rejected').map((l) => l.target));
  return higher.tasks.filter((t) => !covered.has(t.id));
}

/** Lower tasks with no anchor above: the document's own additions. */
export function orphans(lower: DocView, links: readonly AlignmentLink[]): TaskView[] {
  const anchored = new Set(links.filter((l) => l.status !== 'rejected').map((l) => l.source));
  return lower.tasks.filter((t) => !anchored.has(t.id));
}
