// Target headings and multi-annotation items of never-seen real plans, on excerpts of published text (source beside each);
// the expected tasks were written from the text (the labels of test/fixtures/real) before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const table = (text: string, title?: string) => dutyTable(batchOf(text, title));
const tasks = (text: string, title?: string) => table(text, title).filter((r) => r.label === 'Task');

// https://cntfj.com/news/12190.html (潮州市打赢蓝天保卫战实施方案(2019-2020年), a news repost)
const CHAOZHOU = [
  '潮州市打赢蓝天保卫战实施方案(2019-2020年)',
  '一、目标要求',
  '到2020年,全市空气质量优良天数比例(AQI达标率)达到94%,细颗粒物(PM2.5)年均浓度控制在29微克每立方米以下。',
  '二、工作任务',
  '(一)升级产业结构,推动产业绿色转型。',
  '1.制定实施准入清单。完成生态保护红线、环境质量底线、资源利用上线、环境准入清单编制工作,明确禁止和限制发展的行业、生产工艺和产业目录。〔市生态环境局牵头,市发展和改革局、工业和信息化局、自然资源局参与〕按省的要求,县级及以上城市建成区原则上不再新建每小时35蒸吨以下燃煤锅炉。(市生态环境局、市场监管局牵头,市发展和改革局、工业和信息化局参与)',
  '2.排查整治“散乱污”工业企业(场所)。2019年9月底前,基本完成全市整治任务。(市生态环境局牵头督导,市公安局参与)',
].join('\n');

describe('target headings of real plans', () => {
  it('reads a plan part that states quantified targets (一、目标要求 …达到94%) as a task with no units', () => {
    const rows = tasks(CHAOZHOU);
    expect(rows[0]).toMatchObject({ path: '一', title: '目标要求', lead: [], support: [], responsible: [] });
  });

  // https://www.gzlps.gov.cn/zwgk/zfxxgkzl/fdzdgknr/zcwj/szfwj_5666042/lpsfbf/202301/t20230116_77945033.html (六盘水府办发〔2022〕10号)
  it('reads 一、主要目标 with counted targets as a task, beside the items of 二、重点任务', () => {
    const rows = tasks([
      '六盘水市新型基础设施建设三年行动方案(2022—2024年)',
      '一、主要目标',
      '2022年,全市新建5G基站2600个以上,新建市级及以上创新平台15个以上。到2024年,全市累计建成5G基站1万个。',
      '二、重点任务',
      '(一)推进大数据基础设施建设。',
      '1.加强算力基础设施建设。依托全国一体化算力网络国家(贵州)枢纽节点。(市大数据局牵头)',
    ].join('\n'));
    expect(rows.map((r) => r.path)).toEqual(['一', '二/(一)/1']);
  });

  // https://66jnh.com/703.html (a mixed-script mirror of 川办发〔2023〕6号; here in simplified script, its pinyin dropped)
  it('reads an action heading whose text sets a figure (不少于60亿元) as a task, though the excerpt stops before its annotation', () => {
    const rows = tasks([
      '四川省深化“放管服”改革优化营商环境2023年工作要点',
      '一、大力开展营商环境提升行动',
      '(一)激发市场主体活力。持续深化营商环境对标创新行动,落实减税降费优惠政策,新增发放创业担保贷款不少于60亿元,拓宽市场主体融资',
    ].join('\n'));
    expect(rows.map((r) => r.path)).toEqual(['一/(一)']);
  });

  // test/fixtures/real/fresh10/maanshan-minying-2021.txt (马鞍山 2021 实施细则, a mixed-script mirror; here simplified, its pinyin dropped)
  it('reads a 实施细则 as a plan: its 一、总体目标 with counted targets is a task', () => {
    const rows = tasks([
      '马鞍山市',
      '关于进一步激发民营企业创业热情成就企业家创意创新创造推进民营经济高质量发展的实施细则',
      '一、总体目标',
      '深入实施民营经济上台阶计划,民营经济总量、质量同步提升。到“十四五”末,民营经济实体数量达到25万户,规模以上工业企业数量达到1500家以上,民营经济占GDP的比重达到60%以上。',
      '二、主要任务',
      '(一)激发创意热情汇聚源头活水',
      '1.搭建创意平台。市与县区每季度举办创意会。(市工商联,各县区、开发园区按职责分工负责)',
    ].join('\n'));
    expect(rows.map((r) => r.path)).toEqual(['一', '二/(一)/1']);
  });

  it('leaves the goals of the plan’s framing part (一、总体要求 → (一)指导思想 (二)工作目标) a section', () => {
    const rows = table([
      '关于推动经济圈建设的实施方案',
      '一、总体要求',
      '(一)指导思想。坚持以新发展理念为指导。',
      '(二)工作目标。到2027年,全区工业总产值突破2000亿元,制造业增加值占GDP比重达40%。',
      '二、重点任务',
      '1.推动制造业高质量发展。(牵头单位:区经济信息委)',
    ].join('\n'));
    expect(rows.find((r) => r.path === '一/(二)')!.label).toBe('Section');
  });

  // test/fixtures/align-real/guangzhou-2021/higher.txt (广州市 2021 政府工作报告, part 三, from a markdown repository)
  it('leaves a report part that states targets a section, though its heading ends in 工作意见 or 安排', () => {
    const rows = table('**三、2021年工作安排**\n今年经济社会发展的主要预期目标是:地区生产总值增长6%以上,城镇登记失业率控制在3.5%以内。\n**四、2021年的工作意见**\n固定资产投资增长8%。');
    expect(rows.filter((r) => r.label === 'Task')).toEqual([]);
  });

  it('leaves a report’s targets (no plan genre in its title) a section', () => {
    const rows = table('政府工作报告\n二、今年发展主要目标\n今年赤字率拟按3.6%以上安排。\n三、工作部署\n推进改革。', '政府工作报告');
    expect(rows.filter((r) => r.label === 'Task')).toEqual([]);
  });
});

