// Ingestion of many documents parses in a worker thread while the store applies: same graph as one thread.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/generate.ts';
import { ingestPaths, prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';

/** Enough documents that the worker streams batches while earlier ones are applied. */
const CORPUS_DOCS = 30;
const withoutTimes = (g: unknown) => JSON.stringify(g).replace(/"ingestedAt":"[^"]*"/g, '');

describe('ingestPaths on a corpus', () => {
  it('gives exactly the graph of a sequential parse and apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-par-'));
    await writeCorpus(dir, { docs: CORPUS_DOCS, seed: 5, noise: 0.05 });
    const pipelined = new MemoryGraphStore();
    await pipelined.init();
    const reports = await ingestPaths(pipelined, [dir]);
    expect(reports).toHaveLength(CORPUS_DOCS);
    const sequential = new MemoryGraphStore();
    await sequential.init();
    for (const { batch } of await prepareBatches([dir])) await sequential.applyBatch(batch);
    expect(withoutTimes(await pipelined.exportGraph())).toBe(withoutTimes(await sequential.exportGraph()));
  }, 120_000);

  it('stores the same files and hashes whichever thread prepared each batch: a second run finds every document unchanged', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-par-files-'));
    const data = mkdtempSync(join(tmpdir(), 'pg-par-data-'));
    await writeCorpus(dir, { docs: CORPUS_DOCS, seed: 7, noise: 0 });
    const first = new MemoryGraphStore({ dataDir: data });
    await first.init();
    expect((await ingestPaths(first, [dir])).map((r) => r.status)).toEqual(Array(CORPUS_DOCS).fill('added'));
    const exported = withoutTimes(await first.exportGraph());
    await first.close();
    const reopened = new MemoryGraphStore({ dataDir: data });
    await reopened.init();
    expect(withoutTimes(await reopened.exportGraph())).toBe(exported);
    const again = await ingestPaths(reopened, [dir], { force: true });
    expect(again.map((r) => r.status)).toEqual(Array(CORPUS_DOCS).fill('unchanged'));
  }, 120_000);

  it('writes nothing when one of many files is bad', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-par-bad-'));
    await writeCorpus(dir, { docs: CORPUS_DOCS, seed: 6, noise: 0 });
    writeFileSync(join(dir, 'zz-empty.txt'), '');
    const store = new MemoryGraphStore();
    await store.init();
    await expect(ingestPaths(store, [dir])).rejects.toMatchObject({ code: 'EMPTY_DOCUMENT' });
    expect(await store.listDocuments()).toEqual([]);
  });
});
