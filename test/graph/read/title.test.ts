// titleOf: heading line, file name left on the first line, opening clause, file-name fallback.
import { describe, expect, it } from 'vitest';
import { titleOf } from '../../../graph/read/title.ts';

describe('titleOf', () => {
  it('takes a short first line as the title', () => {
    expect(titleOf('\n  关于推动双城经济圈建设行动方案\n一、总体要求', 'a.txt')).toBe('关于推动双城经济圈建设行动方案');
  });

  it('strips the .docx extension from a file name on the first line, as in the seed', () => {
    const seed = '关于推动双城经济圈建设行动方案.docx\n关于推动双城经济圈建设行动方案推动地区双城经济圈建设,是以…';
    expect(titleOf(seed, 'seeds/shuangcheng-action-plan.txt')).toBe('关于推动双城经济圈建设行动方案');
  });

  it('takes the opening clause up to the first plan word when the text has no line breaks', () => {
    const text = '关于推动双城经济圈建设行动方案推动地区双城经济圈建设,是以习近平同志为核心的党中央立足大局作出的重大战略部署。';
    expect(titleOf(text, 'a.txt')).toBe('关于推动双城经济圈建设行动方案');
  });

  it('keeps the 的通知 tail of a notice title inside a long line', () => {
    const text = '关于印发《2024年重点任务清单》的通知各镇街、区级各部门:现将清单印发给你们,请认真贯彻落实并按时报送进展情况。';
    expect(titleOf(text, 'a.txt')).toBe('关于印发《2024年重点任务清单》的通知');
  });

  it('skips a document number line before the heading', () => {
    expect(titleOf('渝府办发〔2023〕12号\n关于加快发展现代农业的实施意见\n', 'a.txt')).toBe('关于加快发展现代农业的实施意见');
  });

  it('falls back to the file name when the first line is a sentence', () => {
    expect(titleOf('为深入贯彻落实市委部署,结合我区实际,制定本方案。\n一、总体要求', 'docs/双城方案.txt')).toBe('双城方案');
  });

  it('falls back to the file name when the text has no line', () => {
    expect(titleOf('\n \n', '/tmp/upload/plan-2024.md')).toBe('plan-2024');
  });

  // Shapes of saved government pages (test/fixtures/align-real/shenyang-2026/lower.txt, test/fixtures/questions/real-docs/).
  it('skips a saved page\'s navigation and byline lines', () => {
    const page = '当前位置 :首页 > 政务公开 > 市政府文件\n沈阳市人民政府关于印发2026年政府工作报告重点工作分工方案的通知\n沈政发〔2026〕1号';
    expect(titleOf(page, 'a.txt')).toBe('沈阳市人民政府关于印发2026年政府工作报告重点工作分工方案的通知');
    const other = '您现在的位置:首页\n> 政务公开 > 重点工作落实情况\n2023年莲都区政府工作报告重点工作责任分解第一季度进展情况\n作者:   来源: 莲都区人民政府办公室';
    expect(titleOf(other, 'a.txt')).toBe('2023年莲都区政府工作报告重点工作责任分解第一季度进展情况');
  });

  it('prefers a titled heading near the top to a headline of figures, and takes the plan a repost names', () => {
    expect(titleOf('2026年工作\n关于加快发展现代农业的实施意见\n一、总体要求', 'a.txt')).toBe('关于加快发展现代农业的实施意见');
    const repost = '地区生产总值增长5%左右\n固定资产投资总额增长5%以上\n……\n近日,渝中区人民政府办公室发布《2023年区政府工作报告重点工作目标任务分解》,明确了目标。';
    expect(titleOf(repost, 'a.txt')).toBe('2023年区政府工作报告重点工作目标任务分解');
  });

  it('drops markdown heading and bold marks', () => {
    expect(titleOf('## 政府工作报告\n一、过去一年工作回顾', 'a.md')).toBe('政府工作报告');
    expect(titleOf('**2026年重点工作安排**\n(一) 增强扩大内需主动力', 'a.md')).toBe('2026年重点工作安排');
  });

  // 国发〔2020〕6号 (http://zgxmfw.com/hyzx/HTML/20200612084450.html, test/fixtures/align-real/guowuyuan-2020) and
  // 辽政发〔2023〕2号 (a mirror of the 辽宁省人民政府 page, test/fixtures/real/fresh2/liaoning-fengong-2023)
  it('joins a title printed over two or three lines until its genre word and its 《》 close it', () => {
    expect(titleOf('国务院关于落实《政府工作报告》\n重点工作部门分工的意见\n国发〔2020〕6号\n各省、自治区、直辖市人民政府:', 'a.txt'))
      .toBe('国务院关于落实《政府工作报告》重点工作部门分工的意见');
    expect(titleOf('辽政发〔2023〕2号\n辽宁省人民政府关于印发《2023年\n省〈政府工作报告〉任务分解\n和责任分工方案》的通知\n各市人民政府:', 'a.txt'))
      .toBe('辽宁省人民政府关于印发《2023年省〈政府工作报告〉任务分解和责任分工方案》的通知');
  });

  it('leaves a closed title alone, and never joins a headline to the same title repeated', () => {
    expect(titleOf('市政府工作报告重点工作责任分解（2023年）\n一、全市经济社会发展主要预期目标', 'a.txt')).toBe('市政府工作报告重点工作责任分解（2023年）');
    expect(titleOf('湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-门户网站\n湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见', 'a.txt'))
      .toBe('湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见-门户网站');
  });
  it('skips a page\'s metadata fields, spaced or in | cells, and takes the real title line (金乡县 2025)', () => {
    const text = ['索 引 号 | 11370828593615886A/2025-00693 | 公开方式 | 主动公开 |', '发布机构 | 金乡县人民政府办公室 | 组配分类 | 金政发 |',
      '成文日期 | 2025-02-28 | 废止日期 | |', '有效性 | 有效 |', '各镇政府,各街道办事处,县政府各部门:', '金乡县人民政府', '2025年2月28日',
      '2025年金乡县政府重要工作事项责任分工'].join('\n');
    expect(titleOf(text, 'a.txt')).toBe('2025年金乡县政府重要工作事项责任分工');
  });

  it('reads the title from a 名称 field up to the next field on its line (谯城区 2025, 六盘水 2022)', () => {
    const qiaocheng = '当前位置: 网站首页 > 政府信息公开\n索引号: 11341602003166647K/202503-00040 组配分类: 年度重点工作分解情况\n名称: 谯城区2025年政府工作报告重点工作任务分解表 文号:\n';
    expect(titleOf(qiaocheng, 'a.txt')).toBe('谯城区2025年政府工作报告重点工作任务分解表');
    expect(titleOf('名 称: | 市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知 |\n', 'a.txt'))
      .toBe('市人民政府办公室关于印发六盘水市新型基础设施建设三年行动方案(2022—2024年)的通知');
  });
  it('joins an issuer printed on the line before its 关于 line (玉林 2024)', () => {
    const text = '玉林市应对气候变化及节能减排工作领导小组\n办公室关于印发玉林市“十四五”降碳目标\n工作实施方案的通知\n各县(市、区)人民政府:';
    expect(titleOf(text, 'a.txt')).toBe('玉林市应对气候变化及节能减排工作领导小组办公室关于印发玉林市“十四五”降碳目标工作实施方案的通知');
  });
  // http://www.tongchuan.gov.cn/resources/site/1/html/xxgk/xxgkml/zcwj/tzbf/202005/251530.html (铜政办发〔2020〕14号)
  it('never joins a line of header fields to the title below it, whatever fields it holds (铜川 2020)', () => {
    const text = ['索引号:  TCXXGK-2020-007225 主题分类: ', '发文机构:  发文文号:  铜政办发〔2020〕14号',
      '发文日期:  2020年05月21日 发布日期:  2020-05-26 14:04', '公文时效:  有效 发布机构:  铜川市人民政府办公室',
      '铜川市人民政府办公室关于', '落实《政府工作报告》重点工作分工的意见', '来源:铜川市人民政府办公室 发布时间:2020-05-26 14:04'].join('\n');
    expect(titleOf(text, 'a.txt')).toBe('铜川市人民政府办公室关于落实《政府工作报告》重点工作分工的意见');
  });

  it('reads header fields behind bullets, glued to their value, or with their first key cut (大兴 2023, 海曙 2023, 阜阳 2023, 宿州 2024)', () => {
    // https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfwj67/zfwj/2020578/index.html
    const daxing = ['  • 索引号:11N000/ZK-2023-000021', '  • 发文单位:区政府办', '  • 信息名称:关于印发《2023年区政府工作报告重点工作分工方案》的通知',
      '  • 发文序号:京兴政办发〔2023〕1 号'].join('\n');
    expect(titleOf(daxing, 'a.txt')).toBe('关于印发《2023年区政府工作报告重点工作分工方案》的通知');
    // http://www.haishu.gov.cn/art/2023/2/13/art_1229829659_1803977.html
    const haishu = ['- 索 引 号:002943395/2023-87632', '- 文件编号:海政办发〔2023〕2号', '- 主题分类:区府办文件', '- 发布单位:区政府办公室',
      '各镇(乡)人民政府、街道办事处,区政府各部门、各直属单位:', '宁波市海曙区人民政府办公室', '2023年2月10日', '2023年政府工作报告重点工作责任分解'].join('\n');
    expect(titleOf(haishu, 'a.txt')).toBe('2023年政府工作报告重点工作责任分解');
    // https://055110.com/law/2/38225.html: the repost prints no title line, so its 文号 names it (not the file name).
    const fuyang = ['发文机关阜阳市人民政府', '发文日期2023年08月18日', '时效性现行有效', '发文字号阜政办〔2023〕11号', '效力级别地方规范性文件',
      '各县、市、区人民政府,阜阳经开区、阜合园区管委会,市政府各部门、各直属机构:'].join('\n');
    expect(titleOf(fuyang, 'fuyang-qianxin-2023.txt')).toBe('阜政办〔2023〕11号');
    // With neither a title nor a 文号, the file name stands.
    expect(titleOf(fuyang.replace('发文字号阜政办〔2023〕11号', ''), 'fuyang-qianxin-2023.txt')).toBe('fuyang-qianxin-2023');
    // https://www.ahsz.gov.cn/public/2655573/194554921.html
    const suzhou = ['号: 003187229/202402-00003 信息分类: 年度重点工作任务分解、执行及落实情况', '发布机构: 宿州市政府办公室',
      '2023年《政府工作报告》重点工作任务完成情况'].join('\n');
    expect(titleOf(suzhou, 'a.txt')).toBe('2023年《政府工作报告》重点工作任务完成情况');
  });

  // http://mifenjm.com/art/2023/2/3/art_1229659979_58943059.html (a mirror with pinyin glosses of 宁波 江北区 2023, read after conversion)
  it('drops a mirror\'s pinyin glosses before it reads fields and the title (江北 2023)', () => {
    const text = ['索引号(hào): 2950798/2023-51649 主题分类: 综合政务(wù)/政务(wù)公开', '发(fā)布机(jī)构(gòu): 区(qū)府办 成文日期: 2023-02-03',
      '2023年区(qū)政府民生实(shí)事候选项(xiàng)目目标(biāo)任务(wù)与责(zé)任分解表'].join('\n');
    expect(titleOf(text, 'a.txt')).toBe('2023年区政府民生实事候选项目目标任务与责任分解表');
  });
  it('heads a 关于 title with the issuer printed alone on the line above it, and reads 细则 as a genre word (马鞍山 2021)', () => {
    // https://kpcpu.com/377281.html (a mirror with pinyin glosses, as read after conversion)
    const text = ['马鞍山市', '关于进(jìn)一步激发(fā)民营企业创业热情成(chéng)就(jiù)企业家创意创新创造推进(jìn)民营经(jīng)济高质量发(fā)展的实施细则',
      '为深入贯彻落实习近平总书记在民营企业座谈会(huì)上的重要讲话精神和考察安徽重要讲话指示精神,…,根据《中共安徽省委、安徽省人民政府关于进(jìn)一步激发(fā)民营企业创业热情成(chéng)就(jiù)企业家创意创新创造推进(jìn)民营经(jīng)济高质量发(fā)展的若干意见》(皖发(fā)〔2021〕10号)文件要求'].join('\n');
    expect(titleOf(text, 'a.txt')).toBe('马鞍山市关于进一步激发民营企业创业热情成就企业家创意创新创造推进民营经济高质量发展的实施细则');
  });

  // test/fixtures/real/dev/anhui-zhongdian-2022.txt (新安晚报 repost of 安徽 2022's 重点工作及责任分解, its year digits lost)
  it('reads the plan a news lead names unquoted (…近日,X人民政府发布关于…的通知), headed by its issuer', () => {
    const text = ['新安晚报安徽网大皖新闻讯据安徽省人民政府网消息，近日，安徽省人民政府发布关于年重点工作及责任分解的通知。',
      '通知称，根据省十三届人大五次会议审议通过的《政府工作报告》，省政府第次常务会议研究确定了年13个方面项重点工作。'].join('\n');
    expect(titleOf(text, 'anhui.txt')).toBe('安徽省人民政府关于年重点工作及责任分解的通知');
    // A bare 发布 of something that is no document (发布关于…的消息) names nothing.
    expect(titleOf('据本报消息，近日，市统计局发布关于一季度经济运行的数据，全市生产总值同比增长。', 'stats.txt')).toBe('stats');
  });
  // test/fixtures/real/fresh10/anqing-minying-2021.txt (中共安庆市委 安庆市人民政府, 2021): the title printed over three lines.
  it('joins a 关于 title printed over three lines under its issuers', () => {
    const text = ['中共安庆市委 安庆市人民政府', '关于进一步激发民营企业创业热情', '成就企业家创意创新创造推进民营经济', '高质量发展的实施意见',
      '为深入贯彻落实《中共安徽省委、安徽省人民政府关于…的若干意见》(皖发〔2021〕10号)要求,结合我市实际,制定本实施意见。'].join('\n');
    expect(titleOf(text, 'a.txt')).toBe('关于进一步激发民营企业创业热情成就企业家创意创新创造推进民营经济高质量发展的实施意见');
    // A closed title under a closed 关于 notice stays its own line.
    expect(titleOf(['关于印发某县行动方案的通知', '各乡镇:', '某县2021年行动方案'].join('\n'), 'a.txt')).toBe('关于印发某县行动方案的通知');
  });

  // test/fixtures/real/fresh11/yuhuan-jindu-2021.txt (玉市委、市政府督通〔2021〕37号): a 通报 whose 文号 runs into its title.
  it('reads a 通报 as a title and cuts the 文号 run in front of its 关于', () => {
    const text = ['当前位置: 首页', '> 政府信息公开 > 信息公开目录 > 年度重点工作完成情况',
      '玉市委、市政府督通〔2021〕37号关于2021年市政府重点工作和民生实事项目三季度完成情况的通报', '信息来源: 市委市政府督查室 发布时间:2021-11-29 18:36 浏览次数:',
      '②完成低效用地再开发1000亩(责任单位:市自然资源和规划局);'].join('\n');
    expect(titleOf(text, 'a.txt')).toBe('关于2021年市政府重点工作和民生实事项目三季度完成情况的通报');
    // A sentence that announces a 通报 is no title (六安 2017: 现将…进度通报如下:).
    expect(titleOf('为扎实推进我市2017年民生工程实施工作,现将1至7月民生工程实施进度通报如下:\n一、总体进展', 'luan.txt')).toBe('luan');
  });

  // test/fixtures/real/fresh23/qibao-xiane-2020.txt (七宝镇, the kept page begins at 五、职责分工): no title line in the copy.
  it('never takes a numbered section, or a form the body names (《暂缓施工通知单》), as the title of a copy that starts in its body', () => {
    const qibao = ['五、职责分工', '1.镇规建办为限额以下工程项目管理的主管部门，负责推进、协调工程各环节的相关工作，做好镇辖区范围内相关工程的巡查、备案、报建、施工监管、竣工验收及档案归档等工作。对存在违法违规建设的项目及时发放《暂缓施工通知单》，对仍不按整改意见执行的抄告相关单位。',
      '2.镇监察室负责对限额以下工程管理的行为行使监督职能，及时查处限额以下工程管理的违纪违法行为，促进相关单位和职能部门依法履行职责。'].join('\n');
    expect(titleOf(qibao, 'qibao-xiane-2020.txt')).toBe('qibao-xiane-2020');
    // A whole title under its number stays a title, read without the number (test/fixtures/real/fresh11/jishui-minsheng-2020.txt).
    expect(titleOf('一、10件民生实事任务分解表\n1.新建城区学校', 'a.txt')).toBe('10件民生实事任务分解表');
    // A repost's lead may name a form as it names a plan; the form is no title, the plan is (六安 2017, 渝中 2023 above).
    expect(titleOf('地区生产总值增长5%左右\n对违法建设的项目及时发放《暂缓施工通知单》,并抄告相关单位。', 'a.txt')).toBe('地区生产总值增长5%左右');
  });

  // test/fixtures/real/fresh12/changsha-mubiao-2012.txt (the kept page of 长沙 2012's 目标任务责任分解表) and
  // test/fixtures/real/dev/s7b-linan-shishi-2022.txt (临安 2022's 民生实事 table under its page's fields).
  it('never takes a table\'s header, its cells or a duty annotation as the title', () => {
    const changsha = ['牵头单位', '| 目 标 任 务', '| 责 任 单 位', '|', '市政', '府办', '公厅',
      '| 强化行政监督,自觉接受人大和政协监督,优质高效办理人大代表议案、建议和政协提案,认真听取和采纳各民主党派、工商联、人民团体和社会各界意见,主动接受新闻媒体和社会公众监督',
      '| 市直各单位、各区县市'].join('\n');
    expect(titleOf(changsha, 'changsha-mubiao-2012.txt')).toBe('changsha-mubiao-2012');
    const linan = ['索引号 | 000330185/2022-83945 | 公开方式 | 主动公开 |', '公开范围 | 面向社会 | 公开时限 | 长期公开 |',
      '发布单位 | 区政府 | 发文日期 | 2022-07-14 |', '序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |'].join('\n');
    expect(titleOf(linan, 's7b-linan-shishi-2022.txt')).toBe('s7b-linan-shishi-2022');
    // test/fixtures/real/fresh18/xuzhou-senlin-2010.txt: the page opens on an item's annotation.
    expect(titleOf('(牵头单位:市林业局;责任单位:市城乡建设局、市政园林局,各县市区人民政府,徐州经济开发区管委会)\n2.加快推进城市绿化', 'xuzhou.txt')).toBe('xuzhou');
    // A title kept in a cell is read without the cell's bar (test/fixtures/real/fresh/jiaxing-haiyan-2022.txt).
    expect(titleOf('海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知 |\n', 'a.txt'))
      .toBe('海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知');
  });

  // test/fixtures/real/fresh11/dezhou-luxi-2023.txt (a mirror of 德州 2023) and test/fixtures/real/fresh10/ningbo-mubiao-2025.txt.
  it('takes the plan\'s title below a headline that reads as a sentence, or a lead broken off mid-sentence', () => {
    const dezhou = ['半岛综合体育官网登录入口德州印发重磅实施方案!涉及德州机场规划、济郑高铁段建设等', '栏目:行业资讯 发布时间:2023-05-03',
      ' 德州市贯彻落实省《突破菏泽鲁西崛起三年行动计划(2023—2025年)》实施方案  为深入贯彻落实《山东省人民政府关于印发突破菏泽鲁西崛起三年行动计划(2023—2025年)的通知》(鲁政字〔2023〕18号,以下简称省《三年行动计划》)精神,加快我市跨越发展、高质量发展,全力推进新时代社会主义现代化强市建设,结合我市实际,制定本实施方案。',
      '', '  德州市贯彻落实省《突破菏泽鲁西崛起三年行动计划(2023—2025年)》实施方案', ''].join('\n');
    expect(titleOf(dezhou, 'a.txt')).toBe('德州市贯彻落实省《突破菏泽鲁西崛起三年行动计划(2023—2025年)》实施方案');
    const ningbo = ['>政务动态 >媒体聚焦', '市长、副市长牵头!宁波公布2025年政府工作报告目标任务分解', '时间:2025-02-07 10:04', '来源:宁波市政府办公厅、宁波政务',
      '640.webp.jpg', '2025年是“十四五”规划收官之年,也是进一步全面深化改革的重要一年,做好今年工作意义重', '近日,宁波市人民政府办公厅印发通知,公布《2025年政府工作报告目标',
      '2025年政府工作报告目标任务分解清单', '一、汤飞帆市长牵头重点工作'].join('\n');
    expect(titleOf(ningbo, 'a.txt')).toBe('2025年政府工作报告目标任务分解清单');
  });

  // test/fixtures/real/fresh7/shaanxi-wenlv-2023.txt (陕政办发〔2023〕29号) and test/fixtures/real/fresh5/shengzhou-gongye-2022.txt.
  it('reads a plan of 若干措施 / 若干政策 as a title, never a section\'s 措施', () => {
    const shaanxi = ['陕政办发〔2023〕29号', '各设区市人民政府,省人民政府各工作部门、各直属机构:', '陕西省人民政府办公厅', '2023年12月28日',
      '陕西省关于加快文旅产业发展的若干措施', '为深入学习贯彻习近平文化思想和习近平总书记历次来陕考察重要讲话重要指示精神,制定如下措施。', '一、以文塑旅,厚植文化根基'].join('\n');
    expect(titleOf(shaanxi, 'a.txt')).toBe('陕西省关于加快文旅产业发展的若干措施');
    expect(titleOf('嵊州市人民政府\n加快推进工业经济高质量发展若干政策\n一、保障措施', 'a.txt')).toBe('加快推进工业经济高质量发展若干政策');
  });

  it('reads an attachment\'s title without its 附件 label, and skips a page\'s furniture (湖州 2020, 青岛 2026, 奉化 2024)', () => {
    expect(titleOf('各区县人民政府:\n附件:1.2020年政府工作报告重点工作责任分解\n2.十方面民生实事责任分解', 'a.txt')).toBe('2020年政府工作报告重点工作责任分解');
    expect(titleOf('导航\n我要收藏\n取消收藏\n各区、市人民政府,青岛西海岸新区管委,市政府各部门,市直各单位:', 'qingdao-shishi-2026.txt')).toBe('qingdao-shishi-2026');
    const fenghua = ['进入老年版', '索引号 11330283002979996P/2024-152907 组配分类 民生实事 主题分类', '公开方式 主动公开 公开范围 面向全社会',
      '发布机构 区政府办公室 发文日期 2024-05-27', '', '2024年十大民生实事项目出炉', '字体:【大】 【小】'].join('\n');
    expect(titleOf(fenghua, 'a.txt')).toBe('2024年十大民生实事项目出炉');
  });

  // test/fixtures/real/fresh11/yangpu-yaodian-2020q3.txt, fresh13/xuzhou-fenjie-2010.txt, fresh10/yigai-shiji-2009.txt,
  // fresh/hunan-fengong-2018.txt, fresh15/shi-fazhizhengfu-shisanwu.txt
  it('reads a title without the date, page count, breadcrumb, download link or stray digit printed around it', () => {
    expect(titleOf('关于印发区政府2020年第三季度工作要点的通知 2020-08-10\n各委、办、局:', 'a.txt')).toBe('关于印发区政府2020年第三季度工作要点的通知');
    expect(titleOf('市政府关于印发《2010年〈政府工作报告〉主要目标任务分解方案》的通知0\n徐政发〔2010〕29号', 'a.txt'))
      .toBe('市政府关于印发《2010年〈政府工作报告〉主要目标任务分解方案》的通知');
    expect(titleOf('第1页共8页深化医药卫生体制改革实施方案\n一、总体要求', 'a.txt')).toBe('深化医药卫生体制改革实施方案');
    expect(titleOf('600字范文 > 湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n各市州人民政府:', 'a.txt'))
      .toBe('湖南省人民政府关于落实《政府工作报告》重点工作部门分工的意见');
    expect(titleOf('2016年到2020年某某市法治政府建设“十三五”规划 下载本文\n一、总体要求', 'a.txt')).toBe('2016年到2020年某某市法治政府建设“十三五”规划');
    // A plan's own period stays (2018-2020年).
    expect(titleOf('广东省推进粤港澳大湾区建设三年行动计划(2018-2020年)\n一、总体要求', 'a.txt')).toBe('广东省推进粤港澳大湾区建设三年行动计划(2018-2020年)');
  });

  // Boilerplate that frames a plan is never its title: a notice's closing 特此通知 (上海 宝山 2008, test/fixtures/real/fresh2/
  // shanghai-baoshan-2008) and a repost's 以下为方案全文: (贵州 2022, fresh12/guizhou-fugong-2022), each as the copy prints it.
  it('never takes 特此通知 or a lead-in to the full text as the title', () => {
    const baoshan = '(二OO八年二月二十六日)\n宝府办〔2008〕18号\n各镇人民政府,各街道办事处,区政府各委、办、局:\n'
      + '根据区委五届五次全会、区六届人大三次会议精神,…现将《2008年政府工作目标任务分解》印发给你们。\n特此通知\n2008年政府工作目标任务分解\n'
      + '根据区委五届五次全会、区六届人大三次会议精神,按照《政府工作报告》明确的主要工作任务,…\n一、促进经济又好又快发展。';
    expect(titleOf(baoshan, 'a.txt')).toBe('2008年政府工作目标任务分解');
    const guizhou = '同时,加大住房公积金阶段性支持政策落实力度,强化已出台政策的优化落实,有力引导购房消费。\n以下为方案全文:\n'
      + '贵州省促进复工复产推动经济恢复振兴行动方案\n为深入贯彻落实 "疫情要防、经济要稳、发展要保 "的要求,…特制定本方案。\n壹、工作目标';
    expect(titleOf(guizhou, 'a.txt')).toBe('贵州省促进复工复产推动经济恢复振兴行动方案');
  });

  // 江西 2016 (fresh2/jiangxi-gannan-2016): a sentence broken over lines, 2016年是 / “十三五”规划和 / 全面建成…之年; a clause
  // that ends at a comma or a conjunction is never a heading, whatever plan word it holds.
  it('takes no title from a clause that breaks off at a conjunction or a comma', () => {
    const gannan = '2016年是\n“十三五”规划和\n全面建成小康社会决胜阶段的开局之年,也是推进结构性改革的攻坚之年,更是纵深推进赣南等原中央苏区振兴发展的关键之年。\n'
      + '1.加大精准扶贫力度。把脱贫攻坚作为第一民生工程,坚持“六个精准”,实施“五个一批”工程。';
    expect(titleOf(gannan, 'fresh2/jiangxi-gannan-2016.txt')).toBe('jiangxi-gannan-2016');
    expect(titleOf('全面规划都市圈快速通道路网,\n加快建设银川至石嘴山城际铁路。', 'ningxia.txt')).toBe('ningxia');
  });

  // A cover notice whose heading line is lost names its plan in the sentence that issues it: 房县 2023 (fresh3/fangxian-
  // yingshang-2023), and 内蒙古 2022 (fresh6/neimenggu-chanye-2022), whose title is printed over two lines with no plan
  // word on the first, so only its second line was read.
  it('names a plan by the sentence that issues it when the heading line is lost or split', () => {
    const fangxian = '各乡镇人民政府,县直各单位:\n《以控制成本为核心优化营商环境的具体措施》已经县政府同意,现印发给你们,请认真贯彻落实。\n2023年6月30日\n'
      + '以控制成本为核心优化营商环境的具体措施\n为深入贯彻党的二十大精神和省第十二次党代会部署,…\n一、更大力度降低制度性交易成本';
    expect(titleOf(fangxian, 'fangxian-yingshang-2023.txt')).toBe('以控制成本为核心优化营商环境的具体措施');
    const neimenggu = '各盟行政公署、市人民政府,自治区各委、办、厅、局,各大企业、事业单位:\n'
      + '现将《内蒙古自治区2022年坚持稳中求进推动产业高质量发展政策清单》印发给你们,请结合实际,认真贯彻落实。\n2022年2月20日\n(此件公开发布)\n'
      + '内蒙古自治区2022年坚持稳中求进\n推动产业高质量发展政策清单\n为全面贯彻落实中央经济工作会议精神,…';
    expect(titleOf(neimenggu, 'a.txt')).toBe('内蒙古自治区2022年坚持稳中求进推动产业高质量发展政策清单');
    // A 《》 the notice only cites is no plan it issues (许昌 2020: 现将《政府工作报告》提出的…予以分解).
    expect(titleOf('许政 [2020] 20号\n各县(市、区)人民政府:\n现将《政府工作报告》提出的2020年重点工作任务予以分解并明确到各责任单位。', 'a.txt'))
      .toBe('许政[2020]20号');
  });

  // 温州 龙湾 2020 (fresh5/longwan-gongye-2020): one notice issues four plans, the kept one's title printed over two lines
  // (加快推进工业经济高质量发展的 / 若干政策意见); the list that issues them names it whole, the last of the list is not it.
  it('joins a title split over two lines when the text names the two together in 《》', () => {
    const longwan = '《加快推进工业经济高质量发展的若干政策意见》《进一步加快现代服务业高质量发展的若干政策意见》《促进总部经济发展的若干政策意见》'
      + '已经区委、区政府同意,现印发给你们,请认真贯彻执行。\n温州市龙湾区人民政府\n2020年11月13日\n(此件公开发布)\n'
      + '加快推进工业经济高质量发展的\n若干政策意见\n为深入贯彻落实…,制定如下政策意见。';
    expect(titleOf(longwan, 'a.txt')).toBe('加快推进工业经济高质量发展的若干政策意见');
  });

  // fresh18 linfen-shui-2018 (a news repost): its headline is printed whole in book marks, which only quote it.
  it('reads a headline printed whole in 《》 without the marks', () => {
    const linfen = '《临汾市政府印发临汾市水污染防治2018年行动计划》\n\n  • 来源专题:水体污染治理\n  • 发布时间:2018-09-03\n  • 临汾市水污染防治2018年行动计划\n\n    一、工作目标\n';
    expect(titleOf(linfen, 'a.txt')).toBe('临汾市政府印发临汾市水污染防治2018年行动计划');
  });

  // fresh14 huanggang-shiyiwu-2007: a copy with no title line, its 文号 field, addressees and preamble, then 一、分解原则 and
  // 二、任务分解 — parts of the body, the second no more a title than the first: the 文号 names the copy.
  it('takes no numbered part below another for a title, and names a title-less copy by its 发布文号', () => {
    const huanggang = ['发布文号: 黄政发[2007]7号', '各县、市、区人民政府,龙感湖管理区、黄冈经济开发区管委会,市政府各部门:',
      '《黄冈市经济和社会发展第十一个五年规划纲要》(以下简称《纲要》)是全面贯彻落实科学发展观、构建社会主义和谐社会制定的第一个五年规划。现就有关事项通知如下:',
      '一、分解原则', '按照全面落实科学发展观,构建社会主义和谐社会的要求,对涉及政府履行职责的主要指标进行分解落实。', '二、任务分解', '(一)约束性指标'].join('\n');
    expect(titleOf(huanggang, 'huanggang.txt')).toBe('黄政发[2007]7号');
  });
});
