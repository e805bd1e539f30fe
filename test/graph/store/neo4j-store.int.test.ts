// Neo4jGraphStore against a real server: the contract, agreement with the memory store, lifecycles, outages.
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../graph/errors.ts';
import type { GraphBatch } from '../../../graph/model.ts';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { Neo4jClient } from '../../../graph/store/neo4j/neo4j-client.ts';
import { DEFERRED_INDEXES, RETIRED_INDEXES, SCHEMA, SHOW_CONSTRAINT_NAMES, SHOW_INDEX_NAMES } from '../../../graph/store/neo4j/neo4j-cypher.ts';
import { GROUP_DOCS, Neo4jGraphStore } from '../../../graph/store/neo4j/neo4j-store.ts';
import { NEIGHBOR, PLAN, REPORT, allBatches, neighborBatch, planBatch, reportBatch } from '../../support/fixtures.ts';
import { neo4jSuiteConfig, type Neo4jTestConfig } from '../../support/neo4j-env.ts';
import { neo4jHardeningSuite } from '../../hardening/neo4j-hardening.ts';
import { runGraphStoreContract } from './contract.ts';
import { errorCode } from './contract-support.ts';
import { agreementSuite } from './neo4j-agreement.ts';
import { neo4jBulkSuite, neo4jReadSuite } from './neo4j-bulk-reads.ts';
import { neo4jEdgeIdSuite } from './neo4j-edge-ids.ts';
import { neo4jScopeSuite } from './neo4j-scope.ts';
import { neo4jSearchSuite } from './neo4j-search.ts';
import { neo4jSearchLadderSuite } from './neo4j-search-ladder.ts';
import { neo4jStringOrderSuite } from './neo4j-string-order.ts';
import { neo4jVersionSuite } from './neo4j-version.ts';
import { BoltProxy, freshNeo4jStore, storeConfig, wipeDatabase } from './neo4j-support.ts';

const config = neo4jSuiteConfig();

type Step = (store: GraphStore) => Promise<unknown>;
const apply = (batch: GraphBatch, mode?: 'per-row'): Step => (s) =>
  mode ? (s as Neo4jGraphStore).applyBatch(batch, { mode }) : s.applyBatch(batch);
const remove = (docId: string): Step => (s) => s.removeDocument(docId);
const all = (): Step[] => allBatches().map((b) => apply(b));

/** [name, steps on Neo4j, steps on a memory store that must end up identical] */
const LIFECYCLES: [string, () => Step[], () => Step[]][] = [
  ['documents arriving in reverse order', () => [...allBatches()].reverse().map((b) => apply(b)), all],
  ['a replaced report', () => [...all(), apply(reportBatch({ revised: true }))], () => [planBatch(), reportBatch({ revised: true }), neighborBatch()].map((b) => apply(b))],
  ['a removed report', () => [...all(), remove(REPORT)], () => [apply(planBatch()), apply(neighborBatch())]],
  ['the base document of shared nodes removed', () => [...all(), remove(PLAN)], () => [apply(reportBatch()), apply(neighborBatch())]],
  ['the base document removed and added back', () => [...all(), remove(PLAN), apply(planBatch())], all],
  ['every document removed', () => [...all(), remove(PLAN), remove(REPORT), remove(NEIGHBOR)], () => []],
  ['per-row ingestion', () => allBatches().map((b) => apply(b, 'per-row')), all],
];

async function settle(store: GraphStore, steps: Step[]): Promise<unknown> {
  await store.init();
  for (const step of steps) await step(store);
  return {
    graph: JSON.stringify(await store.exportGraph()),
    stats: await store.run('stats', {}),
    documents: await store.listDocuments(),
    warnings: await store.warnings(),
  };
}

