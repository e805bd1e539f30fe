// Edge-id clashes on Neo4j when only hand-made ids are sought; run from neo4j-store.int.test.ts, which owns the database.
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../graph/model.ts';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { readDocumentBuffer } from '../../../graph/read/index.ts';
import { seedVariant } from '../../hardening/support.ts';
import type { Neo4jTestConfig } from '../../support/neo4j-env.ts';
import { errorCode } from './contract-support.ts';
import { freshNeo4jStore } from './neo4j-support.ts';

const parsed = async (i: number): Promise<GraphBatch> =>
  batchFromDocument(await readDocumentBuffer(new TextEncoder().encode(seedVariant(i)), `variant-${i}.txt`));

const edgeOf = (batch: GraphBatch, type: string) => batch.edges.find((e) => e.type === type)!;

export function neo4jEdgeIdSuite(config: Neo4jTestConfig): void {
  describe('edge-id clashes with derived ids left unsought', () => {
    it('a document whose edge takes a stored edge’s id (of another type) is refused and nothing of it is written', async () => {
      const store = await freshNeo4jStore(config);
      try {
        const [stored, thief] = [await parsed(1), await parsed(3)];
        await store.applyBatch(stored);
        const before = JSON.stringify(await store.exportGraph());
        edgeOf(thief, 'MENTIONS').id = edgeOf(stored, 'LEADS').id;
        expect(await errorCode(store.applyBatch(thief))).toBe('BAD_INPUT');
        expect(JSON.stringify(await store.exportGraph())).toBe(before);
      } finally {
        await store.close();
      }
    }, 60_000);

    it('a stored hand-made edge id is found when a later document derives the same id', async () => {
      const store = await freshNeo4jStore(config);
      try {
        const [later, early] = [await parsed(1), await parsed(3)];
        edgeOf(early, 'PART_OF').id = edgeOf(later, 'SUPPORTS').id;
        await store.applyBatches([early]);
        const before = JSON.stringify(await store.exportGraph());
        expect(await errorCode(store.applyBatches([later]))).toBe('BAD_INPUT');
        expect(JSON.stringify(await store.exportGraph())).toBe(before);
      } finally {
        await store.close();
      }
    }, 60_000);
  });
}
