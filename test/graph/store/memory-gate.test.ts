// The read/commit gate's direct path: a small change with no read running goes straight into the published copy, a
// read that is running never sees a change land under it, the spare catches up before it is published, and a change
// that fails part-way leaves the published copy as it was.
import { describe, expect, it } from 'vitest';
import { summarizeBatch, batchContentHash } from '../../../graph/store/batch/batch-content.ts';
import { validateBatch } from '../../../graph/store/batch/batch-validate.ts';
import { DIRECT_ITEMS, MAX_BEHIND, ReadCommitGate } from '../../../graph/store/memory/memory-gate.ts';
import { MemoryIndex, type StoredDocument } from '../../../graph/store/memory/memory-index.ts';
import type { GraphBatch } from '../../../graph/model.ts';
import { allBatches } from '../../support/fixtures.ts';

function stored(input: GraphBatch): StoredDocument {
  const batch = validateBatch(input);
  return { docId: batch.docId, hash: batchContentHash(batch), batch, summary: summarizeBatch(batch) };
}

const docs = () => allBatches().map(stored);
const small = (doc: StoredDocument) => doc.batch.nodes.length + doc.batch.edges.length;

/** What an index holds, as counts a test can compare. */
function shape(index: MemoryIndex) {
  return { docs: [...index.docs.keys()].sort(), nodes: index.nodes.size, edges: index.edges.size, terms: index.byTerm.size };
}

function indexOf(list: StoredDocument[]): MemoryIndex {
  const index = new MemoryIndex();
  for (const doc of list) index.add(doc);
  return index;
}

/** A read that stays open until `release` is called, holding the copy it started on. */
function openRead(gate: ReadCommitGate) {
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  let seen: MemoryIndex | null = null;
  const done = gate.read(async () => {
    seen = gate.index;
    await held;
    return shape(seen);
  });
  return { done, release, seen: () => seen as unknown as MemoryIndex };
}

/** Commit `doc` while a read is open (so in slices, leaving a spare), then end the read: what that read saw. */
async function commitDuringRead(gate: ReadCommitGate, doc: StoredDocument) {
  const read = openRead(gate);
  const committing = gate.commit((index) => index.replaceSteps(doc), () => {}, small(doc));
  await new Promise((r) => setImmediate(r));
  read.release();
  const seen = await read.done;
  await committing;
  return seen;
}

describe('ReadCommitGate', () => {
  it('puts a small change straight into the published copy when no read is running', async () => {
    const [a] = docs();
    expect(small(a)).toBeLessThanOrEqual(DIRECT_ITEMS);
    const gate = new ReadCommitGate();
    const published = gate.index;
    let versions = 0;
    await gate.commit((index) => index.replaceSteps(a), () => { versions += 1; }, small(a));
    expect(gate.index).toBe(published);
    expect(versions).toBe(1);
    expect(shape(gate.index)).toEqual(shape(indexOf([a])));
  });

  it('never changes the copy a running read is on, and publishes the missed changes with the next one', async () => {
    const [a, b, c] = docs();
    const gate = new ReadCommitGate();
    // A first sliced commit (a read is running) leaves a spare; the direct ones after it are queued for that spare.
    expect(await commitDuringRead(gate, a)).toEqual(shape(new MemoryIndex()));
    await gate.commit((index) => index.replaceSteps(b), () => {}, small(b));
    expect(shape(gate.index)).toEqual(shape(indexOf([a, b])));

    const second = openRead(gate);
    const before = shape(second.seen());
    // Wait for the publication itself, not a fixed turn: the spare is levelled in time slices, more of them on a busy machine.
    let publish = () => {};
    const publishedNow = new Promise<void>((r) => { publish = r; });
    const third = gate.commit((index) => index.replaceSteps(c), () => publish(), small(c));
    await publishedNow;
    // Published in a new copy holding a, b and c; the running read's copy is untouched until it ends.
    expect(shape(gate.index)).toEqual(shape(indexOf([a, b, c])));
    expect(shape(second.seen())).toEqual(before);
    second.release();
    expect(await second.done).toEqual(before);
    await third;
    // The copy that read was on is brought level once it is free, and serves as the next spare.
    expect(shape(second.seen())).toEqual(shape(indexOf([a, b, c])));
  });

  it('leaves the published copy as it was when a direct change fails part-way', async () => {
    const [a, b] = docs();
    const gate = new ReadCommitGate();
    await gate.commit((index) => index.replaceSteps(a), () => {}, small(a));
    const before = shape(gate.index);
    let published = false;
    const failing = (index: MemoryIndex) => (function* () {
      // b goes in whole (it is smaller than a step), and only then does the change fail.
      yield* index.replaceSteps(b);
      throw new Error('disk on fire');
    })();
    await expect(gate.commit(failing, () => { published = true; }, small(b))).rejects.toThrow('disk on fire');
    expect(published).toBe(false);
    expect(shape(gate.index)).toEqual(before);
  });

  it('drops the spare and its queue once it falls MAX_BEHIND direct changes behind, and rebuilds it when needed', async () => {
    const [a, b, c] = docs();
    const gate = new ReadCommitGate();
    // A sliced commit (a read is running) leaves a spare, which then queues every direct change.
    await commitDuringRead(gate, a);
    for (let i = 0; i < MAX_BEHIND; i++) {
      const change = i % 2 === 0 ? (index: MemoryIndex) => index.replaceSteps(b) : (index: MemoryIndex) => index.dropSteps(b.docId);
      await gate.commit(change, () => {}, small(b));
    }
    expect(gate.queued).toBe(MAX_BEHIND);
    // One more: the queue (and the documents it holds) goes, not grows.
    await gate.commit((index) => index.replaceSteps(b), () => {}, small(b));
    expect(gate.queued).toBe(0);
    await gate.commit((index) => index.dropSteps(b.docId), () => {}, small(b));
    expect(gate.queued).toBe(0);

    // The next sliced commit builds a spare from the published copy: it publishes a, c (b was dropped last).
    const second = openRead(gate);
    // Wait for the publication itself, not a fixed turn: the spare is levelled in time slices, more of them on a busy machine.
    let publish = () => {};
    const publishedNow = new Promise<void>((r) => { publish = r; });
    const third = gate.commit((index) => index.replaceSteps(c), () => publish(), small(c));
    await publishedNow;
    second.release();
    await third;
    expect(shape(gate.index)).toEqual(shape(indexOf([a, c])));
    // Brought level once the read was done, that copy is the spare again and queues direct changes.
    expect(shape(second.seen())).toEqual(shape(indexOf([a, c])));
    await gate.commit((index) => index.dropSteps(c.docId), () => {}, small(c));
    expect(gate.queued).toBe(1);
    expect(shape(gate.index)).toEqual(shape(indexOf([a])));
  });
});
