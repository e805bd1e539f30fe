// Surface rules: cleaning OCR residue, collectives, body text and the unit-name pattern.
import { describe, expect, it } from 'vitest';
import { cleanSurface, hasBodyWords, isCollective, patternKind } from '../../../graph/units/surface.ts';

describe('cleanSurface', () => {
  it.each([
    ['区招商投资 局', '区招商投资局'], ['OyaJ自然资频', '自然资频'], ['（区教委）', '区教委'], ['区教委等)', '区教委'],
    ['区教委等相关部门', '区教委'], ['区教委牵头', '区教委'], ['、区教委；', '区教委'], ['各镇(街道)', '各镇(街道)'],
    ['〔区教委〕', '区教委'], ['区教委(', '区教委'],
  ])('cleans %s to %s', (raw, clean) => {
    expect(cleanSurface(raw)).toBe(clean);
  });

  it('leaves nothing of pure junk', () => {
    expect(cleanSurface('3 .) 等')).toBe('');
  });
});

describe('isCollective', () => {
  it.each(['各镇街', '各乡镇', '相关部门', '区级各部门', '区直各部门', '全区各部门', '区属国有企业', '其他有关单位'])('accepts %s', (s) => {
    expect(isCollective(s)).toBe(true);
  });

  it.each(['区发展改革委', '部门', '各镇街要加快推进', '镇街'])('rejects %s', (s) => {
    expect(isCollective(s)).toBe(false);
  });
});

describe('hasBodyWords', () => {
  it.each(['发展改革委', '住房和城乡建设委员会', '大数据发展局', '中国建设银行', '社会治理创新中心'])('lets the unit name %s through', (s) => {
    expect(hasBodyWords(s)).toBe(false);
  });

  it.each(['推动高质量发展', '绿色发展方式', '城市更新建设', '人与自然和谐共生的现代化'])('flags %s', (s) => {
    expect(hasBodyWords(s)).toBe(true);
  });
});

describe('patternKind', () => {
  it.each([
    ['龙裕公司', 'enterprise'], ['城投集团', 'enterprise'], ['安居镇', 'town'], ['东城街道', 'town'], ['石鱼乡', 'town'],
    ['淮远新区管委会', 'committee'], ['区港航管理中心', 'department'], ['区消防救援支队', 'department'], ['区科学技术协会', 'department'],
    // A national work-points document's units (健康中国行动2023年工作要点): the national mass organisations by their short
    // names, and a campaign's office named by its 推进 (健康中国行动推进办).
    ['全国妇联', 'department'], ['中国科协', 'department'], ['共青团中央', 'department'], ['健康中国行动推进办', 'department'],
  ])('reads %s as %s', (s, kind) => {
    expect(patternKind(s)).toBe(kind);
  });

  it.each([
    '方式', '单位GDP委', '西部', '成渝地区西部', '新发展格局', '特色小镇', '统筹城乡', '全市推进会', '高铁站', '区域物流中心',
    '市委六届二次全会', '牵头单位', '加快推进办理', '区', '中心', '有限公司名称过长过长过长过长过长过长过长过长',
  ])('rejects %s', (s) => {
    expect(patternKind(s)).toBeNull();
  });
});

describe('zones named as actors', () => {
  // fresh13 jiaxing-shiyiwu-2006, each 主要责任单位 cell: `各县(市、区)政府、嘉兴经济开发区、嘉兴港区` — the port zone answers through
  // its own committee as the development zone does.
  it('reads a 港区 as a zone, as a 开发区', () => {
    expect([patternKind('嘉兴港区'), patternKind('嘉兴经济开发区')]).toEqual(['committee', 'committee']);
  });
});
