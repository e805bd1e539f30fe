// The reader rules added while tuning on real23 (issue 10), one behaviour each, in other words than the set's, on the eight real23 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real23-docs']);

describe('reader rules after real23', () => {
  it('tells plans whose titles share the words said apart by the rest of the question (临港 beside 海绵城市, the year in a 文号)', async () => {
    // 普陀's 实施方案 and 临港's 指导意见 both write 海绵城市; 临港's is printed in 20 articles, 第一条(指导思想) … 第二十条.
    const lingang = await ask('临港的海绵城市指导意见共有几条');
    expect(lingang.answer.text).toMatch(/共 20 条/u);
    // One issuer's 2022 排查整治 and 2023 专项整治 plans: 计量处 is named in 2022's only (加大燃气器具等…排查整治力度).
    const gauges = await names('2022年市场监管局燃气排查整治那份里计量处参与了什么');
    expect(gauges).toEqual(['加大燃气器具等产品质量安全风险和重大隐患排查整治力度']);
  });

  it('reads two years said before one genre as two plans, each by the year its 文号 carries, and a unit beside them as their issuer', async () => {
    // 沪市监特种〔2022〕27号 and 沪市监特种〔2023〕414号, both 上海市市场监督管理局's 燃气 plans.
    const a = await ask('市场监管局2022年和2023年两份燃气方案各自的发文字号');
    expect(a.plan.op).toBe('documents');
    expect(a.answer.text).toMatch(/沪市监特种〔2022〕27号[^；]*；[^；]*沪市监特种〔2023〕414号/u);
  });

  it('names a bureau division by its field and 处, and reads the body of it that holds the role asked', async () => {
    // 2023 plan: 市局产品质量安全监督管理处 leads six items; the bare 特种设备安全监察处 supports two (液化石油气, 宣传教育).
    const leads = await ask('2023燃气专项整治方案里产品质量处牵头多少项');
    expect(leads.answer.text).toMatch(/牵头的任务共 6 项/u);
    const supports = await ask('2023燃气专项整治方案里特种设备处配合哪些');
    expect(supports.answer.items.map((i) => i.name)).toEqual(['强化对液化石油气的质量安全监管', '加强宣传教育提升安全素养']);
  });

  it('lists a block headed by its unit alone with the duty its text opens with', async () => {
    // 四、职责分工 (四)区规划资源局: 在国土空间规划编制、土地出让和建设项目规划审批管理负责事项中统筹落实海绵城市规划建设要求。
    const a = await ask('普陀海绵城市方案里区规划资源局管什么');
    expect(a.answer.text).toMatch(/「区规划资源局：在国土空间规划编制/u);
  });

  it("counts the units of a plan's duty-sharing part by its blocks, that plan's part and not another's of the same heading", async () => {
    // 普陀's 四、职责分工 has seven blocks headed by a unit node (and 各建设单位, no node); 友谊路's 三、职责分工 is another part.
    const a = await ask('普陀海绵城市方案的职责分工涉及几个单位');
    expect(a.answer.text).toMatch(/共 7 个/u);
    expect(a.answer.items.map((i) => i.name)).toContain('区房管局');
    expect(a.answer.items.map((i) => i.name)).not.toContain('物业公司');
  });

  it('answers a figure asked by a year with the clause that writes that year', async () => {
    // 工作目标: 到2025年底,本区建成区40%以上面积…;到2030年底,本区建成区80%以上面积….
    const early = await ask('普陀海绵城市到2025年底要有多少面积达标');
    expect(early.answer.text).toMatch(/到2025年底,本区建成区40%/u);
    const late = await ask('普陀海绵城市到2030年底要有多少面积达标');
    expect(late.answer.text).toMatch(/到2030年底,本区建成区80%/u);
    expect(late.answer.text).not.toMatch(/40%/u);
  });

  it("reads the n-th stage of each plan asked from the plan's own run of stages", async () => {
    // 2022: 动员部署 → 排查摸底 → 整治攻坚 → 巩固提升; 2023: 集中攻坚 → 全面巩固提升 → 建立长效机制.
    const a = await ask('2022年和2023年的燃气方案第二个阶段分别是什么');
    expect(a.answer.items.map((i) => i.name)).toEqual(['排查摸底阶段(2022年2月—2022年3月)', '全面巩固提升阶段(2023年12月—2024年6月)']);
  });

  it('reads gas safety and sponge city questions put in English', async () => {
    expect(await names('Which office leads publicity and education in the 2023 town gas campaign?')).toContain('市局新闻宣传处');
    // (五)区生态环境局: 加强对海绵城市建设区域的水环境质量监测.
    expect(await names('Who does the monitoring for sponge city construction in Putuo?')).toContain('区生态环境局');
  });

  it('declines what happened where yesterday and where a person works now, but not a duty asked of now', async () => {
    for (const q of ['昨天宝山哪里出现了垃圾满溢', '吉炳伟目前在什么单位工作']) expect((await ask(q)).plan.op, q).toBe('decline');
    expect((await ask('宝山区现在哪个部门负责垃圾分类')).plan.op).not.toBe('decline');
  });

  it('answers who leads each of two plans named by nothing but themselves with each plan\'s own leads', async () => {
    // 开封: 一、… 市发改委 leads (五县五区政府、开发区管委会 support); 福建: 由省经贸委承办 / 由省经贸委负责.
    const a = await ask('开封那份和福建那份各由谁牵头');
    expect(a.answer.items.map((i) => i.name)).toEqual(['市发改委', '省经贸委']);
    expect(a.answer.text).toMatch(/开封[^；]*「市发改委」[^；]*；[^；]*福建省[^；]*「省经贸委」/u);
  });

  it('reads a unit said as where to look (…市场监管局里归哪个处) as no unit asked: the task\'s own units answer', async () => {
    // 2023 plan: 完善燃气器具准入管理和定期抽查机制 is led by 市局产品质量安全监督管理处.
    const a = await ask('燃气器具准入管理市场监管局里归哪个处');
    expect(a.answer.items[0]?.name).toBe('市局产品质量安全监督管理处');
  });
});
