// Names as written: the name shown is one the document writes, the registry only links and classifies.
// Fragments are from real plans (Chengdu 2022 目标任务责任分解, Kunming Guandu 2016, Sichuan 2022 流通体系,
// Lishui 2023, Huzhou 2024, Anshan Lishan 2023); expectations were written from their text.
import { describe, expect, it } from 'vitest';
import { UnitResolver, type UnitResolution } from '../../../graph/units/resolver.ts';
import { batchOf, units } from '../../support/ingest-text.ts';

function resolved(surface: string, resolver = new UnitResolver()): Extract<UnitResolution, { status: 'resolved' }>[] {
  const results = resolver.resolve(surface);
  for (const r of results) expect(r.status, `${surface}: ${JSON.stringify(r)}`).toBe('resolved');
  return results as Extract<UnitResolution, { status: 'resolved' }>[];
}

describe('names as written', () => {
  it('shows a city bureau under its own name, never another place’s (市商务局 is not 市商务委)', () => {
    const b = batchOf(
      '一、主要预期目标\n4.第三产业增加值增长7.5%。(牵头单位:市商务局;数据提供单位:市统计局)\n' +
      '8.全社会研发经费投入增长8%。(牵头单位:市科技局;责任单位:市经信局、市财政局、市教育局、市商务局、市住建局、市卫健委;数据提供单位:市统计局)\n',
    );
    expect(units(b).map((u) => u.name).sort()).toEqual(['市住建局', '市卫健委', '市商务局', '市教育局', '市科技局', '市经信局', '市财政局'].sort());
    for (const u of units(b)) expect(u.properties.aliases).toEqual([u.name]);
  });

  it('shows 区水务局 and 区发改局 as the district writes them', () => {
    // (The real line reads 区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合: its multi-clause
    // grammar is the parser's part; here the names alone.)
    const b = batchOf('一、提高审批效率\n1.精简项目审批。(区发改局牵头,区财政局、区水务局、区国投公司、各街道办事处配合)\n');
    const names = units(b).map((u) => u.name);
    expect(names).toEqual(expect.arrayContaining(['区发改局', '区水务局', '区财政局', '区国投公司', '各街道办事处']));
    expect(names).not.toContain('区水利局');
    expect(names).not.toContain('区发展改革委');
  });

  it('shows the fullest form one document writes for one unit', () => {
    const b = batchOf('一、重点任务\n1.推进项目。(牵头单位:县发改局)\n2.推进改革。(牵头单位:县发展和改革局)\n');
    expect(units(b).map((u) => u.name)).toEqual(['县发展和改革局']);
  });

  it('never bends a real name it does not know into a registry name one or two characters away', () => {
    expect(resolved('区营商环境局')[0]).toMatchObject({ written: '区营商环境局' });
    expect(resolved('区统筹城乡局')[0]).toMatchObject({ canonical: '区统筹城乡局', method: 'pattern' });
  });
});

describe('names the registry does not know', () => {
  it('become units with an inferred kind and a report line', () => {
    const b = batchOf(
      '一、重点任务\n(一)加强市场体系建设。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。〕\n' +
      '(二)培育消费新场景。(牵头单位:天府新区、成都高新区;责任单位:人民银行成都分行、国网成都供电公司)\n',
    );
    const byName = new Map(units(b).map((u) => [u.name, u]));
    expect(byName.get('商务厅')?.properties.kind).toBe('department');
    expect(byName.get('省大数据中心')?.properties.aliases).toEqual(['省大数据中心']);
    expect(byName.get('天府新区')?.properties.kind).toBe('committee');
    expect(byName.get('成都高新区')?.properties.kind).toBe('committee');
    expect(byName.get('人民银行成都分行')?.properties.kind).toBe('department');
    expect(byName.get('国网成都供电公司')?.properties.kind).toBe('enterprise');
    const inferred = b.warnings.filter((w) => w.code === 'INFERRED_UNIT').map((w) => w.detail?.name);
    expect(inferred).toEqual(expect.arrayContaining(['省大数据中心', '天府新区', '成都高新区', '人民银行成都分行', '国网成都供电公司']));
  });

  it('keeps a collective with 、 inside brackets whole', () => {
    expect(resolved('各县(市、区)').map((r) => r.canonical)).toEqual(['各县(市、区)']);
    expect(resolved('各县(市、区)政府、丽水开发区管委会').map((r) => r.canonical)).toEqual(['各县(市、区)政府', '丽水开发区管委会']);
    expect(resolved('全区经济运行各专班')[0]).toMatchObject({ kind: 'collective' });
  });

  it('reads a name past a bracketed note about the list and a trailing 分别牵头', () => {
    expect(resolved('市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)')[0]).toMatchObject({ written: '市卫生健康委' });
    expect(resolved('市农业农村局分别牵头')[0]).toMatchObject({ written: '市农业农村局', method: 'registry' });
    expect(resolved('各区县政府(含南太湖新区、长合区管委会)(列第一位的为工作牵头单位或汇总单位,下同)')[0])
      .toMatchObject({ canonical: '各区县政府(含南太湖新区、长合区管委会)', kind: 'collective' });
  });

  it('reads a name past a bracketed date or deadline, before it or after it (a fuzzed upload: (到2025年)有关部门)', () => {
    expect(resolved('(2025年底前)区水利局')[0]).toMatchObject({ written: '区水利局', canonical: '区水利局' });
    expect(resolved('区水利局(2024年6月底前完成)')[0]).toMatchObject({ written: '区水利局' });
    expect(resolved('(到2025年)有关部门')[0]).toMatchObject({ canonical: '有关部门', kind: 'collective' });
  });

  it('does not merge two bodies that stood side by side under older names', () => {
    const b = batchOf('一、重点任务\n1.推进用地保障。(牵头单位:区国土分局;责任单位:区规划分局)\n');
    expect(units(b).map((u) => u.name).sort()).toEqual(['区国土分局', '区规划分局']);
  });
  it('shows a name the text wrote short of its end as written, linked to the registry name (金东 2024: 区机关事务)', () => {
    const resolver = new UnitResolver();
    expect(resolved('区机关事务', resolver)[0].canonical).toBe('区机关事务局');
    expect(resolver.naming().shown.get('区机关事务局')).toBe('区机关事务');
  });
});
