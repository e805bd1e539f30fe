// The one percentile every bench tool reports: nearest rank on a sorted copy. With fewer than 100 values a p99 is the
// largest value, which is why the README marks such cells (test/bench/readme.ts).

export function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
