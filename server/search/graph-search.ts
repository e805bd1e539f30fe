// Search as served by the API: the catalogue's name/alias tiers first, then task text ranked by BM25.
import type { QueryInput, QueryOutput } from '../../graph/catalogue/catalogue.ts';
import { LIST_LIMIT_MAX, type Scope } from '../../graph/catalogue/schemas.ts';
import { documentsInScope, isScoped } from '../../graph/catalogue/scope.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { taskIndexFor, type IndexedTask, type TaskIndex } from './task-index.ts';

type SearchOutput = QueryOutput<'search'>;
type Hit = SearchOutput['hits']['items'][number];

/** BM25 text hits share the catalogue's text tier (≤ 20), scaled so the best one scores 20. */
const TEXT_TIER_SCORE = 20;
/** Substring matches BM25 did not rank (targets, odd segmentations) come last. */
const SUBSTRING_ONLY_SCORE = 1;
const SNIPPET_RADIUS = 24;

function snippet(task: IndexedTask, query: string, tokenize: TaskIndex['tokenize']): string | null {
  const text = task.text;
  if (!text) return null;
  const needles = [query.trim(), ...tokenize(query).sort((a, b) => b.length - a.length)];
  const at = needles.map((n) => (n ? text.indexOf(n) : -1)).find((i) => i >= 0) ?? 0;
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + SNIPPET_RADIUS * 2);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

function compareHits(a: Hit, b: Hit): number {
  return b.score - a.score || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1);
}

/**
 * Names and aliases keep the catalogue's order (exact > prefix > contains); task and section text is
 * ranked by BM25 over jieba words instead of the catalogue's flat "text contains" tier.
 */
export async function searchGraph(store: GraphStore, input: QueryInput<'search'>): Promise<SearchOutput> {
  const limit = input.limit ?? 20;
  const labels = input.labels ? new Set<string>(input.labels) : null;
  const [catalogue, index, docs] = await Promise.all([
    store.run('search', { ...input, limit: LIST_LIMIT_MAX }),
    taskIndexFor(store),
    isScoped(input.scope) ? store.listDocuments().then((all) => documentsInScope(all, input.scope as Scope)) : null,
  ]);
  const hits = new Map<string, Hit>();
  for (const hit of catalogue.hits.items) if (hit.matched !== 'text') hits.set(hit.id, hit);
  // Labels and scope filter inside the ranking, so a scoped search gets its documents' best hits, however far down
  // the whole graph's ranking they sit.
  const keep = labels || docs ? (t: IndexedTask) => (!labels || labels.has(t.label)) && (!docs || docs.has(t.docId)) : undefined;
  const ranked = index.search(input.text, LIST_LIMIT_MAX, keep);
  const best = ranked[0]?.score ?? 1;
  const textTasks = new Map<string, IndexedTask>();
  for (const { task, score } of ranked) {
    if (hits.has(task.id)) continue;
    textTasks.set(task.id, task);
    hits.set(task.id, {
      id: task.id, label: task.label, name: task.name, docId: task.docId, matched: 'text',
      score: Math.round((TEXT_TIER_SCORE * score * 1000) / best) / 1000, snippet: null,
    });
  }
  for (const hit of catalogue.hits.items) {
    if (!hits.has(hit.id)) hits.set(hit.id, { ...hit, score: Math.min(hit.score, SUBSTRING_ONLY_SCORE) });
  }
  const all = [...hits.values()].sort(compareHits);
  const items = all.slice(0, limit);
  // Snippets only for the hits returned: up to 500 ranked tasks, but a page of them shown.
  for (const hit of items) {
    const task = textTasks.get(hit.id);
    if (task && hit.matched === 'text') hit.snippet = snippet(task, input.text, index.tokenize);
  }
  return { hits: { items, total: all.length, truncated: all.length > limit } };
}
