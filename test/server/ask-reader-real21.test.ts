// The reader rules added while tuning on real21 (issue 10), one behaviour each, in other words than the set's, on the eight real21 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real21-docs']);

describe('reader rules after real21', () => {
  it('reads 劳动保障那份 as the plan whose own text speaks of 劳动保障, not the one where it is only inside a unit name', async () => {
    // 苏劳社[2007]18号's notice: …共同努力把今年劳动保障各项工作做得更加扎实…; 7.城镇登记失业率控制在4%。(就业处、就管中心).
    // 宁波 2004 (a copy without a title) writes 劳动保障 only in (市劳动保障局).
    const a = await ask('劳动保障那份文件里就业处管哪些');
    expect(a.answer.text).toMatch(/分解落实方案/u);
    expect(a.answer.text).not.toMatch(/宁波/u);
    expect(a.answer.items.map((i) => i.name)).toContain('城镇登记失业率控制在4%');
  });

  it('reads an English place whose apostrophe became a space, and the fire plans\' water-source works', async () => {
    // 静安 3．加强消防水源建设 … （责任单位：区发展改革委、区财政局、区消防支队、有关街镇）.
    expect(englishToChinese('units building fire water sources in Jing an s plan')).toMatch(/^静安的.*建设消防水源/u);
    const a = await ask("Which departments build water supplies for firefighting in Jing'an?");
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['区消防支队', '区财政局']));
  });

  it('reads how much, by a year and the subject after must as an English target question of that place\'s plan', async () => {
    // 上海's 工作方案: 确保至2035年全市202万亩耕地、150万亩永久基本农田保护底线.
    expect(englishToChinese('How much cultivated land will Shanghai retain by 2035?')).toBe('上海的多少耕地保有到2035年');
    const a = await ask('How much cultivated land will Shanghai retain by 2035?');
    expect(a.answer.text).toMatch(/202万亩/u);
  });

  it('reads rural roads, their maintenance funds and audits in English', async () => {
    // 奉贤 公路: 区审计局要做好对农村公路养护资金使用情况的审计工作 (责任单位：…区审计局…).
    expect(englishToChinese('who audits maintenance funds of rural roads')).toBe('谁审计养护资金农村公路');
    const a = await ask('Who audits the funds for road maintenance of rural roads in Fengxian?');
    expect(a.answer.items.map((i) => i.name)).toContain('区审计局');
  });

  it('declines a work\'s progress as of now and an actual figure: plans set works and targets, they report neither', async () => {
    for (const q of ['崇明那条农村公路现在修好没有', '奉贤去年耕地实际的面积有多少']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
    }
    // A plan's own deadline for building stays a question about the plan.
    expect((await ask('静安计划里到2021年要建成什么')).plan.op).not.toBe('decline');
  });

  it('reads 哪些任务没有X as the plan\'s tasks X has no duty in, the negation said before the unit', async () => {
    // 崇明 公路: 区财政局 is named in 加大财政资金保障力度 and others, not in 发挥农民群众积极性 (责任单位：各乡镇政府).
    const a = await ask('崇明公路方案中哪几项任务没有区财政局');
    expect(a.plan.op).toBe('tasksLacking');
    const names = a.answer.items.map((i) => i.name);
    expect(names).toContain('发挥农民群众积极性');
    expect(names).not.toContain('加大财政资金保障力度');
  });

  it('reads the words between a place and its genre word as the topic that picks one of the place\'s plans', async () => {
    // 奉贤 has two plans loaded: …深化农村公路管理养护体制改革实施方案 and the 耕地土壤 notice; 区审计局 is in the first only.
    const a = await ask('奉贤农村公路方案里区审计局管什么');
    expect(a.answer.text).not.toMatch(/土壤环境保护/u);
    expect(a.answer.items.map((i) => i.name)).toEqual(['加强资金使用监管']);
  });

  it('reads 是否负责 / 有没有参与 as any duty, not a lead', async () => {
    // 静安 3．加强消防水源建设（责任单位：区发展改革委、区财政局、区消防支队、有关街镇）: 区财政局 is responsible, leads nothing there.
    const a = await ask('静安的区财政局是否负责加强消防水源建设');
    expect(a.plan.op).toBe('checkDuty');
    expect(a.answer.text).toMatch(/^是的/u);
  });

  it('lists a heading\'s parts when only its own name says 任务 (工作任务 包括哪几部分)', async () => {
    // 静安 二、工作任务 holds （一）加强消防安全防灾减灾体系建设 … （五）进一步加强消防职业保障, 23 items below them.
    const a = await ask('静安三年行动计划里工作任务包括哪几部分');
    expect(a.answer.items.map((i) => i.name)).toEqual(['加强消防安全防灾减灾体系建设', '进一步夯实公共消防基础',
      '持续稳控社会面消防安全形势', '进一步提升应急救援能力', '进一步加强消防职业保障']);
  });

  it('lists the heading named by title inside the part a number gives, not the part itself', async () => {
    // 崇明 四、主要任务 → （三）创新农村公路管理养护长效机制 → 1.深化农村公路养护市场化 … 4.促进农村公路转型发展.
    const a = await ask('崇明公路方案第四部分里创新农村公路管理养护长效机制下面有哪些');
    expect(a.answer.items.map((i) => i.name)).toEqual(['深化农村公路养护市场化', '加强安全质量和信用管理', '强化法规政策和队伍建设', '促进农村公路转型发展']);
  });

  it('reads what a notice sends (附件) from its 附件 lines', async () => {
    // 奉贤's 耕地 notice: 附件：1、奉贤区优先保护类耕地集中区域土壤环境保护工作方案 / 2、…安全利用工作方案 / 3、…严格管控工作方案.
    const a = await ask('奉贤耕地那份通知附件有哪些');
    expect(a.plan.params).toMatchObject({ fact: 'annexes' });
    expect(a.answer.text).toMatch(/共 3 个/u);
    expect(a.answer.text).toMatch(/《奉贤区受污染耕地安全利用工作方案》/u);
    // A notice with no 附件 line says so rather than counting.
    expect((await ask('静府办发〔2019〕10号附件有哪些')).answer.text).toMatch(/没有列出附件/u);
  });

  it('lists the tasks whose own text sets the year asked as their deadline', async () => {
    // 上海 耕地: （三）加强粮食生产功能区建设 …到2025年，完成新增建设13万亩…; （四）保护种粮积极性 …到2025年，上市销售的地产稻米品牌化比例达到50%….
    const a = await ask('上海那份耕地方案到2025年前要完成哪些任务');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['保护种粮积极性', '加强粮食生产功能区建设']);
    // The year is no typo of the 公路 plans' heading 到2022年: no note says it was read as one.
    const linked = await ask('上海耕地方案里到2025年要完成哪些任务');
    expect(linked.answer.items).toHaveLength(2);
    expect(linked.answer.text).not.toMatch(/2022/u);
    // A year no task of the plan sets lists nothing, and says so.
    const none = await ask('崇明公路方案里哪几项工作要在2030年前完成');
    expect(none.answer.items).toEqual([]);
    expect(none.answer.text).toMatch(/没有原文写明到2030年完成的任务/u);
  });
});

