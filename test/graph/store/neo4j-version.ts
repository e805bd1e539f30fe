// The Neo4j graph version: bumped with every ingest, removal and link decision by any driver, read by revision().
// Run from neo4j-store.int.test.ts, the one file that owns the shared Community database.
import { describe, expect, it } from 'vitest';
import { Neo4jGraphStore } from '../../../graph/store/neo4j/neo4j-store.ts';
import { StoreCache, storeFingerprint } from '../../../server/store-cache.ts';
import { NEIGHBOR, PLAN, neighborBatch, planBatch, reportBatch } from '../../support/fixtures.ts';
import type { Neo4jTestConfig } from '../../support/neo4j-env.ts';
import { freshNeo4jStore, storeConfig } from './neo4j-support.ts';

const DECISION = {
  id: 'link:test', status: 'accepted' as const, decidedAt: '2026-12-01T00:00:00.000Z', lower: { doc: 'a', path: '一/1' }, higher: { doc: 'b', path: '一' },
};

export function neo4jVersionSuite(config: Neo4jTestConfig): void {
  describe('graph version', () => {
    it('a write through a second driver moves the version the first one reads; a write that changes nothing does not', async () => {
      const reader = await freshNeo4jStore(config);
      const writer = new Neo4jGraphStore(storeConfig(config));
      try {
        await Promise.all([reader.init(), writer.init()]);
        const seen = [await reader.revision()];
        const step = async (write: () => Promise<unknown>) => {
          await write();
          seen.push(await reader.revision());
        };
        await step(() => writer.applyBatch(planBatch()));
        await step(() => writer.applyBatches([reportBatch(), neighborBatch()]));
        await step(() => writer.applyBatch(planBatch()));
        await step(() => writer.removeDocument(NEIGHBOR));
        await step(() => writer.removeDocument(NEIGHBOR));
        await step(() => writer.saveLinkDecisions([DECISION]));
        await step(() => writer.saveLinkDecisions([], [DECISION.id]));
        const moved = seen.slice(1).map((v, i) => v > seen[i]);
        expect(moved).toEqual([true, true, false, true, false, true, true]);
        expect(await writer.revision()).toBe(seen[seen.length - 1]);
      } finally {
        await Promise.all([reader.close(), writer.close()]);
      }
    });

    it('derived caches key on it: a cache on one store rebuilds after another driver writes, not before', async () => {
      const reader = await freshNeo4jStore(config);
      const writer = new Neo4jGraphStore(storeConfig(config));
      let builds = 0;
      const cache = new StoreCache(async (store) => {
        builds += 1;
        return (await store.listDocuments()).map((d) => d.id).sort();
      });
      try {
        await writer.init();
        await writer.applyBatch(planBatch());
        expect(await cache.get(reader)).toEqual([PLAN]);
        expect(await cache.get(reader)).toEqual([PLAN]);
        expect(await storeFingerprint(reader)).toMatch(/^r\d+$/);
        await writer.applyBatch(neighborBatch());
        expect(await cache.get(reader)).toEqual([NEIGHBOR, PLAN]);
        expect(builds).toBe(2);
      } finally {
        await Promise.all([reader.close(), writer.close()]);
      }
    });
  });
}
