// Start-up's load worker: a stored document read, inflated, parsed and validated off the main thread comes back the
// same as when it is read on the main thread (evidence texts included), and a damaged file is refused by name.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../../../graph/errors.ts';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { readDocumentBuffer } from '../../../graph/read/index.ts';
import { DocumentFiles, STORE_DIR_NAME } from '../../../graph/store/memory/memory-files.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { largePlan } from '../../hardening/server-process.ts';

/** The seed a few times over: thousands of nodes and edges, so the worker sends several parts. */
const PLAN_BYTES = 150_000;

let dir: string;
const storeDir = () => join(dir, STORE_DIR_NAME);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pg-load-worker-'));
  const store = new MemoryGraphStore({ dataDir: dir });
  await store.applyBatch(batchFromDocument(await readDocumentBuffer(new TextEncoder().encode(largePlan(PLAN_BYTES, '关于推动双城经济圈建设行动方案')), 'plan.txt')));
  await store.close();
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('loading stored documents in the load worker', () => {
  it('gives the same documents as loading them on the main thread', async () => {
    const here = await new DocumentFiles(storeDir(), { workerFileBytes: Infinity }).loadAll();
    const inWorker = await new DocumentFiles(storeDir(), { workerFileBytes: 0 }).loadAll();
    expect(here.loaded).toHaveLength(1);
    const batch = here.loaded[0].batch;
    // More than one part (1,000 items each) crosses, so gathering the parts is what is compared.
    expect(batch.nodes.length + batch.edges.length).toBeGreaterThan(2000);
    expect(batch.edges.some((e) => typeof (e.properties.evidence as { text?: unknown } | undefined)?.text === 'string')).toBe(true);
    expect(inWorker).toEqual(here);
  }, 120_000);

  it('refuses a damaged file with STORE_CORRUPT naming it, and leaves it on disk', async () => {
    const [name] = (await readdir(storeDir())).filter((f) => f.startsWith('doc-'));
    const bad = join(dir, 'bad');
    const badStore = join(bad, STORE_DIR_NAME);
    await rm(bad, { recursive: true, force: true });
    await new DocumentFiles(badStore).loadAll();
    await writeFile(join(badStore, name), gzipSync('{"format":"policy-graph-memory/v2","docId":'));
    const error = await new DocumentFiles(badStore, { workerFileBytes: 0 }).loadAll().catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('STORE_CORRUPT');
    expect(isAppError(error) && error.source).toBe(join(badStore, name));
    expect(await readdir(badStore)).toContain(name);
  }, 120_000);

  it('stops at a file that does not fit, as on the main thread', async () => {
    const files = new DocumentFiles(storeDir(), { workerFileBytes: 0, maxBytes: 1000 });
    const result = await files.loadAll();
    expect(result.loaded).toHaveLength(0);
    expect(result.skipped).toHaveLength(1);
    expect(result.stoppedBy).toContain('1000');
  }, 120_000);
});

describe('the store probe', () => {
  it('two probes at once both find the store writable (health and seeding probe together at start-up)', async () => {
    const files = new DocumentFiles(join(dir, 'probe-race'));
    await files.loadAll();
    for (let i = 0; i < 5; i++) expect(await Promise.all([files.probe(), files.probe(), files.probe()])).toEqual([null, null, null]);
  });
});
