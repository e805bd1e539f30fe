// Which jurisdiction a document's units belong to.
import { describe, expect, it } from 'vitest';
import { detectJurisdiction } from '../../../graph/pipeline/jurisdiction.ts';

describe('detectJurisdiction', () => {
  it('takes a named district from the title', () => {
    expect(detectJurisdiction('铜梁区人民政府关于印发行动方案的通知', '', [])).toBe('铜梁区');
  });

  it('takes a district that opens the title', () => {
    expect(detectJurisdiction('贡井区推动高质量发展行动方案', '', [])).toBe('贡井区');
  });

  it('does not take a park or a city word that opens the title', () => {
    expect(detectJurisdiction('工业园区提质增效行动方案', '', ['区经济信息委'])).toBe('区');
    expect(detectJurisdiction('城市更新行动方案', '', ['区住房城乡建委'])).toBe('区');
  });

  it('takes a named county from a heading line of the text', () => {
    expect(detectJurisdiction('行动方案', '武胜县人民政府办公室\n关于印发实施方案的通知', [])).toBe('武胜县');
  });

  it('ignores a government named mid-sentence and falls back to the level of the units', () => {
    const text = '根据规划纲要和市人民政府关于印发行动方案的通知等精神,结合我区实际,制定本实施方案。';
    expect(detectJurisdiction('关于推动双城经济圈建设行动方案', text, ['区发展改革委', '区水利局', '市发展改革委'])).toBe('区');
  });

  it('says 未知 when nothing tells', () => {
    expect(detectJurisdiction('方案', '正文', ['国网供电公司'])).toBe('未知');
  });
});
