// Neo4j bulk ingest (group transactions) and reads under continuous writes; run from neo4j-store.int.test.ts,
// the one file that owns the shared Community database.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, type QueryName } from '../../../graph/catalogue/catalogue.ts';
import { writeCorpus } from '../../bench/corpus/generate.ts';
import { isAppError } from '../../../graph/errors.ts';
import type { GraphBatch, GraphNode } from '../../../graph/model.ts';
import { batchFromDocument, ingestPaths, prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { readDocumentBuffer } from '../../../graph/read/index.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { derivedEdgeId } from '../../../graph/store/batch/edge-id.ts';
import { Neo4jGraphStore } from '../../../graph/store/neo4j/neo4j-store.ts';
import { seedVariant } from '../../hardening/support.ts';
import { ID, planBatch, reportBatch, neighborBatch, thiefBatch, PLAN, NEIGHBOR } from '../../support/fixtures.ts';
import type { Neo4jTestConfig } from '../../support/neo4j-env.ts';
import { freshNeo4jStore, storeConfig, wipeDatabase } from './neo4j-support.ts';

const withoutTimes = (g: unknown) => JSON.stringify(g).replace(/"ingestedAt":"[^"]*"/g, '');

/** Every sum of a subset of `counts`: what a whole-documents-only answer can total. */
function subsetSums(counts: number[]): Set<number> {
  let sums = new Set([0]);
  for (const c of counts) sums = new Set([...sums, ...[...sums].map((s) => s + c)]);
  return sums;
}

async function variants(n: number): Promise<GraphBatch[]> {
  return Promise.all([...Array(n).keys()].map(async (i) =>
    batchFromDocument(await readDocumentBuffer(new TextEncoder().encode(seedVariant(i * 2 + 1)), `variant-${i}.txt`))));
}

/** Distinct tasks one unit has a duty on, in one batch. */
function unitTaskCount(batch: GraphBatch, unitId: string): number {
  return new Set(batch.edges.filter((e) => e.source === unitId && ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR'].includes(e.type)).map((e) => e.target)).size;
}

/**
 * `batch`'s nodes that `keep` picks, as another document's (`doc:thief`): its owned ids taken, its edges among them
 * re-derived for the thief (so they name it and no edge id clashes: only the node ids do).
 */
function stolen(batch: GraphBatch, keep: (node: GraphNode) => boolean): GraphBatch {
  const docId = 'doc:thief';
  const renamed = (id: string) => (id === batch.docId ? docId : id);
  const nodes = batch.nodes.filter((n) => n.id === batch.docId || keep(n)).map((n) => ({
    ...n, id: renamed(n.id), properties: n.properties.docId ? { ...n.properties, docId } : n.properties,
  }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = batch.edges.map((e) => ({ ...e, source: renamed(e.source), target: renamed(e.target) }))
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({
      ...e, id: derivedEdgeId(docId, e.type, e.source, e.target),
      properties: e.properties.evidence ? { ...e.properties, evidence: { ...e.properties.evidence, docId } } : e.properties,
    }));
  return { docId, nodes, edges, warnings: [] };
}

export function neo4jBulkSuite(config: Neo4jTestConfig): void {
  describe('bulk ingest: many documents per transaction', () => {
    it('ingestPaths into Neo4j gives the graph of one-by-one memory ingest, and a second run changes nothing', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pg-bulk-'));
      await writeCorpus(dir, { docs: 30, seed: 9, noise: 0.05 });
      const store = await freshNeo4jStore(config);
      const memory = new MemoryGraphStore();
      try {
        const reports = await ingestPaths(store, [dir]);
        expect(reports.map((r) => r.status)).toEqual(Array(30).fill('added'));
        for (const { batch } of await prepareBatches([dir])) await memory.applyBatch(batch);
        expect(withoutTimes(await store.exportGraph())).toBe(withoutTimes(await memory.exportGraph()));
        expect((await ingestPaths(store, [dir])).map((r) => r.status)).toEqual(Array(30).fill('unchanged'));
        const forced = await ingestPaths(store, [dir], { force: true });
        expect(forced.map((r) => r.status)).toEqual(Array(30).fill('unchanged'));
      } finally {
        await store.close();
      }
    }, 300_000);

    it('a batch clashing with an earlier one of the same call stops there: the ones before it stay, nothing of the rest', async () => {
      const store = await freshNeo4jStore(config);
      try {
        const thief = thiefBatch();
        const error = await store.applyBatches([planBatch(), thief, neighborBatch()]).then(() => null, (e: unknown) => e);
        expect(isAppError(error) && error.code).toBe('BAD_INPUT');
        expect((await store.listDocuments()).map((d) => d.id)).toEqual([PLAN]);
        const alone = await freshNeo4jStore(config);
        await alone.applyBatch(planBatch());
        expect(withoutTimes(await store.exportGraph())).toBe(withoutTimes(await alone.exportGraph()));
        await alone.close();
        expect((await store.applyBatches([neighborBatch(), reportBatch()])).map((r) => [r.docId, r.changed, r.existed]))
          .toEqual([[NEIGHBOR, true, false], [reportBatch().docId, true, false]]);
      } finally {
        await store.close();
      }
    }, 120_000);

    // Clashes with stored documents inside a group: the cases a write that skips the id lookup must still find.
    it('a batch clashing with a stored document stops the group there, as one by one would', async () => {
      const store = await freshNeo4jStore(config);
      try {
        await store.applyBatch(planBatch());
        const error = await store.applyBatches([neighborBatch(), thiefBatch(), reportBatch()]).then(() => null, (e: unknown) => e);
        expect(isAppError(error) && error.code).toBe('BAD_INPUT');
        expect((await store.listDocuments()).map((d) => d.id).sort()).toEqual([NEIGHBOR, PLAN].sort());
        const memory = new MemoryGraphStore();
        for (const batch of [planBatch(), neighborBatch()]) await memory.applyBatch(batch);
        expect(withoutTimes(await store.exportGraph())).toBe(withoutTimes(await memory.exportGraph()));
      } finally {
        await store.close();
      }
    }, 120_000);

    it('a batch taking ids of a stored document that a later batch of the group drops still clashes', async () => {
      const store = await freshNeo4jStore(config);
      try {
        await store.applyBatch(reportBatch());
        const before = withoutTimes(await store.exportGraph());
        const kept = new Set(reportBatch({ revised: true }).nodes.map((n) => n.id));
        // The section and task the revision drops, under another document id.
        const thief = stolen(reportBatch(), (n) => n.label === 'Unit' || !kept.has(n.id));
        expect(thief.nodes.filter((n) => n.label === 'Task').map((n) => n.id)).toEqual([ID.b3]);
        const error = await store.applyBatches([thief, reportBatch({ revised: true })]).then(() => null, (e: unknown) => e);
        expect(isAppError(error) && error.code).toBe('BAD_INPUT');
        expect(withoutTimes(await store.exportGraph())).toBe(before);
      } finally {
        await store.close();
      }
    }, 120_000);
  });
}

/** Inputs naming things of the variants, so reads touch the documents being written. */
function inputFor(name: QueryName, unit: { id: string; name: string }, place: string, taskId: string): unknown {
  switch (name) {
    case 'unitTasks': case 'unitPartners': return { unit: unit.id };
    case 'sharedTasks': return { a: unit.id, b: unit.name };
    case 'entityTasks': case 'entityUnits': return { label: 'Place', name: place };
    case 'neighborhood': return { id: taskId, depth: 2 };
    case 'shortestPath': return { a: unit.id, b: place };
    case 'search': return { text: place };
    default: return {};
  }
}

export function neo4jReadSuite(config: Neo4jTestConfig): void {
  describe('reads under continuous writes', () => {
    it('every catalogue query, read while documents are written and removed, sees whole documents only', async () => {
      await wipeDatabase(config);
      const writer = new Neo4jGraphStore(storeConfig(config, { maxRetryTimeMs: 60_000 }));
      const reader = new Neo4jGraphStore(storeConfig(config));
      try {
        await Promise.all([writer.init(), reader.init()]);
        const batches = await variants(6);
        const units = batches.flatMap((b) => b.nodes.filter((n) => n.label === 'Unit'));
        const unit = units.reduce((best, u) => (unitTaskCount(batches[5], u.id) > unitTaskCount(batches[5], best.id) ? u : best));
        const place = batches[5].nodes.find((n) => n.label === 'Place')!.name;
        const taskId = batches[0].nodes.find((n) => n.label === 'Task')!.id;
        const taskSums = subsetSums(batches.map((b) => b.nodes.filter((n) => n.label === 'Task').length));
        const unitSums = subsetSums(batches.map((b) => unitTaskCount(b, unit.id)));
        let finished = false;
        const writes = (async () => {
          for (const b of batches) await writer.applyBatch(b);
          for (const b of batches.slice(0, 3)) await writer.removeDocument(b.docId);
          await writer.applyBatches(batches.slice(0, 3));
        })().finally(() => { finished = true; });
        let rounds = 0;
        let retriable = 0;
        while (!finished || rounds === 0) {
          for (const name of QUERY_NAMES) {
            const answer = await reader.run(name, inputFor(name, unit, place, taskId) as never).catch((error: unknown) => {
              if (isAppError(error) && error.code === 'QUERY_TIMEOUT' && error.retriable) return null;
              throw error;
            });
            if (answer === null) { retriable += 1; continue; }
            if (name === 'stats') expect(taskSums, JSON.stringify(answer)).toContain((answer as { nodes: { Task?: number } }).nodes.Task ?? 0);
            if (name === 'unitTasks') expect(unitSums).toContain((answer as { tasks: { total: number } }).tasks.total);
          }
          rounds += 1;
        }
        await writes;
        expect(retriable).toBeLessThan(rounds * QUERY_NAMES.length);
        const memory = new MemoryGraphStore();
        for (const b of batches) await memory.applyBatch(b);
        for (const name of QUERY_NAMES) {
          const input = inputFor(name, unit, place, taskId) as never;
          expect(await reader.run(name, input), name).toEqual(await memory.run(name, input));
        }
      } finally {
        await Promise.all([writer.close(), reader.close()]);
      }
    }, 300_000);
  });
}
