// Seeding at start: ingest when the store is empty or a seed changed (replacing the old version), else nothing.
import { copyFile, mkdtemp, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { seedIfNeeded } from '../../server/seed.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pg-seeds-'));
  await copyFile('seeds/shuangcheng-action-plan.txt', join(dir, 'plan.txt'));
  await writeFile(join(dir, 'notes.pptx'), 'not a seed');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('seedIfNeeded', () => {
  it('ingests every seed into an empty store', async () => {
    const store = new MemoryGraphStore();
    const { ingested } = await seedIfNeeded(store, dir);
    expect(ingested.map((r) => r.status)).toEqual(['added']);
    expect(await store.listDocuments()).toHaveLength(1);
  });

  it('does nothing when every seed is already stored', async () => {
    const store = new MemoryGraphStore();
    await seedIfNeeded(store, dir);
    expect(await seedIfNeeded(store, dir)).toEqual({ ingested: [], replaced: [] });
  });

  it('replaces a seed whose file changed', async () => {
    const store = new MemoryGraphStore();
    await seedIfNeeded(store, dir);
    const [old] = await store.listDocuments();
    await appendFile(join(dir, 'plan.txt'), '\n（本方案自印发之日起施行）\n');
    const { ingested, replaced } = await seedIfNeeded(store, dir);
    expect(ingested.map((r) => r.status)).toEqual(['updated']);
    expect(replaced).toEqual([old.id]);
    const docs = await store.listDocuments();
    expect(docs).toHaveLength(1);
    expect(docs[0].id).not.toBe(old.id);
  });

  it('a missing seeds directory seeds nothing', async () => {
    expect(await seedIfNeeded(new MemoryGraphStore(), join(dir, 'absent'))).toEqual({ ingested: [], replaced: [] });
  });
});
