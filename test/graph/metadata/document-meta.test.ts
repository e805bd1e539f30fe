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
  ])('%s → %s', (name, level) => expect(levelOf(name)).toBe(level));
});
