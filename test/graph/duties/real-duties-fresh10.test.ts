// Duty conventions first met in fresh10 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each, shortened inside the body where marked …); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { unreadLabels } from '../../../graph/duties/unread-labels.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh10)', () => {
  // http://www.longwan.gov.cn/art/2025/7/15/art_1229663902_58985873.html (温州湾新区、龙湾区推动经济高质量发展若干政策 2025)
  it('reads a second plate printed in angle brackets (〈区科技局〉) as the same unit, not a second lead', () => {
    const tasks = tasksOfLines([
      '一、强化科技创新(新区科技和人才局〈区科技局〉牵头)',
      '(一)加强创新载体建设。制定大孵化器集群建设新三年行动计划(2025—2027年),构建市级—省级—国家级孵化载体梯队培育机制。',
    ]);
    expect(tasks).toMatchObject([{ title: '加强创新载体建设', lead: ['新区科技和人才局'], support: [], responsible: [] }]);
  });

  // http://www.pce-audit.com/art/2022/3/14/art_13791_24761.html (哈尔滨 养老服务 2022, a mirror that writes every 、 as ,)
  it('drops 按照职责分工牵头 after the last name of a lead list: every name listed leads', () => {
    const tasks = tasksOfLines([
      '一,深化放管服改革',
      '(一)优化养老服务投资项目审批报建手续。将养老服务建设项目审批流程整合为立项用地规划许可,工程建设许可,施工许可和竣工验收四个阶段,其中立项用地规划许可和工程建设许可阶段由资源规划部门牵头负责。(牵头部门:市住建局,市资源规划局,市营商局,市民政局按照职责分工牵头;责任单位:各区县市政府)',
    ]);
    expect(tasks).toMatchObject([{ lead: ['市住建局', '市民政局', '市营商局', '市资源规划局'], support: ['各区县市政府'], responsible: [] }]);
  });

  // http://www.haishu.gov.cn/art/2023/2/13/art_1229829659_1803977.html (海曙区 2023年政府工作报告重点工作责任分解)
  it('reads a responsible list that opens with its own leads (A和B分别牵头、C): both lead, the rest support', () => {
    const tasks = tasksOfLines([
      '二、张盈军区政府党组成员牵头重点工作',
      '1.提高国家级临空经济示范区能级,全力保障西枢纽开发建设,支持国际航空货运恢复发展。',
      '责任单位:经济投资局和航空口岸局分别牵头、区发改局',
    ]);
    expect(tasks).toMatchObject([{ lead: ['经济投资局', '航空口岸局'], support: ['区发改局'], responsible: [] }]);
  });

  // https://newton.com.tw/wiki/六盤水市人民政府關於進一步做好新形勢下就業創業工作的實施意見 (六盘水 2015; the mirror is in
  // traditional script, given here as the reader converts it)
  it('keeps 各县、特区、区人民政府 whole: a 特区 is a county-level district in a level collective', () => {
    const tasks = tasksOfLines([
      '(三)激活就业创业主体。',
      '7.鼓励其他人员投身创业。鼓励失业人员自立自强自主创业。(牵头单位:市人力资源社会保障局;责任单位:各县、特区、区人民政府,各经济开发区管委会等)',
    ]);
    expect(tasks).toMatchObject([{ lead: ['市人力资源社会保障局'], support: ['各县、特区、区人民政府', '各经济开发区管委会'], responsible: [] }]);
  });

  // https://055110.com/law/2/38225.html (阜政办〔2023〕11号, 根治拖欠农民工工资; the second item's annotation is not in the
  // kept copy and is written here the way the first one is, to show the carry)
  it('splits two zones that each write their own place before a shared 管委会, and carries a note naming units with commas', () => {
    const tasks = tasksOfLines([
      '一、 强化措施,健全完善保障工资支付制度',
      '(一)加强劳动合同管理。用人单位应当依法与招用的农民工订立劳动合同或用工书面协议。(责任单位:市人力资源社会保障局、市城乡建设局、市交通运输局、市水利局等部门,各县市区人民政府,阜阳经开区、阜合园区管委会。以下均需各县市区人民政府,阜阳经开区、阜合园区管委会负责落实,不再列出)',
      '(二)完善实名制管理制度。施工总承包单位或者分包单位应当依法进行用工实名登记。(责任单位:市人力资源社会保障局)',
    ]);
    const carried = ['各县市区人民政府', '阜合园区管委会', '阜阳经开区'];
    expect(tasks).toMatchObject([
      { lead: [], support: [], responsible: ['各县市区人民政府', '市交通运输局', '市人力资源社会保障局', '市城乡建设局', '市水利局', '阜合园区管委会', '阜阳经开区'] },
      { lead: [], support: [], responsible: [...carried.slice(0, 1), '市人力资源社会保障局', ...carried.slice(1)] },
    ]);
  });

  it('still keeps a bare zone after a named one as one collective with the shared 管委会 (镇江新区、高新区管委会)', () => {
    const tasks = tasksOfLines(['一、加大帮扶力度', '(一)加大税费减免力度。落实减免政策。(市财政局、市税务局等按职责分工负责;各市、区人民政府,镇江新区、高新区管委会)']);
    expect(tasks[0].responsible).toContain('镇江新区、高新区管委会');
  });

  // https://www.wnwk.com/doc/918050.html (深化医药卫生体制改革实施方案, a 2009 市 plan, a sharing site's preview)
  it('reads (A、B分别负责,C、D配合) as A and B leading their shares, C and D supporting', () => {
    const tasks = tasksOfLines([
      '(二)',
      '6、到2010年,城镇职工医保、居民医保和新农合在政策范围内的住院费用报销比例逐步提高。(市劳动和社会保障局、卫生局分别负责,市国资委、财政局配合)',
      '7、推广建立新农合普通门诊费用统筹机制,门诊费用报销比例不低于30%。(市卫生局、劳动和社会保障局分别负责,市财政局配合)',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['卫生局', '市劳动和社会保障局'], support: ['市国资委', '财政局'], responsible: [] },
      { lead: ['劳动和社会保障局', '市卫生局'], support: ['市财政局'], responsible: [] },
    ]);
  });

  it('keeps (A、B、C分别负责) with no supporting clause as shared work, every unit responsible', () => {
    const tasks = tasksOfLines(['(一)', '1、城镇居民人均可支配收入增长12%以上。(省发改委、农委、统计局分别负责)']);
    expect(tasks).toMatchObject([{ lead: [], support: [], responsible: ['农委', '省发改委', '统计局'] }]);
  });

  // https://guanshanwenku.com/jihuafangan/2023/10/70382_2.html (a 自治县 移风易俗 plan of 2023, page 2 of an essay site)
  it('reads 由A、B牵头 opening the body after the item title, and 自治县 as the county level of its units', () => {
    const tasks = tasksOfLines([
      '六、加强组织领导',
      '',
      '(一)县级抓统筹。由自治县农业农村局、自治县党委宣传部牵头,成立XX自治县治理农村移风易俗重点领域突出问题加强乡风文明建设专项行动工作专班,专班办公室设在自治县农业农村局。',
    ]);
    expect(tasks).toMatchObject([{ title: '县级抓统筹', lead: ['自治县党委宣传部', '自治县农业农村局'], support: [], responsible: [] }]);
  });

  it('leaves a 由 sentence later in an item body as text', () => {
    const tasks = tasksOfLines(['六、加强组织领导', '(一)县级抓统筹。成立工作专班。由自治县农业农村局牵头,召开专题会议。(责任单位:自治县文明办)']);
    expect(tasks).toMatchObject([{ lead: [], support: [], responsible: ['自治县文明办'] }]);
  });

  // http://whht.org.cn/news/info/id/3207.html (武政办〔2022〕1号, the list cut by the stored copy inside 〈含开发区、)
  it('leaves out a last name cut inside its bracket note (各区人民政府〈含开发区、)', () => {
    const tasks = tasksOfLines(['一、主要目标', '(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、']);
    expect(tasks).toMatchObject([{ lead: ['市发改委'], support: [], responsible: [] }]);
  });
});