describe.runIf(config !== null)('Neo4jGraphStore', () => {
  const cfg = config as Neo4jTestConfig;
  const create = () => freshNeo4jStore(cfg);

  runGraphStoreContract({ name: 'neo4j', create });

  agreementSuite(create);

  neo4jHardeningSuite(cfg);

  neo4jBulkSuite(cfg);

  neo4jEdgeIdSuite(cfg);

  neo4jReadSuite(cfg);

  neo4jSearchSuite(create);

  neo4jSearchLadderSuite(create);

  neo4jStringOrderSuite(cfg, create);

  neo4jScopeSuite(cfg);

  neo4jVersionSuite(cfg);

  // The contract's two-store comparisons share Community's single database; these keep their point.
  describe('document lifecycles end where the memory store ends', () => {
    it.each(LIFECYCLES)('%s', async (_name, neoSteps, memorySteps) => {
      const neo = await create();
      try {
        expect(await settle(neo, neoSteps())).toEqual(await settle(new MemoryGraphStore(), memorySteps()));
      } finally {
        await neo.close();
      }
    });
  });

  describe('schema', () => {
    it('init drops the indexes no statement reads any more, and creates every current one', async () => {
      const store = await create();
      const client = new Neo4jClient(storeConfig(cfg));
      const indexNames = async () => (await client.autoCommit([SHOW_INDEX_NAMES, SHOW_CONSTRAINT_NAMES])).map((r) => String(r.name));
      try {
        // A database an older version wrote: its names index still there.
        await client.autoCommit(['CREATE FULLTEXT INDEX pg_names_fulltext IF NOT EXISTS FOR (n:Unit|Place) ON EACH [n.name, n.aliases]']);
        expect(await indexNames()).toContain('pg_names_fulltext');
        await store.init();
        const names = await indexNames();
        expect(names.filter((n) => RETIRED_INDEXES.includes(n))).toEqual([]);
        expect(Object.keys(SCHEMA).filter((n) => !names.includes(n))).toEqual([]);
      } finally {
        await Promise.all([store.close(), client.close()]);
      }
    });
  });

  describe('bulk loads', () => {
    const indexNames = async (client: Neo4jClient) => (await client.autoCommit([SHOW_INDEX_NAMES, SHOW_CONSTRAINT_NAMES])).map((r) => String(r.name));
    const missing = (names: string[]) => Object.keys(SCHEMA).filter((n) => !names.includes(n));
    /** A bulk load of the fixtures announced as `documents` long: the index names seen while it writes, and after. */
    async function load(store: Neo4jGraphStore, documents: number, fail = false) {
      const client = new Neo4jClient(storeConfig(cfg));
      try {
        let during: string[] = [];
        let indexing = 0;
        const result = store.bulkLoad(documents, async () => {
          await store.applyBatches(allBatches());
          during = await indexNames(client);
          if (fail) throw new Error('the load broke off');
        }, () => { indexing += 1; });
        const error = await result.then(() => null, (e: unknown) => e);
        return { during, after: await indexNames(client), error, indexing };
      } finally {
        await client.close();
      }
    }

    it('into an empty database builds every index but the id constraints after the writes: every index there after, the memory store\'s graph', async () => {
      // What the writes keep: the uniqueness constraints (MERGE and the id seeks read their indexes), nothing else.
      expect(Object.entries(SCHEMA).filter(([name]) => !DEFERRED_INDEXES.includes(name)).every(([, s]) => s.startsWith('CREATE CONSTRAINT'))).toBe(true);
      expect(DEFERRED_INDEXES.length).toBe(33);
      const store = await create();
      try {
        await store.init();
        const { during, after, error, indexing } = await load(store, GROUP_DOCS + 1);
        expect(error).toBeNull();
        expect(indexing).toBe(1);
        expect(during.filter((n) => DEFERRED_INDEXES.includes(n))).toEqual([]);
        expect(missing(during).sort()).toEqual([...DEFERRED_INDEXES].sort());
        expect(missing(after)).toEqual([]);
        const memory = new MemoryGraphStore();
        for (const batch of allBatches()) await memory.applyBatch(batch);
        expect(JSON.stringify(await store.exportGraph())).toBe(JSON.stringify(await memory.exportGraph()));
        // The full-text index answers after the load: the fixtures' tasks whose text says 推进 (two of the plan's, at least).
        const hits = await store.searchText(['推进'], 20);
        expect(hits.length).toBeGreaterThanOrEqual(2);
        expect(hits.every((h) => h.task.text.includes('推进'))).toBe(true);
      } finally {
        await store.close();
      }
    });

    it('into an empty database rebuilds the indexes when the load fails', async () => {
      const store = await create();
      try {
        const { during, after, error, indexing } = await load(store, GROUP_DOCS + 1, true);
        expect((error as Error).message).toBe('the load broke off');
        expect(indexing).toBe(1);
        expect(missing(during).length).toBe(DEFERRED_INDEXES.length);
        expect(missing(after)).toEqual([]);
      } finally {
        await store.close();
      }
    });

    it.each([
      ['into a database holding a document', true, GROUP_DOCS + 1],
      ['of one group\'s documents or fewer', false, GROUP_DOCS],
    ])('%s keeps every index throughout', async (_name, seeded, documents) => {
      const store = await create();
      try {
        if (seeded) await store.applyBatch(planBatch());
        const { during, after, error, indexing } = await load(store, documents);
        expect(error).toBeNull();
        expect(indexing).toBe(0);
        expect(missing(during)).toEqual([]);
        expect(missing(after)).toEqual([]);
      } finally {
        await store.close();
      }
    });
  });

  describe('concurrent writers', () => {
    it('two stores applying documents that share units at once end as if applied one by one', async () => {
      const one = await create();
      const two = new Neo4jGraphStore(storeConfig(cfg, { maxRetryTimeMs: 30_000 }));
      try {
        await Promise.all([one.init(), two.init()]);
        await Promise.all([one.applyBatch(planBatch()), two.applyBatch(reportBatch()), two.applyBatch(neighborBatch())]);
        await Promise.all([one.applyBatch(reportBatch({ revised: true })), two.removeDocument(PLAN)]);
        const memory = new MemoryGraphStore();
        for (const batch of [reportBatch({ revised: true }), neighborBatch()]) await memory.applyBatch(batch);
        expect(JSON.stringify(await one.exportGraph())).toBe(JSON.stringify(await memory.exportGraph()));
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    });
  });

  describe('the suites guard a store they did not fill', () => {
    it('refuse to wipe a database with more documents than they load, unless NEO4J_TEST_WIPE=1', async () => {
      const store = await freshNeo4jStore(cfg);
      try {
        await store.init();
        for (const batch of allBatches()) await store.applyBatch(batch);
        const refused = await wipeDatabase(cfg, { guard: 3, env: {} }).then(() => null, (e: unknown) => e);
        expect(refused instanceof Error && refused.message).toMatch(/refusing to wipe .* holds 3 documents.*NEO4J_TEST_WIPE=1/);
        expect((await store.run('stats', {})).documents).toBe(3);
        await wipeDatabase(cfg, { guard: 3, env: { NEO4J_TEST_WIPE: '1' } });
        expect((await store.run('stats', {})).documents).toBe(0);
      } finally {
        await store.close();
      }
    }, 120_000);
  });

  describe('outages', () => {
    it('init names the URI and the fix when nothing listens there', async () => {
      const store = new Neo4jGraphStore(storeConfig(cfg, { uri: 'bolt://127.0.0.1:1', maxRetryTimeMs: 200 }));
      const error = await store.init().then(() => null, (e: unknown) => e);
      await store.close();
      expect(isAppError(error) && [error.code, error.retriable]).toEqual(['STORE_UNAVAILABLE', true]);
      expect(isAppError(error) && error.message).toContain('bolt://127.0.0.1:1');
      expect(isAppError(error) && error.hint).toContain('npm run neo4j:start');
    });

    it('refused credentials are STORE_UNAVAILABLE', async () => {
      const store = new Neo4jGraphStore(storeConfig(cfg, { password: 'not-the-password' }));
      expect(await errorCode(store.init())).toBe('STORE_UNAVAILABLE');
      await store.close();
    });

    it('a dropped connection is STORE_UNAVAILABLE, and the same store works again once the server is back', async () => {
      await wipeDatabase(cfg);
      const proxy = BoltProxy.forUri(cfg.uri);
      await proxy.open();
      const store = new Neo4jGraphStore(storeConfig(cfg, { uri: proxy.uri, maxRetryTimeMs: 500, connectionTimeoutMs: 1000 }));
      try {
        await store.init();
        await store.applyBatch(planBatch());
        await proxy.cut();
        expect(await errorCode(store.run('stats', {}))).toBe('STORE_UNAVAILABLE');
        expect(await errorCode(store.applyBatch(reportBatch()))).toBe('STORE_UNAVAILABLE');
        await proxy.open();
        expect((await store.run('stats', {})).documents).toBe(1);
        expect(await store.applyBatch(reportBatch())).toEqual({ docId: REPORT, changed: true });
      } finally {
        await store.close();
        await proxy.cut();
      }
    });

    it('a statement over its time budget is QUERY_TIMEOUT', async () => {
      const client = new Neo4jClient(storeConfig(cfg, { queryTimeoutMs: 300 }));
      try {
        expect(await errorCode(client.rows('UNWIND range(1, 1000000000) AS x WITH x WHERE x < 0 RETURN x'))).toBe('QUERY_TIMEOUT');
      } finally {
        await client.close();
      }
    });

    it('an answer over the row cap is refused, not cut short', async () => {
      const store = await create();
      await store.init();
      for (const batch of allBatches()) await store.applyBatch(batch);
      await store.close();
      const capped = new Neo4jGraphStore(storeConfig(cfg, { maxRows: 5 }));
      try {
        expect(await errorCode(capped.run('overlaps', { minShared: 1 }))).toBe('QUERY_TIMEOUT');
        expect((await capped.run('documents', {})).documents).toHaveLength(3);
      } finally {
        await capped.close();
      }
    });

    it('a closed store refuses work without reaching the server', async () => {
      const store = await create();
      await store.init();
      await store.close();
      expect(await errorCode(store.run('stats', {}))).toBe('STORE_UNAVAILABLE');
    });
  });
});
