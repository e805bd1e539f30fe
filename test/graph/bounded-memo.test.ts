import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BoundedMemo, ownCopy } from '../../graph/bounded-memo.ts';

describe('BoundedMemo', () => {
  it('computes a key once and hands back the remembered value', () => {
    const memo = new BoundedMemo<number>(10);
    let calls = 0;
    const length = (s: string) => (calls++, s.length);
    expect(memo.get('区发展改革委', length)).toBe(6);
    expect(memo.get('区发展改革委', length)).toBe(6);
    expect(calls).toBe(1);
  });

  it('starts over past its limit instead of growing', () => {
    const memo = new BoundedMemo<string>(2);
    let calls = 0;
    const upper = (s: string) => (calls++, s.toUpperCase());
    memo.get('a', upper);
    memo.get('b', upper);
    memo.get('c', upper); // the limit reached: forgets a and b
    memo.get('c', upper);
    expect(calls).toBe(3);
    memo.get('a', upper);
    expect(calls).toBe(4);
  });

  it('forgets everything on clear', () => {
    const memo = new BoundedMemo<number>(10);
    let calls = 0;
    memo.get('x', () => ++calls);
    memo.clear();
    expect(memo.get('x', () => ++calls)).toBe(2);
  });
});

describe('ownCopy', () => {
  it('is equal to the string it copies', () => {
    const text = '牵头单位:区商务委,责任单位:区财政局';
    expect(ownCopy(text.slice(5, 9))).toBe('区商务委');
    expect(ownCopy('')).toBe('');
  });

  // What it is for: a slice of a 2 MB document, kept, must not keep the document. A child process with an exposed GC
  // holds 100 such slices and reports its heap; plain slices are the control that shows the probe can see the leak.
  it('keeps none of the text it was cut from alive', () => {
    const heapMb = (mode: 'copy' | 'slice'): number => {
      const script = `
        import { ownCopy } from ${JSON.stringify(new URL('../../graph/bounded-memo.ts', import.meta.url).pathname)};
        const keep = [];
        for (let i = 0; i < 100; i++) {
          const doc = String(i).padEnd(1 << 20, 'x') + '区商务委牵头负责落实相关工作任务';
          const part = doc.slice(doc.length - 16);
          keep.push(${JSON.stringify(mode)} === 'copy' ? ownCopy(part) : part);
        }
        globalThis.gc();
        process.stdout.write(JSON.stringify({ heapMb: process.memoryUsage().heapUsed / 2 ** 20, kept: keep.length }));`;
      const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
      const probe = JSON.parse(out) as { heapMb: number; kept: number };
      expect(probe.kept).toBe(100);
      return probe.heapMb;
    };
    expect(heapMb('slice')).toBeGreaterThan(150);
    expect(heapMb('copy')).toBeLessThan(50);
  }, 60_000);
});
