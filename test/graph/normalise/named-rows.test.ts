// A one-cell-per-line table with a 事项分类 group cell, a 事项名称 task, a 项目内容 sentence, one 牵头单位 and a 协同单位
// cell listing its units one per line, on a real excerpt; expected rows written from the text.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';

// 金东区 2024年政府民生实事任务分解方案 (jinhua.gov.cn page; fresh10 jindong-minsheng-2024), rows 1–4.
const JINDONG = [
  '序号', '', '事项分类', '', '事项名称', '', '项目内容', '', '牵头单位', '', '协同单位', '',
  '1', '', '打造区域教育高地', '', '新(改、扩)建一批中小学校', '', '实施新(改、扩)建中小学校5家。', '', '区教体局', '',
  '东孝街道', '', '孝顺镇', '', '傅村镇', '', '区发改局', '', '金义新区发展集团', '',
  '2', '', '中小学校清廉阳光厨房建设', '', '对28所中小学校食堂安装数字化验收平台。', '', '区教体局', '', '/', '',
  '3', '', '“医”心为民工程', '', '新(改)建村卫生室', '', '新(改)建村卫生室80家。', '', '区卫健局', '', '各乡镇(街道)', '',
  '4', '', '医疗卫生机构迁(扩)建', '', '实施卫生院迁(扩)建1家。', '', '区卫健局', '', '源东乡', '', '区发改局',
].join('\n');

const rows = () => normaliseText(JINDONG).text.split('\n').filter((l) => /^\d+\./.test(l));

describe('tables naming each row (事项名称) with its content (项目内容) and one lead before a support list', () => {
  it('keeps 事项分类 and 事项名称 two columns and the name the task, with or without its group cell', () => {
    expect(rows().map((r) => r.slice(0, r.indexOf('。')))).toEqual(['1.新(改、扩)建一批中小学校', '2.中小学校清廉阳光厨房建设', '3.新(改)建村卫生室', '4.医疗卫生机构迁(扩)建']);
  });

  it('reads the first unit after the content as the lead and every later line as support; / names none', () => {
    const r = rows();
    expect(r[0]).toContain('(牵头单位:区教体局,配合单位:东孝街道、孝顺镇、傅村镇、区发改局、金义新区发展集团)');
    expect(r[1]).toMatch(/\(牵头单位:区教体局\)$/);
    expect(r[3]).toContain('(牵头单位:区卫健局,配合单位:源东乡、区发改局)');
  });
});

// 诸暨市 2023年《政府工作报告》主要目标任务分解清单 (zhuji.gov.cn; fresh10 zhuji-mubiao-2023), rows 1 and 9.
const ZHUJI = [
  '分块', '序号', '主要工作', '责任单位',
  '1', '生产总值增长7.5%左右', '▲发改局,各部门,各镇乡(街道)',
  '9', '紧扣创成“浙江制造天工鼎”目标,实施制造强市“229”计划', '经信局,相关部门,各镇乡(街道)',
].join('\n');

describe('a 责任单位 cell whose first unit alone is marked (▲)', () => {
  it('reads the marked unit as the lead and the rest as support; an unmarked cell stays responsible', () => {
    const lines = normaliseText(ZHUJI).text.split('\n').filter((l) => /^\d+\./.test(l));
    expect(lines[0]).toBe('1.生产总值增长7.5%左右。(牵头单位:发改局,配合单位:各部门,各镇乡(街道))');
    expect(lines[1]).toContain('(责任单位:经信局,相关部门,各镇乡(街道))');
  });
});
