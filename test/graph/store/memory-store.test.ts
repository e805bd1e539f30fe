// MemoryGraphStore: the contract, in memory and on disk, plus persistence (reopen, crash leftovers, corruption).
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAppError } from '../../../graph/errors.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { PLAN, REPORT, allBatches, planBatch, reportBatch } from '../../support/fixtures.ts';
import { runGraphStoreContract } from './contract.ts';

runGraphStoreContract({ name: 'memory', create: async () => new MemoryGraphStore() });

const dirs = new Map<object, string>();
runGraphStoreContract({
  name: 'memory with dataDir',
  create: async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pg-contract-'));
    const store = new MemoryGraphStore({ dataDir: dir });
    dirs.set(store, dir);
    return store;
  },
  cleanup: async (store) => {
    await rm(dirs.get(store) as string, { recursive: true, force: true });
    dirs.delete(store);
  },
});

describe('MemoryGraphStore persistence', () => {
  let dir: string;
  const storeDir = () => join(dir, 'memory-store');
  const open = async () => {
    const store = new MemoryGraphStore({ dataDir: dir });
    await store.init();
    return store;
  };
  const seed = async () => {
    const store = await open();
    for (const b of allBatches()) await store.applyBatch(b);
    const graph = await store.exportGraph();
    await store.close();
    return graph;
  };
  const docFiles = async () => (await readdir(storeDir())).filter((f) => f.startsWith('doc-'));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-memory-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reopens with the same graph and warnings', async () => {
    const graph = await seed();
    const store = await open();
    expect(await store.exportGraph()).toEqual(graph);
    expect(await store.warnings()).toHaveLength(2);
    expect(await docFiles()).toHaveLength(3);
  });

  it('keeps a removal and a replacement across reopen', async () => {
    await seed();
    const store = await open();
    await store.removeDocument(REPORT);
    await store.applyBatch(planBatch());
    await store.close();
    const again = await open();
    expect((await again.listDocuments()).map((d) => d.id).sort()).toEqual(['doc:neighbor', PLAN]);
    expect(await docFiles()).toHaveLength(2);
  });

  it('opens with the previous state when a crash left temp files behind', async () => {
    const graph = await seed();
    const [file] = await docFiles();
    const whole = gunzipSync(await readFile(join(storeDir(), file))).toString('utf8');
    const deadPid = 2147483646;
    await writeFile(join(storeDir(), `.${file}.${deadPid}.abcd.tmp`), whole.slice(0, 100));
    await writeFile(join(storeDir(), `.${file}.${process.pid}.beef.tmp`), '');
    const store = await open();
    expect(await store.exportGraph()).toEqual(graph);
    const left = await readdir(storeDir());
    expect(left.filter((f) => f.includes(`.${deadPid}.`))).toEqual([]);
    // Our own pid on a temp file we are not writing: a process before a kill -9 had this pid (containers reuse them).
    expect(left.filter((f) => f.includes(`.${process.pid}.`))).toEqual([]);
  });

  it('refuses a truncated document file with STORE_CORRUPT naming it, and deletes nothing', async () => {
    await seed();
    const [file] = await docFiles();
    const path = join(storeDir(), file);
    const whole = await readFile(path);
    await writeFile(path, whole.subarray(0, whole.length / 2));
    const error = await open().then(() => null, (e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('STORE_CORRUPT');
    expect(isAppError(error) && error.source).toBe(path);
    expect(await docFiles()).toHaveLength(3);
  });

  it('refuses a file that holds an invalid batch', async () => {
    await seed();
    const [file] = await docFiles();
    const path = join(storeDir(), file);
    const content = JSON.parse(gunzipSync(await readFile(path)).toString('utf8'));
    content.batch.edges[0].type = 'OWNS';
    await writeFile(path, gzipSync(JSON.stringify(content)));
    const error = await open().then(() => null, (e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('STORE_CORRUPT');
  });

  it('changes nothing when the write fails', async () => {
    const store = await open();
    await store.applyBatch(planBatch());
    await rm(storeDir(), { recursive: true });
    await writeFile(storeDir(), 'not a directory');
    const error = await store.applyBatch(reportBatch()).then(() => null, (e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('STORE_UNAVAILABLE');
    expect((await store.listDocuments()).map((d) => d.id)).toEqual([PLAN]);
    expect(await store.removeDocument(PLAN).then(() => 'removed', () => 'failed')).toBe('failed');
    expect(await store.getDocument(PLAN)).not.toBeNull();
  });

  it('without a dataDir writes nothing', async () => {
    const store = new MemoryGraphStore();
    await store.applyBatch(planBatch());
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('MemoryGraphStore answer cache', () => {
  it('keeps a hot answer while distinct ones come and go (least recently used is evicted)', async () => {
    const { MemoryRowSource } = await import('../../../graph/store/memory/memory-rows.ts');
    const store = new MemoryGraphStore();
    await store.init();
    await store.applyBatch(planBatch());
    const reads = vi.spyOn(MemoryRowSource.prototype, 'stats');
    const distinct = async (from: number, count: number) => {
      for (let i = from; i < from + count; i += 1) await store.run('search', { text: `词${i}` });
    };
    try {
      await store.run('stats', {});
      // 256 answers fit: the hot one asked again before the 256th distinct answer, and again after 300 more.
      await distinct(0, 200);
      await store.run('stats', {});
      await distinct(200, 200);
      await store.run('stats', {});
      expect(reads).toHaveBeenCalledTimes(1);
      // A cold answer still goes: 300 distinct answers later, the first distinct one is computed again.
      const searches = vi.spyOn(MemoryRowSource.prototype, 'searchPage');
      await store.run('search', { text: '词0' });
      expect(searches).toHaveBeenCalledTimes(1);
    } finally {
      vi.restoreAllMocks();
      await store.close();
    }
  });
});
