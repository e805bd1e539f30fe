// The reader rules added while tuning on real17 (issue 10), one behaviour each, in other words than the set's, on the eight real17 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real17-docs']);

describe('reader rules after real17', () => {
  it('reads who issued a plan named by its 文号, and every issuer of a joint notice', async () => {
    // 鹿城: 文号 温鹿政发〔2025〕29号, signed 温州市鹿城区人民政府.
    const one = await ask('温鹿政发〔2025〕29号是哪个单位发布的');
    expect(one.plan.op).toBe('documents');
    expect(one.answer.text).toMatch(/发文单位：温州市鹿城区人民政府/u);
    // 龙湾's notice opens 温州市龙湾区人民政府办公室 温州湾新区(高新区、经开区)党政办公室 关于印发….
    expect((await ask('龙湾那份政策的发文单位有哪些')).answer.text).toMatch(/温州市龙湾区人民政府办公室、温州湾新区\(高新区、经开区\)党政办公室/u);
  });

  it('reads the meeting that passed a plan, and the 人代会 a report was passed at when that is asked', async () => {
    // 鹿城: …已经十届区政府第48次常务会议审议通过 (the 经 of 经济 before it opens no clause).
    expect((await ask('鹿城那份若干政策经过哪次会议')).answer.text).toMatch(/通过会议：十届区政府第48次常务会议。/u);
    // 长沙 2021: 长沙市第十五届人民代表大会第七次会议通过的2021年《政府工作报告》.
    expect((await ask('长沙2021年的责任管理通知提到的政府工作报告是哪次人大会议通过的')).answer.text).toMatch(/长沙市第十五届人民代表大会第七次会议/u);
  });

  it('reads each plan\'s day of issue and the higher document it carries out, with its 文号, in the order named', async () => {
    // 长沙 2021 is signed 2021年1月20日.
    expect((await ask('长沙2021年那份是什么时候印发的')).answer.text).toMatch(/印发日期：2021年1月20日/u);
    // Both districts write 根据《…》(温政发〔2025〕2号); 龙湾 names the city's notice, 鹿城 its policy.
    const higher = await ask('龙湾、鹿城两份若干政策各自依据哪个文件');
    expect(higher.answer.items).toHaveLength(2);
    expect(higher.answer.text).toMatch(/龙湾.*《温州市人民政府关于印发温州市推动经济高质量发展若干政策\(2025年版\)的通知》（温政发〔2025〕2号）.*鹿城.*（温政发〔2025〕2号）/u);
  });

  it('names a plan no government signs by its title line\'s place, and reads its higher document past the title\'s own 《》', async () => {
    // 德州: no 人民政府 in its header; its title line reads 德州市贯彻落实省《…》实施方案, then 贯彻落实《山东省人民政府关于印发…的通知》(鲁政字〔2023〕18号…).
    const a = await ask('德州那份方案是根据哪个文件制定的');
    expect(a.plan.op).toBe('documents');
    // Its title line now names it (德州市贯彻落实省《…》实施方案), so the place is the title's, not a label beside a headline.
    expect(a.answer.text).toMatch(/德州市.*《山东省人民政府关于印发突破菏泽鲁西崛起三年行动计划\(2023—2025年\)的通知》（鲁政字〔2023〕18号）/u);
  });

  it('gives every value of an indicator a plan states per group (分别增长X和Y), not the first alone', async () => {
    // 长沙 2012: 城乡居民人均可支配收入分别增长12%和14%; 嵊泗 2023: …分别增长8%、8.5%.
    expect((await ask('长沙2012年城乡居民的收入目标各是多少')).answer.text).toMatch(/12%.*14%/u);
    expect((await ask('嵊泗城乡居民收入增长目标是多少')).answer.text).toMatch(/8%、8\.5%/u);
  });

  it('reads 那条 after a unit\'s duty as that unit\'s task, then its other units', async () => {
    // 嵊泗 二、1: 责任单位:县发改局、县人力社保局、县农业农村局、县属有关部门、各乡镇人民政府 — 县人力社保局's only item.
    const a = await ask('县人力社保局参与的那条另外还有哪些单位');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['县农业农村局', '县发改局', '县属有关部门', '各乡镇人民政府'].sort());
  });

  it('matches a task asked of a plan without the plan\'s bracketed abbreviation (地区生产总值(GDP))', async () => {
    // 嵊泗's item is 地区生产总值(GDP)增长10%左右 (five units); 长沙 2012's 地区生产总值增长13% is another plan's.
    const a = await ask('嵊泗的地区生产总值增长10%那条由哪些单位负责');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['县发改局', '县农业农村局', '各乡镇人民政府']));
    expect(a.answer.items.map((i) => i.name)).not.toContain('统计局');
  });

  it('reads which leader 牵头 a unit\'s item, or each plan\'s numbered part, from the heading above it', async () => {
    // 嵊泗 二、宋晖常务副县长牵头重点工作 holds 县人力社保局's item.
    expect((await ask('县人力社保局的任务是哪位县长牵头的')).answer.text).toMatch(/由宋晖常务副县长牵头/u);
    // 舟山 二、毛江平常务副市长牵头重点工作; 嵊泗 二、宋晖常务副县长牵头重点工作.
    const parts = await ask('舟山和嵊泗两份第二部分各是哪位领导牵头');
    expect(parts.answer.text).toMatch(/舟山.*由毛江平常务副市长牵头.*嵊泗.*由宋晖常务副县长牵头/u);
  });

  it('reads a year none of a place\'s plans carries as its plan that names no year, not another year\'s', async () => {
    // 长沙's 2012 copy is its table alone (titled 牵头单位, no year); the 2021 notice carries 2021 in its title and 文号.
    const a = await ask('长沙2012年那份里哪些任务市发改委没有牵头');
    expect(a.plan.op).toBe('tasksLacking');
    expect(a.answer.text).not.toMatch(/2021/u);
    expect(a.answer.items.map((i) => i.name)).toContain('强化行政监督');
  });

  it('reads 不配合 / 不参与 after the second of two units as A\'s tasks less B\'s', async () => {
    // 长沙 2012: 市监察局 leads 想问题、做决策、安排资金 (no 审计局) and 严肃查处…腐败行为 (审计局 among its units).
    const a = await ask('市监察局牵头的任务当中审计局不配合的有哪几条');
    expect(a.plan.op).toBe('unitTasksMinus');
    expect(a.answer.items.map((i) => i.name)).toEqual(['想问题、做决策、安排资金']);
  });

  it('reads English names of an island county\'s works and places (sea angling base, fishing port, Shengsi, high-tech companies)', async () => {
    // 嵊泗 二、4 打造嵊山国际海钓基地: 县海洋与渔业局、县资源规划局; 二、3 实施渔港经济区建设: 县海洋与渔业局.
    expect((await ask('Which departments handle the sea angling base in Shengsi county?')).answer.items.map((i) => i.name)).toEqual(['县海洋与渔业局', '县资源规划局']);
    expect((await ask('Which bureau is in charge of the fishing port economic zone?')).answer.items.map((i) => i.name)).toContain('县海洋与渔业局');
    // 德州: 到2025年…高新技术企业达到1000家.
    expect((await ask('What is the target for high-tech companies in Dezhou?')).answer.text).toMatch(/高新技术企业 1000家/u);
  });

  it('reads the task after 和 by its title\'s opening words when 哪一项 points at it, to weigh the two', async () => {
    // 舟山 一、4 推进国资国企改革三年行动,…: 市财政局(国资委); 一、5 严肃财经纪律,…: 市财政局、市审计局.
    const a = await ask('舟山推进国资国企改革三年行动和严肃财经纪律哪一项的单位更多');
    expect(a.plan.op).toBe('compareUnits');
    expect(a.answer.items[0].name).toMatch(/^严肃财经纪律/u);
  });

  it('declines when a work opens, asked of a plan\'s place, instead of reading the plan\'s day of issue', async () => {
    const a = await ask('德州机场何时能通航');
    expect(a.plan.op).toBe('decline');
    expect(a.answer.text).toMatch(/抱歉/u);
  });
});
