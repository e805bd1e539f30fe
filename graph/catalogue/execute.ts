// Runs a catalogue query against any store's RowSource: parse input, fetch rows, shape the answer.
import { AppError } from '../errors.ts';
import { CATALOGUE, isQueryName, type QueryInput, type QueryName, type QueryOutput, type QueryParams } from './catalogue.ts';
import { executeCommunities } from './communities.ts';
import type { RowSource } from './rows.ts';
import type { Scope } from './schemas.ts';
import { documentsInScope, isScoped } from './scope.ts';
import { executeSearch } from './search.ts';
import { executeEntityTasks, executeEntityUnits, executeTargets } from './shape-entities.ts';
import { executeDocuments, executeGaps, executeStats } from './shape-quality.ts';
import {
  executeOverlaps, executeSharedTasks, executeUnitPartners, executeUnitTasks, executeWorkload,
} from './shape-units.ts';
import { executeNeighborhood, executeShortestPath } from './traverse.ts';

type Executors = { [N in QueryName]: (src: RowSource, params: QueryParams<N>) => Promise<QueryOutput<N>> };

const EXECUTORS: Executors = {
  unitTasks: executeUnitTasks,
  unitPartners: executeUnitPartners,
  sharedTasks: executeSharedTasks,
  overlaps: executeOverlaps,
  entityTasks: executeEntityTasks,
  entityUnits: executeEntityUnits,
  workload: executeWorkload,
  accountabilityGaps: executeGaps,
  targets: executeTargets,
  neighborhood: executeNeighborhood,
  shortestPath: executeShortestPath,
  search: executeSearch,
  communities: executeCommunities,
  stats: executeStats,
  documents: executeDocuments,
};

/** Validate a caller's input; zod issues travel on a BAD_INPUT error for the API's 400. */
export function parseQueryInput<N extends QueryName>(name: N, input: unknown): QueryParams<N> {
  if (!isQueryName(name)) {
    throw new AppError('BAD_INPUT', `Unknown query "${String(name)}" / 未知查询`, {
      hint: `Use one of: ${Object.keys(CATALOGUE).join(', ')}.`,
    });
  }
  const parsed = CATALOGUE[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', `Invalid input for ${name} / 查询参数无效`, {
      issues: parsed.error.issues,
      hint: 'Check the listed fields against the catalogue schema.',
    });
  }
  return parsed.data as QueryParams<N>;
}

export async function runQuery<N extends QueryName>(src: RowSource, name: N, input: QueryInput<N>): Promise<QueryOutput<N>> {
  const params = parseQueryInput(name, input);
  const execute = EXECUTORS[name] as (src: RowSource, params: QueryParams<N>) => Promise<QueryOutput<N>>;
  const { scope } = params as { scope?: Scope };
  // Scoped: the store reads only what the chosen documents make visible (an empty choice reads nothing).
  const rows = isScoped(scope) ? src.within(documentsInScope(await src.documents(), scope)) : src;
  return execute(rows, params);
}
