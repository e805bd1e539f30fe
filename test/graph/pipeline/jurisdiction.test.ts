// Which jurisdiction a document's units belong to, read from the text; unnamed documents keep their units.
import { describe, expect, it } from 'vitest';
import { readJurisdiction, type JurisdictionInput } from '../../../graph/pipeline/jurisdiction.ts';

const read = (input: Partial<JurisdictionInput>) => readJurisdiction({ title: '', text: '', unitNames: [], ...input });

describe('readJurisdiction', () => {
  it('takes a named district from the issuing body in the title', () => {
    expect(read({ title: '铜梁区人民政府关于印发行动方案的通知' })).toMatchObject({ name: '铜梁区', source: 'issuer' });
  });

  it('takes a district that opens the title', () => {
    expect(read({ title: '贡井区推动高质量发展行动方案' })).toMatchObject({ name: '贡井区', source: 'title' });
  });

  it('takes a province and a city with its district', () => {
    expect(read({ title: '四川省人民政府办公厅关于印发重点任务分工方案的通知' }).name).toBe('四川省');
    expect(read({ title: '重庆市渝北区人民政府关于印发实施方案的通知' }).name).toBe('重庆市渝北区');
    expect(read({ title: '石柱土家族自治县人民政府办公室关于印发工作方案的通知' }).name).toBe('石柱土家族自治县');
  });

  it('does not take a park or a city word that opens the title', () => {
    expect(read({ title: '工业园区提质增效行动方案', unitNames: ['区经济信息委'] })).toEqual({ name: null, label: '区', source: 'level' });
    expect(read({ title: '城市更新行动方案', unitNames: ['区住房城乡建委'] })).toEqual({ name: null, label: '区', source: 'level' });
  });

  it('takes a named county from a heading line of the text', () => {
    expect(read({ title: '行动方案', text: '武胜县人民政府办公室\n关于印发实施方案的通知' }).name).toBe('武胜县');
  });

  it('takes the body that signs at the end (落款)', () => {
    const text = `${'正文。'.repeat(200)}\n成都市人民政府办公厅\n2022年1月21日`;
    expect(read({ title: '重点任务分工方案', text })).toMatchObject({ name: '成都市', source: 'issuer' });
  });

  it('reads a 文号 prefix as the place the text names with it', () => {
    const text = '渝北府办发〔2022〕31号\n各镇人民政府、街道办事处,区政府各部门:\n现将方案印发给你们。为推动渝北区高质量发展……';
    expect(read({ title: '关于印发实施方案的通知', text })).toMatchObject({ name: '渝北区', source: 'docNumber' });
  });

  it('leaves a 文号 prefix the text never expands unread', () => {
    expect(read({ title: '关于印发实施方案的通知', text: '蓉府办发〔2022〕3号\n现将方案印发给你们。', unitNames: ['市商务局'] }))
      .toEqual({ name: null, label: '市', source: 'level' });
  });

  it('takes the place its units name before themselves when nothing else does', () => {
    expect(read({ title: '实施方案', namedInUnits: ['成都市', '成都市', '四川省'] })).toMatchObject({ name: '成都市', source: 'units' });
  });

  it('ignores a government named mid-sentence and falls back to the level of the units', () => {
    const text = '根据规划纲要和市人民政府关于印发行动方案的通知等精神,结合我区实际,制定本实施方案。';
    expect(read({ title: '关于推动双城经济圈建设行动方案', text, unitNames: ['区发展改革委', '区水利局', '市发展改革委'] }))
      .toEqual({ name: null, label: '区', source: 'level' });
  });

  it('does not read 各区县 or 全市 as a place', () => {
    expect(read({ title: '实施方案', text: '各区县人民政府,市政府各部门:\n全市人民政府……' }).name).toBeNull();
  });

  it('says 未知 when nothing tells, and --jurisdiction overrides everything', () => {
    expect(read({ title: '方案', text: '正文', unitNames: ['国网供电公司'] })).toEqual({ name: null, label: '未知', source: 'none' });
    expect(read({ title: '铜梁区行动方案', given: '荣昌区' })).toEqual({ name: '荣昌区', label: '荣昌区', source: 'option' });
  });
});
