// The query language on Neo4j against a real server: every plan gives exactly the memory engine's answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import type { Neo4jGraphStore } from '../../../graph/store/neo4j/neo4j-store.ts';
import { runQueryPlan } from '../../../server/query-entry.ts';
import { allBatches } from '../../support/fixtures.ts';
import { neo4jSuiteConfig, type Neo4jTestConfig } from '../../support/neo4j-env.ts';
import { seedBatches } from '../store/neo4j-agreement.ts';
import { freshNeo4jStore } from '../store/neo4j-support.ts';
import { planCases } from './plan-cases.ts';

const config = neo4jSuiteConfig();
const LOAD_MS = 300_000;

/** The answer or the error code: both engines must also fail the same way. */
async function outcome(store: GraphStore, plan: unknown): Promise<unknown> {
  try {
    return (await runQueryPlan(store, plan)).result;
  } catch (error) {
    return { error: (error as { code?: string }).code ?? String(error) };
  }
}

describe.runIf(config !== null)('query language: Neo4j compiles to the memory engine’s answers', () => {
  let memory: MemoryGraphStore;
  let neo4j: Neo4jGraphStore;

  beforeAll(async () => {
    const batches = [...(await seedBatches()), ...allBatches()];
    memory = new MemoryGraphStore();
    neo4j = await freshNeo4jStore(config as Neo4jTestConfig);
    await Promise.all([memory.init(), neo4j.init()]);
    for (const batch of batches) {
      await memory.applyBatch(batch);
      await neo4j.applyBatch(batch);
    }
  }, LOAD_MS);

  afterAll(async () => {
    await neo4j?.close();
    await memory?.close();
  });

  it('gives identical results for every plan, examples and plans drawn from the graph', async () => {
    const plans = planCases(await memory.exportGraph());
    expect(plans.length).toBeGreaterThan(60);
    let nonEmpty = 0;
    for (const plan of plans) {
      const [mem, neo] = await Promise.all([outcome(memory, plan), outcome(neo4j, plan)]);
      expect(neo, JSON.stringify(plan)).toEqual(mem);
      const r = mem as { total?: number; count?: number | null; groups?: unknown[] };
      if ((r.total ?? 0) > 0 || (r.count ?? 0) > 0 || (r.groups?.length ?? 0) > 0) nonEmpty += 1;
    }
    // Agreement on empty answers would prove little: most plans must find something.
    expect(nonEmpty).toBeGreaterThan(plans.length * 0.7);
  }, LOAD_MS);

  it('stops a plan whose step grows past the set limit with the same TOO_LARGE', async () => {
    const { runPlan } = await import('../../../graph/query/run.ts');
    const plan = { steps: [{ op: 'find', by: 'label', labels: ['Task'] }, { op: 'count' }] };
    for (const store of [memory, neo4j]) {
      await expect(runPlan(store, plan, { maxSet: 3 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    }
    // Neo4j reads only the filtered documents' tasks, but judges the limit on what the find names, as memory does.
    const [doc] = (await memory.listDocuments()).sort((a, b) => b.counts.tasks - a.counts.tasks).map((d) => d.id);
    const narrowed = { steps: [{ op: 'find', by: 'label', labels: ['Task'] }, { op: 'filter', docIds: [doc] }, { op: 'count' }] };
    const tasks = (await memory.run('stats', {})).nodes.Task ?? 0;
    for (const store of [memory, neo4j]) {
      await expect(runPlan(store, narrowed, { maxSet: tasks - 1 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
      expect((await runPlan(store, narrowed, { maxSet: tasks })).result.count).toBeGreaterThan(0);
    }
  });
});
