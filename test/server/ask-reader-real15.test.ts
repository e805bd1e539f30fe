// The reader rules added while tuning on real15 (issue 10), one behaviour each, in other words than the set's, on the eight real15 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real15-docs']);

describe('reader rules after real15', () => {
  it('reads a leading group\'s office by its field and 办 (疫情防控办), with or without its level', async () => {
    // 杨浦 2020 Q3 (二) 1 公共卫生体系建设: 责任单位:区疫情防控工作领导小组办公室牵头,相关成员单位配合.
    expect(await names('杨浦区第三季度那份要点，区疫情防控办牵头的是哪项')).toEqual(['公共卫生体系建设']);
    // Q2 (一) 1 落实疫情防控各项决策部署 and 2 医护诊疗工作, both led by the same office.
    expect(await names('第二季度的要点里疫情防控办牵头的任务')).toEqual(expect.arrayContaining(['落实疫情防控各项决策部署', '医护诊疗工作']));
  });

  it('picks a place\'s plan by the quarter or the genre its title carries (二季度, 通报, 方案), one group per word', async () => {
    // 杨浦 Q2 (二季度) lists two tasks of the office, Q3 one: the quarter said picks the plan, not both.
    const q2 = await ask('杨浦第二季度的要点里区疫情防控办牵头几项');
    expect(q2.answer.text).toMatch(/共 2 项/u);
    expect(q2.answer.text).not.toContain('公共卫生体系建设');
    // 玉环 通报: ③ 完成老旧小区改造9.5万平方米 and 民生 ③ 建设新玉环人安居工程20万平方米 (责任单位:市住建局); the 方案's excerpt has none.
    expect(await names('玉环那份通报里市住建局负责哪些事')).toEqual(expect.arrayContaining(['完成老旧小区改造9.5万平方米', '建设新玉环人安居工程20万平方米']));
    // 玉环 方案 rows 1 and 2 are led by 市府办; the 通报 names no 市府办.
    expect(await names('玉环的方案里市府办牵头哪些')).toEqual(expect.arrayContaining(['始终做到忠诚于党', '始终坚持依法行政']));
  });

  it('lists the lead units two quarters\' plans of one place share, the role said before the unit word or the question after it', async () => {
    // 杨浦 Q2 (一) 1, 2 and Q3 (二) 1: 区疫情防控工作领导小组办公室 leads in both, 相关成员单位 only supports.
    for (const q of ['杨浦第三季度和第二季度工作要点里都有哪些牵头单位', '杨浦第三季度和第二季度要点中都牵头的单位是哪个']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('documentUnits');
      expect(a.answer.items.map((i) => i.name), q).toEqual(['区疫情防控工作领导小组办公室']);
    }
  });

  it('answers one plan\'s task asked of two plans each from that plan\'s own task of the name, or the one holding its words in order', async () => {
    // 蚌埠 1. 搭建创意创新联动平台 (各县、区,市商务外事局、市发展改革委); 安庆 1. 搭建创意平台 [市商务局, 各县(市、区)、安庆经开区、安庆高新区、市筑梦新区].
    const a = await ask('蚌埠、安庆两份意见中搭建创意创新联动平台各自由谁负责');
    expect(a.plan.op).toBe('taskUnits');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['市商务外事局', '市发展改革委', '市商务局', '安庆经开区']));
    expect(a.answer.text).toMatch(/（安庆市）「搭建创意平台」/u);
  });

  it('reads a level word (县区一级) as a filter on each plan\'s units, not as a topic', async () => {
    // 蚌埠 names 各县、区; 六盘水 各县、特区、区人民政府 (责任单位 of items 7 and 1); neither names another body of that level.
    const a = await ask('蚌埠和六盘水两份文件中县区级的单位各是哪些');
    expect(a.plan.op).toBe('documentUnits');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['各县、区', '各县、特区、区人民政府'].sort());
    expect(a.answer.text).toMatch(/（蚌埠市）：「各县、区」；.*（六盘水市）：「各县、特区、区人民政府」/u);
  });

  it('declines who heads an office, when a meeting meets next, a monthly benefit and where to eat; a duty is still read', async () => {
    for (const q of ['市商务外事局的主任叫什么', '民营经济创意会下次哪天召开', '失业保险金每个月可以领多少', '阳光厨房能在哪就餐']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.text, q).toMatch(/抱歉/u);
    }
    // 安庆 1. 搭建创意平台 (市政府和各县(市、区)政府每季度…举办创意会): [市商务局, …按职责分工负责].
    expect(await names('安庆每季度举办创意会这件事哪些单位负责')).toContain('市商务局');
  });

  it('reads the plans\' programme words in English (high-standard farmland, law-based administration, private enterprises, pilot villages)', async () => {
    // 玉环 通报 ⑦ 新建高标准农田6700亩 (责任单位:市农业农村水利局); 方案 2 始终坚持依法行政 (市府办 牵头).
    expect(await names('Which bureau builds high-standard farmland in Yuhuan?')).toContain('市农业农村水利局');
    expect(await names('Who is in charge of law-based administration in Yuhuan?')).toContain('市府办');
    // 安庆 (二) 目标任务: 私营企业总数达到17万户以上; 汶上 row 1: “信用+”人居环境治理试点村达到100个.
    const firms = await ask('How many private enterprises should Anqing have?');
    expect(firms.plan.op).toBe('targets');
    expect(firms.answer.text).toContain('私营企业总数 17万户');
    expect((await ask('How many pilot villages will the credit-plus model reach?')).answer.text).toContain('100');
  });
});
