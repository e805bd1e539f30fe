// The reader rules added while tuning on real13-dev (issue 10), one behaviour each, in other words than the set's, on the eight real13 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real13-docs']);

describe('reader rules after real13-dev', () => {
  it('reads a national body by its short form with 国家 (国家卫健委 for the plan\'s 国家卫生健康委)', async () => {
    // 健康中国行动2023年工作要点: 国家卫生健康委 leads (八) and shares (九) with 教育部 and 体育总局.
    const all = await names('国家卫健委参与了哪些工作');
    expect(all.join(' ')).toContain('青少年烟草流行监测');
    expect(all.join(' ')).toContain('巩固无烟党政机关');
    expect(all).toEqual(await names('国家卫生健康委参与了哪些工作'));
  });

  it('reads soil, solid waste and renewable resources in English as the plans write them', async () => {
    // The 土壤 plan's item 4 (提高固体废物和再生资源利用水平): 市发改委, 市环保局 and 市商务委 lead its brackets.
    expect(await names('Who is in charge of recycling renewable resources under the soil pollution plan?')).toEqual(
      expect.arrayContaining(['市发改委', '市环保局', '市商务委']));
    // 金华's county plan, item 3 (加大可再生能源比重): 经信委 and 发改委 lead.
    expect(await names('Which departments lead the renewable energy task?')).toEqual(expect.arrayContaining(['经信委', '发改委']));
  });

  it('counts a name written with its rank (国家级临空经济示范区) as the name', async () => {
    // 海曙 2023 writes 提高国家级临空经济示范区能级, 海曙 2024 推动临空经济示范区建设: both name the zone.
    const got = (await names('临空经济示范区涉及哪几项任务')).join(' ');
    expect(got).toContain('提高国家级临空经济示范区能级');
    expect(got).toContain('推动临空经济示范区建设');
    // The ranked name asked as written keeps to the tasks that write it so.
    expect(await names('国家级临空经济示范区涉及哪几项任务')).toEqual(['提高国家级临空经济示范区能级']);
  });

  it('declines the air quality asked of now, not a question about the plans\' air targets', async () => {
    for (const q of ['海曙区现在PM2.5多少', '铜川此刻的AQI怎么样', 'what is the air quality in Gongshu today']) {
      const a = await ask(q);
      expect(a.answer.items, q).toEqual([]);
      expect(a.answer.text, q).toMatch(/抱歉/u);
    }
    // 金华's county plan: AQI優良天數平均比例達到88%.
    expect((await ask('AQI优良天数比例的目标是多少')).answer.text).toContain('88%');
  });

  it('reads a 文号 printed on its own line under a title that ends in it (拱墅\'s notice), so the number scopes the plan', async () => {
    // 拱墅 2018's item 1 lists 区市场监管局 among its units; the 金华 county plan's 市场监管局 is another plan's body.
    expect(await names('拱政办发〔2018〕42号中区市场监管局做什么')).toEqual(['控制煤炭消费总量和煤炭质量']);
  });

  it('reads a national 总局 as its function\'s body (体育总局 under 体育部门)', async () => {
    // 健康中国行动 2023, (九): 教育部、国家卫生健康委、体育总局、全国妇联按职责分工负责.
    expect((await names('体育部门参与了哪些工作')).join(' ')).toContain('巩固无烟党政机关');
  });

  it('answers an item two named plans both carry per plan, and says where a plan names no unit of the role asked', async () => {
    // 金华's county plan and 拱墅 2018 both have 控制煤炭消费总量和煤炭质量: 经信委 leads the county's; 拱墅 lists only 责任单位.
    const a = await ask('蓝天计划和拱墅区的计划里控制煤炭消费总量和煤炭质量由谁牵头');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['经信委', '区发改局', '环保拱墅分局']));
    expect(a.answer.text).toContain('没有写明牵头单位');
  });
});
