// Task tables whose rows hold several content cells, each followed by its own unit cells, flattened one cell a line
// (first met in fresh23); excerpts of the published text, source beside each; expected units written from the text.
import { describe, expect, it } from 'vitest';
import { readContentCellRows } from '../../../graph/normalise/content-cell-rows.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('content cells with their own unit cells (fresh23)', () => {
  // 青浦区 全面加强建筑垃圾管理的实施意见 附件3 任务职责分工表 (青府办发〔2025〕20号), zhiyao87/Shanghai-Gov-Docs-Index
  it('reads each content cell of a row with its own 牵头/配合 cells, a broken unit cell and a repeated header', () => {
    const tasks = tasksOfLines([
      '序号', '工作任务', '主要工作内容', '牵头单位', '配合单位',
      '—', '构建产消平衡的处置体系',
      '（二）', '提升消纳处置能力', '梳理评估本区出土项目和综合利用潜力一张图、开展建筑垃圾消纳场所备案工作。',
      '区土方工作', '专班', '区绿化市容局、区规划资源局、区建设管理委、属地街镇',
      '（四）', '落实建筑垃圾转运码头规划、建设和备案', '根据市级部门码头工作方案建设建筑垃圾转运码头。', '区建设管理委', '——',
      '开展建筑垃圾转运码头规划、备案工作。', '区绿化市容局', '——',
      '二', '构建全链条全过程闭环管理体系',
      '（一）', '加强备案申报管理', '严格落实建筑垃圾处理方案备案制度。强化建筑垃圾处置核准监督管理。', '区绿化市容局', '区建设管理委',
      '序号', '工作任务', '主要工作内容', '牵头单位', '配合单位',
      '（二）', '加强源头监管', '落实工地数字化监督管理。', '区城运中心', '区数据局、区建设管理委',
      '加强拆房工地监督管理。', '区房管局', '——',
    ]);
    expect(tasks).toMatchObject([
      { title: expect.stringContaining('提升消纳处置能力'), lead: ['区土方工作专班'], support: ['区建设管理委', '区绿化市容局', '区规划资源局', '属地街镇'] },
      { title: expect.stringContaining('落实建筑垃圾转运码头规划'), lead: ['区建设管理委'], support: [] },
      { title: expect.stringContaining('开展建筑垃圾转运码头规划、备案工作'), lead: ['区绿化市容局'], support: [] },
      { title: expect.stringContaining('加强备案申报管理'), lead: ['区绿化市容局'], support: ['区建设管理委'] },
      { title: expect.stringContaining('加强源头监管'), lead: ['区城运中心'], support: ['区建设管理委', '区数据局'] },
      { title: expect.stringContaining('加强拆房工地监督管理'), lead: ['区房管局'], support: [] },
    ]);
  });

  // the same table's last row: 牵头单位 ——, ten 配合单位 — no lead is named, so the units named own the task
  it('reads the units of a row whose lead cell is empty as responsible', () => {
    const tasks = tasksOfLines([
      '序号', '工作任务', '主要工作内容', '牵头单位', '配合单位',
      '（一）', '推进数据平台建设', '完成“青浦区土方管理平台”建设', '区数据局', '——',
      '运用“青浦区土方管理平台”实现线索推送和闭环处置', '区城运中心', '——',
      '（二）', '运用数据平台共享研判', '根据各自职能将青浦区土方管理平台发现的线索问题及时处置并反馈给区城运中心“一网统管”业务协同平台，实现闭环管理。',
      '——', '属地街镇、区建设管理委、区数据局',
    ]);
    expect(tasks.at(-1)).toMatchObject({ lead: [], support: [], responsible: ['区建设管理委', '区数据局', '属地街镇'] });
  });

  // 杨浦区基层消防安全综合治理建设工作重点任务清单 (杨府办发〔2022〕12号 附件), zhiyao87/Shanghai-Gov-Docs-Index
  it('reads a title broken over two lines, unit cells broken after 、, and last content cells that print no unit cells', () => {
    const tasks = tasksOfLines([
      '类别', '项目', '主要任务', '牵头单位', '配合单位',
      '二、推进基层消防安全组织建设',
      '5.实化运行消防', '安全委员会',
      '年底前，各街道成立由街道行政主要领导为主任的消防安全委员会，街道党政、建管、经发、信访、平安、城运中心、城市管理综合执法、公安派出所等相应机构为成员单位。',
      '区委编办、', '各街道', '区消防救援支队',
      '12.加强多种形式消防队伍建设',
      '指导各街道按照国家和本市地方标准大力发展建设政府专职消防队、志愿消防队、微型消防站。',
      '区消防救援支队', '各街道',
      '健全完善政府专职消防队、微型消防站“建管训用”和考评奖惩等配套规章制度，定期组织开展达标考核、业务比赛、表彰奖励和实战效能评估。',
      '指导街道充分发挥多种形式消防队伍作用，统筹力量开展防火巡查、专项行动、消防宣传、培训演练等工作。',
    ]);
    expect(tasks).toMatchObject([
      { title: expect.stringContaining('实化运行消防安全委员会'), lead: ['区委编办', '各街道'], support: ['区消防救援支队'] },
      { title: expect.stringContaining('加强多种形式消防队伍建设'), lead: ['区消防救援支队'], support: ['各街道'] },
      { title: expect.stringContaining('健全完善政府专职消防队'), lead: ['区消防救援支队'], support: ['各街道'] },
      { title: expect.stringContaining('指导街道充分发挥'), lead: ['区消防救援支队'], support: ['各街道'] },
    ]);
  });

  it('leaves a table with one content cell a row to the other readers', () => {
    const lines = ['1.做好规划配套', '同步规划、同步实施。', '区消防救援支队', '区应急局', '2.完善规章标准', '细化职责任务。', '区消防救援支队', '各街道'];
    expect(readContentCellRows(lines, 0, ['group', 'group', 'task', 'lead', 'support'])).toBeNull();
  });
});
