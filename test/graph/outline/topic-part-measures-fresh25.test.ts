// Measures under a part named by its topic (四、加大保护力度 over (一)…(七), first met in fresh25): each item is a task
// though it names no unit; a part stating the work's scope (二、整治内容 over the cases covered) lists no measure.
// Excerpts of the published texts, sources beside them; which items are tasks follows the set's labels.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

// 关于进一步加强静安区文物保护工作的实施意见 (静安区人民政府 2018), zhiyao87/Shanghai-Gov-Docs-Index
const JINGAN = [
  '关于进一步加强静安区文物保护工作的', '', '实施意见', '',
  '一、基本原则', '', '坚持“保护为主、抢救第一、合理利用、加强管理”的文物工作方针。', '',
  '四、加大保护力度', '',
  '（一）加强文物保护基础工作', '',
  '积极开展第八批全国重点文物保护单位的推荐工作，梳理具有较高价值的不可移动文物，推荐为市级文物保护单位，或者公布为区级文物保护单位和文物保护点。', '',
  '（二）加强不可移动文物保护力度', '',
  '全面完成文物普查点的梳理工作，依法登记公布，纳入保护名录。重视岁修，减少大修，防止因维修不当造成的破坏。', '',
];

// 奉贤区违法用地综合整治三年行动工作方案（2024-2026） (沪奉府办发〔2024〕12号), zhiyao87/Shanghai-Gov-Docs-Index
const FENGXIAN = [
  '奉贤区违法用地综合整治', '', '三年行动工作方案(2024-2026)', '',
  '二、整治内容', '',
  '综合整治内容是“三调”存量违法用地大清查数据库(以下简称“存量违法用地库”)中未经用地批准的产业类违法用地，包括工业仓储商服用途。其中，以下情形作为“新三年行动”的重点整治内容：', '',
  '(三)“二调”后“三调”前发生的违法用地，我区涉及此类整治面积约99亩;', '',
  '三、整治方式', '',
  '(一)拆除还地', '',
  '存量违法用地按照“应拆尽拆”的原则落实整治，拆除非法占用土地上的建筑物和其他设施，恢复土地原状。', '',
];

describe('measures under a part named by its topic (fresh25)', () => {
  it('reads each item of 加大保护力度 as a task with no unit, the principle above none', () => {
    expect(tasksOfLines(JINGAN).map((t) => [t.title, t.responsible])).toEqual([
      ['加强文物保护基础工作', []],
      ['加强不可移动文物保护力度', []],
    ]);
  });

  it('reads the way of the work (整治方式) as measures, the scope it covers (整治内容) as none', () => {
    expect(tasksOfLines(FENGXIAN).map((t) => t.title)).toEqual(['拆除还地']);
  });
});
