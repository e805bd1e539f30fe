// The query catalogue as LangChain tools: same names, same zod input schemas, JSON answers.
import { tool, type StructuredToolInterface } from '@langchain/core/tools';
import { CATALOGUE, QUERY_NAMES, type QueryName } from '../graph/catalogue/catalogue.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';
import { searchGraph } from './search/graph-search.ts';

function describe(name: QueryName): string {
  const d = CATALOGUE[name];
  const examples = d.examples.map((e) => `「${e.question}」→ ${JSON.stringify(e.input)}`).join('; ');
  return `${d.description.en} ${d.description.zh}${examples ? ` Examples: ${examples}` : ''}`;
}

/** One tool per catalogue query over `store`; search ranks task text with BM25 as the API does. */
export function catalogueTools(store: GraphStore): StructuredToolInterface[] {
  return QUERY_NAMES.map((name) => tool(
    async (input: Record<string, unknown>) => {
      const output = name === 'search'
        ? await searchGraph(store, input as Parameters<typeof searchGraph>[1])
        : await store.run(name, input as never);
      return JSON.stringify(output);
    },
    { name, description: describe(name), schema: CATALOGUE[name].input as never },
  ) as StructuredToolInterface);
}
