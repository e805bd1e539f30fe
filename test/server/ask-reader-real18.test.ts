// The reader rules added while tuning on real18 (issue 10), one behaviour each, in other words than the set's, on the eight real18 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real18-docs']);

describe('reader rules after real18', () => {
  it('reads a genre word a plan\'s title spells (工作要点) as that word, not as a heading one character away (工作要求)', async () => {
    // 扬州's title: …扬州市数字政府建设2023年工作要点; its text: 根据《扬州市数字政府高质量建设三年行动计划(2022-2024年)》(扬府发〔2022〕90号).
    const a = await ask('扬州那份工作要点依据的是哪个文件');
    expect(a.plan.op).toBe('documents');
    expect(a.answer.text).toMatch(/扬州市数字政府高质量建设三年行动计划/u);
    expect(a.answer.text).not.toMatch(/工作要求/u);
  });

  it('says the total a plan states for its items beside the count the graph holds', async () => {
    // 松江: 分类梳理…共22项任务; the parser also reads 工作保障's (六)坚持党建引领 as a task.
    const a = await ask('松江那份计划里总共几项任务');
    expect(a.answer.text).toMatch(/原文写明共 22 项任务（图中读出 23 项）/u);
  });

  it('declines whether a place is open to visitors now, a notice no plan holds', async () => {
    // 静安 item 22: 重点推进张园历史风貌片区开发 — a work planned, not its opening hours.
    const a = await ask('张园今天对外开放了没有');
    expect(a.plan.op).toBe('decline');
    expect((await ask('哪条任务提到张园')).plan.op).not.toBe('decline');
  });

  it('reads a figure in the measure asked (台), past the year most sentences say, and a named task\'s amount as no task count', async () => {
    // 静安 item 7: 完成既有多层住宅加装电梯700台; its section opens 力争到2025年,…完成零改和小梁薄板房屋改造的任务目标.
    expect((await ask('到2025年静安既有住宅要装多少台电梯')).answer.text).toMatch(/700台/u);
    // 松江 item 18: …完成3.44平方公里低效产业用地处置任务 — not the plan's 22 items.
    const a = await ask('松江那份低效产业用地处置任务是多少');
    expect(a.answer.text).toMatch(/3\.44平方公里/u);
    expect(a.plan.op).not.toBe('documentTasks');
  });

  it('reads 哪份方案 as which plan, and each plan\'s own item that writes a topic', async () => {
    expect((await ask('哪份文件写到了沈氏宅')).answer.text).toMatch(/松江区城市更新2025年度实施计划/u);
    // 松江 7: 推进5个“美丽街区”建设; 静安 14: 参照新一轮“美丽街区”三年行动计划… — 美丽街区 is linked to 松江's task alone.
    const each = (await ask('静安和松江各自在哪一条里提到美丽街区')).answer.items.map((i) => i.name);
    expect(each).toEqual(expect.arrayContaining(['推进5个“美丽街区”建设', '参照新一轮“美丽街区”三年行动计划(2024—2026)']));
  });

  it('gives a plan with no target for an indicator the sentence of its text that states the number', async () => {
    // 静安 19: 推进海绵城市建设。城市建成区40%的区域达到海绵城市建设要求 (no Target); 松江 11 sets 50% (a Target).
    const a = await ask('静安和松江的海绵城市目标各是多少');
    expect(a.answer.text).toMatch(/50%/u);
    expect(a.answer.text).toMatch(/原文：城市建成区40%的区域达到海绵城市建设要求/u);
  });

  it('reads each plan\'s own clause for a figure its notice states, when the question asks of each', async () => {
    // 静安: 已经区政府第72次常务会议通过; 松江: 经区政府第97次常务会议通过.
    const a = await ask('松江和静安这两份分别是区政府第几次常务会议审议通过的');
    expect(a.answer.text).toMatch(/第97次/u);
    expect(a.answer.text).toMatch(/第72次/u);
  });

  it('reads urban renewal\'s English words (lifts added to existing housing, old factories renovated) and a count asked before the place', async () => {
    // 静安 7: 完成既有多层住宅加装电梯700台; 松江 20: 推进大洋集团老旧厂房改造 (牵头单位:九亭镇); 松江: …共22项任务.
    expect((await ask('How many lifts are to be installed in existing multi-storey residential buildings in Jing\'an?')).answer.text).toMatch(/700台/u);
    expect((await ask('Who is in charge of the old factory renovation of the Dayang Group?')).answer.items.map((i) => i.name)).toContain('九亭镇');
    const count = await ask('How many tasks are in the Songjiang urban renewal plan?');
    expect(count.plan.op).toBe('documentTasks');
    expect(count.answer.text).toMatch(/共 22 项任务/u);
  });
});
