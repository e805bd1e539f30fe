// Whole-graph work written as steps, run either at once or in slices of a few ms with the event loop free between.
//
// Why: building a derived index (ask's lexicon and view, search, an export) over a 20 MB plan is a pass over ~50k
// nodes and ~250k edges, hundreds of ms to seconds in one piece; health checks and reads must get in between.
// A builder is a generator that yields between small units of work and returns its result: `runNow` for callers
// that need the answer synchronously, `inTurns` for callers that can wait.
import { setImmediate as nextTurn } from 'node:timers/promises';

/** Work done before the event loop gets a turn: small against the 200 ms health budget, large against a turn's cost. */
export const SLICE_MS = 8;
/**
 * Clock reads are spaced by what steps cost: a step is a few µs (an edge of the task index) up to a few ms (512 nodes
 * of a commit, more under GC), and a clock read 50–500 ns. Reading every 8th step let a turn of 8 large steps run past
 * 100 ms; reading every step made small ones pay for the clock. So the gap doubles while a gap's steps take under
 * CHECK_FAST_MS, and falls back to one step as soon as they take longer.
 */
const CHECK_FAST_MS = 0.5;
const MAX_STEPS_PER_CHECK = 64;

export type Steps<T> = Generator<void, T, void>;

/** Run every step now and return the result. */
export function runNow<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Run the steps, giving the event loop a turn every SLICE_MS, and return the result. */
export async function inTurns<T>(steps: Steps<T>): Promise<T> {
  let sliceStart = performance.now();
  let checked = sliceStart;
  let every = 1;
  for (let n = 1; ; n++) {
    const r = steps.next();
    if (r.done) return r.value;
    if (n % every !== 0) continue;
    const now = performance.now();
    every = now - checked < CHECK_FAST_MS ? Math.min(every * 2, MAX_STEPS_PER_CHECK) : 1;
    checked = now;
    n = 0;
    if (now - sliceStart < SLICE_MS) continue;
    await nextTurn();
    sliceStart = checked = performance.now();
  }
}

/** Items sorted natively per step: well under a millisecond of comparisons. */
const RUN = 512;
/** Items merged per step. */
const MERGE_STEP = 256;

/**
 * `items` sorted by `cmp` in place, in steps: runs sorted natively, then merged pairwise. Stable, as Array.sort is,
 * so for a comparator that orders consistently the result is exactly Array.sort's.
 */
export function* sortSteps<T>(items: T[], cmp: (a: T, b: T) => number): Steps<T[]> {
  const n = items.length;
  if (n <= RUN) {
    items.sort(cmp);
    // A step even so: callers sort thousands of short lists in a row.
    yield;
    return items;
  }
  for (let at = 0; at < n; at += RUN) {
    const run = items.slice(at, at + RUN).sort(cmp);
    for (let i = 0; i < run.length; i++) items[at + i] = run[i];
    yield;
  }
  let from = items;
  let to = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) yield* mergeSteps(from, to, lo, Math.min(lo + width, n), Math.min(lo + 2 * width, n), cmp);
    [from, to] = [to, from];
  }
  if (from !== items) for (let i = 0; i < n; i++) items[i] = from[i];
  return items;
}

/** from[lo, mid) and from[mid, hi), each sorted, merged into to[lo, hi); ties keep the left run first (stable). */
function* mergeSteps<T>(from: T[], to: T[], lo: number, mid: number, hi: number, cmp: (a: T, b: T) => number): Steps<void> {
  let i = lo;
  let j = mid;
  for (let k = lo; k < hi; k++) {
    to[k] = j >= hi || (i < mid && cmp(from[i], from[j]) <= 0) ? from[i++] : from[j++];
    if ((k - lo) % MERGE_STEP === MERGE_STEP - 1) yield;
  }
}

/**
 * A value built once per key (a graph version's view, say) from its steps: `get` builds it now when asked first,
 * `warm` builds it ahead of use in turns. Whichever finishes first stays, so every reader of a key sees one value.
 */
export function memoPerKey<K extends object, V>(stepsOf: (key: K) => Steps<V>): { get(key: K): V; warm(key: K): Promise<void> } {
  const values = new WeakMap<K, V>();
  return {
    get(key) {
      if (!values.has(key)) values.set(key, runNow(stepsOf(key)));
      return values.get(key)!;
    },
    async warm(key) {
      if (values.has(key)) return;
      const value = await inTurns(stepsOf(key));
      if (!values.has(key)) values.set(key, value);
    },
  };
}
