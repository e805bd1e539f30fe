// Steps run at once or in turns give the same result; the sliced sort is Array.sort's order, ties included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inTurns, memoPerKey, runNow, sortSteps, type Steps } from '../../graph/slices.ts';

type Item = { key: number; at: number };
const byKey = (a: Item, b: Item) => a.key - b.key;

describe('sortSteps', () => {
  it('gives Array.sort\'s order (stable) for any length and any ties', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 5000 }), (keys) => {
      const items = keys.map((key, at) => ({ key, at }));
      const expected = [...items].sort(byKey);
      expect(runNow(sortSteps([...items], byKey))).toEqual(expected);
    }), { numRuns: 60 });
  });

  it('sorts in place over many runs (a length past several merge widths)', () => {
    const items = Array.from({ length: 10_000 }, (_, at) => ({ key: (at * 7919) % 97, at }));
    const expected = [...items].sort(byKey);
    const sorted = runNow(sortSteps(items, byKey));
    expect(sorted).toBe(items);
    expect(items).toEqual(expected);
  });
});

describe('inTurns', () => {
  function* slow(n: number): Steps<number> {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const until = performance.now() + 0.05;
      while (performance.now() < until) { /* a step of real work */ }
      sum += i;
      yield;
    }
    return sum;
  }

  it('returns what runNow returns', async () => {
    expect(await inTurns(slow(500))).toBe(runNow(slow(500)));
  });

  it('lets a timer run while the steps are under way', async () => {
    let ticked = false;
    let finished = false;
    setTimeout(() => { ticked = !finished; }, 1);
    await inTurns(slow(4000));
    finished = true;
    expect(ticked).toBe(true);
  });

  it('ends a turn within a step of SLICE_MS when steps are slow (a commit\'s 512 items under GC)', async () => {
    let stepsThisTurn = 0;
    let most = 0;
    let running = true;
    const turn = () => {
      most = Math.max(most, stepsThisTurn);
      stepsThisTurn = 0;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    function* slowSteps(): Steps<void> {
      for (let i = 0; i < 40; i++) {
        const until = performance.now() + 4;
        while (performance.now() < until) { /* a 4 ms step */ }
        stepsThisTurn += 1;
        yield;
      }
    }
    await inTurns(slowSteps());
    running = false;
    // 8 ms a turn is two 4 ms steps, a third at most when a clock read lands just short; the clock read every 8th
    // step let 8 of them (32 ms) run in one turn.
    expect(most).toBeLessThanOrEqual(3);
  });
});

describe('memoPerKey', () => {
  function counted() {
    const built: string[] = [];
    const memo = memoPerKey(function* (key: { name: string }): Steps<{ of: string }> {
      built.push(key.name);
      // Steps long enough that a warm-up gives the event loop a turn before it is done.
      for (let i = 0; i < 40; i++) {
        const until = performance.now() + 0.5;
        while (performance.now() < until) { /* a step of real work */ }
        yield;
      }
      return { of: key.name };
    });
    return { built, memo };
  }

  it('builds once per key, whether asked or warmed first', async () => {
    const { built, memo } = counted();
    const a = { name: 'a' };
    const b = { name: 'b' };
    await memo.warm(a);
    expect(memo.get(a)).toBe(memo.get(a));
    memo.get(b);
    await memo.warm(b);
    expect(built).toEqual(['a', 'b']);
  });

  it('keeps the value a reader got first when a warm-up finishes after it', async () => {
    const { built, memo } = counted();
    const key = { name: 'k' };
    const warming = memo.warm(key);
    const first = memo.get(key);
    await warming;
    expect(memo.get(key)).toBe(first);
    expect(built).toEqual(['k', 'k']);
  });
});
