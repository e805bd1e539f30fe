// Which items of never-seen real plans become tasks, on excerpts of published text (source beside each);
// the expected tasks were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { endsMidSentence } from '../../../graph/outline/cut.ts';
import { findMarkers } from '../../../graph/outline/markers.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const tasks = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task');

describe('items of real plans', () => {
  // http://www.ln.gov.cn/web/zwgkx/zfwj/szfbgtwj/zfwj2011_1/4BE8B17D3ECC493D81774CA8A6CE4F3D/index.shtml (辽政办发〔2012〕53号)
  it('reads ⑴…⑽, one code point each, as sub-items like (1)', () => {
    const rows = tasks([
      '1.约束性指标。',
      '⑴九年义务教育巩固率达到97%。',
      '责任单位:省教育厅。',
      '⑵耕地保有量保持在6120万亩。',
      '责任单位:省国土资源厅。',
      '⑶森林覆盖率提高到42%,森林蓄积量达到3.2亿立方米。',
      '责任单位:省林业厅。',
    ].join('\n'));
    expect(rows.map((r) => [r.path, r.responsible])).toEqual([
      ['1/(1)', ['省教育厅']],
      ['1/(2)', ['省国土资源厅']],
      ['1/(3)', ['省林业厅']],
    ]);
    expect(findMarkers('⑽城镇保障性安居工程建设。', () => false).map((m) => [m.kind, m.value])).toEqual([['subitem', 10]]);
  });

  // https://xuncaibao.com/zhuantifanwen/cehuafangan/116566.html (江西省 鄱余万都 分工方案 2017): items run on across sections
  it('reads an item whose text opens with a year (3、2017年…) when its number runs on from the last section', () => {
    const rows = tasks([
      '(一)完善公路交通网络。',
      '1、加快构建环湖旅游快速通道。(省发改委、省交通运输厅、省财政厅负责)',
      '2、加快国省道升级改造,提升区域内公路等级。(省发改委、省交通运输厅、省财政厅负责)',
      '(二)加快铁路建设。',
      '3、2017年,九景衢铁路建成通车,开工建设昌景黄铁路。(省发改委、省铁路投资集团负责)',
    ].join('\n'));
    expect(rows.map((r) => r.path)).toEqual(['(一)/1', '(一)/2', '(二)/3']);
    expect(rows[2].title).toContain('九景衢铁路建成通车');
  });

  it('does not read a line opening with a number out of sequence (5、2017年) as an item', () => {
    expect(tasks('1、推进项目建设。(区发改委负责)\n5、2017年建成。(区住建委负责)').map((r) => r.path)).toEqual(['1']);
  });

  // http://wisor.cc/policy/show.php?from=client&itemid=50504 (repost of the 天津市 十一五 纲要 分工 notice, 2006)
  it('splits an item titled by its own sentence into the targets run together under it, each closed by (X牵头)', () => {
    const text = [
      '(一)主要目标。',
      '1.主要指标的责任部门。',
      '常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)万元工业增加值取水量降低20%。(市节水办、市经委牵头)耕地保有量保持在国务院确定的我市2010年耕地保有量面积。',
      '(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)城市建成区绿化覆盖率达到40%以上。 (市建委、',
    ].join('\n');
    const rows = tasks(text);
    expect(rows.map((r) => r.title)).toEqual([
      '常住人口控制在1150万人左右', '万元地区生产总值能源消耗降低20%', '万元工业增加值取水量降低20%',
      '耕地保有量保持在国务院确定的我市2010年耕地保有量面积', '主要污染物排放总量减少10%', '城市建成区绿化覆盖率达到40%以上',
    ]);
    expect(rows.slice(0, 5).map((r) => r.lead)).toEqual([['市人口计生委', '市公安局'], ['市经委'], ['市经委', '市节水办'], ['市国土房管局'], ['市环保局']]);
    expect(dutyTable(batchOf(text)).find((r) => r.path === '(一)/1')!.label).toBe('Section');
  });

  it('keeps an item whole when its annotations follow one another with no sentence between them', () => {
    const rows = tasks('1.单位地区生产总值能耗降低17%。\n牵头单位:省发展改革委。\n责任单位:省发展改革委、省统计局。');
    expect(rows.map((r) => r.path)).toEqual(['1']);
  });

  // http://mzw.yaoyejob.com/web/zwgkx/zfwj/szfwj/2026n/2026020713452732050/index.shtml (a mirror of 辽政发〔2026〕2号)
  it('reads the last heading of an excerpt cut inside its annotation as the task it was, like the one before it', () => {
    const rows = tasks([
      '三、出台一批降低税费负担、融资成本、用能成本、物流成本等方面务实管用举措。(省发展改革委牵头,省委金融办、省财政厅等按职责分工负责)',
      '四、全面梳理整合、及时完善各项惠企政策,让政策直达末梢一线、终端见效。〔省发展改革委、省数据局(省营商局)等牵',
    ].join('\n'));
    expect(rows.map((r) => [r.path, r.title])).toEqual([
      ['三', '出台一批降低税费负担、融资成本、用能成本、物流成本等方面务实管用举措'],
      ['四', '全面梳理整合、及时完善各项惠企政策,让政策直达末梢一线、终端见效'],
    ]);
  });

  // https://freewechat.com/a/Mzg2MzEzODA4Ng==/2247666338/ (a copy of the 内蒙古 呼包鄂乌一体化 若干举措 notice, 2023)
  it('reads a section cut mid-sentence after annotated ones as a task, but not a last heading the text completes', () => {
    const head = [
      '一、增强一体化基础设施体系',
      '(一)打造1小时铁路经济圈,公交化、常态化运营呼包鄂乌四市高铁动车组。(责任单位:自治区发展改革委、财政厅)',
      '(二)完善2小时公路经济圈,实施S43呼和浩特机场高速等工程。(责任单位:自治区交通运输厅)',
    ];
    const cut = tasks([...head, '(三)构建一体化临空经济圈,支持呼和浩特市加快发展航空航天产业,辐射'].join('\n'));
    expect(cut.map((r) => r.path)).toEqual(['一/(一)', '一/(二)', '一/(三)']);
    const whole = tasks([...head, '(三)加强组织领导。各地区各部门要切实抓好落实。'].join('\n'));
    expect(whole.map((r) => r.path)).toEqual(['一/(一)', '一/(二)']);
  });
  // 張政辦函〔2023〕180號 (张家口市 促进民间投资 若干措施, a 繁體 mirror; dev s6b-zhangjiakou-minjian-2023), after 繁→简
  it('reads the first item of a list that an excerpt cuts inside its sentences as a task, not one cut in its title', () => {
    const head = ['张家口市促进民间投资高质量发展的若干措施', '一、拓宽投资领域,解决民间投资“不能投”问题'];
    const cut = tasks([...head, '(一)支持民间资本参与乡村振兴。在充分保障农民权益的前提下,鼓励并规范民间资本参与宜居宜业和美丽乡村建设;发展种苗种畜繁育、高标准设施农业、规'].join('\n'));
    expect(cut.map((r) => [r.path, r.title])).toEqual([['一/(一)', '支持民间资本参与乡村振兴']]);
    expect(tasks([...head, '(一)支持民间资本参与乡村振'].join('\n'))).toEqual([]);
  });
  // http://yunyang.shiyan.gov.cn/xxgkxi/zc/zfwj/yzf/202302/t20230213_4182632.shtml (郧政发〔2023〕5号, its 分解表)
  it('reads a star that flags a key indicator (★地区生产总值…) as no part of the task\'s title', () => {
    const rows = tasks(['序号', '目  标  任  务', '牵头单位', '责任单位', '责任人',
      '一、主要经济社会发展指标、发改、财政等工作目标(牵头领导:成坤、柯相国、王俊)', '1', '★地区生产总值增长15%。', '区发改局', '', ''].join('\n\n'));
    expect(rows.map((r) => [r.title, r.lead])).toEqual([['地区生产总值增长15%', ['区发改局']]]);
  });
  // http://tj.sina.com.cn/news/2020-08-12/detail-iivhvpwy0543021.shtml (a repost of the 天津 2020 任务分工): 1。 for 1.
  it('reads an item numbered with a full stop (1。) at a line start, but not a full stop after a number inside a line', () => {
    const rows = tasks([
      '  总体要求和主要预期目标',
      '  1。在以习近平同志为核心的党中央坚强领导下,坚持稳中求进工作总基调,实现“十三五”规划圆满收官。(市政府各部门分别负责,年内持续推进)',
      '  2。按照人力资源社会保障部要求,完成年度城镇新增就业人数和城镇登记失业率目标任务。',
    ].join('\n'));
    expect(rows.map((r) => r.path)).toEqual(['1', '2']);
    expect(rows.map((r) => r.title)).toEqual(['在以习近平同志为核心的党中央坚强领导下', '按照人力资源社会保障部要求,完成年度城镇新增就业人数和城镇登记失业率目标任务']);
    expect(findMarkers('新建幼儿园2。其余学校', () => false)).toEqual([]);
  });
  // http://big5.www.gov.cn/gate/big5/www.gov.cn/zhengce/content/2014-03/10/content_8705.htm (國辦函〔2014〕31號, after 繁→简)
  it('reads a text that stops inside a quotation it opened on its last line as cut mid-sentence', () => {
    const head = '  (二)关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部等部门负责落实。\n';
    expect(endsMidSentence(`${head}  (三)关于“加大力度落实‘米袋子’\n`)).toBe(true);
    expect(endsMidSentence(head)).toBe(false);
  });

  // http://ask.fsou.com/html/text/lar/170991/17099146_2.html (a 市 依法行政 plan, ≈2008, page 2 of a law-database copy):
  // each item's number is glued to its title with no dot, over its own 责任单位 line.
  it('reads line-start numbers glued to their titles (11完善… 12改革… 13深化…) as items when they number on', () => {
    const rows = tasks([
      '11完善规范性文件定期清理制度。政府及其部门每隔两年要进行一次规范性文件清理工作。',
      '责任单位:市政府办公厅、市政府法制办、市电子政务办及市政府有关部门',
      '四、严格行政执法',
      '12改革行政执法体制。按照属地管理为主的原则,适当下移行政执法重心。',
      '责任单位:市政府法制办、市编委办、市政府办公厅',
      '13深化行政审批制度改革。按照合法、合理、效能、责任、监督的原则,适时开展行政审批事项清理工作。',
      '责任单位:市政府法制办、市监察局',
    ].join('\n'));
    expect(rows.map((r) => [r.path, r.title])).toEqual([
      ['11', '完善规范性文件定期清理制度'], ['四/12', '改革行政执法体制'], ['四/13', '深化行政审批制度改革'],
    ]);
  });

  // A figure at a line start is no marker unless the next line numbers on from it.
  it('keeps a lone line-start figure (10家企业…) and numbers that do not number on as text', () => {
    const text = '1.加快工业发展。\n10家企业完成技术改造。\n3加快发展,确保完成进度。\n5提高服务水平。\n';
    expect(findMarkers(text, () => false).map((m) => m.number)).toEqual(['1']);
  });

  // https://www.hljsanyinguanye.com/xinwenzixun/xingyezixun/296.html (a repost of the 德州市贯彻落实省《突破菏泽鲁西崛起三年行动计划》实施方案, a repost cut after its first measure): a page
  // with no heading whose one annotation closes a paragraph — that paragraph is a task, from the start of its line.
  it('reads the one annotated paragraph of a page with no heading as a task', () => {
    const rows = tasks([
      '  德州市贯彻落实省《突破菏泽鲁西崛起三年行动计划(2023—2025年)》实施方案',
      '  为深入贯彻落实《山东省人民政府关于印发突破菏泽鲁西崛起三年行动计划(2023—2025年)的通知》精神,结合我市实际,制定本实施方案。',
      '  加强科技创新主体培育。实施科技型中小企业创新能力提升工程,用好科技企业服务“云平台”和国家高新技术企业服务券。到2025年,全市高新技术企业达到1000家。(市科技局牵头负责,市财政局配合)',
      '',
      '  强化科技平台载体赋能。高水平建设重大产业创新平台,积极创建国家高端体育装备技术创新中心;聚焦电子信息、生物医药等重点产业,积极争创省技术创新中心。鼓励开展金融科技创新服',
    ].join('\n'));
    expect(rows.map((r) => [r.title, r.lead, r.support])).toEqual([['加强科技创新主体培育', ['市科技局'], ['市财政局']]]);
  });

  // A bracket inside a sentence that goes on is no paragraph's close: the page stays without a task (and says so).
  it('reads no task from a page whose one annotation sits inside a sentence', () => {
    expect(tasks('加强科技创新主体培育,实施创新能力提升工程(市科技局牵头负责,市财政局配合),全市高新技术企业达到1000家。')).toEqual([]);
  });
});
