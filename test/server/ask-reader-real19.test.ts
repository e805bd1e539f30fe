// The reader rules added while tuning on real19 (issue 10), one behaviour each, in other words than the set's, on the
// eight real19 plans (no seed): plans whose header names no place the usual way, asked by the place staff call them by.
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real19-docs']);
const real18 = askOver(['test/fixtures/questions/real18-docs']);

describe('reader rules after real19', () => {
  it('reads the place after a year in a title (《2026年松江区…), not the year\'s last character glued to it', async () => {
    // 松江's title: 关于印发《2026年松江区建筑垃圾运输行业“清水行动”工作方案》的通知; 文号: 沪松绿容发〔2026〕64号.
    const a = await ask('松江那份方案的文号是多少');
    expect(a.plan.op).toBe('documents');
    expect(a.answer.text).toMatch(/沪松绿容发〔2026〕64号/u);
  });

  it('takes the plan whose title holds the longer piece of the question, not a shorter piece with a longer tail', async () => {
    // 松江's title says 建筑垃圾运输; 青浦's table (全面加强建筑垃圾管理的…) says only 建筑垃圾.
    const a = await ask('松江那份建筑垃圾运输的方案文号是多少');
    expect(a.answer.items.map((i) => i.name)).toEqual([expect.stringMatching(/松江区建筑垃圾运输行业/u)]);
  });

  it('calls a city\'s plan by the district its title names (上海市奉贤区民政局…《奉贤区…》)', async () => {
    // The header's jurisdiction reads 上海市; the title: 上海市奉贤区民政局关于印发《奉贤区养老服务机构燃气安全专项整治工作方案》的通知.
    const a = await ask('奉贤那份燃气整治方案是落实哪个上级文件');
    expect(a.answer.text).toMatch(/全国城镇燃气安全专项整治工作方案/u);
    expect(a.answer.text).not.toMatch(/古美路/u);
  });

  it('places a table kept without its header by the place its body and its units name (“青浦区土方管理平台”, 公安青浦分局)', async () => {
    // 青浦's copy opens 附件3 全面加强建筑垃圾管理的实施意见任务职责分工表: no place until its rows.
    const where = await ask('区土方工作专班出现在哪个文件里');
    expect(where.answer.text).toMatch(/分工表》（青浦区）/u);
    // 虹口's copy (三、分工与职责, no title) names 虹口区绿化和市容管理局 in its opening: each place is its own plan.
    // 青浦's row: 加强装修垃圾监督管理。 牵头 区绿化市容局, 配合 区房管局、区城管执法局、属地街镇.
    const both = await ask('青浦和虹口的建筑垃圾分工里谁管装修垃圾');
    expect(both.answer.text).toMatch(/（青浦区）的「加强装修垃圾监督管理」由「区绿化市容局」牵头/u);
    // The untitled 虹口 copy is named by its place and file (its jurisdiction is read from its units since meta2).
    expect(both.answer.text).toMatch(/《虹口区文件》（原文无标题[^）]*hongkou-jianzhulaji-2022/u);
  });

  it('reads a bare 哪份 after two plans named as which of them, and answers only of those', async () => {
    // 青浦's row: 严打“黑车”运营; 松江's 清水行动 writes no 黑车.
    const a = await ask('松江和青浦哪份写到了黑车');
    expect(a.plan.op).toBe('documentsWith');
    expect(a.answer.text).toMatch(/共 1 个：《全面加强建筑垃圾管理的实施意见任务职责分工表》（青浦区）/u);
  });

  it('answers a function word asked of two plans with each plan\'s own body of it', async () => {
    // 虹口: (五)上海市公安局虹口分局; 青浦's rows: 公安青浦分局.
    const a = await ask('青浦和虹口两份分工中公安各是哪个单位');
    expect(a.plan.op).toBe('documentUnits');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['上海市公安局虹口分局', '公安青浦分局']));
    expect(a.answer.text.indexOf('公安青浦分局')).toBeLessThan(a.answer.text.indexOf('上海市公安局虹口分局'));
  });

  it('says no 未知 beside a titled plan whose place the reader did not find', async () => {
    const a = await ask('古美路那份方案的文号是什么');
    expect(a.answer.text).toMatch(/闵古办〔2022〕20号/u);
    expect(a.answer.text).not.toMatch(/未知/u);
  });

  it('reads digital finance as the 数字金融 task, not the finance bureau', async () => {
    // 广东 2025: 发展数字金融 … 牵头单位：人民银行广东省分行.
    const a = await real18.ask('Which body leads digital finance in Guangdong?');
    expect(a.answer.items.map((i) => i.name)).toEqual(['人民银行广东省分行']);
  });
});
