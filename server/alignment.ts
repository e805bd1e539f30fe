// The one entry point to alignment and plan comparison over a store, for the CLI and the API alike.
import { alignDocuments, alignmentPairs, implementationGaps, orphans } from '../graph/align/align.ts';
import { comparePlans } from '../graph/align/compare.ts';
import type { Comparison, PairAlignment, TaskBrief } from '../graph/align/schemas.ts';
import { documentViews, type DocView } from '../graph/align/task-view.ts';
import { AppError } from '../graph/errors.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';
import { tokenize } from './search/tokenizer.ts';

const brief = (t: { id: string; docId: string; number: string; title: string }): TaskBrief =>
  ({ id: t.id, docId: t.docId, number: t.number, title: t.title });

async function views(store: GraphStore): Promise<{ docs: DocView[]; texts: Map<string, string> }> {
  const docs = documentViews(await store.exportGraph());
  const texts = new Map<string, string>();
  for (const d of docs) texts.set(d.id, (await store.getDocumentText(d.id)) ?? '');
  return { docs, texts };
}

/** A document by id, file name or a unique part of its title. */
function findDoc(docs: readonly DocView[], ref: string): DocView {
  const exact = docs.find((d) => d.id === ref || d.title === ref);
  if (exact) return exact;
  const partial = docs.filter((d) => d.title.includes(ref));
  if (partial.length === 1) return partial[0];
  throw new AppError(partial.length === 0 ? 'NOT_FOUND' : 'BAD_INPUT',
    partial.length === 0 ? `没有这份文件 / no document matches “${ref}”` : `“${ref}”对应多份文件 / “${ref}” matches ${partial.length} documents`,
    { hint: '用文件 id 或完整标题 / give the document id or its full title (policy-graph export lists them).' });
}

/** Align every pair of documents where one carries out the other, or just `from` → `to`. */
export async function alignStore(store: GraphStore, options: { from?: string; to?: string } = {}): Promise<PairAlignment[]> {
  const { docs, texts } = await views(store);
  const pairs: [DocView, DocView][] = options.from && options.to
    ? [[findDoc(docs, options.from), findDoc(docs, options.to)]]
    : alignmentPairs(docs, texts);
  return pairs.map(([lower, higher]) => {
    const links = alignDocuments(lower, higher, tokenize);
    const tasks = new Map([...lower.tasks, ...higher.tasks].map((t) => [t.id, brief(t)]));
    return {
      lower: { id: lower.id, title: lower.title }, higher: { id: higher.id, title: higher.title },
      links: links.map((l) => ({ ...l, sourceTask: tasks.get(l.source) as TaskBrief, targetTask: tasks.get(l.target) as TaskBrief })),
      gaps: implementationGaps(higher, links, lower.id).map(brief), orphans: orphans(lower, links).map(brief),
    };
  });
}

/** Compare two documents task by task: `before` is the older (or draft) plan. */
export async function compareStore(store: GraphStore, before: string, after: string): Promise<Comparison> {
  const { docs } = await views(store);
  const result = comparePlans(findDoc(docs, before), findDoc(docs, after), tokenize);
  return {
    ...result,
    tasks: result.tasks.map((t) => ({ status: t.status, score: t.score, before: t.before && brief(t.before), after: t.after && brief(t.after) })),
  };
}
