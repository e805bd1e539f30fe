// The reader rules added while tuning on what real15 still missed (issue 10), one behaviour each, in other words than
// the set's questions, on the real15 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

describe('reader rules after the real15 round', () => {
  const { ask, names } = askOver(['test/fixtures/questions/real15-docs']);

  it('names a plan by a 文号 its site printed without brackets, typed either way', async () => {
    // 杨浦 2020 Q3 prints 杨府办202048 under its title; items 1 (公共卫生体系建设) and 2 (社会面整体防控), the first led by
    // 区疫情防控工作领导小组办公室 (the text stops in item 2).
    const typed = await ask('杨府办202048里区疫情防控工作领导小组办公室牵了哪些头');
    expect(typed.answer.items.map((i) => i.name)).toEqual(['公共卫生体系建设']);
    const full = await ask('在杨府办〔2020〕48号文件中区疫情防控工作领导小组办公室牵头了什么');
    expect(full.answer.items.map((i) => i.name)).toEqual(['公共卫生体系建设']);
    expect(full.answer.text).toContain('第三季度');
  });

  it('lists a plan\'s tasks when the plan is all the question names (…里都有啥任务)', async () => {
    const a = await ask('杨府办202048都有啥任务');
    expect(a.plan.op).toBe('documentTasks');
    expect(a.answer.items.map((i) => i.name)).toEqual(['公共卫生体系建设', '社会面整体防控']);
    expect(a.answer.text).toContain('「社会面整体防控」');
  });

  it('reads a place after 哪些…单位 and before 那份 as the second plan of a difference', async () => {
    // 蚌埠 items 1-2: 各县、区, 市商务外事局, 市发展改革委; 安庆's units include 市发展改革委 nowhere.
    const a = await ask('蚌埠那个文件里有哪些单位安庆那份没有');
    expect(a.plan.op).toBe('documentUnits');
    expect(a.answer.items.map((i) => i.name)).toContain('市发展改革委');
    expect(a.answer.text).toContain('蚌埠');
  });

  it('reads 除了X还有哪些责任单位 of a plan as the plan\'s other units, whatever role the parser gave them', async () => {
    expect(await names('蚌埠的实施意见里除了市发展改革委还有哪些责任单位')).toEqual(['各县、区', '市商务外事局']);
  });

  it('takes a merged office (市商务外事局) for its functions\' word (商务部门), yet no peer of 市商务局 in a difference', async () => {
    expect(await names('蚌埠的商务部门负责什么')).toEqual(['搭建创意创新联动平台']);
    const a = await ask('安庆那份有哪些单位是蚌埠那份没有的');
    expect(a.answer.items.map((i) => i.name)).toContain('市商务局');
  });
  it('compares two named tasks by their units of the list asked (哪一项…更少 puts the fewer first)', async () => {
    // 六盘水 2015: 发展吸纳就业能力强的产业 (牵头 市发展改革委; 责任单位 three), 鼓励其他人员投身创业 (责任单位 two).
    const a = await ask('六盘水文件里发展吸纳就业能力强的产业跟鼓励其他人员投身创业，哪一项责任单位更少');
    expect(a.answer.items.map((i) => i.name)).toEqual(['鼓励其他人员投身创业', '发展吸纳就业能力强的产业']);
    expect(a.answer.text).toMatch(/3 个.*2 个/u);
    expect(a.answer.text).not.toContain('市发展改革委');
  });
});
