// Document metadata read from real headers: a notice with signature block, a site's labelled fields, titles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelOf, readDocumentMetadata } from '../../../graph/metadata/document-meta.ts';

// Header of 京政办发〔2016〕26号 as reposted at https://0798ci.com/policy/70942.html (excerpt).
const BEIJING = `《北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知》
京政办发〔2016〕26号
各区人民政府,市政府各委、办、局,各市属机构:
《北京市2016年政务公开工作要点》已经市政府同意,现印发给你们,请结合实际认真贯彻落实。
北京市人民政府办公厅
2016年5月28日
2016年是全面建成小康社会决胜阶段的开局之年。今年政务公开工作的总体要求是:深入贯彻《中共中央办公厅国务院办公厅印发〈关于全面推进政务公开工作的意见〉的通知》(中办发〔2016〕8号)精神。
一、围绕深化改革推进公开`;

// A county site's labelled fields, http://zb.gov.cn/zbxzf/xzfwj/202404/49ca3d0c669f4c2ebf6f7fabf563549c.shtml (excerpt).
const ZHENBA = `镇巴县人民政府工作规则
  • 索引号:
    6107280000/2024-001005
  • 发文机构:
    县政府网站
  • 发文字号:
    镇政发〔2024〕7号
  • 发文日期:
    2024年04月06日 16:40
第一章总则
一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》,参照《陕西省人民政府工作规则》的有关规定,制定本规则。`;

describe('readDocumentMetadata', () => {
  it('reads a notice: 文号, signature block, kind of the plan it carries, year', () => {
    const m = readDocumentMetadata('北京市人民政府办公厅关于印发〈北京市2016年政务公开工作要点〉的通知', BEIJING);
    expect(m.docNumber).toBe('京政办发〔2016〕26号');
    expect(m.issuer).toBe('北京市人民政府办公厅');
    expect(m.date).toBe('2016-05-28');
    expect(m.level).toBe('省');
    expect(m.kind).toBe('工作要点');
    expect(m.period).toBe('2016');
  });

  it('reads a site\'s labelled fields and skips a field whose value is no issuing body', () => {
    const m = readDocumentMetadata('镇巴县人民政府工作规则', ZHENBA);
    expect(m.docNumber).toBe('镇政发〔2024〕7号');
    expect(m.date).toBe('2024-04-06');
    expect(m.issuer).toBeNull(); // 县政府网站 is the site, not the issuer; the title does not say 关于
    expect(m.level).toBeNull();
    expect(m.implements).toBe('中华人民共和国宪法');
  });

  it('reads a period, a cited parent plan and Chinese-numeral dates', () => {
    const text = `成都市人民政府办公厅\n二〇二二年一月二十一日\n为深入贯彻落实《四川省推动成渝地区双城经济圈建设行动方案》，结合实际，制定本方案。`;
    const m = readDocumentMetadata('成都市推动成渝地区双城经济圈建设行动方案（2022—2025年）', text);
    expect(m.issuer).toBe('成都市人民政府办公厅');
    expect(m.date).toBe('2022-01-21');
    expect(m.period).toBe('2022-2025');
    expect(m.kind).toBe('行动方案');
    expect(m.implements).toBe('四川省推动成渝地区双城经济圈建设行动方案');
    expect(m.level).toBe('市');
  });

  it('leaves what the seed does not say as null', () => {
    const seed = readFileSync(new URL('../../../seeds/shuangcheng-action-plan.txt', import.meta.url), 'utf8');
    const m = readDocumentMetadata('关于推动双城经济圈建设行动方案', seed, '铜梁区');
    expect(m).toMatchObject({ issuer: null, docNumber: null, date: null, kind: '行动方案', level: '区' });
  });
});

