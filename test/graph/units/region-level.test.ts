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

  it('resolves 自治州 and 自治县 units at the prefecture and county level, shown as written', () => {
    const [county] = new UnitResolver().resolve('自治县农业农村局');
    expect(county).toMatchObject({ status: 'resolved', written: '自治县农业农村局' });
    expect(county.status === 'resolved' && county.canonical.startsWith('县')).toBe(true);
    const [prefecture] = new UnitResolver().resolve('自治州财政局');
    expect(prefecture.status === 'resolved' && prefecture.canonical.startsWith('市')).toBe(true);
  });

  // 山西 2006 (fresh2 shanxi-shiyiwu-2006) writes 交通厅 bare: only a province has 厅.
  it('gives a bare 厅 the province level, never the level of a district corpus (交通厅 is no 区交通局)', () => {
    const resolver = new UnitResolver({ defaultLevel: '区' });
    const [bare] = resolver.resolve('交通厅');
    const [levelled] = resolver.resolve('省交通厅');
    expect(bare).toMatchObject({ status: 'resolved', written: '交通厅' });
    expect(bare.status === 'resolved' && levelled.status === 'resolved' && bare.canonical === levelled.canonical).toBe(true);
    expect(bare.status === 'resolved' && bare.canonical.startsWith('省')).toBe(true);
    // A city government has its 办公厅 too: that one keeps the corpus's level.
    const [office] = resolver.resolve('办公厅');
    expect(office.status === 'resolved' && office.canonical.startsWith('省')).toBe(false);
  });
});
