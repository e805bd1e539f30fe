// The memory store's link decisions on disk: they survive a reopen, a crashed writer's temp file, and a corrupt file is reported.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LinkDecision } from '../../../graph/align/decisions.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { errorCode } from './contract-support.ts';

const decision = (id: string, status: LinkDecision['status'], note?: string): LinkDecision => ({
  id, status, decidedAt: '2026-12-01T00:00:00.000Z', lower: { doc: '某区实施方案', path: '一/1' }, higher: { doc: '某市行动方案', path: '二/3' }, ...(note ? { note } : {}),
});

describe('MemoryGraphStore link decisions on disk', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pg-links-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const reopen = async () => {
    const store = new MemoryGraphStore({ dataDir: dir });
    await store.init();
    return store;
  };

  it('a reopened store has every saved decision, and a cleared one stays cleared', async () => {
    const store = await reopen();
    await store.saveLinkDecisions([decision('implements:a', 'accepted', '核对'), decision('implements:b', 'rejected')]);
    await store.saveLinkDecisions([], ['implements:b']);
    await store.close();
    const again = await reopen();
    expect(await again.linkDecisions()).toEqual([decision('implements:a', 'accepted', '核对')]);
    await again.close();
  });

  it('a decision that changes something moves the store\'s version (ask caches its alignment answers per version); one that changes nothing does not', async () => {
    const store = await reopen();
    const seen = [await store.revision()];
    const step = async (save: LinkDecision[], clear: string[] = []) => {
      await store.saveLinkDecisions(save, clear);
      seen.push(await store.revision());
    };
    await step([decision('implements:a', 'accepted')]);
    await step([decision('implements:a', 'accepted')]);
    await step([decision('implements:a', 'rejected')]);
    await step([], ['implements:zz']);
    await step([], ['implements:a']);
    expect(seen.slice(1).map((v, i) => v - seen[i])).toEqual([1, 0, 1, 0, 1]);
    await store.close();
  });

  it('a temp file a crashed writer left is cleared and the last complete file is what loads', async () => {
    const store = await reopen();
    await store.saveLinkDecisions([decision('implements:a', 'accepted')]);
    await store.close();
    const storeDir = join(dir, 'memory-store');
    // A writer killed before its rename: a pid no process has, half a file.
    const temp = join(storeDir, '.links.json.2147483646.deadbeef.tmp');
    await writeFile(temp, '{"format":"policy-graph-links/v1","decisions":[{"id":');
    const again = await reopen();
    expect(await again.linkDecisions()).toEqual([decision('implements:a', 'accepted')]);
    expect(await readdir(storeDir)).not.toContain('.links.json.2147483646.deadbeef.tmp');
    await again.close();
  });

  it('a corrupt decisions file stops start-up with STORE_CORRUPT and is left in place', async () => {
    const store = await reopen();
    await store.saveLinkDecisions([decision('implements:a', 'accepted')]);
    await store.close();
    const file = join(dir, 'memory-store', 'links.json');
    await writeFile(file, '{"format":"policy-graph-links/v1","decisions":[{"id":"x"}]}');
    expect(await errorCode(new MemoryGraphStore({ dataDir: dir }).init())).toBe('STORE_CORRUPT');
    expect(await readFile(file, 'utf8')).toContain('"id":"x"');
  });

  it('an invalid decision is refused with BAD_INPUT and nothing is written', async () => {
    const store = await reopen();
    await store.saveLinkDecisions([decision('implements:a', 'accepted')]);
    const bad = { ...decision('implements:b', 'accepted'), status: 'maybe' } as unknown as LinkDecision;
    expect(await errorCode(store.saveLinkDecisions([decision('implements:c', 'rejected'), bad]))).toBe('BAD_INPUT');
    expect((await store.linkDecisions()).map((d) => d.id)).toEqual(['implements:a']);
    await store.close();
    expect((await (await reopen()).linkDecisions()).map((d) => d.id)).toEqual(['implements:a']);
  });
});
