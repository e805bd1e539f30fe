// The one entry point every face (routes, CLI, tools, MCP, ask) calls to run a catalogue query or a plan of the query language.
import { CATALOGUE, type QueryInput, type QueryName, type QueryOutput } from '../graph/catalogue/catalogue.ts';
import { runPlan, type PlanAnswer, type TextRanker } from '../graph/query/run.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';
import { searchGraph } from './search/graph-search.ts';
import { taskIndexFor } from './search/task-index.ts';

/** Hits fetched before a label filter, so one label still fills `limit`. */
const TEXT_OVERFETCH = 4;

/**
 * A catalogue query by name. `search` ranks task and section text with BM25 (names and aliases as the
 * catalogue ranks them); every other query goes straight to the store. Invalid input throws BAD_INPUT.
 */
export function runCatalogue<N extends QueryName>(store: GraphStore, name: N, input: QueryInput<N> | undefined): Promise<QueryOutput<N>> {
  if (name === 'search') {
    return searchGraph(store, CATALOGUE.search.input.parse(input ?? {})) as Promise<QueryOutput<N>>;
  }
  return store.run(name, (input ?? {}) as QueryInput<N>);
}

/** BM25 over task and section titles and text: what `find by text` starts from. */
export function textRanker(store: GraphStore): TextRanker {
  return async (text, labels, limit) => {
    const index = await taskIndexFor(store);
    const hits = index.search(text, labels ? limit * TEXT_OVERFETCH : limit);
    return hits.filter((h) => !labels || labels.includes(h.task.label)).slice(0, limit).map((h) => ({ id: h.id, score: h.score }));
  };
}

/** A plan of the query language (any JSON; invalid plans throw BAD_INPUT), read-only and bounded. */
export function runQueryPlan(store: GraphStore, plan: unknown, timeoutMs?: number): Promise<PlanAnswer> {
  return runPlan(store, plan, { rankText: textRanker(store), timeoutMs });
}
