// Tables whose cells run together with no separator (fresh13, second tuning round): the units after a row's last 。 are
// its duty cells; of two duty columns, the first cell is the names glued on before the second cell's first name.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('duty cells of a table run together', () => {
  // https://m.777doc.com/doc-6407944.html (嘉兴市 十一五 纲要 主要目标任务分解落实方案, a printed table's text layer on one line)
  const jiaxing = '—1—《嘉兴市国民经济和社会发展第十一个五年规划纲要》主要目标任务分解落实方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长12%左右,人均生产总值达到6万元左右。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区2服务业增加值占生产总值比重达到40%。市发展改革委各县(市、区)政府、市三产发展领导小组各成员单位3全社会固定资产投资年均增长12%左右。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区4城镇居民人均可支配收入和农村居民人均纯收入年均增长8%。市发展改革委各县(市、区)政府、嘉兴经济开发区、嘉兴港区5地方财政收入年均增长13%。市财政局各县(市、区)政府、嘉兴经济开发区、嘉兴港区、市国税局6社会消费品零售总额年均增长12%以上。市经贸委各县(市、区)政府、嘉兴经济开发区、嘉兴港区7进出口总额年均增长15%左右,五年外商直接投资实际到位金额65亿美元左右。市外经贸局各县(市、区)政府、嘉兴经济开发区、嘉兴港区8单位生产总值综合能耗下降20%。市发展改革委市经贸委市规划建设局、市统计局、嘉兴电力局,各县(市、区)政府、嘉兴经济开发区、嘉兴港区9主要污染物排放量(二氧化硫)控制在省下达指标内。市环保局各县(市、区)政府、嘉兴经济开发区、嘉兴港区—2—二、产业优化升级10积极推进技术创新,重点研究开发和推广应用网络通信技术、微电子技术、新能源技术、现代装备技术等先进生产技术市科技局市发展改革委、市经贸委,各县(市、区)政府、嘉兴经济开发区、嘉兴港区';

  it('reads 第一责任单位 as the lead and 主要责任单位 beside it as support, two leads glued together both leads', () => {
    const tasks = tasksOfLines([jiaxing]);
    expect(tasks.slice(0, 3)).toMatchObject([
      { title: '地区生产总值年均增长12%左右,人均生产总值达到6万元左右', lead: ['市发展改革委'], support: expect.arrayContaining(['各县(市、区)政府', '嘉兴经济开发区']) },
      { title: '服务业增加值占生产总值比重达到40%', lead: ['市发展改革委'], support: ['各县(市、区)政府', '市三产发展领导小组各成员单位'] },
      { title: '全社会固定资产投资年均增长12%左右', lead: ['市发展改革委'] },
    ]);
    expect(tasks.find((t) => t.title.startsWith('单位生产总值'))).toMatchObject({
      lead: ['市发展改革委', '市经贸委'], support: expect.arrayContaining(['市规划建设局', '市统计局', '嘉兴电力局', '各县(市、区)政府']),
    });
  });

  it('starts a row after a group row and a page mark run in (…嘉兴经济开发区—2—二、产业优化升级10积极…)', () => {
    const tasks = tasksOfLines([jiaxing]);
    expect(tasks.map((t) => t.path)).toEqual(['一/1', '一/2', '一/3', '一/4', '一/5', '一/6', '一/7', '一/8', '一/9', '二/10']);
    expect(tasks[8]).toMatchObject({ lead: ['市环保局'], support: expect.arrayContaining(['各县(市、区)政府', '嘉兴经济开发区']) });
    // A task cell that does not close with 。 leaves its units unread rather than guessed.
    expect(tasks[9]).toMatchObject({ lead: [], support: [], responsible: [] });
  });

  // https://1wenmi.com/doc/289612.html (成都 贯彻落实生活垃圾分类制度重点任务责任分工表, a .docx preview)
  it('reads a single 责任单位 column after the 目标任务 cell (a preview chunk mark inside a name: 市\\n2、住建局), 等部门 and a bracketed collective kept as written', () => {
    const text = '1、贯彻落实生活垃圾分类制度重点任务责任分工表序号工作内容目标任务责任单位备注1将生活垃圾分类投放作为精神文明建设的重要内容,加强生活垃圾分类宣传发动;广泛开展生活垃圾分类宣传引导志愿活动、家庭主题活动等,大力开展公益宣传和社区入户宣传等,引导市民参与生活垃圾分类。2021年2月底前,群众对生活垃圾分类的知晓率达90%以上。市委宣传部(市文明办)、市城管委,市住建局、市总工会、团市委、市妇联、市文广旅局等部门,各区(市)县政府(管委会)2完善生活垃圾回收利用体系,优化社区回收设施布局,负责再生资源回收行业的指导和监督,推进循环经济发展。2021年2月底前,基本建成生活垃圾回收利用体系。市商务局,市\n2、住建局、市城管委、市委社治委、市发改委、市规划和自然资源局,各区(市)县政府(管委会)3加强家庭源危险废物处置的规范化管理,推进有害垃圾处置体系建设和生活垃圾分类相关环保产业发展。2021年2月底前,制定成都市有害垃圾处置工作指导意见,完善家庭源危险废物处置体系。市生态环境局,各区(市)县政府(管委会)';
    const tasks = tasksOfLines([text]);
    expect(tasks[0].responsible).toEqual(expect.arrayContaining(['市委宣传部(市文明办)', '市城管委', '市住建局', '市总工会', '团市委', '市妇联', '市文广旅局', '各区(市)县政府(管委会)']));
    expect(tasks[0]).toMatchObject({ lead: [], support: [] });
    expect(tasks[1].responsible).toEqual(expect.arrayContaining(['市商务局', '市住建局', '市规划和自然资源局']));
    expect(tasks[2]).toMatchObject({ title: '加强家庭源危险废物处置的规范化管理', responsible: ['各区(市)县政府(管委会)', '市生态环境局'] });
  });
  // A person's column before the duties (区政府分管领导 / 牵头单位 / 配合单位): glued-leader-fresh6.test.ts.
});
