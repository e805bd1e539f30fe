// The reader rules added while tuning on real25 (issue 10), one behaviour each, in other words than the set's (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

describe('a unit name the plans write but give no duty (real24 plans)', () => {
  const { ask } = askOver(['test/fixtures/questions/real24-docs']);

  it('answers which plans write it, not a unit one typo away', async () => {
    // 虹口 举报奖励 第十六条: 本办法由区应急管理局、区公安分局、区消防救援支队共同负责解释 — 区公安分局 is no unit node,
    // and 安分局 is one character from the 风貌防灾 plan's 区安监局.
    const a = await ask('哪份文件写到了区公安分局');
    expect(a.plan.op).toBe('documentsWith');
    expect(a.answer.text).toMatch(/举报奖励/u);
    expect(a.answer.text).not.toMatch(/安监局/u);
  });

  it('still reads a name no plan writes as a typo of the unit it is near', async () => {
    const a = await ask('区安检局负责什么');
    expect(a.plan).toEqual({ op: 'unitTasks', params: { unit: '区安监局' } });
  });
});

describe('reader rules after real25 (its eight plans)', () => {
  const { ask, names } = askOver(['test/fixtures/questions/real25-docs']);

  it('reads 责任单位是哪个 as asking a task\'s units, the task said in the question\'s own words', async () => {
    // 十堰 四、建设通村水泥路1500公里,将已建成的7500公里村级水泥路纳入养护范围 … (二)责任单位:市交通局.
    const a = await ask('通村水泥路养护的责任单位是哪个');
    expect(a.plan.op).toBe('readTask');
    expect(a.answer.items[0]?.name).toBe('市交通局');
  });

  it('reads 那件实事 after a unit as the item of a 实事 list it answers for', async () => {
    // 十堰 三、(二)责任单位:市教育局 (三)协办单位:市财政局、农业局,各县市区人民政府,武当山旅游经济特区、十堰经济开发区.
    const a = await ask('市教育局那件实事的协办单位有哪些');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['农业局', '十堰经济开发区', '各县市区人民政府', '市财政局', '武当山旅游经济特区'].sort());
  });

  it('narrows a unit\'s tasks by the word before 那项, and reads 哪家 / 哪个公司 as asking the other units', async () => {
    // 2024 清单 (17) 持续改善水路客运交通出行服务: 港监处 | 市交通委（科信处、宣传处）、市港航中心 | 久事集团.
    expect(await names('港监处牵头的轮渡那条由哪家实施')).toContain('久事集团');
    // (26) 建设上海客运“出行即服务”（MaaS）系统: 科技信息处 leads three rows; 随申行公司 is this one's 实施主体.
    const a = await ask('科技信息处牵头的MaaS那一项是哪个公司在做');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.items.map((i) => i.name)).toContain('随申行公司');
  });

  it('reads a body said before its division (市交通委轨道交通处) as the division alone', async () => {
    // 2024 清单: 轨道交通处 leads (9) and (10), the 电扶梯 and 第三卫生间 rows.
    const a = await ask('市交通委轨道交通处要做哪些事');
    expect(a.plan).toEqual({ op: 'unitTasks', params: { unit: '轨道交通处' } });
    expect(a.answer.items).toHaveLength(2);
  });

  it('calls a division whose field is two words by their first characters (轨交处, 民航处)', async () => {
    expect((await ask('轨交处牵头哪些任务')).plan.params).toMatchObject({ unit: '轨道交通处' });
    expect((await ask('民航处负责什么')).plan.params).toMatchObject({ unit: '民用航空处' });
  });

  it('takes away from a unit\'s tasks those about the place said after 不涉及', async () => {
    // 2024 清单 (19)–(22): 民用航空处 leads two 虹桥机场 rows and two 浦东机场 rows.
    expect(await names('民用航空处牵头的任务中哪些不涉及虹桥机场')).toEqual(['提升浦东机场航站楼整体形象和旅客的出行体验', '推进浦东机场航站楼T1、T2及三纵三横卫生间改造']);
  });

  it('reads 涉及X的有哪几件实事 as which items of a 实事 list write a name the graph does not hold', async () => {
    // 十堰 三、… 竹溪县24所; 四、… 竹溪县250公里 / 竹溪县1160公里: 竹溪县 is no place node.
    const a = await ask('涉及竹溪县的是哪几件实事');
    expect(a.plan).toEqual({ op: 'search', params: { text: '竹溪县' } });
    expect(a.answer.items).toHaveLength(2);
  });

  it('reads a body\'s full name before 负责 as the body, not as the piece of the one task that opens with it', async () => {
    // 奉贤 入市 办法: 街镇农村集体资产监督管理委员会负责本辖区入市分成收益具体用途及日常管理的监督.
    const a = await ask('街镇农村集体资产监督管理委员会管哪些事');
    expect(a.plan).toEqual({ op: 'unitTasks', params: { unit: '街镇农村集体资产监督管理委员会' } });
    const b = await ask('街镇农村集体资产监督管理委员会负责哪些');
    expect(b.plan).toEqual({ op: 'unitTasks', params: { unit: '街镇农村集体资产监督管理委员会' } });
  });

  it('leaves a part\'s name ending in a genre word (配套文件) to the question, though it follows the place', async () => {
    // 崇明 二、（一）制订试点配套文件 1–6: 区财政局 is 责任单位 of 2 and 3, 区农业农村委 of 4 and 5.
    const a = await ask('崇明入市配套文件里区农业农村委负责几项');
    expect(a.answer.text).toMatch(/共 2 项/u);
    expect(a.answer.items.slice(0, 2).map((i) => i.name)).toEqual(['《崇明区农村集体经营性建设用地入市集体收益分配管理规定》', '《崇明区农村集体经营性建设用地入市民主管理的实施意见》']);
  });

  it('reads where a body\'s office is set from the sentence that says 设在, and the duties of the body it names', async () => {
    // 崇明 （二）…成立区试点工作协调监管机制，由…等部门主要领导任成员的协调监管机制，办公室设在区规划资源局.
    const a = await ask('协调监管机制的办公室设在哪');
    expect(a.answer.items.map((i) => i.name)).toEqual(['区规划资源局']);
    // （一）…领导小组办公室设在区规划资源局; （一）制订试点配套文件: 区规划资源局 is 责任单位 of items 1 and 6.
    const b = await ask('崇明试点工作领导小组办公室所在的单位负责哪几个配套文件');
    expect(b.answer.items.map((i) => i.name)).toEqual(['《崇明区农村集体经营性建设用地入市管理办法》', '《崇明区集体建设用地基准地价标准》']);
  });

  it('reads a deadline from the sentence it opens, the work asked in another clause of it', async () => {
    // 崇明 五、（三）: 2024年10月底，根据我区入市试点推进工作的成效和经验、完成情况，总结试点工作成果并形成报告.
    const a = await ask('崇明入市方案里试点工作成果报告的截止时间');
    expect(a.answer.text).toMatch(/^2024年10月底/u);
  });

  it('counts a plan\'s chapters by the 第…章 headings its text prints', async () => {
    // 柘林 办法: 第一章 总则 … 第七章 附则.
    const a = await ask('柘林镇文物保护管理办法有几章');
    expect(a.answer.text).toMatch(/共 7 章/u);
    expect(a.answer.text).toMatch(/第七章 附则/u);
  });

  it('declines an actual figure asked by a long name (实际的…), but not a target asked beside 实际', async () => {
    expect((await ask('十堰2008年实际的通村水泥路里程是多少')).plan.op).toBe('decline');
    expect((await ask('无锡2009年实际的新增就业人数有多少')).plan.op).toBe('decline');
    expect((await ask('无锡2009年城镇登记失业率的目标是多少')).plan.op).not.toBe('decline');
  });
});
