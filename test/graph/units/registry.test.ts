// The unit registry data: unambiguous forms, canonical names that resolve to themselves, no body-text words.
import { describe, expect, it } from 'vitest';
import { LEVELS, UnitRegistry, composeForm } from '../../../graph/units/registry.ts';
import { UNIT_REGISTRY } from '../../../graph/units/registry-data.ts';
import { hasBodyWords } from '../../../graph/units/surface.ts';

const registry = new UnitRegistry();

describe('unit registry', () => {
  it('covers the usual departments of a local government', () => {
    expect(UNIT_REGISTRY.length).toBeGreaterThanOrEqual(60);
  });

  it('gives no form to two entries', () => {
    expect([...registry.ambiguous]).toEqual([]);
  });

  it('resolves every canonical name at every level to its own entry', () => {
    UNIT_REGISTRY.forEach((entry, i) => {
      for (const level of LEVELS) {
        expect(registry.lookup(registry.canonical(i, level)), entry.stem + level).toEqual({ entry: i, level });
      }
    });
  });

  it('holds no form a body-text filter would reject', () => {
    const forms = UNIT_REGISTRY.flatMap((e) => [e.stem, ...(e.full ?? []), ...(e.abbr ?? [])]);
    expect(forms.filter((f) => hasBodyWords(f))).toEqual([]);
  });

  it('spells party departments with 委 after the level', () => {
    const entry = UNIT_REGISTRY.find((e) => e.stem === '宣传部')!;
    expect(composeForm(entry, '宣传部', '县')).toContain('县委宣传部');
  });

  it('spells the youth league committee with the level inside', () => {
    const entry = UNIT_REGISTRY.find((e) => e.style === 'youth')!;
    expect(composeForm(entry, entry.stem, '区')).toEqual(['团区委']);
  });

  it('keeps generic bare forms out of the index', () => {
    expect(registry.lookup('办公室')).toBeNull();
    expect(registry.lookup('政府')).toBeNull();
  });
});
