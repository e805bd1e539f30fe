// A numbered target table by unit flattened one cell a line (序号 / 街镇 / quantities, first met in fresh25): each row a
// target of its 街镇. An excerpt of the published text, source beside it; units from the text.
import { describe, expect, it } from 'vitest';
import { findUnitTargetRows } from '../../../graph/normalise/unit-target-rows.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

// 2026年嘉定区违法用地综合整治实施方案 附件 (嘉定区人民政府, 2026年2月12日), zhiyao87/Shanghai-Gov-Docs-Index
const HEADER = ['嘉定区2026年度违法用地综合整治各街镇（管委会）整治任务表', '',
  '制表日期：2026.1                                                                                                  单位：亩', '',
  '序号', '', '街镇', '', '2026年', '任务量', '', '2026年度任务量约1625亩', '', '1-2月前', '', '3月底前完成20%', '', '6月底前完成60%', '',
  '9月底前完成80%', '', '11月中旬完成100%', '', '其中CD类整治任务量', ''];
const ROWS = [
  '1', '', '马陆镇', '', '122.52', '', '完成制定方案、', '计划和动员部署等。', '', '24.50', '', '73.51', '', '98.02', '', '122.52', '', '136.94', '',
  '2', '', '安亭镇', '', '552.22', '', '110.44', '', '331.33', '', '441.78', '', '552.22', '', '645.51', '',
  '3', '', '嘉定工业区', '', '101.08', '', '20.22', '', '60.65', '', '80.86', '', '101.08', '', '124.83', '',
  '4', '', '菊园新区', '', '70.91', '', '14.18', '', '42.55', '', '56.73', '', '70.91', '', '21.9', '',
  '总计', '', '1625.06', '', '325.01', '', '975.04', '', '1300.05', '', '1625.06', '', '1580.55'];

describe('a numbered target table by 街镇 one cell a line (fresh25)', () => {
  it('reads each row as a target of its 街镇 or zone, the 总计 row none', () => {
    const tasks = tasksOfLines(['附件', '', ...HEADER, ...ROWS]);
    // 嘉定工业区 (a zone kind, 工业区) keeps its row a task; whether the resolver names it a unit is the resolver's.
    expect([0, 1, 3].map((i) => tasks[i].responsible)).toEqual([['马陆镇'], ['安亭镇'], ['菊园新区']]);
    expect(tasks.map((t) => t.title)).toEqual([
      expect.stringContaining('122.52'), expect.stringContaining('552.22'), expect.stringContaining('101.08'), expect.stringContaining('70.91'),
    ]);
  });

  it('reads no targets from a contact list by unit, nor from two rows', () => {
    expect(findUnitTargetRows(['序号', '单位', '联系人', '联系电话', '1', '区水务局', '张三', '59123456', '2', '区财政局', '李四', '59123457', '3', '区民政局', '王五', '59123458'])).toEqual([]);
    expect(findUnitTargetRows(['序号', '街镇', '任务量', '1', '马陆镇', '122.52', '2', '安亭镇', '552.22'])).toEqual([]);
  });
});
