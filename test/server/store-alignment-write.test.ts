// storeAlignment reads the graph and the reviewers' decisions in two steps; a write landing between them must not mix two
// states of the store: the version has moved, so it reads both again in one state (server/alignment.ts).
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import type { LinkDecision } from '../../graph/align/decisions.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { alignStore, storeAlignment } from '../../server/alignment.ts';

const DOCS = 'test/fixtures/questions/align-docs';

/** A store where a district's plan is ingested while the decisions are being read: the write lands between the two reads. */
class WriteDuringRead extends MemoryGraphStore {
  pending: string | null = null;
  override async linkDecisions(): Promise<LinkDecision[]> {
    const path = this.pending;
    this.pending = null;
    if (path) await ingestPaths(this, [path]);
    return super.linkDecisions();
  }
}

const pairNames = (pairs: { lower: { title: string }; higher: { title: string } }[]) =>
  pairs.map((p) => `${p.lower.title} → ${p.higher.title}`).sort();

describe('storeAlignment under a write', () => {
  it('reads the state after a write that lands between its two reads, never the graph before it with decisions after', async () => {
    const store = new WriteDuringRead();
    await ingestPaths(store, ['p0.txt', 'p0c0.txt', 'p0c0d0.txt'].map((f) => `${DOCS}/${f}`));
    const before = pairNames(await alignStore(store));

    store.pending = `${DOCS}/p0c0d1.txt`;
    const during = await storeAlignment(store);
    expect(store.pending, 'the write ran inside storeAlignment').toBeNull();

    const after = pairNames(await alignStore(store));
    expect(after.length, 'the written plan makes one more pair').toBe(before.length + 1);
    expect(pairNames(during.pairs)).toEqual(after);
  });
});
