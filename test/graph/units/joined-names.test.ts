// Names joined by 、, 和 and 及 in real duty lists: kept whole where the text writes one body, split where it writes two.
import { describe, expect, it } from 'vitest';
import { UnitResolver } from '../../../graph/units/resolver.ts';

const names = (surface: string) => new UnitResolver().resolve(surface)
  .map((r) => (r.status === 'resolved' ? r.written ?? r.canonical : `?${r.surface}`));

describe('joined unit names', () => {
  // http://slj.pds.gov.cn/contents/18886/30663.html (平顶山市 河长制 2018): one body with two plates.
  it('keeps 高新区党工委和管委会 whole: the bare 管委会 shares the first body\'s place', () => {
    expect(names('高新区党工委和管委会')).toEqual(['高新区党工委和管委会']);
  });

  // https://bzqc.gov.cn/OpennessContent/show/2830307.html (亳州市谯城区 2025): 各 reaches over 、 to 街道办事处.
  it('keeps 各乡镇人民政府、街道办事处 whole as one collective', () => {
    expect(names('各乡镇人民政府、街道办事处')).toEqual(['各乡镇人民政府、街道办事处']);
  });

  // http://m.bgbf.com.cn/zqt/ztsy/yshj/szyhyshjzc/202002/t20200222_13535478.html (湘西州 2020)
  it('splits 州委编办及州直相关单位 into a body and a collective', () => {
    expect(names('州委编办及州直相关单位')).toEqual(['州委编办', '州直相关单位']);
  });

  it('still keeps a collective joined to a collective whole (各部门及单位)', () => {
    expect(names('各部门及单位')).toEqual(['各部门及单位']);
  });

  // http://www.line3.com.cn/finance/2019/0408/2972.html (宁夏 银川都市圈 2019): each city writes its own 市.
  it('reads 银川市 as a city of its own, not as a bare place sharing the last 市人民政府', () => {
    const got = names('银川市、吴忠市人民政府');
    // 吴忠市人民政府 is 吴忠's government, shown whole as written (a 市人民政府 would be the document's own city's).
    expect(got).toEqual(['银川市', '吴忠市人民政府']);
  });

  it('still lets bare places share the last one\'s 市政府 (哈尔滨、黑河、绥芬河市政府)', () => {
    expect(names('哈尔滨、黑河、绥芬河市政府')).toEqual(['哈尔滨、黑河、绥芬河市政府']);
  });
});
