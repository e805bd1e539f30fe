// Where a real plan's jurisdiction is read when its title does not open with the issuer: a page's column tag, a bare
// 政 文号, a zone named after the place, the city whose own levels the text speaks of. Each from a published page.
import { describe, expect, it } from 'vitest';
import { readJurisdiction, type JurisdictionInput } from '../../../graph/pipeline/jurisdiction.ts';

const read = (input: Partial<JurisdictionInput>) => readJurisdiction({ title: '', text: '', unitNames: [], ...input });

describe('readJurisdiction on real plans', () => {
  // http://www.dg.gov.cn (东府〔2012〕28号, 东莞 十二五 分工, test/fixtures/real/fresh16)
  it('reads a city government\'s bare 府 文号 as the place the text names', () => {
    const text = '东府〔2012〕28号\n关于落实东莞市国民经济和社会发展第十二个五年\n规划纲要主要目标和任务工作分工的通知(已废止)\n'
      + '各镇人民政府(街道办事处),市府直属各单位,中央、省驻莞单位:\n单位工业增加值用水量降低20%。(市水务局牵头)';
    expect(read({ text, unitNames: ['市水务局'] })).toMatchObject({ name: '东莞市', source: 'docNumber' });
  });

  // http://www.jinxiang.gov.cn (金乡县 2021年全县乡村振兴工作重点任务清单, test/fixtures/real/fresh16)
  it('reads the place of the department a page names as its publisher (发布机构, 信息来源)', () => {
    const text = '当前位置首页\n索引号11370828004313434W/2021-05704公开方式主动公开\n发布机构 金乡县农业农村局 组配分类 政策和解读\n'
      + '2021年全县乡村振兴工作重点任务清单\n发布日期:2021-04-20 14:54 信息来源:金乡县农业农村局 浏览次数:';
    expect(read({ text, unitNames: ['县扶贫开发办', '县教育和体育局'] })).toMatchObject({ name: '金乡县', source: 'issuer' });
    // A news source with no place is no publisher.
    expect(read({ text: '信息来源:新华社\n', unitNames: ['县教育和体育局'] })).toMatchObject({ name: null, source: 'level' });
  });

  // http://www.chuzhou.gov.cn/public/152523227/567017766.html (滁州 2020, test/fixtures/real/holdout)
  it('reads the issuer after a web page\'s column tag in 【】', () => {
    const title = '【市政府重点工作及责任分解】滁州市人民政府关于2020年市政府重点工作及责任分解的通知';
    expect(read({ title, unitNames: ['市发展改革委'] })).toMatchObject({ name: '滁州市', source: 'issuer' });
  });

  // http://henan.kjzch.com/xuchang/2020-05-28/694791.html (许政〔2020〕20号, test/fixtures/real/holdout)
  it('reads a city government\'s bare 政 文号, spaced before its bracket, as the place the text names', () => {
    const text = '许政 [2020] 20号\n各县(市、区)人民政府,市城乡一体化示范区、经济技术开发区、东城区管委会,市人民政府各部门:\n'
      + '现将《政府工作报告》提出的2020年重点工作任务予以分解…许昌市人民政府文件许政〔2020〕21号大工作实行专项督查';
    expect(read({ text, unitNames: ['市发展改革委'] })).toMatchObject({ name: '许昌市', source: 'docNumber' });
  });

  // http://jiayu.gov.cn/…/t20210722_2364261.shtml (嘉政办发〔2021〕5号, test/fixtures/real/dev)
  it('completes a 文号 prefix from the zone the text names after its place, at its units\' level', () => {
    const text = '嘉政办发〔2021〕5号\n县人民政府办公室关于\n对县《政府工作报告》确定的2021年\n'
      + '(四)固定资产投资增长12%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]';
    expect(read({ text, unitNames: ['县发展改革局', '县科经局'] })).toMatchObject({ name: '嘉鱼县', source: 'docNumber' });
    // Without a level there is no place to make of 嘉鱼.
    expect(read({ text, unitNames: [] }).name).toBeNull();
  });

  // http://wlj.xianning.gov.cn/ztzl/sswgh/202404/t20240418_3550880.shtml (咸宁 2024, test/fixtures/real/fresh14)
  it('reads a city plan\'s place from the zone committee named after it', () => {
    const text = '一、2024年经济社会发展计划目标\n'
      + '(一)地区生产总值增长6%。(牵头单位:市发改委;责任单位:各县市区人民政府,咸宁高新区管委会)\n'
      + '(四)地方一般公共预算收入增长8%。(牵头单位:市财政局;责任单位:市税务局,各县市区人民政府,咸宁高新区管委会)\n'
      + '(牵头单位:市交通运输局;责任单位:…咸安区、嘉鱼县、通山县人民政府,咸宁高新区管委会)';
    expect(read({ text, unitNames: ['市发改委', '市财政局', '市税务局'] })).toMatchObject({ name: '咸宁市', source: 'units' });
    // A zone that opens inside a longer name gives no place (中新苏滁高新区 is not 滁 or 新苏滁).
    expect(read({ text: '责任单位:市经信局、中新苏滁高新区管委会', unitNames: ['市经信局'] }).name).toBeNull();
    // A district plan's zone may be named after its city: no reading there.
    expect(read({ text, unitNames: ['区发改委', '区财政局'] }).name).toBeNull();
  });

  // 玉市委、市政府督通〔2021〕37号 (玉环 2021 三季度通报, test/fixtures/real/fresh11): its source is the 市委市政府督查室.
  it('reads no place out of a 市委市政府 office (市委市 is no place) and goes on to the zone named after the city', () => {
    const text = '玉市委、市政府督通〔2021〕37号关于2021年市政府重点工作和民生实事项目三季度完成情况的通报\n'
      + '信息来源: 市委市政府督查室 发布时间:2021-11-29 18:36 浏览次数:\n来源:市委市政府督查室\n'
      + '①实现“小升规”60家(责任单位:市经信局);\n确保完成固定资产投资50亿元(责任单位:玉环经济开发区)。';
    expect(read({ text, unitNames: ['市经信局', '玉环经济开发区'] })).toMatchObject({ name: '玉环市', source: 'units' });
    // Nothing else named: the level its units carry, never 市委市.
    expect(read({ text: '信息来源: 县委县政府督查室\n(责任单位:县经信局)', unitNames: ['县经信局'] })).toMatchObject({ name: null, label: '县' });
  });

  // test/fixtures/real/fresh10/liupanshui-jiuye-2015.txt (六盘水 2015, its title and issuer not in the copy)
  it('reads a city plan\'s place from the one known city its text speaks of, and from none when it writes another city', () => {
    const text = '通知\n三、政策措施\n7.鼓励其他人员投身创业。…鼓励民营企业和个体工商户进行二次创业,为六盘水实现“转型跨越”发展做出积极贡献。'
      + '(牵头单位:市人力资源社会保障局;责任单位:各县、特区、区人民政府,各经济开发区管委会等)';
    expect(read({ text, unitNames: ['市人力资源社会保障局'] })).toMatchObject({ name: '六盘水市', source: 'text' });
    // A district plan's city is not its place; a county-level city written beside it (乐清 under 温州) may be the plan's own.
    expect(read({ text, unitNames: ['区人力资源社会保障局'] }).name).toBeNull();
    expect(read({ text: `${text}\n全年民生实事45项;乐清市民生实事47项。`, unitNames: ['市人力资源社会保障局'] }).name).toBeNull();
    // Two known cities are partners, not the plan's place; one cited in 《》 is another government's decision.
    expect(read({ text: `${text}\n与遵义共建产业园。`, unitNames: ['市人力资源社会保障局'] }).name).toBeNull();
    expect(read({ text: `${text}\n按照《遵义市就业规划》`, unitNames: ['市人力资源社会保障局'] }).name).toBe('六盘水市');
  });

  // http://dafeitan.com/html/.whszfwzzt2016ngzbgzxqk.sjssblfa201703t20170329_104619.html (武汉 2017, fresh7)
  it('reads the city whose own levels the text speaks of (X市、区所属), named twice', () => {
    const text = '17.实行市、区属中等职业教育免除学费。(牵头单位:市教育局;责任单位:市财政局)\n'
      + '对在武汉市、区所属中职学校(包括民办学校)就读…实行本市免除学费政策。\n制定《武汉市中职学校免除学费实施意见》';
    expect(read({ text, unitNames: ['市教育局', '市财政局'] })).toMatchObject({ name: '武汉市', source: 'text' });
    // 实行市、区属 is words before a bare 市, no place.
    expect(read({ text: text.split('\n')[0], unitNames: ['市教育局'] }).name).toBeNull();
  });

  // https://055110.com/law/2/38225.html (阜政办〔2023〕11号, fresh10): a law database's fields with no colon.
  it('reads the issuer after a metadata label glued to it', () => {
    const text = '发文机关阜阳市人民政府\n发文日期2023年08月18日\n发文字号阜政办〔2023〕11号';
    expect(read({ text, unitNames: ['市人力资源社会保障局'] })).toMatchObject({ name: '阜阳市', source: 'issuer' });
  });

  // A district's progress table of bare names (崇川 2023, test/fixtures/real/dev): 市政局 is a bureau, not a 市 unit.
  it('takes no level from a bare name that opens with 市政 or 市场', () => {
    expect(read({ unitNames: ['城管局', '市政局', '相关街道', '市场监管局'] })).toEqual({ name: null, label: '未知', source: 'none' });
  });

  // 钟楼 2021 (test/fixtures/real/fresh6): a district's table of bare names with one city-owned company among them.
  it('takes no level from a company a plan names: its level is its owner\'s, not the plan\'s', () => {
    expect(read({ unitNames: ['教育局', '住建局', '市国有公司', '晋陵公司', '五星街道'] })).toEqual({ name: null, label: '未知', source: 'none' });
    expect(read({ unitNames: ['区住建局', '市国有公司'] })).toMatchObject({ label: '区', source: 'level' });
  });
});

