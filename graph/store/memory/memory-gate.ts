// Graph reads never wait for a commit, and never see half of one: the store keeps two copies of its index. A commit
// changes the spare copy in slices (the event loop free between them, reads served from the published copy), publishes
// it by one swap, then, once the reads begun before the swap are done, brings the other copy level in slices too.
// A small change made while no read is running goes straight into the published copy in one step (nothing can see it
// half-done), and the spare takes it later, only if a sliced commit ever needs the spare: a bulk ingest, where
// nothing reads, then changes one copy instead of two.
import { inTurns, type Steps } from '../../slices.ts';
import { MemoryIndex, type StoredDocument } from './memory-index.ts';
import { MemoryRowSource } from './memory-rows.ts';

/**
 * Nodes and edges a change may have to go straight into the published copy when no read is running: a few ms of
 * work (~3 µs an item), so the event loop is held about as long as one slice of a sliced commit.
 */
export const DIRECT_ITEMS = 4096;

/**
 * Direct changes the spare may fall behind by. Each queued change holds the document it puts in or takes out, so a
 * server taking small uploads and deletions with no sliced commit between would keep them all (removed documents
 * too) for ever; past this many, the spare and its queue are dropped and the next sliced commit rebuilds the spare
 * from the published copy (in slices, as the first one is built).
 */
export const MAX_BEHIND = 256;

/** A change to one copy of the index, one slice per step; applied to each copy in turn. */
export type Change = (index: MemoryIndex) => Steps<void>;

/**
 * The published index (what reads see) and its spare. Both hold the same documents between commits; the spare is
 * loaded with the index at start-up (built the first time a commit needs it otherwise), and dropped when a change to
 * it fails half-way, so a broken copy is never published. Callers serialise commits (the store's write queue).
 */
export class ReadCommitGate {
  private live: MemoryIndex;
  private liveRows: MemoryRowSource;
  private spare: MemoryIndex | null = null;
  /** Changes the published copy took directly and the spare has not yet (oldest first): replayed before its next use. */
  private behind: Change[] = [];
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

  /** Direct changes waiting for the spare (at most MAX_BEHIND; 0 when there is no spare to wait). */
  get queued(): number {
    return this.behind.length;
  }

  /** Put a freshly loaded index (and its copy, if one was loaded) in place (start-up, before any read or commit). */
  reset(index: MemoryIndex, spare: MemoryIndex | null): void {
    this.live = index;
    this.liveRows = new MemoryRowSource(index);
    this.spare = spare;
    this.behind = [];
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
   * `items`: the nodes and edges the change touches; a small one with no read running goes straight in (direct).
   */
  async commit(change: Change, published: () => void, items: number): Promise<void> {
    if (items <= DIRECT_ITEMS && this.readers.size === 0) return this.direct(change, published);
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

  /**
   * The change in one step on the published copy: no read is running, and none can start before it ends. It is
   * queued for the spare. A change that fails part-way leaves the copy rebuilt from the documents it held before.
   */
  private direct(change: Change, published: () => void): void {
    const before = [...this.live.docs.values()];
    try {
      for (const _ of change(this.live)) { /* all at once */ }
    } catch (error) {
      this.reset(indexOf(before), null);
      throw error;
    }
    if (this.behind.length >= MAX_BEHIND) this.dropSpare();
    else if (this.spare) this.behind.push(change);
    this.liveRows = new MemoryRowSource(this.live);
    published();
  }

  /** Forget the spare and what it missed: the next sliced commit builds a fresh one (spareCopy). */
  private dropSpare(): void {
    this.spare = null;
    this.behind = [];
  }

  /** Change one copy in slices; a copy that failed half-way is not kept (the next commit rebuilds it). */
  private async level(index: MemoryIndex, change: Change): Promise<void> {
    this.spare = null;
    await inTurns(change(index));
    this.spare = index;
  }

  /**
   * The spare, level with the published copy: the direct changes it missed replayed, or, the first time (or after a
   * failure), built from the published copy's documents. In slices either way; reads go on meanwhile.
   */
  private async spareCopy(): Promise<MemoryIndex> {
    const behind = this.behind;
    this.behind = [];
    if (this.spare) {
      const spare = this.spare;
      for (const change of behind) await this.level(spare, change);
      return spare;
    }
    const copy = new MemoryIndex();
    const live = this.live;
    await inTurns((function* () {
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

/** A fresh index of `docs`, for a copy a failed change left part-way. */
function indexOf(docs: readonly StoredDocument[]): MemoryIndex {
  const index = new MemoryIndex();
  for (const doc of docs) index.add(doc);
  return index;
}
