// The narrowest typed array for values from 0 to a known maximum. The postings the server holds for a graph version's
// life (BM25's, the character pairs') count tasks and term frequencies: at 1,000 documents 33,207 tasks and sections,
// and frequencies of a few, so 2 bytes or 1 a value, not Int32Array's 4 (test/bench/heap-retained.ts: 41 MB of them).
export type Packed = Uint8Array | Uint16Array | Int32Array;

export function packedArray(length: number, max: number): Packed {
  if (!Number.isInteger(max) || max < 0 || max > 0x7fffffff) throw new RangeError(`packedArray: ${max} is no value from 0 to 2^31 - 1.`);
  if (max <= 0xff) return new Uint8Array(length);
  if (max <= 0xffff) return new Uint16Array(length);
  return new Int32Array(length);
}

/** Where `key` stands in an ascending list (numbers, or strings in UTF-16 code-unit order as `<` compares them), or -1. */
export function sortedIndexOf<T extends number | string>(sorted: ArrayLike<T>, key: T): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = sorted[mid];
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
