// Names shown as the document prints them: its own brackets, its own office names, never a near registry name.
import { describe, expect, it } from 'vitest';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const shownNames = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task')
  .map((r) => ({ lead: r.lead, support: r.support, responsible: r.responsible }));

describe('names as printed', () => {
  // https://jjzjw.org/wwwjjzjworg/xxgk/xzwgk/jcgk/zcwj/jftz/201911/t20191109_2141991 (九江市 2019)
  it('keeps 相关县〔市、区〕政府 whole, with the 〔〕 the document prints', () => {
    const [task] = shownNames('3.积极协调重大项目推进。推进重大项目建设。(责任单位:市发改委,市直有关单位,相关县〔市、区〕政府)');
    expect(task.responsible.sort()).toEqual(['市发改委', '市直有关单位', '相关县〔市、区〕政府'].sort());
  });

  it('keeps one identity for 〔〕 and () forms of a collective', () => {
    const r = new UnitResolver();
    const [a] = r.resolve('相关县〔市、区〕政府');
    const [b] = r.resolve('相关县(市、区)政府');
    expect(a.status === 'resolved' && b.status === 'resolved' && a.canonical === b.canonical).toBe(true);
  });

  // http://www.nystwmcjh.com/a/617.html (国务院 2018 分工, a repost): 供销合作总社 is not the local 供销社.
  it('shows 供销合作总社 as written, not as the registry\'s 供销社', () => {
    const [task] = shownNames('(二十五)推进农业供给侧结构性改革。(农业农村部、科技部、国家粮食和物资储备局、供销合作总社等按职责分工负责)');
    expect(task.responsible).toContain('供销合作总社');
    expect(task.responsible).not.toContain('供销社');
  });

  // http://www.xiangshan.gov.cn/art/2024/8/1/art_1229682896_4417827.html (象山县 泗洲头镇 2024): a town's office.
  it('reads 乡村振兴办 as an office of its own, not as damage of 乡村振兴局', () => {
    const [r] = new UnitResolver().resolve('乡村振兴办');
    expect(r.status).toBe('resolved');
    if (r.status === 'resolved') {
      expect(r.canonical).toBe('乡村振兴办');
      expect(r.written).toBe('乡村振兴办');
    }
  });

  // https://newton.com.tw/wiki/株洲市人民政府關於全面落實糧食安全省長責任制的實施意見 (株洲市 2015): a grain depot takes duties.
  it('reads a grain reserve depot (中储粮株洲直属库) as a unit, and 数据库 still as none', () => {
    const r = new UnitResolver();
    const [depot] = r.resolve('中储粮株洲直属库');
    expect(depot.status === 'resolved' && depot.written).toBe('中储粮株洲直属库');
    expect(r.resolve('数据库')[0].status).toBe('unresolved');
  });

  // http://www.dazhu.gov.cn/xxgk-show-947.html (竹府办〔2016〕20号, fresh6 dazhu-minsheng-2016): 文体广新局 is 文化体育广电新闻出版局 abbreviated.
  it('never bends a well-formed name into a registry name the document does not write (县文体广新局 is no 县文化旅游委)', () => {
    const r = new UnitResolver();
    expect(r.resolve('县文体广新局')).toMatchObject([{ status: 'resolved', canonical: '县文体广新局', written: '县文体广新局' }]);
    expect(r.resolve('县文广新局')).toMatchObject([{ status: 'resolved', written: '县文广新局' }]);
    expect(r.resolve('开创新局')).toMatchObject([{ status: 'unresolved' }]);
  });

  it('still repairs OCR damage into a name the same document writes cleanly', () => {
    const r = new UnitResolver();
    r.prime(['区经济信息委', '区经流言息委']);
    expect(r.resolve('区经流言息委')).toMatchObject([{ status: 'resolved', method: 'fuzzy' }]);
  });
});
