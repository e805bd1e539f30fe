// A duty label or verb frame no list holds is read by its parts (issue 9, round nine): the wordings below are the genre's
// (整改/落实/承办/考核/督查 around a holder word) written as plans write them; no published excerpt of each was found
// (the one real case, 包头 2022's 牵头考核单位, is in real-duties-fresh8). Expected units are written from the lines.
import { describe, expect, it } from 'vitest';
import { labelMeaning } from '../../../graph/duties/roles.ts';
import { batchOf, dutyTable, tasksOfLines } from '../../support/ingest-text.ts';

const item = (annotation: string) => tasksOfLines(['一、重点任务', `1.推进城乡供水一体化。${annotation}`]);

describe('labels read by their parts', () => {
  it('gives a label the role of the role word it holds, whatever words sit around it', () => {
    expect(labelMeaning('整改牵头单位')).toEqual({ kind: 'duty', role: 'lead' });
    expect(labelMeaning('主要牵头部门')).toEqual({ kind: 'duty', role: 'lead' });
    expect(labelMeaning('配合实施单位')).toEqual({ kind: 'duty', role: 'support' });
    expect(labelMeaning('具体承办科室')).toEqual({ kind: 'duty', role: 'supportOrResponsible' });
    expect(labelMeaning('责任落实部门')).toEqual({ kind: 'duty', role: 'supportOrResponsible' });
    expect(labelMeaning('项目业主单位')).toEqual({ kind: 'duty', role: 'supportOrResponsible' });
  });

  it('keeps a person, a telephone and an overseer out of the duties', () => {
    expect(labelMeaning('督查联系人')).toEqual({ kind: 'other', field: '联系人' });
    expect(labelMeaning('具体负责人')).toEqual({ kind: 'other', field: '责任人' });
    expect(labelMeaning('包保责任领导')).toEqual({ kind: 'other', field: '责任领导' });
    expect(labelMeaning('考核单位')).toEqual({ kind: 'other', field: '督办单位' });
    expect(labelMeaning('督办责任单位')).toEqual({ kind: 'other', field: '督办单位' });
  });

  it('reads no label from words with no role word or no holder', () => {
    expect(labelMeaning('成员单位')).toBeUndefined();
    expect(labelMeaning('主要任务')).toBeUndefined();
    expect(labelMeaning('配合省级部门')).toBeUndefined();
  });

  it('reads composed labels inside a bracket: the lead label makes the others support', () => {
    expect(item('(整改牵头单位:县水利局;整改责任单位:县财政局)')).toMatchObject([{ lead: ['县水利局'], support: ['县财政局'], responsible: [] }]);
    expect(item('(配合实施单位:县财政局;牵头单位:县水利局)')).toMatchObject([{ lead: ['县水利局'], support: ['县财政局'], responsible: [] }]);
    expect(item('(责任落实部门:县水利局、县财政局)')).toMatchObject([{ lead: [], support: [], responsible: ['县水利局', '县财政局'] }]);
  });

  it('keeps the overseer and the contact person of a bracket out of its units', () => {
    expect(item('(考核单位:县考核办;责任单位:县水利局)')).toMatchObject([{ lead: [], support: [], responsible: ['县水利局'] }]);
    expect(item('(督查联系人:张明;责任单位:县水利局)')).toMatchObject([{ lead: [], support: [], responsible: ['县水利局'] }]);
  });

  it('reads a composed label opening its own line', () => {
    const tasks = tasksOfLines(['一、重点任务', '1.推进城乡供水一体化。', '整改责任单位:县水利局、县财政局。']);
    expect(tasks).toMatchObject([{ lead: [], support: [], responsible: ['县水利局', '县财政局'] }]);
  });
});

describe('verb frames with no label', () => {
  it('reads 由X负责 and 由X实施 as the units responsible', () => {
    expect(item('(由县水利局负责)')).toMatchObject([{ lead: [], support: [], responsible: ['县水利局'] }]);
    expect(item('(由县水利局组织实施)')).toMatchObject([{ lead: [], support: [], responsible: ['县水利局'] }]);
  });

  it('reads X负责,Y配合 as X leading and Y supporting', () => {
    expect(item('(县水利局负责,县财政局、县住建局配合)')).toMatchObject([{ lead: ['县水利局'], support: ['县住建局', '县财政局'], responsible: [] }]);
  });

  it('keeps X、Y分别负责 with supporters as shared work, no lead', () => {
    expect(item('(县水利局、县住建局按职责分工负责,县财政局配合)')).toMatchObject([{ lead: [], responsible: ['县住建局', '县水利局', '县财政局'] }]);
  });

  it('reads X为责任主体 and X为牵头单位', () => {
    expect(item('(县水利局为责任主体)')).toMatchObject([{ lead: [], support: [], responsible: ['县水利局'] }]);
    expect(item('(县水利局为牵头单位,县财政局为配合单位)')).toMatchObject([{ lead: ['县水利局'], support: ['县财政局'], responsible: [] }]);
  });

  // 厦门 2019 营商环境 (fresh/xiamen-yingshang-2019): the rule in brackets after an own-line list.
  it('reads a reading rule (第一责任单位为牵头单位) as the rule, not as a unit that leads', () => {
    const tasks = dutyTable(batchOf([
      '一、重点任务',
      '(一)推进完善PPP健康运行长效机制和基础性制度建设,加强存量项目监管,确保PPP项目协议落实到位。',
      '',
      '责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)',
      '',
    ].join('\n'))).filter((r) => r.label === 'Task');
    expect(tasks).toMatchObject([{ lead: ['市发改委'], support: ['市财政局'] }]);
  });
});

describe('labels the reader cannot read', () => {
  const unread = (text: string) => batchOf(text).warnings.filter((w) => w.code === 'UNREAD_LABEL').map((w) => w.detail);

  // A constructed wording: a collective's word before the label (the level-prefixed 省牵头单位 of
  // 杭州 2021, dev s7b, once this test's example, is read now).
  it('warns once per wording, naming it and counting it, when a role label is not read', () => {
    expect(unread([
      '一、重点任务',
      '1.加强粮食和重要农产品保障。',
      '各牵头单位:省农业农村厅',
      '2.深入实施消费新政。',
      '各牵头单位:省商务厅',
    ].join('\n'))).toEqual([{ wording: '各牵头单位', count: 2 }]);
  });

  // 杭州 2021 社会消费品零售 (dev s7b-hangzhou-shehang-2021): rows carry a province's lead under a level-prefixed label.
  it('reads a level-prefixed label (省牵头单位:) and says nothing of it', () => {
    expect(unread(['一、重点任务', '1.加强粮食和重要农产品保障。', '省牵头单位:省农业农村厅'].join('\n'))).toEqual([]);
  });

  it('says nothing of an addressee line or of labels it reads', () => {
    expect(unread(['各有关单位:', '一、重点任务', '1.推进城乡供水一体化。(整改牵头单位:县水利局)'].join('\n'))).toEqual([]);
  });
});
