// Lookups in sorted, non-overlapping spans by binary search, so no stage rescans every span per position.

interface SpanLike { start: number; end: number }

/** Index of the last span whose start is at or before `pos` (strictly before with `strict`), or -1. */
export function lastStartingBefore(spans: readonly { start: number }[], pos: number, strict = false): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? spans[mid].start < pos : spans[mid].start <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the last span that ends at or before `pos`, or -1 (spans sorted by start and not overlapping). */
export function lastEndingBefore(spans: readonly SpanLike[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** Index of the first span whose start is at or after `pos`. */
export function firstStartingFrom(spans: readonly { start: number }[], pos: number): number {
  return lastStartingBefore(spans, pos, true) + 1;
}