describe('levelOf', () => {
  it.each([
    ['重庆市铜梁区人民政府', '区'], ['北京市人民政府办公厅', '省'], ['四川省人民政府', '省'], ['成都市人民政府办公厅', '市'],
    ['镇巴县人民政府', '县'], ['中共重庆市铜梁区委员会', '区'], ['双福街道办事处', '乡镇'], ['区政府', null],
    // A 直辖市's departments are provincial like its government; 市场 after 上海市 is no second place.
    ['上海市市场监督管理局', '省'], ['上海市消防救援总队', '省'], ['上海市虹口区应急管理局', '区'],
  ])('%s → %s', (name, level) => expect(levelOf(name)).toBe(level));
});

describe('real headers from district and city sites', () => {
  it('a district 分工方案 with its notice (http://www.lishan.gov.cn/html/ASLSQ/202303/0168765895614794.html)', () => {
    const text = `鞍山市立山区人民政府文件\n鞍立政发〔2023〕2号\n立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知\n\n立山经济开发区,各街道办事处,各区直部门,各有关单位:\n\n经区政府同意,现将《立山区政府2023年重点工作任务分解和责任分工方案》印发给你们,请结合实际,认真贯彻落实。\n\n立山区人民政府\n\n2023年3月28日\n\n(此件公开发布)\n\n立山区政府2023年重点工作\n\n任务分解和责任分工方案\n`;
    const m = readDocumentMetadata('立山区人民政府关于印发 《立山区政府2023年重点工作任务分解 和责任分工方案》的通知', text);
    expect(m).toMatchObject({ docNumber: '鞍立政发〔2023〕2号', issuer: '立山区人民政府', date: '2023-03-28', level: '区', kind: '责任分工方案', period: '2023' });
  });

  it('a date whose zero is printed as a circle ○ (fresh13 wuxi-fenjie-2011: 二○一一年二月十五日)', () => {
    const text = readFileSync('test/fixtures/real/fresh13/wuxi-fenjie-2011.txt', 'utf8');
    expect(readDocumentMetadata('市政府2011年重点工作分解落实方案', text).date).toBe('2011-02-15');
  });

  it('a red header glued to its 文号 once the space between them is gone (fresh18 changshu-fenjie-2018, a forum repost)', () => {
    const text = `常熟市人民政府办公室文件常政办发〔2018〕32号 市政府办公室关于分解落实2018年 政府工作任务的通知\n`;
    expect(readDocumentMetadata('市政府办公室关于分解落实2018年政府工作任务的通知', text).docNumber).toBe('常政办发〔2018〕32号');
  });

  it('never the 文号 of a document the opening cites (fresh11 dezhou-luxi-2023: 贯彻落实《…的通知》(鲁政字〔2023〕18号…)', () => {
    const title = '德州市贯彻落实省《突破菏泽鲁西崛起三年行动计划(2023—2025年)》实施方案';
    const text = `${title}\n为深入贯彻落实《山东省人民政府关于印发突破菏泽鲁西崛起三年行动计划(2023—2025年)的通知》(鲁政字〔2023〕18号,以下简称省《三年行动计划》)精神，制定本方案。\n`;
    expect(readDocumentMetadata(title, text).docNumber).toBeNull();
    // Its own number after the citation is still read (a notice that cites first and numbers itself below).
    expect(readDocumentMetadata(title, `${text}德政字〔2023〕9号\n`).docNumber).toBe('德政字〔2023〕9号');
  });

  it('a title line ending in its 文号, the number again on its own line below (real13 gongshu-daqi-2018, its space gone)', () => {
    const title = '某区人民政府办公室关于印发某区扬尘治理2019年工作方案的通知';
    const text = `${title}某政办发〔2019〕7号\n${title}\n某政办发〔2019〕7号\n各街道办事处:\n`;
    expect(readDocumentMetadata(title, text).docNumber).toBe('某政办发〔2019〕7号');
  });

  it('a site\'s field table with an ISO date (https://www.caidian.gov.cn/zwgk/zc/zfwj/qzfbgwj/202302/t20230208_2147809.shtml)', () => {
    const text = `区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知\n\n2023-01-05 10:00 区人民政府办公室\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n分   类 政务公开 有 效 性 有效\n\n蔡甸区人民政府办公室\n\n2023年1月3日\n`;
    const m = readDocumentMetadata('区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知', text);
    expect(m).toMatchObject({ docNumber: '蔡政办〔2023〕1号', date: '2023-01-03', issuer: '蔡甸区人民政府办公室', level: '区', kind: '政府工作报告目标任务分解', period: '2023' });
  });

  it('a repost with 发布部门 / 发布文号 fields (http://qyfgj.cn/falv/428066.html)', () => {
    const text = `南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知\n\n2020年07月23日06:05:59\n发布部门: 江苏省南京市人民政府\n发布文号: 宁政发[2006]275号\n\n各区县人民政府,市府各委办局,市各直属单位:\n`;
    const m = readDocumentMetadata('南京市政府关于分解落实《南京市国民经济和社会发展第十一个五年规划纲要》主要目标和任务的通知', text);
    expect(m).toMatchObject({ docNumber: '宁政发[2006]275号', issuer: '江苏省南京市人民政府', level: '市', kind: '规划纲要' });
  });
  it('a 文号 a site printed without brackets or 号 on its own line (real15 yangpu-yaodian-2020q3), and a date line is no number', () => {
    const text = `关于印发区政府2020年第三季度工作要点的通知 2020-08-10\n\n某府办202048\n\n区政府各委、办、局:\n\n某区人民政府办公室\n202083\n`;
    expect(readDocumentMetadata('关于印发区政府2020年第三季度工作要点的通知', text).docNumber).toBe('某府办〔2020〕48号');
    // A bare run of digits (a signature date whose 年月日 were lost) and a word with digits in a sentence are no 文号.
    expect(readDocumentMetadata('关于印发工作要点的通知', `关于印发工作要点的通知\n2020420\n完成项目202048个\n`).docNumber).toBeNull();
  });

  it('a department issues too: a site\'s 发布单位 (fresh29 hongkou-jubao-jiangli-2025), weaker than the title\'s issuer (fresh26 fengxian-gengdi-turang-2020)', () => {
    const posted = `---\n标题: 关于印发《虹口区安全生产和消防安全隐患举报奖励实施办法（试行）》的通知\n文号: 虹应急规〔2025〕1号\n发布单位: 上海市虹口区应急管理局\n`;
    const m = readDocumentMetadata('关于印发《虹口区安全生产和消防安全隐患举报奖励实施办法（试行）》的通知', posted);
    expect(m).toMatchObject({ issuer: '上海市虹口区应急管理局', level: '区' });
    // Posted by the office, issued by the government the title names (嘉府发: the 区政府's own number).
    const office = `标题: 上海市嘉定区人民政府关于印发某方案的通知\n发布单位: 上海市嘉定区人民政府办公室\n`;
    expect(readDocumentMetadata('上海市嘉定区人民政府关于印发某方案的通知', office).issuer).toBe('上海市嘉定区人民政府');
  });

  it('a joint signature: the poster if it signs, else the first signer; two bodies run together on one line split (fresh28, fresh29, real16)', () => {
    const liangcang = `发布单位: 上海市粮食和物资储备局\n现将《上海市粮仓光伏建设实施方案》印发给你们，请认真组织实施。\n上海市发展和改革委员会\n上海市粮食和物资储备局\n2025年2月28日\n`;
    expect(readDocumentMetadata('关于印发《上海市粮仓光伏建设实施方案》的通知', liangcang).issuer).toBe('上海市粮食和物资储备局');
    const qinghai = `现印发给你们,请结合实际认真抓好落实。\n青海省发展和改革委员会\n青海省商务厅\n青海省市场监督管理局\n2025年8月4日\n`;
    expect(readDocumentMetadata('青海省提振消费行动实施方案', qinghai).issuer).toBe('青海省发展和改革委员会');
    const yanglao = `现将《关于加强养老机构消防安全标准化管理的实施意见》印发给你们，请遵照执行。\n上海市民政局上海市消防救援总队\n2023年8月16日\n`;
    expect(readDocumentMetadata('关于印发《关于加强养老机构消防安全标准化管理的实施意见》的通知', yanglao).issuer).toBe('上海市民政局');
  });
});
