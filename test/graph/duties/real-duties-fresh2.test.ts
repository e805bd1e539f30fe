// Duty conventions first met in the fresh2 set of real plans, one per test, on excerpts of the published text
// (source beside each); the expected units were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable, tasksOfLines, units, writtenTasks } from '../../support/ingest-text.ts';

describe('duty conventions of real plans (fresh2)', () => {
  // http://fsou.com/html/text/lar/172182/17218205_4.html (兰州市 2008, page 4 of a law-site copy)
  it('reads a duty clause that opens the paragraph, the leader kept apart from the duties', () => {
    const b = batchOf([
      '1、在兰州设立综合配套改革试验区事宜',
      '由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成《兰州综合配套改革试验区实施方案》,经市政府审定后报省政府审批。',
      '4、兰州城市轨道交通项目',
      '由吴继德副市长负责,市建设局牵头,市发改委配合,按照要求进一步修改完善项目建设方案,尽快使项目进入正式报批程序。',
    ].join('\n'));
    const [first, second] = writtenTasks(b);
    expect(first).toMatchObject({ lead: ['市发改委'], support: ['相关部门'], responsible: [] });
    expect(second).toMatchObject({ lead: ['市建设局'], support: ['市发改委'], responsible: [] });
    expect(units(b).map((u) => u.name)).not.toContain('杨志武副市长');
    const task = b.nodes.find((n) => n.label === 'Task')!;
    expect(task.properties.otherRoles).toEqual({ 负责领导: '杨志武副市长' });
  });

  it('never reads a paragraph that opens with 由 but names no lead as a duty', () => {
    const b = batchOf('1、加强统筹\n由于资金紧张,相关部门配合不够,项目进展缓慢。');
    expect(dutyTable(b).every((r) => r.lead.length + r.support.length + r.responsible.length === 0)).toBe(true);
  });

  // http://lsbar.com:8000/law/100978 (晋政发〔2006〕10号, the whole page on one line)
  it('reads a heading lead run on into its paragraph, 协同部门 as supporters, and leaders who 协助 as no unit', () => {
    const b = batchOf([
      '一、于幼军省长负责的工作(李政文秘书长、刘俊谦省长助理协助) 对主要工作任务负总责,同时具体负责以下工作:',
      '(二)省审计厅牵头的工作 强化审计监督,依法开展审计工作,维护财政经济秩序,促进廉政建设。',
      '协同部门:省政府办公厅、财政厅、地税局等和各市、县人民政府。',
    ].join('\n'));
    const [task] = writtenTasks(b);
    expect(task.lead).toEqual(['省审计厅']);
    expect(task.support).toEqual(['各市、县人民政府', '地税局', '省政府办公厅', '财政厅'].sort());
    expect(b.warnings.filter((w) => w.code === 'UNRESOLVED_UNIT')).toEqual([]);
  });

  // https://www.chinacourt.org/law/detail/2008/02/id/136571.shtml (晋政发[2008]8号)
  it('reads 协同单位 after a heading X牵头的工作 as supporters, A等省直有关部门和B as A and B', () => {
    const tasks = tasksOfLines([
      '一、孟学农省长负责的工作',
      '(二)省审计厅牵头的工作',
      '全面加强审计工作。',
      '协同单位:省直各部门和各市人民政府。',
      '(三)省编办牵头的工作',
      '1.深化行政管理体制改革,优化政府机构设置。',
      '2.积极稳妥地推进乡镇机构改革。',
      '协同单位:省财政厅、省人事厅、省农业厅等省直有关部门和各市人民政府。',
    ]);
    const [audit, , towns] = tasks;
    expect(audit).toMatchObject({ lead: ['省审计厅'], support: ['各市人民政府', '省直各部门'], responsible: [] });
    expect(towns).toMatchObject({ lead: ['省编办'], support: ['各市人民政府', '省人事厅', '省农业厅', '省财政厅'], responsible: [] });
  });

  // https://www.shenyang.gov.cn/zwgk/zcwj/zfwj/szfwj/202601/t20260130_4979729.html (沈政发〔2026〕1号)
  it('keeps 各区、县(市)政府 whole and splits it from 开发区管委会 at 及', () => {
    // The names shown: 等有关部门 closes the list and names no unit.
    const [task] = dutyTable(batchOf([
      '1.准确把握国家政策导向、支持方向和资金投向,持续做好重大项目谋划储备和政策资金争取工作。',
      '牵头单位:市发展改革委',
      '责任单位:市财政局等有关部门,各区、县(市)政府及开发区管委会',
    ].join('\n')));
    expect(task.lead).toEqual(['市发展改革委']);
    expect(task.support).toEqual(['各区、县(市)政府', '市财政局', '开发区管委会'].sort());
  });

  // https://newton.com.tw/wiki/江西省贛南等原中央蘇區振興發展2016年工作要點 (traditional script; simplified here)
  it('keeps 省有关部门和单位 whole: 和 inside a collective joins no two names', () => {
    const [task] = writtenTasks(batchOf('1.加大精准扶贫力度。全年完成脱贫40万人以上。(责任单位:有关设区市、省有关部门和单位)'));
    expect(task.responsible).toEqual(['有关设区市', '省有关部门和单位']);
  });

  it('never splits a name at the 和 of its own words (区人力资源和社会保障局)', () => {
    const [task] = writtenTasks(batchOf('1.稳定就业。(牵头单位:区人力资源和社会保障局,责任单位:区住房和城建局)'));
    expect(task.lead).toEqual(['区人力资源和社会保障局']);
    expect(task.support).toEqual(['区住房和城建局']);
  });

  // http://mzw.yaoyejob.com/web/zwgkx/zfwj/szfwj/2026n/2026020713452732050/index.shtml (辽政发〔2026〕2号, a mirror)
  it('reads 〔A、B、C等牵头,省(中)直有关单位…〕, 省委金融办 as one office, 辽宁金融监管局 as written', () => {
    const b = batchOf([
      '二、深入落实中央宏观政策,力争超长期特别国债、专项债等份额在全国比重稳中有升。〔省委金融办、省发展改革委、省财政厅等牵头,省(中)直有关单位按职责分工负责〕',
      '三、出台一批降低税费负担、融资成本等方面务实管用举措。(省发展改革委牵头,省委金融办、省财政厅、辽宁金融监管局等按职责分工负责)',
    ].join('\n'));
    const [two, three] = writtenTasks(b);
    expect(two.lead).toEqual(['省发展改革委', '省委金融办', '省财政厅'].sort());
    expect(two.support).toEqual(['省(中)直有关单位']);
    expect(three.support).toEqual(['省委金融办', '省财政厅', '辽宁金融监管局'].sort());
    expect(units(b).map((u) => u.name)).not.toContain('金融发展中心');
  });

  // Same source: the stored copy ends inside the last annotation, after 等牵 (of 等牵头).
  it('reads an annotation cut after 等牵 as naming its leads', () => {
    const [task] = writtenTasks(batchOf('四、全面梳理整合、及时完善各项惠企政策,让政策直达末梢一线、终端见效。〔省发展改革委、省数据局(省营商局)等牵'));
    expect(task.lead).toEqual(['省发展改革委', '省数据局(省营商局)'].sort());
  });

  // https://freewechat.com/a/Mzg2MzEzODA4Ng==/2247666338/ (内蒙古 2023, 推动呼包鄂乌一体化发展若干举措, a WeChat copy)
  it('keeps 四市人民政府 whole, and carries it on as 以下各项任务均涉及四市或部分市人民政府 says', () => {
    const b = batchOf([
      '(一)打造1小时铁路经济圈,公交化、常态化运营呼包鄂乌四市(以下简称四市)高铁动车组。(责任单位:自治区发展改革委、财政厅,中国铁路呼和浩特局集团有限公司,四市人民政府按职责分工负责,下同。以下各项任务均涉及四市或部分市人民政府,不再列出)',
      '(二)完善2小时公路经济圈,大力发展呼包鄂乌城际公交。(责任单位:自治区交通运输厅)',
    ].join('\n'));
    const [first, second] = dutyTable(b).filter((r) => r.label === 'Task');
    expect(first.responsible).toContain('四市人民政府');
    expect(second.responsible).toEqual(['四市人民政府', '自治区交通运输厅']);
    expect(units(b).map((u) => u.name)).not.toContain('市人民政府');
  });

  // http://lsbar.com:8000/law/100978 (晋政发〔2006〕10号): after the first unit the 省 prefix is dropped.
  it('gives a name written without its level the level of the list it stands in, shown as written', () => {
    const b = batchOf([
      '(一)强化审计监督。(牵头单位:省审计厅,协同部门:省政府办公厅、财政厅、地税局)',
      '(二)加强财政管理。(牵头单位:省财政厅)',
    ].join('\n'));
    const finance = units(b).filter((u) => (u.properties.aliases as string[]).includes('财政厅'));
    expect(finance.map((u) => [u.name, u.properties.aliases])).toEqual([['省财政厅', ['省财政厅', '财政厅']]]);
  });

  // http://wisor.cc/policy/show.php?from=client&itemid=100941 (黑龙江省 2013): 国税 and 地税 were two bodies.
  it('never makes a later name the same body as an earlier one of the same list by giving it the list\'s level', () => {
    const [task] = dutyTable(batchOf('(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)'));
    expect(task.support).toEqual(['地税局', '省国税局']);
  });

  // https://newton.com.tw/wiki/黑龍江省促進經濟穩增長的若干措施 (黑龙江 2014, traditional; simplified here)
  it('keeps places listed bare before the last one\'s 市政府 as one collective (哈尔滨、黑河、绥芬河市政府)', () => {
    const [task] = dutyTable(batchOf('3.推进民航基础设施建设,今明两年投资30亿元。开工建设哈尔滨机场扩建工程和建三江、五大连池、绥芬河机场。(哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局负责)'));
    expect(task.responsible).toEqual(['哈尔滨、黑河、绥芬河市政府', '哈尔滨机场扩建指挥部', '省农垦总局'].sort());
  });
});
