// Task lists flattened one cell a line whose merged cells are printed on the first row of their span only: a unit cell
// (静安 2023: 任务类型 / 序号 / 工作任务 / 推进单位) and a task-name cell (宝山 2019: 序号 / 任务名称 / 任务内容 / 牵头部门 /
// 配合部门 / 时间节点). Expected rows written from the text before the readers were changed.
import { describe, expect, it } from 'vitest';
import { sortedDuties, tasksOfLines } from '../../support/ingest-text.ts';

/** The lines as the copy prints them: one cell a line, a blank line after each. */
const cells = (...lines: string[]) => lines.flatMap((l) => [l, '']);

// zhiyao87/Shanghai-Gov-Docs-Index docs/城市更新与历史保护/…静安区“卓越城区”城市更新行动方案（2023-202.md, the annex
// (test/fixtures/real/fresh21/jingan-gengxin-2023): rows 2–9 (row 1 left out, the list renumbered from its row 2), the
// group rows between them kept.
const JINGAN = cells(
  '静安区“卓越城区”城市更新行动重点任务清单（2023-2025年）',
  '任务类型', '序号', '工作任务', '推进单位',
  '行动一：再造发展新极行动（综合区域整体焕新行动）',
  '1', '推进走马塘片区规划研究', '区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、市北高新集团',
  '2', '推进大徐家阁地区规划研究', '区规划资源局、区建设管理委、区发展改革委、区商务委、区国资委、大宁集团',
  '行动二：重塑美丽新居行动（人居环境品质提升行动）',
  '旧区改造',
  '3', '全面完成中心城区零星二级旧里以下房屋改造', '区“两旧”专班、区房管局、区旧改总办、区成套办、各相关街镇',
  '旧住房更新改造',
  '4', '推进小梁薄板等老旧住房成套改造，基本完成小梁薄板房屋改造。',
  '5', '加快推进各类旧住房更新改造。',
  '6', '完成既有多层住宅加装电梯700台',
  '“美丽家园”建设',
  '7', '创建20个新时代“美丽家园”特色小区、10个新时代“美丽家园”示范小区',
  '行动三：智创和谐新境行动（公共空间设施优化行动）',
  '公共服务设施提升改造',
  '8', '各街镇全面推进“15分钟社区生活圈”行动，率先建成3个“15分钟社区生活圈”示范性街镇。', '区规划资源局、各相关街镇',
);

// https://www.jiaxing.gov.cn (嘉政办发〔2022〕23号; test/fixtures/real/fresh11/jiaxing-zhongdian-2022): the excerpt ends on row 4's task.
const JIAXING = cells(
  '序号', '主 要 工 作 任 务', '责任单位',
  '1', '地区生产总值突破1万亿元。', '市发展改革委',
  '2', '规上工业总产值突破2万亿元。', '市经信局',
  '3', '财政总收入突破1700亿元,一般公共预算收入突破1000亿元。', '市财政局',
  '4', '累计实际利用外资超过160亿美元',
);

describe('merged cells printed once in a task list one cell a line', () => {
  it('gives a row that prints no unit cell the unit cell of its span’s first row, across group rows (静安 2023)', () => {
    const SPAN = ['区“两旧”专班', '区房管局', '区旧改总办', '区成套办', '各相关街镇'].sort();
    const OWN = ['区规划资源局', '区建设管理委', '区发展改革委', '区商务委', '区国资委'];
    expect(tasksOfLines(JINGAN).map((t) => [t.title.slice(0, 8), sortedDuties(t)])).toEqual([
      ['推进走马塘片区规', { lead: [], support: [], responsible: [...OWN, '市北高新集团'].sort() }],
      ['推进大徐家阁地区', { lead: [], support: [], responsible: [...OWN, '大宁集团'].sort() }],
      ['全面完成中心城区', { lead: [], support: [], responsible: SPAN }],
      ['推进小梁薄板等老', { lead: [], support: [], responsible: SPAN }],
      ['加快推进各类旧住', { lead: [], support: [], responsible: SPAN }],
      ['完成既有多层住宅', { lead: [], support: [], responsible: SPAN }],
      ['创建20个新时代', { lead: [], support: [], responsible: SPAN }],
      ['各街镇全面推进“', { lead: [], support: [], responsible: ['区规划资源局', '各相关街镇'].sort() }],
    ]);
  });

  it('leaves a last row cut by the end of the text empty in a list that shows no merged span (嘉兴 2022)', () => {
    expect(tasksOfLines(JIAXING).map((t) => [t.title.slice(0, 6), t.responsible])).toEqual([
      ['地区生产总值', ['市发展改革委']], ['规上工业总产', ['市经信局']], ['财政总收入突', ['市财政局']], ['累计实际利用', []],
    ]);
  });
});
