// Character pair → the ascending positions of the texts holding it, as three typed arrays: what the reader's pair
// indexes (text-grams.ts, link.ts's titles) hold for a graph version's life.
//
// Why not a Map of per-pair lists: at 1,000 documents the tasks', sections' and targets' texts have hundreds of
// thousands of distinct pairs, most in a text or two, and a Map entry with a typed-array view per pair cost ~100 bytes
// of heap each besides its postings (14 MB of the idle server's heap, test/bench/heap-retained.ts). Here a pair is 4
// bytes of sorted key and 4 of where its postings start, found by binary search; the postings lie end to end, as
// narrow as the positions allow (packed.ts).
import type { Steps } from '../../graph/slices.ts';
import { packedArray, sortedIndexOf, type Packed } from './packed.ts';

/** Two UTF-16 units as one number (under 2^32, so a Uint32Array holds it). */
export const pairKey = (s: string, i: number) => s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);

export class PairPostings {
  static readonly EMPTY = new PairPostings(new Uint32Array(0), new Uint32Array(1), new Uint8Array(0));

  private constructor(
    /** Ascending pair keys. */
    private readonly keys: Uint32Array,
    /** keys.length + 1 offsets into `positions`: pair i's postings are starts[i] … starts[i + 1]. */
    private readonly starts: Uint32Array,
    private readonly positions: Packed,
  ) {}

  /** The ascending positions of the texts holding the pair, or undefined when none does (a view, not a copy). */
  get(key: number): Packed | undefined {
    const at = sortedIndexOf(this.keys, key);
    return at < 0 ? undefined : this.positions.subarray(this.starts[at], this.starts[at + 1]);
  }

  /** The postings of `count` texts, text(i) giving the i-th, in steps (a text each) for building in turns (graph/slices.ts). */
  static *build(count: number, text: (i: number) => string): Steps<PairPostings> {
    // Grown as number lists while reading (let go at the end); a text holding a pair twice is listed once.
    const growing = new Map<number, number[]>();
    for (let at = 0; at < count; at++) {
      const s = text(at);
      for (let i = 0; i + 1 < s.length; i++) {
        const key = pairKey(s, i);
        const found = growing.get(key);
        if (!found) growing.set(key, [at]);
        else if (found[found.length - 1] !== at) found.push(at);
      }
      yield;
    }
    const keys = Uint32Array.from(growing.keys()).sort();
    yield;
    const starts = new Uint32Array(keys.length + 1);
    let total = 0;
    for (let i = 0; i < keys.length; i++) {
      starts[i] = total;
      total += growing.get(keys[i])!.length;
    }
    starts[keys.length] = total;
    const positions = packedArray(total, Math.max(0, count - 1));
    for (let i = 0; i < keys.length; i++) {
      positions.set(growing.get(keys[i])!, starts[i]);
      growing.delete(keys[i]);
      if (i % 4096 === 4095) yield;
    }
    return new PairPostings(keys, starts, positions);
  }
}
