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
    expect(a.answer.text).toMatch(/（德州市）.*《山东省人民政府关于印发突破菏泽鲁西崛起三年行动计划\(2023—2025年\)的通知》（鲁政字〔2023〕18号）/u);
  });

  it('gives every value of an indicator a plan states per group (分别增长X和Y), not the first alone', async () => {
    // 长沙 2012: 城乡居民人均可支配收入分别增长12%和14%; 嵊泗 2023: …分别增长8%、8.5%.
    expect((await ask('长沙2012年城乡居民的收入目标各是多少')).answer.text).toMatch(/12%.*14%/u);
    expect((await ask('嵊泗城乡居民收入增长目标是多少')).answer.text).toMatch(/8%、8\.5%/u);
  });

  it('declines when a work opens, asked of a plan\'s place, instead of reading the plan\'s day of issue', async () => {
    const a = await ask('德州机场何时能通航');
    expect(a.plan.op).toBe('decline');
    expect(a.answer.text).toMatch(/抱歉/u);
  });
});