describe('items with several annotations', () => {
  it('keeps an action item whole when two annotations close two of its sentences (〔X牵头…〕…。(X、Y牵头…))', () => {
    const rows = tasks(CHAOZHOU);
    const item = rows.find((r) => r.path === '二/(一)/1')!;
    expect(item.title).toBe('制定实施准入清单');
    expect(item.lead).toEqual(expect.arrayContaining(['市生态环境局', '市场监管局']));
    expect(rows.some((r) => r.path.startsWith('二/(一)/1/'))).toBe(false);
  });
});

// https://m.wenku365.com/p-44060102.html (a sharing site's preview of page 2 of a district 市容环境综合整治百日行动方案)
describe('page-preview chunks and own-sentence annotation blocks', () => {
  const PREVIEW = [
    '《市容环境综合整治百日行动方案_页2》由会员上传分享,免费在线阅读,更多相关内容在工程资料-天天文库。',
    '1、市容环境综合整治百日行动方案—页2,提高我区市容景观整体观瞻水平。牵头单位:区建设局。责任单位:区房产局、园林局、市政局。12、临街建(构)筑物粉刷出新整治。对城区主要道路两侧的建(构)筑物立面进行外立面出新整治。牵头单位:区房产局。责任单位:区城管局。13、施工工地整治。对城区特别是主干道两侧施工工地进行全面整治,达到施工工地围挡作业,挂牌施工,',
    '2、出入口硬化,运输车辆清洁,物料堆放整齐,无扬尘污染。牵头单位:区建设局。责任单位:区市容环卫局、环保局。14、治理乱贴乱画。要制定户外小广告清理方案,加大市区主要道路两侧建(构)筑物的清理力度,取缔乱张贴乱涂写窝',
    '3、点,力争逐步根除“城市牛皮癣”这一顽疾。牵头单位:区城管局。',
  ].join('\n');

  it('does not read a chunk number (2、 3、) after a long line broken mid-sentence as an item out of sequence', () => {
    const rows = tasks(PREVIEW);
    expect(rows.map((r) => r.path)).toEqual(['1', '12', '13', '14']);
    expect(rows.find((r) => r.path === '13')!).toMatchObject({ lead: ['区建设局'], support: ['区市容环卫局', '环保局'] });
    expect(rows.find((r) => r.path === '14')!.lead).toEqual(['区城管局']);
  });

  it('keeps 牵头单位:X。责任单位:A、B。 with the item it closes when the next number skips (no inferred item between)', () => {
    const rows = tasks(PREVIEW);
    expect(rows[0]).toMatchObject({ lead: ['区建设局'], support: ['区房产局', '园林局', '市政局'] });
    expect(table(PREVIEW).some((r) => r.title.includes('缺页'))).toBe(false);
  });
});
