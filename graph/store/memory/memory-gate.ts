// Graph reads and sliced commits take turns: a commit runs in slices with the event loop free between them (so the
// server keeps answering), and no graph read runs while one is part-way, so no read ever sees half a document.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work done before the event loop gets a turn: small against the 200 ms health budget, large against a turn's cost. */
const SLICE_MS = 8;

export class ReadCommitGate {
  private readers = 0;
  private readersDone: (() => void) | null = null;
  private committing: Promise<void> | null = null;

  /** Run a graph read once no commit is part-way; commits wait for the reads already running. */
  async read<T>(work: () => Promise<T> | T): Promise<T> {
    while (this.committing) await this.committing;
    this.readers += 1;
    try {
      return await work();
    } finally {
      this.readers -= 1;
      if (this.readers === 0) this.readersDone?.();
    }
  }

  /**
   * Run every step of `steps`, pausing for a turn of the event loop every SLICE_MS. Callers serialise commits
   * (the store's write queue), so only reads need keeping out here. `done` runs before reads resume (caches).
   */
  async commit(steps: Iterable<void>, done: () => void): Promise<void> {
    let release!: () => void;
    this.committing = new Promise<void>((r) => { release = r; });
    try {
      while (this.readers > 0) await new Promise<void>((r) => { this.readersDone = r; });
      this.readersDone = null;
      let sliceStart = performance.now();
      for (const _ of steps) {
        if (performance.now() - sliceStart < SLICE_MS) continue;
        await nextTurn();
        sliceStart = performance.now();
      }
      done();
    } finally {
      this.committing = null;
      release();
    }
  }
}
