// The reader rules added while tuning on real20 (issue 10), one behaviour each, in other words than the set's, on the eight real20 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real20-docs']);

describe('reader rules after real20', () => {
  it('takes a plan whose header says only its level (市) to be the one city of that level its body names', async () => {
    // 成都's table, kept without its issuer: 3加强家庭源危险废物处置的规范化管理…制定成都市有害垃圾处置工作指导意见…市生态环境局,各区(市)县政府(管委会);
    // 4…落实生活垃圾分类设施专项规划…市城管委、市规划和自然资源局,市生态环境局、市商务局、市住建局,… — 成都 is the plan, not one row's place.
    const a = await ask('成都那张表里市生态环境局负责几项');
    expect(a.answer.text).toMatch(/成都市/u);
    expect(a.answer.text).toMatch(/2 项/u);
    expect(a.answer.text).not.toMatch(/涉及「成都」/u);
  });

  it('reads 那份通报 as the plan called by its genre, not 通报 as a word to search for', async () => {
    // 宿州's notice: 关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报; its lagging items sit under 市经济和信息化局.
    const a = await ask('宿州那份通报里有哪些单位');
    expect(a.plan.op).toBe('documentUnits');
    expect(a.answer.items.map((i) => i.name)).toContain('市经济和信息化局');
  });

  it('reads a question word where a name has another character (几项任务, 哪项任务) as the question, not that name mistyped', async () => {
    // 崇明's plan has a part titled 专项任务 (设施农业疑似违法项目, 督察违法项目, …); 几项任务 asks a count of the whole plan.
    const count = await ask('崇明那份方案一共几项任务');
    expect(count.plan.op).toBe('documentTasks');
    expect(count.answer.text).not.toMatch(/理解为「专项任务」/u);
    const lacking = await ask('崇明方案里哪项任务区规划资源局不参与');
    expect(lacking.plan.op).toBe('tasksLacking');
  });

  it('reads the words right after a place with several plans as the topic that picks one of them', async () => {
    // 长宁's two 2019 papers: …深入推进“一网通办”工作要点 (2.…(责任部门:区审改办、全区各责任单位等)) and …公共消防安全的工作意见.
    const a = await ask('长宁一网通办里区审改办负责哪些');
    expect(a.plan.op).toBe('unitTasks');
    expect(a.answer.text).toMatch(/一网通办”工作要点/u);
    expect(a.answer.text).not.toMatch(/公共消防安全/u);
    expect(a.answer.items.map((i) => i.name)).toEqual(['实现所有行政审批事项办理时限平均减少一半']);
  });

  it('reads 没写责任部门 as a task that names no unit', async () => {
    // 长宁 一网通办's third item (推进新增的100个业务流程优化再造事项落地) is cut before its (责任部门:…).
    const a = await ask('长宁一网通办那份哪一项没有写责任单位');
    expect(a.answer.items.map((i) => i.name)).toContain('推进新增的100个业务流程优化再造事项落地');
  });

  it('reads 第N项 in one plan as its n-th task when the question asks about its units, and 负不负责 as any duty', async () => {
    // 成都 row 2: 完善生活垃圾回收利用体系 … 市商务局,市住建局、市城管委、市委社治委、市发改委、市规划和自然资源局,各区(市)县政府(管委会).
    const who = await ask('成都那张表第二项谁负责');
    expect(who.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['市商务局', '市委社治委', '市发改委']));
    // Row 3: 加强家庭源危险废物处置的规范化管理 … 市生态环境局,各区(市)县政府(管委会) — responsible, no lead written.
    const yes = await ask('成都分工表第3项市生态环境局负不负责');
    expect(yes.plan.op).toBe('checkDuty');
    expect(yes.answer.text).toMatch(/^是的/u);
    // 长宁 一网通办 item 2 names 区审改办 and 全区各责任单位, not 区科委 (item 1's).
    const no = await ask('长宁一网通办第2项区科委管不管');
    expect(no.answer.text).toMatch(/^没有/u);
    expect(no.answer.text).toMatch(/区审改办/u);
  });

  it('declines the hour of a day to come (明天几点), which no plan\'s deadline gives', async () => {
    // 崇明's plan dates its stages by day (2020年10月30日前); it holds no hour of tomorrow.
    expect((await ask('崇明明天几点开始拆违')).plan.op).toBe('decline');
    expect((await ask('崇明的违法用地整治要在哪天前完成')).plan.op).not.toBe('decline');
  });

  it('says by when a target is due when the question asks when, from the clause that sets it', async () => {
    // 成都 row 1: 2021年2月底前,群众对生活垃圾分类的知晓率达90%以上。
    const a = await ask('成都群众垃圾分类知晓率90%的目标何时要实现');
    expect(a.plan.op).toBe('targets');
    expect(a.answer.text).toMatch(/2021年2月底前/u);
  });

  it('reads a figure asked at a month\'s deadline from the clause of the stage it opens, and 任务量 as an amount, not a task count', async () => {
    // 嘉定: 2026年3月底前完成20％年度任务量，6月底前完成60％年度任务量，9月底前完成80%年度任务量和11月中旬前完成剩余20％的整治任务.
    const a = await ask('嘉定9月底前完成年度任务量的多少');
    expect(a.answer.text).toMatch(/9月底前完成80%年度任务量/u);
    expect(a.plan.op).not.toBe('documentTasks');
  });

  it('lists the places of the kind asked that a plan\'s tasks mention (涉及哪些镇)', async () => {
    // 嘉定's annex rows: 马陆镇:122.52 …, 安亭镇:552.22 …, 江桥镇 …, 新成路街道 …
    const a = await ask('嘉定那份实施方案里提到哪些街镇');
    expect(a.plan.op).toBe('documentPlaces');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['马陆镇', '安亭镇', '江桥镇', '新成路街道']));
  });

  it('reads 第N部分 of a plan printed as its notice\'s 附件 as that plan\'s own part', async () => {
    // 嘉定: the notice, then 附件 2026年嘉定区违法用地综合整治实施方案 with 一、目标任务 二、工作要求 ((一)…(三)) 三、整治计划安排 四、保障措施.
    const a = await ask('嘉定方案第四部分下面有几条');
    expect(a.plan.op).toBe('sectionChildren');
    expect(a.answer.text).toMatch(/「保障措施」/u);
  });

  it('finds the plan that lists things joined by 和 the way it writes them (、 and 等 between)', async () => {
    // 长宁 消防: …加快推进中新泾、古北等消防站点建设。
    const a = await ask('哪个文件提到了中新泾和古北的消防站点');
    expect(a.plan.op).toBe('documentsWith');
    expect(a.answer.text).toMatch(/公共消防安全的工作意见/u);
  });

  it('reads illegal land use and tax breaks in English as the plans\' 违法用地 and 税收优惠', async () => {
    // 奉贤's annex: 区税务局 负责对整治清单内违法用地项目调整或取消相关税收优惠政策。
    const a = await ask('Which unit withdraws tax breaks for illegal land use in Fengxian?');
    expect(a.answer.items.map((i) => i.name)).toContain('区税务局');
  });
});
