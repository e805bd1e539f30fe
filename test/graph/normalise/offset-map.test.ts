// Every fact's evidence points back into the document through the normaliser's offset map, so the map must hold one
// original offset per character of the normalised text, each inside the original (not in order: a table rewritten
// into items puts its columns in reading order). A stage that
// inserts text and maps it short (glued-rows did: evidence silently shifted, then a crash on a web copy) breaks this
// for every document it touches; checked here over every real fixture, clean and under every kind of copy damage.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { DAMAGE_KINDS, damage } from '../../bench/real/damage.ts';
import { loadFixtures, SETS } from '../../bench/real/labels.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What is wrong with a normalised text's map, or null: its length, or an offset outside the original. */
function mapFault(original: string): string | null {
  const { text, toOriginal } = normaliseText(original);
  if (toOriginal.length !== text.length) return `map holds ${toOriginal.length} offsets for ${text.length} characters`;
  for (let i = 0; i < toOriginal.length; i++) {
    const at = toOriginal[i];
    if (at < 0 || at > original.length) return `character ${i} maps to ${at}, outside the original (${original.length})`;
  }
  return null;
}

describe('the normaliser keeps an exact offset map', async () => {
  const fixtures = (await Promise.all(SETS.map((set) => loadFixtures(ROOT, set)))).flat();

  it('on every real fixture as published', () => {
    expect(fixtures.length).toBeGreaterThan(300);
    const faults = fixtures.map((f) => [f.id, mapFault(f.text)]).filter(([, fault]) => fault);
    expect(faults).toEqual([]);
  });

  it.each(DAMAGE_KINDS)('on every real fixture copied with %s damage', (kind) => {
    const faults = fixtures
      .map((f) => [f.id, mapFault(damage(f.text, kind, { id: f.id, title: f.labels.title, issuer: f.labels.issuer, year: f.labels.year }))])
      .filter(([, fault]) => fault);
    expect(faults).toEqual([]);
  });
});
