// A project list with no duty column flattened one cell a line (序号 / 项目类型 / 项目名称 / 具体内容 / 目标, first met in
// fresh27): each row a project the plan sets, a task with no unit. An excerpt of the published text, source beside it.
import { describe, expect, it } from 'vitest';
import { findProjectRows } from '../../../graph/normalise/project-rows.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

// 上海市普陀区建设和管理委员会关于印发《普陀区水务“十五五”规划》的通知 (普建委〔2026〕78号), zhiyao87/Shanghai-Gov-Docs-Index,
// docs/市政与基础设施/ (a blank line after every line, as the copy prints it)
const blank = (lines: string[]) => lines.flatMap((l) => [l, '']);
const PLAN_END = blank([
  '五、保障措施',
  '四是强化队伍建设，夯实水务发展人才根基。制定年度培训计划，定期组织养护单位人员参加水务专业技能培训。',
  '附件：普陀区水务“十五五”重点项目清单',
  '普陀区水务“十五五”重点项目清单',
]);
const HEADER = blank(['序号', '项目类型', '项目名称', '具体内容', '“十五五”目标']);
const ROWS = blank([
  '一', '水安全',
  '1', '泵闸新改建工程', '蔡家浜泵闸建设工程', '新开蔡家浜河道，新建蔡家浜泵闸、桥梁、箱涵、苏州河连接段防汛墙、内河护岸，开挖土方，种植陆域绿化、水生植物等', '完成建设',
  '2', '真如泵闸建设工程', '拆除重建真如泵闸', '完成建设',
  '3', '泵闸安全鉴定', '周期性开展河道泵闸安全鉴定', '持续开展河道泵闸安全鉴定', '持续推进',
  '二', '水质量',
  '8', '管道检测修复', '周期性开展排水管道检测、修复', '持续开展排水管道检测、修复', '持续推进',
]);

describe('a project list one cell a line with no duty column (fresh27)', () => {
  it('reads each numbered row as a task named by its project, a merged 项目类型 cell left to the row that prints it', () => {
    const tasks = tasksOfLines([...PLAN_END, ...HEADER, ...ROWS.slice(0, ROWS.indexOf('二'))]);
    expect(tasks.map((t) => t.title)).toEqual(['蔡家浜泵闸建设工程', '真如泵闸建设工程', '周期性开展河道泵闸安全鉴定']);
    // The attachment restarts the numbering: its rows sit under its own 一、水安全, not under the plan's 五、保障措施.
    expect(tasks.map((t) => t.path)).toEqual(['一/1', '一/2', '一/3']);
    expect(tasks.flatMap((t) => [...t.lead, ...t.support, ...t.responsible])).toEqual([]);
  });

  it('stops where the serials stop following on, and reads no list from a table with a duty column or two rows', () => {
    // Row 8 after row 3 (the excerpt left rows 4–7 out) is no row of the list: the list ends at row 3.
    expect(findProjectRows(['序号', ...HEADER.filter(Boolean).slice(1), ...ROWS.filter(Boolean)]).flatMap((r) => r.lines.map((l) => l.text.split('。')[0])))
      .toEqual(['一、水安全', '1.蔡家浜泵闸建设工程', '2.真如泵闸建设工程', '3.周期性开展河道泵闸安全鉴定']);
    expect(findProjectRows(['序号', '项目名称', '责任单位', '1', '蔡家浜泵闸建设工程', '区水务局', '2', '真如泵闸建设工程', '区水务局', '3', '泵闸安全鉴定', '区水务局'])).toEqual([]);
    expect(findProjectRows(['序号', '项目名称', '具体内容', '1', '蔡家浜泵闸建设工程', '新开蔡家浜河道', '2', '真如泵闸建设工程', '拆除重建真如泵闸'])).toEqual([]);
  });
});
