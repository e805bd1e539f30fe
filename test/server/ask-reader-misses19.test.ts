// The reader rules added while tuning on every set's remaining misses (asktune19, issue 10), one behaviour each, in
// other words than the sets', on the eight real16 plans (no seed).
import { describe, expect, it } from 'vitest';
import { isMergedOffice } from '../../server/ask/function-forms.ts';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real16-docs']);
const real15 = askOver(['test/fixtures/questions/real15-docs']);

describe('reader rules after asktune19', () => {
  it('reads a figure a plan\'s own notice states outside its tasks, in the measure asked', async () => {
    // 青海's notice: 《青海省提振消费行动实施方案》已经省政府第65次常务会议审议通过 — no task holds it.
    const meeting = await ask('青海的提振消费方案在省政府第几次常务会议上审议的');
    expect(meeting.answer.text).toMatch(/^第65次。/u);
    expect(meeting.answer.items[0]?.name).toBe('青海省提振消费行动实施方案');
    // 淮南 2023 通报's opening: 对2023年《政府工作报告》确定的262项任务上半年完成情况进行了督查 (the table holds 2 rows).
    const checked = await ask('淮南2023年那份通报督查了政府工作报告确定的多少项任务');
    expect(checked.answer.text).toMatch(/^262项。/u);
    // 金山 6. 优化消防站点建设布局: …消防专项规划(2045)消防站建设 — a year in brackets, no 年.
    expect((await ask('金山消防意见提到的消防专项规划是到哪一年的')).answer.text).toMatch(/^2045。/u);
  });

  it('leaves a count of the plan\'s own tasks to the task list when the text\'s figure shares too few of its words', async () => {
    // 青浦 方案 lists fifteen items; its notice states no figure in 项 beside 任务 and another word of the question.
    const a = await ask('青浦的消防实施方案总共列了几项任务');
    expect(a.plan.op).toBe('documentTasks');
    expect(a.answer.text).toMatch(/共 15 项任务/u);
  });

  it('names the higher document a plan says it implements, and says so when it names none', async () => {
    // 青海's 方案: 为贯彻落实…《提振消费专项行动方案》; the parser keeps it as the document's `implements`.
    const a = await ask('青海提振消费实施方案依据的是什么上级文件');
    expect(a.plan.op).toBe('documents');
    expect(a.answer.text).toMatch(/上级依据文件：《提振消费专项行动方案》/u);
    // 十堰's title writes 分解落实…纲要 without 《》, which graph/metadata does not read as a higher document yet: the
    // answer says the graph holds none rather than answering nothing (this changes when metadata learns that title).
    const none = await ask('十堰的分工通知是根据哪个上级文件制定的');
    expect(none.answer.text).toMatch(/图中没有记录它所依据的上级文件/u);
  });

  it('answers a topic asked of several plans with each plan\'s task whose title holds most of its words', async () => {
    // 青浦 (十三) 完善消防救援队伍职业保障体系; 金山 titles the same work 强化消防救援队伍职业荣誉保障 (荣誉 inside).
    const a = await ask('金山和青浦的消防文件里救援队伍职业保障各自对应哪一项');
    expect(a.answer.items.map((i) => i.name)).toEqual(['强化消防救援队伍职业荣誉保障', '完善消防救援队伍职业保障体系']);
    // No title of either plan holds most of 宣传 with 消防 (青浦 has 提高宣传培训质效): no such reading, another reader answers.
    expect((await ask('金山和青浦的消防文件里消防宣传分别是哪一项')).answer.text).not.toMatch(/分别找各个文件/u);
  });

  it('reads a title piece closed by 意见 as that plan, beside a second plan, and lists or asks each plan apart', async () => {
    // 雁塔's 区利用消费热点促进居民消费意见 (3 items, 根据国务院办公厅《关于搞活流通扩大消费的意见》) and 青海's 方案 (1 item here).
    const tasks = await ask('青海的提振消费方案与利用消费热点那份意见里分别有哪些任务');
    expect(tasks.plan.op).toBe('documentTasks');
    expect(tasks.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['增加工资性收入', '区城管执法局负责联系市城管执法局,支持活动的开展']));
    const higher = await ask('青海提振消费方案与促进居民消费意见各自依据哪个上级文件');
    expect(higher.answer.text).toMatch(/上级依据文件：《提振消费专项行动方案》/u);
    expect(higher.answer.text).toMatch(/上级依据文件：《关于搞活流通扩大消费的意见》/u);
  });

  it('lists the items a 通报 groups under a lead-in the question describes, at most as many as it counts', async () => {
    // 玉环 三季度通报: 8项进展偏慢的市政府重点工作为: ①实现“小升规”60家 … 确保完成固定资产投资50亿元; then 4项尚未完成年度目标任务的民生实事项目为: ….
    const slow = await real15.ask('玉环那份三季度通报中进度偏慢的市政府重点工作是哪些');
    expect(slow.answer.items.map((i) => i.name)).toHaveLength(8);
    expect(slow.answer.items[0]?.name).toBe('实现“小升规”60家');
    expect(slow.answer.items.map((i) => i.name)).toContain('确保完成固定资产投资50亿元');
    expect(slow.answer.items.map((i) => i.name)).not.toContain('实施退出孕龄期妇女免费取环服务');
    const behind = await real15.names('玉环三季度通报里尚未完成年度目标的民生实事项目有哪些');
    expect(behind).toEqual(['实施60岁以上老人免费接种肺炎疫苗、流感疫苗活动', '实施退出孕龄期妇女免费取环服务', '建设新玉环人安居工程20万平方米', '建设智能“阳光厨房”32家']);
  });

  it('splits a merged office only into two different functions of the unit registry', () => {
    // Two functions under one body word: 商务 + 外事, 教育 + 科技 (教科局 is also an old name of 教委, a different entry from 科技局).
    expect(isMergedOffice('市商务外事局')).toBe(true);
    expect(isMergedOffice('县教育科技局')).toBe(true);
    // One function's own name with its level, and two former names of one function (工商 and 质监 are 市场监管's; 安监 is 应急's).
    for (const one of ['区人力社保局', '区工商质监局', '县安监应急局']) expect(isMergedOffice(one), one).toBe(false);
  });
});
