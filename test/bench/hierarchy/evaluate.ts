// Score alignment and plan comparison (graph/align) on generated hierarchies against their truth.
import { alignDocuments, alignmentPairs } from '../../../graph/align/align.ts';
import { comparePlans } from '../../../graph/align/compare.ts';
import type { Tokenize } from '../../../graph/align/similarity.ts';
import { documentViews, type DocView } from '../../../graph/align/task-view.ts';
import { sha256 } from '../../../graph/ids.ts';
import type { GraphExport, GraphNode } from '../../../graph/model.ts';
import { buildBatch, documentId } from '../../../graph/pipeline/build-batch.ts';
import { parseDocumentText } from '../../../graph/pipeline/parse.ts';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import type { GeneratedDoc, HierarchyTruth } from './generate.ts';

export interface AlignmentScore {
  documents: number;
  pairs: { found: number; expected: number; right: number };
  links: { predicted: number; expected: number; right: number; precision: number; recall: number; f1: number };
  comparison: { tasks: number; right: number; accuracy: number; rewordedRight: number; reworded: number };
}

/** Parse every generated document with the product's pipeline and merge the batches into one graph. */
export function parseAll(docs: readonly GeneratedDoc[]): GraphExport {
  const nodes = new Map<string, GraphNode>();
  const edges = [];
  for (const d of docs) {
    const parsed = parseDocumentText(d.text, new UnitResolver());
    const batch = buildBatch(parsed, { source: `${d.key}.txt`, sha256: sha256(d.text), title: d.title, ingestedAt: '2026-01-01T00:00:00.000Z' });
    for (const n of batch.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    edges.push(...batch.edges);
  }
  return { format: 'policy-graph/v1', nodes: [...nodes.values()], edges };
}

export function scoreHierarchy(docs: readonly GeneratedDoc[], truth: HierarchyTruth, tokenize: Tokenize): AlignmentScore {
  const views = documentViews(parseAll(docs));
  const keyOf = new Map(docs.map((d) => [documentId(sha256(d.text)), d.key]));
  const byKey = new Map(views.map((v) => [keyOf.get(v.id) as string, v]));
  const taskKey = taskKeys(views, keyOf);
  const versions = new Set(truth.versions.map((v) => v.after));
  const originals = views.filter((v) => !versions.has(keyOf.get(v.id) as string));
  const texts = new Map(docs.map((d) => [documentId(sha256(d.text)), d.text]));
  const pairs = alignmentPairs(originals, texts);
  const expectedPairs = new Set(truth.links.map(([l, h]) => `${l.split('#')[0]}>${h.split('#')[0]}`));
  const foundPairs = pairs.map(([l, h]) => `${keyOf.get(l.id)}>${keyOf.get(h.id)}`);
  const predicted = new Set(pairs.flatMap(([l, h]) => alignDocuments(l, h, tokenize)).map((k) => `${taskKey.get(k.source)}>${taskKey.get(k.target)}`));
  const expected = new Set(truth.links.map(([l, h]) => `${l}>${h}`));
  const right = [...predicted].filter((p) => expected.has(p)).length;
  const precision = predicted.size === 0 ? 0 : right / predicted.size;
  const recall = expected.size === 0 ? 0 : right / expected.size;
  return {
    documents: docs.length,
    pairs: { found: foundPairs.length, expected: expectedPairs.size, right: foundPairs.filter((p) => expectedPairs.has(p)).length },
    links: { predicted: predicted.size, expected: expected.size, right, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    comparison: scoreComparison(truth, byKey, taskKey, tokenize),
  };
}

/** `docKey#n` for every task, n its printed number. */
function taskKeys(views: readonly DocView[], keyOf: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of views) for (const t of v.tasks) out.set(t.id, `${keyOf.get(v.id)}#${t.number.replace(/\D/g, '')}`);
  return out;
}

function scoreComparison(truth: HierarchyTruth, byKey: ReadonlyMap<string, DocView>, taskKey: ReadonlyMap<string, string>, tokenize: Tokenize): AlignmentScore['comparison'] {
  let tasks = 0, right = 0, reworded = 0, rewordedRight = 0;
  const coarse = (s: string) => (s === 'reworded' ? 'kept' : s);
  for (const v of truth.versions) {
    const result = comparePlans(byKey.get(v.before) as DocView, byKey.get(v.after) as DocView, tokenize);
    const got = new Map(result.tasks.map((t) => [taskKey.get((t.after ?? t.before)!.id) as string, t.status as string]));
    for (const [key, status] of Object.entries(v.status)) {
      tasks++;
      if (coarse(got.get(key) ?? '') === coarse(status)) right++;
      if (status === 'reworded') { reworded++; if (got.get(key) === 'reworded') rewordedRight++; }
    }
  }
  return { tasks, right, accuracy: tasks === 0 ? 0 : right / tasks, reworded, rewordedRight };
}
