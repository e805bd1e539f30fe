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
});