describe('readJurisdiction on real14\'s plans (issue 10)', () => {
  // 咸宁 2023 分解 (test/fixtures/real/fresh19/xianning-fenjie-2023): the page puts the province in brackets and the year first.
  it('reads the city after a bracketed province and a year that open the title', () => {
    const title = '(湖北省)2023年咸宁市《政府工作报告》确定的主要目标任务责任分解方案';
    expect(read({ title, unitNames: ['市人社局', '市文旅局'] })).toMatchObject({ name: '咸宁市', source: 'title' });
    // A year alone before the place, full-width brackets.
    expect(read({ title: '（广东省）2021年东莞市重点工作分工', unitNames: ['市发展改革局'] }).name).toBe('东莞市');
  });

  // 浙江 知识产权 work table (test/fixtures/real/fresh17/zhejiang-zhishichanquan-2016): a cell was read as the title.
  it('reads the known province inside a title that opens with a verb (建设浙江省…)', () => {
    expect(read({ title: '建设浙江省打击侵权假冒行政', unitNames: ['省工商局', '省版权局'] })).toMatchObject({ name: '浙江省', source: 'title' });
    // A district's name is not cut: no known province or city inside it.
    expect(read({ title: '沙坪坝区推动高质量发展行动方案', unitNames: ['区发展改革委'] }).name).toBe('沙坪坝区');
  });

  // 青岛 基本养老服务 (test/fixtures/real/fresh19/qingdao-yanglao-2023), its addressee line simplified.
  it('reads the city from the new area its addressee line names after it, with 市民政局 a city unit', () => {
    const text = '各区、市人民政府,青岛西海岸新区管委,市政府各部门,市直各单位:\n1.健全基本养老服务清单制度。(市民政局牵头,各区、市政府负责落实)';
    expect(read({ text, unitNames: ['市民政局', '各区、市政府'] })).toMatchObject({ name: '青岛市', source: 'units' });
    // A new area not named after a known city gives no place.
    expect(read({ text: text.replace('青岛西海岸', '两江'), unitNames: ['市民政局'] })).toMatchObject({ name: null, label: '市' });
  });
});

