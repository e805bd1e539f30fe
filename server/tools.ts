// The query catalogue and the query language as LangChain tools: same names, same zod schemas, JSON answers.
import { tool, type StructuredToolInterface } from '@langchain/core/tools';
import { CATALOGUE, QUERY_NAMES, type QueryName } from '../graph/catalogue/catalogue.ts';
import { PLAN_EXAMPLES } from '../graph/query/examples.ts';
import { planSchema } from '../graph/query/schema.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';
import { runCatalogue, runQueryPlan } from './query-entry.ts';

export const PLAN_TOOL_NAME = 'queryPlan';

function describe(name: QueryName): string {
  const d = CATALOGUE[name];
  const examples = d.examples.map((e) => `「${e.question}」→ ${JSON.stringify(e.input)}`).join('; ');
  return `${d.description.en} ${d.description.zh}${examples ? ` Examples: ${examples}` : ''}`;
}

/** What an assistant needs to write a plan: the pipeline in one sentence and a few worked examples. */
export function describePlanTool(): string {
  const examples = PLAN_EXAMPLES.slice(0, 5).map((e) => `「${e.question}」→ ${JSON.stringify(e.plan)}`).join('\n');
  return 'Run a plan of the typed query language (read-only, bounded): steps find → follow → filter → as/use/combine → '
    + 'count/group/rank/compare → return; every item carries its docId and evidence. 用查询计划回答需要多步、计数、否定、比较的问题。\n'
    + `Examples:\n${examples}`;
}

/** One tool per catalogue query over `store`, plus `queryPlan` for the query language. */
export function catalogueTools(store: GraphStore): StructuredToolInterface[] {
  const catalogue = QUERY_NAMES.map((name) => tool(
    async (input: Record<string, unknown>) => JSON.stringify(await runCatalogue(store, name, input as never)),
    { name, description: describe(name), schema: CATALOGUE[name].input as never },
  ) as StructuredToolInterface);
  const plan = tool(
    async (input: unknown) => JSON.stringify(await runQueryPlan(store, input)),
    { name: PLAN_TOOL_NAME, description: describePlanTool(), schema: planSchema as never },
  ) as StructuredToolInterface;
  return [...catalogue, plan];
}
