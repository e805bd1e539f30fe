// Which jurisdiction a document's units belong to, read from the text; unnamed documents keep their units.
import { describe, expect, it } from 'vitest';
import { readJurisdiction, type JurisdictionInput } from '../../../graph/pipeline/jurisdiction.ts';

const read = (input: Partial<JurisdictionInput>) => readJurisdiction({ title: '', text: '', unitNames: [], ...input });

describe('readJurisdiction', () => {
  it('takes a named district from the issuing body in the title', () => {
    expect(read({ title: '铜梁区人民政府关于印发行动方案的通知' })).toMatchObject({ name: '铜梁区', source: 'issuer' });
  });

  it('takes a district that opens the title', () => {
    expect(read({ title: '贡井区推动高质量发展行动方案' })).toMatchObject({ name: '贡井区', source: 'title' });
  });

  it('takes a province and a city with its district', () => {
    expect(read({ title: '四川省人民政府办公厅关于印发重点任务分工方案的通知' }).name).toBe('四川省');
    expect(read({ title: '重庆市渝北区人民政府关于印发实施方案的通知' }).name).toBe('渝北区');
    expect(read({ title: '石柱土家族自治县人民政府办公室关于印发工作方案的通知' }).name).toBe('石柱土家族自治县');
  });

  // http://www.cqspb.gov.cn/zwgk_235/zfxxgkpt/zcwj0617/bm0617/202203/t20220329_10563014.html (沙坪坝区, 2022)
  it('names a district written with the city above it as the district its documents and units mean', () => {
    expect(read({ title: '重庆市沙坪坝区人民政府办公室关于印发2022年区政府工作报告目标任务的通知' })).toMatchObject({ name: '沙坪坝区', label: '沙坪坝区' });
    expect(read({ title: '四川省成都市武侯区人民政府关于印发实施方案的通知' }).name).toBe('武侯区');
    expect(read({ title: '宁夏回族自治区银川市人民政府关于印发实施方案的通知' }).name).toBe('银川市');
    // 市中区 is a district's own name, not 市 + 中区; a city alone stays itself.
    expect(read({ title: '济南市市中区人民政府关于印发实施方案的通知' }).name).toBe('市中区');
    expect(read({ title: '重庆市人民政府关于印发实施方案的通知' }).name).toBe('重庆市');
  });

  // 泰顺 2023 (fresh7): one 县卫生健康局 beside 教育局 is half the bodies; one among five bare names says nothing of them.
  it('shows the units\' level only when at least a quarter of the document\'s bodies carry it', () => {
    expect(read({ unitNames: ['教育局', '县卫生健康局'] })).toEqual({ name: null, label: '县', source: 'level' });
    expect(read({ unitNames: ['教育局', '城管局', '卫生局', '民政局', '县卫生健康局', '县卫生健康局'] })).toEqual({ name: null, label: '未知', source: 'none' });
    // An 自治县's bodies carry the county's level (自治县 2023, fresh10).
    expect(read({ unitNames: ['自治县农业农村局', '自治县党委宣传部', '总工会', '妇联', '民政局', '乡村振兴局'] })).toEqual({ name: null, label: '县', source: 'level' });
    // A company the plan names is no body of the government: it neither carries nor dilutes the level.
    expect(read({ unitNames: ['区发改委', '城管局', '新运集团', '文旅集团'] })).toEqual({ name: null, label: '区', source: 'level' });
  });

  it('does not take a park or a city word that opens the title', () => {
    expect(read({ title: '工业园区提质增效行动方案', unitNames: ['区经济信息委'] })).toEqual({ name: null, label: '区', source: 'level' });
    expect(read({ title: '城市更新行动方案', unitNames: ['区住房城乡建委'] })).toEqual({ name: null, label: '区', source: 'level' });
  });

  // test/fixtures/questions/real-docs/chongqing-yuzhong-mubiao-2023.txt: a news repost of a district's targets.
  it('takes the issuer a news repost names in its opening sentence, not a place it mentions', () => {
    const text = '地区生产总值增长5%左右\n……\n近日,渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》,明确全年目标。';
    expect(read({ title: '2023年区政府工作报告重点工作目标任务分解', text })).toMatchObject({ name: '渝中区', source: 'issuer' });
    expect(read({ title: '工作方案', text: '会议指出,要学习市人民政府的经验。', unitNames: ['区财政局'] }).name).toBeNull();
  });

  it('takes a named county from a heading line of the text', () => {
    expect(read({ title: '行动方案', text: '武胜县人民政府办公室\n关于印发实施方案的通知' }).name).toBe('武胜县');
  });

  it('takes the body that signs at the end (落款)', () => {
    const text = `${'正文。'.repeat(200)}\n成都市人民政府办公厅\n2022年1月21日`;
    expect(read({ title: '重点任务分工方案', text })).toMatchObject({ name: '成都市', source: 'issuer' });
  });

  it('reads a 文号 prefix as the place the text names with it', () => {
    const text = '渝北府办发〔2022〕31号\n各镇人民政府、街道办事处,区政府各部门:\n现将方案印发给你们。为推动渝北区高质量发展……';
    expect(read({ title: '关于印发实施方案的通知', text })).toMatchObject({ name: '渝北区', source: 'docNumber' });
  });

  it('leaves a 文号 prefix the text never expands unread', () => {
    expect(read({ title: '关于印发实施方案的通知', text: '蓉府办发〔2022〕3号\n现将方案印发给你们。', unitNames: ['市商务局'] }))
      .toEqual({ name: null, label: '市', source: 'level' });
  });

  it('takes the place its units name before themselves when nothing else does', () => {
    expect(read({ title: '实施方案', namedInUnits: ['成都市', '成都市', '四川省'] })).toMatchObject({ name: '成都市', source: 'units' });
  });

  it('ignores a government named mid-sentence and falls back to the level of the units', () => {
    const text = '根据规划纲要和市人民政府关于印发行动方案的通知等精神,结合我区实际,制定本实施方案。';
    expect(read({ title: '关于推动双城经济圈建设行动方案', text, unitNames: ['区发展改革委', '区水利局', '市发展改革委'] }))
      .toEqual({ name: null, label: '区', source: 'level' });
  });

  it('reads a county whose name holds a common character (犍为县)', () => {
    expect(read({ title: '犍为县人民政府关于印发推动高质量发展实施方案的通知' }).name).toBe('犍为县');
    expect(read({ title: '方案', text: '为深入贯彻落实党的二十大精神,结合犍为县实际,制定本方案。' }).name).toBe('犍为县');
  });

  it('does not read 各区县 or 全市 as a place', () => {
    expect(read({ title: '实施方案', text: '各区县人民政府,市政府各部门:\n全市人民政府……' }).name).toBeNull();
  });

  it('says 未知 when nothing tells, and --jurisdiction overrides everything', () => {
    expect(read({ title: '方案', text: '正文', unitNames: ['国网供电公司'] })).toEqual({ name: null, label: '未知', source: 'none' });
    expect(read({ title: '铜梁区行动方案', given: '荣昌区' })).toEqual({ name: '荣昌区', label: '荣昌区', source: 'option' });
  });

  // Shapes from real pages (dev set: Wuhan Caidian 2023, Huangshi Xialu 2020, Lishui 2023, Kunming Guandu 2016,
  // Sichuan 2022, Zhejiang 2020), as their stored copies print them once spaces are dropped.
  it('reads a page metadata row, never the label run into the name', () => {
    const text = '区人民政府办公室关于印发责任分解方案的通知\n发布机构区人民政府办公室文号蔡政办〔2023〕1号\n各街道办事处,蔡甸区各部门:';
    expect(read({ title: '区人民政府办公室关于印发责任分解方案的通知', text }).name).toBe('蔡甸区');
    expect(read({ text: '索引号:000014349/2020-105482发布日期:2020-06-28发布机构:下陆区政府办公室\n区人民政府办公室' }).name).toBe('下陆区');
    expect(read({ text: '时间:2023-07-11 17:01浏览次数:信息来源:丽水市政府\n一、主要预期目标' }).name).toBe('丽水市');
  });

  it('never takes a 文号 cited in the text, and reads whose circumstances the plan is written for', () => {
    const text = '根据《昆明市人民政府关于印发昆明市稳增长促发展若干政策措施的通知》(昆政发〔2016〕13号),结合官渡区实际,特制定如下政策措施。';
    expect(read({ text, unitNames: ['区发改局'] })).toMatchObject({ name: '官渡区', source: 'text' });
  });

  it('takes a department that signs on its own line', () => {
    const text = '各市(州)人民政府、省级有关部门(单位):\n经省政府同意,现将实施方案印发给你们。\n四川省发展和改革委员会\n2022年10月18日';
    expect(read({ text }).name).toBe('四川省');
  });

  it('does not take a city named among the units of a provincial plan', () => {
    expect(read({ unitNames: ['省科技厅', '省发展改革委', '省财政厅'], namedInUnits: ['杭州市'] })).toEqual({ name: null, label: '省', source: 'level' });
  });
  it('reads a district plan that never names its place from the branch its city bureau keeps there (咸安 2023)', () => {
    const text = '13.…推进淦河二期系统治理。(责任领导:刘伍寿、陈浩;牵头单位:市生态环境局咸安分局;责任单位:区水利和湖泊局)';
    expect(read({ title: '2023年区《政府工作报告》确定的重点工作任务责任分解方案', text, unitNames: ['区发改局', '区水利和湖泊局'] }))
      .toMatchObject({ name: '咸安区', source: 'units' });
    // A county-level plan's units give the level: a 分局 in a 市 plan says nothing of the city's name.
    expect(read({ title: '重点工作分解', text, unitNames: ['市发改委', '市财政局'] }).name).toBeNull();
  });
  // 广州市 关于推进党建创新工程的实施意见 (2012; fresh8/guangzhou-dangjian-2012, a Guangdong association site's copy): no
  // issuer printed, the opening names the city decision the plan carries out, its units are the city's.
  it('takes the place of the decision a plan carries out when its units are of that level, never another level (广州 2012)', () => {
    const text = '关于推进党建创新工程的实施意见\n\n为深入贯彻科学发展观，全面落实省第十一次党代会、市第十次党代会精神，根据《中共广州市委、广州市人民政府关于全面推进新型城市化发展的决定》，就推进党建创新工程，提出以下实施意见。\n一、目标任务';
    expect(read({ title: '关于推进党建创新工程的实施意见', text, unitNames: ['市委组织部', '市纪委', '市委宣传部'] }))
      .toMatchObject({ name: '广州市', source: 'text' });
    // A district's plan carrying out its city's decision is not the city's; a plan of no unit level takes no place.
    expect(read({ title: '关于推进党建创新工程的实施意见', text, unitNames: ['区委组织部', '区纪委'] })).toEqual({ name: null, label: '区', source: 'level' });
    expect(read({ title: '关于推进党建创新工程的实施意见', text }).name).toBeNull();
  });

  // The central government's documents (fresh17): 国务院 国发〔2017〕28号 (78911.com.cn copy), 国务院办公厅 国办函〔2004〕21号
  // (yestaryl.com law-site mirror) and 国办发〔2016〕19号 (cptp.org.cn mirror), 国务院知识产权战略实施工作部际联席会议办公室 2021
  // (izubei.com repost): their 财政部 is one unit across them, so they share the jurisdiction 国家.
  it('reads a document of the State Council or its ministries as national, from its title, own 文号, 落款 or units', () => {
    expect(read({ title: '国务院关于做好当前和今后一段时期就业创业工作的意见' })).toEqual({ name: '国家', label: '国家', source: 'title' });
    expect(read({ text: '国务院关于做好当前和今后一段时期就业创业工作的意见\n国发〔2017〕28号\n各省、自治区、直辖市人民政府,国务院各部委、各直属机构:' }))
      .toMatchObject({ name: '国家', source: 'docNumber' });
    expect(read({ text: '发文机关国务院办公厅\n发文日期2004年02月20日\n时效性现行有效\n发文字号国办函〔2004〕21号' }).name).toBe('国家');
    expect(read({ text: '《2016年政务公开工作要点》已经国务院同意,现印发给你们,请结合实际认真贯彻落实。\n国务院办公厅\n2016年4月2日\n(此件公开发布)' }))
      .toMatchObject({ name: '国家', source: 'issuer' });
    const unitNames = ['中央组织部', '中央宣传部', '中央政法委', '最高人民法院', '外交部', '发展改革委', '教育部', '科技部', '工业和信息化部', '财政部'];
    expect(read({ title: '知识产权强国建设纲要和“十四五”规划实施年度推进计划', unitNames })).toMatchObject({ name: '国家', source: 'units' });
  });

  it('keeps a local plan that cites the State Council its own place, and a bare-named plan unnamed', () => {
    // A province implementing 国发〔2017〕28号: its own 文号 and issuer decide.
    const text = '四川省人民政府关于做好当前和今后一段时期就业创业工作的实施意见\n川府发〔2017〕41号\n为贯彻落实《国务院关于做好当前和今后一段时期就业创业工作的意见》(国发〔2017〕28号)精神,结合我省实际,提出如下实施意见。';
    expect(read({ text, unitNames: ['省发展改革委', '财政厅'] }).name).toBe('四川省');
    // fresh15/shi-yifaxingzheng-qiantou (fymate.net law-database copy): a cited decision broken onto a line of its own.
    const cited = '牵头单位:市法制办、市监察局。\n严格执行《\n国务院关于投资体制改革的决定》和市政府颁布的《政府投资项目管理办法》。';
    expect(read({ text: cited, unitNames: ['市法制办', '市监察局'] })).toEqual({ name: null, label: '市', source: 'level' });
    // A local plan with bare names (教育局, 财政局) is not made national by one 宣传部 or 武装部.
    expect(read({ unitNames: ['宣传部', '武装部', '教育局', '财政局'] }).name).toBeNull();
  });
});
