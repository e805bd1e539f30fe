// The reader rules added while tuning on real14 (issue 10), one behaviour each, in other words than the set's, on the eight real14 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real14-docs']);

describe('reader rules after real14', () => {
  it('reads 和X共同…的还有哪些 as the task\'s other duty holders, not a path from X to the task', async () => {
    // 咸宁 2023 item 126 (加强就业兜底帮扶): 牵头 市人社局; 责任 市教育局、市经信局、市农业农村局、市退役军人事务局, 各县市区人民政府.
    const a = await ask('和市人社局共同承担加强就业兜底帮扶的还有哪些单位');
    expect(a.plan.op).toBe('taskUnitsExcept');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['市教育局', '市经信局', '市农业农村局', '市退役军人事务局']));
    expect(a.answer.items.map((i) => i.name)).not.toContain('市人社局');
  });

  it('declines today\'s figures, a show\'s dates, a person\'s papers and a monthly fee; the plans\' own targets are still read', async () => {
    for (const q of ['天津现在的城镇化率有多高', '香城大舞台哪天表演', '在咸宁办居住证需要带哪些材料', '养老院每月得交多少钱', 'How much does a bed in a Qingdao care home cost']) {
      const a = await ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.text, q).toMatch(/抱歉/u);
    }
    // 咸宁 2016 item 1: 户籍人口城镇化率达到40% — a target the plan sets, asked without "now".
    expect((await ask('户籍人口城镇化率的目标是多少')).answer.text).toContain('40%');
  });

  it('reads a figure the parser kept no target for from the sentence of the task that states it, quoting it', async () => {
    // 浙江 table: 举办小微企业知识产权培训班15班次以上 — no Target node holds it.
    const a = await ask('面向小微企业知识产权培训班要开多少班次');
    expect(a.answer.text).toContain('15班次');
    expect(a.answer.items.map((i) => i.name)).toEqual(['加大对小微企业知识产权保护援助力度']);
    expect(a.evidence.map((e) => e.text).join('')).toContain('15班次');
    // Words no sentence of the plans shares are no figure to read.
    expect((await ask('火星基地要建多少座')).answer.text).not.toContain('写道');
  });

  it('compares two things of one sentence pair by the measure asked (比例 → %, 上限 → 最高…元), shortened names included', async () => {
    // 天津 制造业 item 1: 技术改造投资项目 … 投资额的10%, 最高5000万元; 产业基础再造项目 … 20%, 最高3000万元.
    const ratio = await ask('基础再造项目与技改项目，补助比例谁更高');
    expect(ratio.answer.text).toMatch(/较高的是「基础再造项目」（20%/u);
    const cap = await ask('技改项目同基础再造项目相比，哪个支持上限更高');
    expect(cap.answer.text).toMatch(/较高的是「技改项目」（最高5000万元/u);
  });

  it('reads minimum wage, the basic elderly care service list and poverty alleviation in English as the plans write them', async () => {
    // 咸宁 2023 item 130: 严格落实最低工资标准… (牵头单位:市人社局; 青岛 item 1: 健全基本养老服务清单制度 (市民政局牵头);
    // 咸宁 2016 item 3: 农村贫困人口脱贫累计达到23.89万人 (市委农办、市扶贫办, the first named leads).
    expect(await names('Which department is in charge of enforcing minimum wages?')).toContain('市人社局');
    expect(await names('Who is in charge of the elderly care service list?')).toContain('市民政局');
    expect(await names('Who leads the poverty reduction target?')).toContain('市委农办');
  });

  it('answers a unit the place\'s plan gives no task from a plan that names no place, and says so', async () => {
    // 天津's 制造业 measures name 市工业和信息化局、市财政局 only; the 新市民 draft (its text never says 天津) gives 市商务局 item 1.
    const a = await ask('天津那边市商务局管些什么');
    expect(a.answer.items.map((i) => i.name)).toEqual(['促进高质量充分就业']);
    expect(a.answer.text).toMatch(/没有找到；未写明地点的/u);
    // A unit the place's own plan does give tasks keeps to it.
    expect(await names('天津那边市财政局管些什么')).toEqual(['支持工业企业高质量投资']);
  });

  it('names a plan by its year when a file name stands in for its title, and by 任务表 / 征求意见稿 after its place or topic', async () => {
    // 咸宁 2016 (titled by its file name xianning-shisanwu-2016): 5.城镇棚户区住房改造累计完成1.83万套。(市房产局)
    expect(await names('咸宁2016年那份分工里市房产局负责什么')).toEqual(['城镇棚户区住房改造累计完成1.83万套']);
    // 咸宁 2023 gives 市房产局 nothing, and 咸宁's other plan names its place: no answer borrowed from it.
    expect(await names('咸宁2023年那份分解里市房产局负责什么')).toEqual([]);
    // 浙江's table: 省版权局 is in the row 加强在线创意、研发成果的知识产权保护 only (知识产权 there is the table's topic, no unit).
    const a = await ask('浙江那张知识产权任务表里省版权局负责几项');
    expect(a.answer.items.map((i) => i.name)).toEqual(['加强在线创意、研发成果的知识产权保护']);
    // 天津's 新市民 draft, untitled: its topic and genre name it.
    expect(await names('新市民这份征求意见稿里市发展改革委负责什么')).toEqual(['促进高质量充分就业']);
  });

  it('counts the placeless plan that shares a body with the place\'s plan among its 两个文件', async () => {
    // 天津 制造业 (津政办规〔2023〕4号) and the 新市民 draft both name 市工业和信息化局: item 1 of each.
    const got = await names('天津这两个文件里市工业和信息化局各管什么');
    expect(got).toEqual(expect.arrayContaining(['支持工业企业高质量投资', '促进高质量充分就业']));
    expect(got).toHaveLength(2);
  });

  it('reads A里哪些X单位在B里没有 as the first plan\'s units of that role that the second names in no role', async () => {
    // 咸宁 2023's 责任单位 include 市教育局 (item 126, 128), which 2016 lists for item 2 (劳动年龄人口平均受教育年限): not absent.
    const got = await names('咸宁2023年那份分解里哪些配合单位在2016年那份分工里没有出现');
    expect(got).toEqual(expect.arrayContaining(['市体育事业发展中心', '市经信局', '市退役军人事务局']));
    expect(got).not.toContain('市教育局');
  });

  it('answers a topic asked of several plans plan by plan, and reads 知识产权 before 工作 as the topic, not a unit', async () => {
    // 国家 item 1 (繁體: 市場監管總局、農業農村部、知識產權局負責) and the 浙江 table's rows, every one about 知识产权.
    const a = await ask('知识产权工作在国家那份推进计划和浙江那张任务表里各由哪些部门负责');
    const got = a.answer.items.map((i) => i.name);
    expect(got).toEqual(expect.arrayContaining(['市场监管总局', '农业农村部', '省工商局', '省版权局']));
    expect(a.answer.text).toMatch(/（国家）：「/u);
  });
});
