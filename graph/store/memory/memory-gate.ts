// Graph reads never wait for a commit, and never see half of one: the store keeps two copies of its index. A commit
// changes the spare copy in slices (the event loop free between them, reads served from the published copy), publishes
// it by one swap, then, once the reads begun before the swap are done, brings the other copy level in slices too.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { MemoryIndex } from './memory-index.ts';
import { MemoryRowSource } from './memory-rows.ts';

/** Work done before the event loop gets a turn: small against the 200 ms health budget, large against a turn's cost. */
const SLICE_MS = 8;

/** Run `steps`, giving the event loop a turn every SLICE_MS: for long work that changes nothing reads can see. */
export async function inSlices(steps: Iterable<void>): Promise<void> {
  let sliceStart = performance.now();
  for (const _ of steps) {
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await nextTurn();
    sliceStart = performance.now();
  }
}

/**
 * The published index (what reads see) and its spare. Both hold the same documents between commits; the spare is
 * loaded with the index at start-up (built the first time a commit needs it otherwise), and dropped when a change to
 * it fails half-way, so a broken copy is never published. Callers serialise commits (the store's write queue).
 */
export class ReadCommitGate {
  private live: MemoryIndex;
  private liveRows: MemoryRowSource;
  private spare: MemoryIndex | null = null;
  /** Bumped by each swap: a read counts against the copy it started on. */
  private epoch = 0;
  private readonly readers = new Map<number, number>();
  private drained: (() => void) | null = null;

  constructor(index = new MemoryIndex()) {
    this.live = index;
    this.liveRows = new MemoryRowSource(index);
  }

  /** The published copy: what every read sees, and what a writer checks a batch against. */
  get index(): MemoryIndex {
    return this.live;
  }

  get rows(): MemoryRowSource {
    return this.liveRows;
  }

  /** Put a freshly loaded index (and its copy, if one was loaded) in place (start-up, before any read or commit). */
  reset(index: MemoryIndex, spare: MemoryIndex | null): void {
    this.live = index;
    this.liveRows = new MemoryRowSource(index);
    this.spare = spare;
  }

  /** Run a graph read on the published copy; it may span turns of the event loop, the copy stays as it was. */
  async read<T>(work: () => Promise<T> | T): Promise<T> {
    const epoch = this.epoch;
    this.readers.set(epoch, (this.readers.get(epoch) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const left = (this.readers.get(epoch) ?? 1) - 1;
      if (left > 0) this.readers.set(epoch, left);
      else {
        this.readers.delete(epoch);
        this.drained?.();
      }
    }
  }

  /**
   * Apply `change` to the spare in slices, publish it, then apply it to the other copy once no read is on it.
   * `published` runs at the swap (caches, version), in the same turn: no read sees the new copy with old caches.
   */
  async commit(change: (index: MemoryIndex) => Iterable<void>, published: () => void): Promise<void> {
    const next = await this.spareCopy();
    await this.level(next, change);
    const old = this.live;
    this.live = next;
    this.liveRows = new MemoryRowSource(next);
    this.spare = old;
    this.epoch += 1;
    published();
    await this.readsBefore(this.epoch);
    await this.level(old, change);
  }

  /** Change one copy in slices; a copy that failed half-way is not kept (the next commit rebuilds it). */
  private async level(index: MemoryIndex, change: (index: MemoryIndex) => Iterable<void>): Promise<void> {
    this.spare = null;
    await inSlices(change(index));
    this.spare = index;
  }

  /** The spare, built from the published copy's documents the first time (in slices, reads go on meanwhile). */
  private async spareCopy(): Promise<MemoryIndex> {
    if (this.spare) return this.spare;
    const copy = new MemoryIndex();
    const live = this.live;
    await inSlices((function* () {
      for (const doc of live.docs.values()) yield* copy.replaceSteps(doc);
    })());
    this.spare = copy;
    return copy;
  }

  /** Resolves once no read that began before epoch `epoch` is still running. */
  private async readsBefore(epoch: number): Promise<void> {
    const pending = () => [...this.readers.keys()].some((e) => e < epoch);
    while (pending()) await new Promise<void>((r) => { this.drained = r; });
    this.drained = null;
  }
}
