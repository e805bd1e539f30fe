// Run a plan's catalogue query and compose the answer: the one place the ask pipeline touches the store.
import type { QueryName, QueryOutput } from '../../graph/catalogue/catalogue.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { searchGraph } from '../search/graph-search.ts';
import { AnswerBuilder, type Composed } from './compose-common.ts';
import { composeEntityTasks, composeEntityUnits, composeGaps, composeTargets } from './compose-entities.ts';
import { composeDocuments, composeNeighborhood, composePath, composeSearch, composeStats } from './compose-graph.ts';
import { composeCommunities, composeOverlaps, composePartners, composeShared, composeUnitTasks, composeWorkload } from './compose-units.ts';
import type { Lexicon } from './lexicon.ts';
import type { AskPlan, PlanChoice } from './types.ts';

type P<N extends QueryName> = AskPlan<N>['params'];

async function runPlan(store: GraphStore, plan: AskPlan): Promise<{ plan: AskPlan; out: unknown; relaxed: string | null }> {
  if (plan.op === 'search') return { plan, out: await searchGraph(store, plan.params as P<'search'>), relaxed: null };
  const out = await store.run(plan.op, plan.params as never);
  // A free-text target filter that finds nothing is dropped rather than answering "none".
  const params = plan.params as P<'targets'>;
  if (plan.op === 'targets' && params.text && (out as QueryOutput<'targets'>).targets.total === 0) {
    const { text, ...rest } = params;
    const relaxedPlan: AskPlan = { op: 'targets', params: rest };
    return { plan: relaxedPlan, out: await store.run('targets', rest), relaxed: text };
  }
  return { plan, out, relaxed: null };
}

export async function executeChoice(store: GraphStore, lexicon: Lexicon, choice: PlanChoice): Promise<Composed & { plan: AskPlan }> {
  const { plan, out, relaxed } = await runPlan(store, choice.plan);
  const b = new AnswerBuilder(lexicon);
  const f = choice.focus;
  const params = plan.params as Record<string, unknown>;
  const s = (key: string) => String(params[key] ?? '');
  const composed = ((): Composed => {
    switch (plan.op) {
      case 'unitTasks': return composeUnitTasks(out as QueryOutput<'unitTasks'>, s('unit'), b);
      case 'unitPartners': return composePartners(out as QueryOutput<'unitPartners'>, s('unit'), b);
      case 'sharedTasks': return composeShared(out as QueryOutput<'sharedTasks'>, s('a'), s('b'), f, b);
      case 'overlaps': return composeOverlaps(out as QueryOutput<'overlaps'>, b);
      case 'workload': return composeWorkload(out as QueryOutput<'workload'>, f, b);
      case 'communities': return composeCommunities(out as QueryOutput<'communities'>, b);
      case 'entityTasks': return composeEntityTasks(out as QueryOutput<'entityTasks'>, s('name'), f, lexicon, b);
      case 'entityUnits': return composeEntityUnits(out as QueryOutput<'entityUnits'>, s('name'), f, b);
      case 'targets': return composeTargets(out as QueryOutput<'targets'>, b, relaxed);
      case 'accountabilityGaps': return composeGaps(out as QueryOutput<'accountabilityGaps'>, f, b);
      case 'neighborhood': return composeNeighborhood(out as QueryOutput<'neighborhood'>, f, b);
      case 'shortestPath': return composePath(out as QueryOutput<'shortestPath'>, s('a'), s('b'), b);
      case 'search': return composeSearch(out as QueryOutput<'search'>, s('text'), b);
      case 'stats': return composeStats(out as QueryOutput<'stats'>, b);
      case 'documents': return composeDocuments(out as QueryOutput<'documents'>, b);
    }
  })();
  return { ...composed, plan };
}
