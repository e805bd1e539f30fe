// The scope pushed into Neo4j's Cypher ($docs) answers as the reference filter over whole-graph rows (scope-rows.ts).
// Run from neo4j-store.int.test.ts, the one file that owns the shared Community database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../../graph/catalogue/catalogue.ts';
import { runQuery } from '../../../graph/catalogue/execute.ts';
import type { RowSource } from '../../../graph/catalogue/rows.ts';
import type { Scope } from '../../../graph/catalogue/schemas.ts';
import { ScopedRows } from '../../../graph/catalogue/scope-rows.ts';
import { documentsInScope } from '../../../graph/catalogue/scope.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { collectRows, Neo4jClient } from '../../../graph/store/neo4j/neo4j-client.ts';
import { Neo4jRowSource } from '../../../graph/store/neo4j/neo4j-rows.ts';
import type { Neo4jGraphStore } from '../../../graph/store/neo4j/neo4j-store.ts';
import { allBatches, NEIGHBOR, PLAN, REPORT } from '../../support/fixtures.ts';
import type { Neo4jTestConfig } from '../../support/neo4j-env.ts';
import { inputsFor, seedBatches } from './neo4j-agreement.ts';
import { SAMPLE_INPUTS } from './contract-graph.ts';
import { freshNeo4jStore, storeConfig } from './neo4j-support.ts';

const SUITE_MS = 600_000;

/** The Neo4j rows with the reference filter in place of the pushed-down statements (stats: the scoped count, which has no row filter). */
function referenceOf(base: Neo4jRowSource): RowSource {
  return Object.assign(Object.create(base) as RowSource, {
    within: (docs: ReadonlySet<string>) => new ScopedRows(base, docs, () => base.within(docs).stats()),
  });
}

export function neo4jScopeSuite(config: Neo4jTestConfig): void {
  describe('scope in the Cypher', () => {
    let store: Neo4jGraphStore;
    let client: Neo4jClient;
    let inputs: Awaited<ReturnType<typeof inputsFor>>;
    let scopes: Scope[];

    beforeAll(async () => {
      const batches = [...(await seedBatches()), ...allBatches()];
      store = await freshNeo4jStore(config);
      await store.init();
      await store.applyBatches(batches);
      const memory = new MemoryGraphStore();
      for (const batch of batches) await memory.applyBatch(batch);
      inputs = await inputsFor(await memory.exportGraph(), memory);
      const docs = (await store.listDocuments()).map((d) => d.id);
      scopes = [
        { docIds: [PLAN] }, { docIds: [REPORT, NEIGHBOR] }, { docIds: [docs[0]] }, { docIds: docs.slice(0, -1) },
        { jurisdictions: ['邻区'] }, { levels: ['区'] }, { years: [2024] }, { docIds: ['doc:nothing'] },
      ];
      client = new Neo4jClient(storeConfig(config));
    }, SUITE_MS);
    afterAll(async () => {
      await client?.close();
      await store?.close();
    });

    it.each(QUERY_NAMES)('%s: pushed down answers as the reference filter, in every scope', async (name) => {
      const list = [...(inputs[name] as QueryInput<typeof name>[]).slice(0, 6), SAMPLE_INPUTS[name] as QueryInput<typeof name>];
      await client.read(async (tx) => {
        const pushed = new Neo4jRowSource((statement, params = {}) => collectRows(tx, statement, params, client.maxRows));
        const reference = referenceOf(pushed);
        for (const scope of scopes) {
          for (const input of list) {
            const scoped = { ...input, scope } as QueryInput<QueryName>;
            expect({ name, scoped, answer: await runQuery(pushed, name, scoped) }).toEqual({ name, scoped, answer: await runQuery(reference, name, scoped) });
          }
        }
      }, SUITE_MS);
    }, SUITE_MS);

    it('a scope inside a scope keeps the documents in both', async () => {
      await client.read(async (tx) => {
        const rows = new Neo4jRowSource((statement, params = {}) => collectRows(tx, statement, params, client.maxRows));
        const all = await rows.documents();
        const outer = documentsInScope(all, { docIds: [PLAN, REPORT] });
        const inner = rows.within(outer).within(new Set([REPORT, NEIGHBOR]));
        expect((await inner.documents()).map((d) => d.id)).toEqual([REPORT]);
        expect((await inner.workload()).length).toBeGreaterThan(0);
        expect(await inner.workload()).toEqual(await rows.within(new Set([REPORT])).workload());
      });
    });
  });
}