describe('reader rules after real21, on real19\'s plans', () => {
  const real19 = askOver(['test/fixtures/questions/real19-docs']);

  it('notes no reading of a function word that each plan\'s unit list is searched for as written', async () => {
    // 虹口's 建筑垃圾 copy names 上海市公安局虹口分局, 青浦's table 公安青浦分局 and 公安青浦区分局: every one is listed, none chosen.
    const a = await real19.ask('青浦和虹口那两份建筑垃圾分工里公安分别是什么单位');
    expect(a.plan.op).toBe('documentUnits');
    expect(a.answer.text).not.toMatch(/可能指|理解为「/u);
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['上海市公安局虹口分局', '公安青浦分局']));
  });

  it('reads a period written in words (不超过三年) as the figure asked in years, per plan asked', async () => {
    // 崇明 (一)1: …建立动态调整机制，原则上调整周期不超过三年; 奉贤 (三): …原则上调整周期不超过五年.
    const one = await ask('奉贤农村公路养护资金多少年调整一次');
    expect(one.answer.text).toMatch(/调整周期不超过五年/u);
    const both = await ask('崇明与奉贤农村公路养护资金各自的调整周期最长几年');
    expect(both.answer.text).toMatch(/不超过三年[\s\S]*不超过五年/u);
  });
});
