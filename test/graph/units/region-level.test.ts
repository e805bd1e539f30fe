// 自治区 as a province-level prefix: a region's own 厅 keeps its level and its name as written.
import { describe, expect, it } from 'vitest';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import { batchOf, units } from '../../support/ingest-text.ts';

describe('自治区 units', () => {
  it('resolves 自治区财政厅 at province level, never to a district-level 区财政局 shown as 区财政厅', () => {
    const [r] = new UnitResolver().resolve('自治区财政厅');
    expect(r).toMatchObject({ status: 'resolved', written: '自治区财政厅' });
    expect(r.status === 'resolved' && r.canonical.startsWith('省')).toBe(true);
    expect(r.status === 'resolved' && r.jurisdiction).toBeFalsy();
  });

  // https://code.fabao365.com/law_203303_2.html (广西 2008, working groups with own-line 牵头单位 / 配合单位)
  it('shows a region\'s units by the names the document writes', () => {
    const b = batchOf([
      '(一)资金协调组。负责过渡安置房及配套设施建设资金的总体组织协调和管理。',
      '牵头单位:自治区财政厅',
      '配合单位:自治区监察厅、自治区民政厅、自治区建设厅、自治区审计厅',
    ].join('\n'));
    expect(units(b).map((u) => u.name).sort()).toEqual(['自治区财政厅', '自治区监察厅', '自治区民政厅', '自治区建设厅', '自治区审计厅'].sort());
  });
});
