// The damage kinds of the real-set evaluator change only layout: the text's own characters stay, in order.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DAMAGE_KINDS, damage } from './damage.ts';
import { loadFixtures } from './labels.ts';
import { fold } from './score.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Whether every character of `small` occurs in `big` in order (what added chrome or headers leave intact). */
function subsequence(small: string, big: string): boolean {
  let at = 0;
  for (const c of small) {
    at = big.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

describe('damaged copies of the real fixtures', async () => {
  const fixtures = (await loadFixtures(ROOT, 'dev')).slice(0, 8);
  const ctx = (f: (typeof fixtures)[number]) => ({ id: f.id, title: f.labels.title, issuer: f.labels.issuer, year: f.labels.year });

  it.each(DAMAGE_KINDS)('%s: deterministic, and every character of the text kept in order', (kind) => {
    for (const f of fixtures) {
      const copy = damage(f.text, kind, ctx(f));
      expect(copy, f.id).toBe(damage(f.text, kind, ctx(f)));
      expect(copy, f.id).not.toBe(f.text);
      expect(subsequence(fold(f.text), fold(copy)), f.id).toBe(true);
    }
  });

  it('wrap, blank and punct change layout only: the folded text is the same', () => {
    for (const f of fixtures) for (const kind of ['wrap', 'blank', 'punct'] as const) expect(fold(damage(f.text, kind, ctx(f))), `${f.id} ${kind}`).toBe(fold(f.text));
  });

  it('wrap breaks long lines at 29–41 characters; pages adds page numbers; web adds chrome before and after', () => {
    const f = fixtures.find((x) => x.text.split('\n').some((l) => l.length > 80))!;
    const wrapped = damage(f.text, 'wrap', ctx(f)).split('\n');
    expect(Math.max(...wrapped.map((l) => l.length))).toBeLessThanOrEqual(42);
    expect(damage(f.text, 'pages', ctx(f))).toMatch(/^(— ?\d+ ?—|-\d+-|第 ?\d+ ?页，? ?共 ?\d+ ?页)$/mu);
    const page = damage(f.text, 'web', ctx(f));
    expect(page.indexOf(f.text)).toBeGreaterThan(0);
    expect(page.slice(page.indexOf(f.text) + f.text.length)).toContain('版权所有');
  });
});