describe('label conventions the earlier sets disagreed on', () => {
  // https://ddjlg.com/zhi/gongzuo/xjqwdn.html (杭州 2021 涉杭任务责任分解, dev s7b-hangzhou-shehang-2021; the 市 lines are written in
  // the same form to show the level on a second label)
  it('reads a level written before an own-line label (省牵头单位:, 市配合单位:) as the label alone', () => {
    const tasks = tasksOfLines([
      '(二)胡伟副市长牵头重点工作',
      '2.深入实施消费新政,提升传统消费,培育新型消费,持续打响“浙里来消费”品牌。',
      '省牵头单位:省商务厅',
      '3.推进现代流通体系建设。',
      '市牵头单位:市商务局',
      '市配合单位:市发改委、市财政局',
    ]);
    expect(tasks).toMatchObject([
      { lead: ['省商务厅'], support: [], responsible: [] },
      { lead: ['市商务局'], support: ['市发改委', '市财政局'], responsible: [] },
    ]);
    // Read, so no longer warned about as a wording nobody reads.
    expect(unreadLabels('(省牵头单位:省商务厅;市责任单位:市商务局)', [])).toEqual([]);
  });

  // https://taowenge.com/p-11575940.html (a 广东 city's 食品安全重点工作安排, dev s7a-shian-gongzuo-docx) beside
  // fresh8 anhui-rcep-2022 (安徽 RCEP 2022, item 14)
  it('keeps the lower places 负责 for a sentence of a led item responsible, and a department 负责 there a supporter', () => {
    const [shian] = tasksOfLines(['一、切实加强食品平安工作制定出台若干措施。(市食安办负责)依据机构改革状况,调整市食品平安委员会以及成员单位食品平安工作职责和工作机制。(市食安办牵头,市食安委各有关成员单位协作)加强基层食品平安工作。(各区食安办负责)', '二、推进']);
    expect(shian).toMatchObject({ lead: ['市食安办'], support: ['市食安委各有关成员单位'], responsible: ['各区食安办'] });
    const [rcep] = tasksOfLines(['一、扩大开放', '14.用好经贸交流平台。支持企业利用好中国国际进口博览会等贸易平台。(省商务厅牵头,省经济和信息化厅配合)探索市场化方式举办RCEP地方政府合作论坛。(省外办负责)']);
    expect(rcep).toMatchObject({ lead: ['省商务厅'], support: ['省外办', '省经济和信息化厅'], responsible: [] });
  });

  // https://m.31ppt.com/p-6322007.html (嘉兴市贯彻落实《浙江省促进民营经济高质量发展若干措施》实施方案 2023, a document-sharing site's preview, its
  // page chunks numbered 1、 2、): the headings glued to the sentence before them, the first item's bracket ending in the
  // reading rule (…,各县市、区政府,列第一位的为牵头单位,下同。以下均需…不再列出).
  it('reads headings glued into a run-on preview, and a bare list closed by the first-leads rule', () => {
    const tasks = tasksOfLines([
      '1、嘉兴市贯彻落实浙江省促进民营经济高质量发展若干措施实施方案为深入贯彻中共中央、国务院关于促进民营经济发展壮大的决策部署,全面落实浙江省促进民营经济高质量发展若干措施,激发民营经济发展活力,提振民营经济发展信心,结合嘉兴实际,制定本实施方案。一、加强民营经济资源要素支持(一)强化财税政策保障。贯彻落实党中央、国务院关于延续优化完善实施阶段性税费优惠政策的决策部署,依规加大减税降费力度。增值税小规模纳税人减免增值税,小微企业减按25%计入应纳税所得额,增值税小规模纳税人、小型微利企业和个体工商户减半征收“六税两费”,金融机构小微企业和个体工商户小额贷款利息收入免征增值税,为农户、小微企业及个体工商',
      '2、户提供融资担保及再担保业务免征增值税,金融机构与小微企业签订借款合同免征印花税等政策延续执行至2027年底。对个体工商户年应纳税所得额不超过200万元部分减半征收个人所得税,顶格上浮重点群体和退役士兵创业就业税费扣除限额,并延续至2027年底。符合条件行业企业研发费用税前加计扣除比例提高至100%,作为制度性安排长期实施。(市税务局、市财政局、市科技局、市人力社保局、市退役军人事务局,各县市、区政府,列第一位的为牵头单位,下同。以下均需各县市、区政府落实,不再列出)(二)加强产业基金支持。发挥产业基金引领作用,争取省高端装备产业基金和省科创母基金投向我市民间投资项目。利用产业基',
    ]);
    expect(tasks.map((t) => t.path)).toEqual(['一/(一)', '一/(二)']);
    expect(tasks[0]).toMatchObject({
      lead: ['市税务局'], support: ['各县市、区政府', '市人力社保局', '市科技局', '市财政局', '市退役军人事务局'], responsible: [],
    });
  });
});
