// The real-set evaluator's names-as-written check: a name counts only where the text writes it at its own level.
import { describe, expect, it } from 'vitest';
import { fold, writtenAt } from './score.ts';

describe('names as written', () => {
  it('does not count 区财政厅 found only inside 自治区财政厅', () => {
    expect(writtenAt(fold('牵头单位:自治区财政厅'), '区财政厅')).toBe(false);
    expect(writtenAt(fold('牵头单位:自治区财政厅'), '自治区财政厅')).toBe(true);
  });

  it('counts a district name written on its own, or after a named district (铜梁区发改委 → 区发改委)', () => {
    expect(writtenAt(fold('自治区财政厅、区财政厅'), '区财政厅')).toBe(true);
    expect(writtenAt(fold('铜梁区发改委'), '区发改委')).toBe(true);
  });
});
