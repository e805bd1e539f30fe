// The bench's tail check: which runs are run again, and when a p99 is called transient.
import { describe, expect, it } from 'vitest';
import { recheckTail, slowestRuns } from './catalogue-latency.ts';

const run = (wall: number, cpu = wall) => ({ wall, cpu, start: 0 });
/** 101 runs of 1 ms, the runs at `slow` taking 40 ms (101 runs: the p99 is the second slowest). */
const runs = (slow: number[]) => Array.from({ length: 101 }, (_, i) => run(slow.includes(i) ? 40 : 1));

describe('slowestRuns', () => {
  it('gives the indexes of the slowest runs, slowest first, earlier first among equals', () => {
    expect(slowestRuns([run(3), run(9), run(1), run(9), run(5)], 3)).toEqual([1, 3, 4]);
  });
});

describe('recheckTail', () => {
  it('calls a tail transient when the slow inputs are fast the second time', () => {
    const again = new Map([[7, run(1.5)], [50, run(2)]]);
    const r = recheckTail(runs([7, 50]), again, 12);
    expect(r).toEqual({ inputs: 2, wallP99: 1.5, cpuP99: 1.5, gcMs: 12, transient: true });
  });

  it('keeps a tail that is slow on the same inputs twice', () => {
    const again = new Map([[7, run(38, 30)], [50, run(39, 31)]]);
    const r = recheckTail(runs([7, 50]), again, 0);
    expect(r.transient).toBe(false);
    expect(r.wallP99).toBe(38);
    expect(r.cpuP99).toBe(30);
  });

  it('is not fooled by one fast rerun when the p99 rests on another slow input', () => {
    // Three slow runs, two slow again: the p99 (second slowest of 101) is still 40.
    const again = new Map([[7, run(1)], [50, run(40)], [90, run(40)]]);
    expect(recheckTail(runs([7, 50, 90]), again, 0)).toMatchObject({ wallP99: 40, transient: false });
  });
});