describe('readJurisdiction on plans whose title names no place (上海 districts, issue 10)', () => {
  // 上海's district plans name their district after the city in the issuer (上海市奉贤区民政局), in a page's 发布单位 field,
  // or only in their units; the city alone is never the plan's place (test/fixtures/real/fresh21–26, questions/real19-docs).
  it('reads the district a city\'s name carries before a department, a town or a street office (上海市奉贤区民政局 → 奉贤区)', () => {
    // fresh23/fengxian-ranqi-2023 and fresh26/fengxian-gengdi-turang-2020: a district bureau or committee opens the title.
    expect(read({ title: '上海市奉贤区民政局关于印发《奉贤区养老服务机构燃气安全专项整治工作方案》的通知', unitNames: ['区民政局'] }))
      .toMatchObject({ name: '奉贤区', source: 'title' });
    expect(read({ title: '上海市奉贤区农业农村委员会关于印发《奉贤区优先保护类耕地集中区域土壤环境保护工作方案》等的通知' }).name).toBe('奉贤区');
    // fresh24/luodian-shirong-2020, fresh21/gumei-dujulaoren-2022, fresh24/wusong-xiane-2024: a town's or a street's office
    // as the page's 发布单位, a space after its colon.
    const page = (issuer: string) => `---\n标题: 罗店镇市容环境常态化管理考核实施意见\n文号: 宝罗府〔2020〕6号\n发布单位: ${issuer}\n`;
    expect(read({ text: page('上海市宝山区罗店镇人民政府') })).toMatchObject({ name: '宝山区', source: 'issuer' });
    expect(read({ text: page('上海市闵行区人民政府古美路街道办事处') }).name).toBe('闵行区');
    expect(read({ text: page('上海市宝山区吴淞街道办事处') }).name).toBe('宝山区');
    // fresh22/songjiang-qingshui-2026: a district bureau as 发布单位, the title naming no issuer.
    const text = '---\n标题: 关于印发《2026年松江区建筑垃圾运输行业“清水行动”工作方案》的通知\n文号: 沪松绿容发〔2026〕64号\n发布单位: 上海市松江区绿化和市容管理局\n';
    expect(read({ title: '关于印发《2026年松江区建筑垃圾运输行业“清水行动”工作方案》的通知', text, unitNames: ['区绿化市容局'] }).name).toBe('松江区');
    // A city's own bureau stays the city's; a 新区 or 园区 after the city is no district.
    expect(read({ text: page('上海市规划和自然资源局') }).name).toBe('上海市');
    expect(read({ title: '上海市城区道路管理办法' }).name).toBe('上海市');
  });

  // fresh23/qingpu-jianzhulaji-2025 (questions/real19-docs): a duty table whose units are 区… and 公安青浦分局, the city
  // police's branch in the district as 上海 plans write it.
  it('reads the district from the city police branch a district plan names (公安青浦分局)', () => {
    const text = '完成“青浦区土方管理平台”建设\n区数据局\n区城管执法局、公安青浦分局、区建设管理委、属地街镇\n区建设管理委、公安青浦分局、区绿化市容局';
    expect(read({ text, unitNames: ['区数据局', '区城管执法局', '区建设管理委', '区绿化市容局'] })).toMatchObject({ name: '青浦区', source: 'units' });
  });

  // fresh2/shanghai-baoshan-2008: the body opens 根据区委五届五次全会…; 韶关 (fresh4/shaoguan-zhizao-2019) holds 关.
  it('reads no place from a sentence opening 根据区委…, and keeps a place whose name holds 关 (韶关市)', () => {
    expect(read({ text: '根据区委五届五次全会、区六届人大三次会议精神', unitNames: ['区发改委'] }).name).toBeNull();
    expect(read({ title: '韶关市人民政府关于印发韶关市降低制造业企业成本支持实体经济发展若干政策措施(修订版)的通知(韶府〔2019〕31号)' }))
      .toMatchObject({ name: '韶关市', source: 'issuer' });
  });

  // 赵县 2023 (fresh6/zhaoxian-minsheng-2023) and 沁县 2025 (dev/changzhi-qinxian-2025): a county of one character.
  it('reads a county of one character as a whole issuer, never from a sentence (经县人民政府同意)', () => {
    expect(read({ title: '赵县人民政府办公室关于印发《赵县2023年民生工程实施方案》的通知', unitNames: ['县发改局'] }))
      .toMatchObject({ name: '赵县', source: 'issuer' });
    const qinxian = '县示范区管委会,各乡、镇人民政府,县直各有关单位:\n经县政府同意,现将《2025年县<政府工作报告>任务分解》印发给你们。\n'
      + '附件:1.2025年县《政府工作报告》任务清单\n沁县人民政府办公室\n2025年5月18日\n(此件公开发布)';
    expect(read({ text: qinxian, unitNames: ['县发改局'] })).toMatchObject({ name: '沁县', source: 'issuer' });
    expect(read({ text: '经县人民政府同意,现印发给你们。', unitNames: ['县发改局'] })).toMatchObject({ name: null, label: '县' });
  });

  // 虹口 2022 (fresh23/hongkou-jianzhulaji-2022, questions/real19-docs): the copy starts at 三、分工与职责, each duty under its
  // unit written in full with the district; units of several districts (a city plan's partners) name none.
  it('reads the district every unit is written with in full, when the units carry no bare level', () => {
    const unitNames = ['虹口区绿化和市容管理局', '虹口区住房保障和房屋管理局', '虹口区建设和管理委员会', '虹口区城市管理行政执法局',
      '上海市公安局虹口分局', '虹口区旧区改造和房屋征收工作指挥部', '各街道办事处'];
    const text = '三、分工与职责\n（一）虹口区绿化和市容管理局\n区绿化市容局是本区建筑垃圾处理的主管部门，负责本区域内建筑垃圾处理的具体管理工作';
    expect(read({ text, unitNames })).toMatchObject({ name: '虹口区', source: 'units' });
    expect(read({ text, unitNames: ['虹口区绿化和市容管理局', '杨浦区绿化和市容管理局', '静安区绿化和市容管理局'] }).name).toBeNull();
  });
});
