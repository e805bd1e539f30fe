// Duty conventions first met in fresh17 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text, as the graph shows them.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

/** The tasks of a text given line by line, each with its units by role under their displayed names. */
const tasksOfLines = (lines: readonly string[]) => dutyTable(batchOf(lines.join('\n'))).filter((r) => r.label === 'Task');
const roles = (t: { title: string; lead: string[]; support: string[]; responsible: string[] }) =>
  ({ title: t.title, lead: [...t.lead].sort(), support: [...t.support].sort(), responsible: [...t.responsible].sort() });

describe('conventions of real plans (fresh17)', () => {
  // http://www.yestaryl.com/law/1/22499.html (a mirror of 国办函〔2004〕21号, here in simplified script): each item quotes
  // a measure and assigns it in prose — 由X牵头,会同A、B等部门负责落实; 由X、Y分别牵头 names two leads.
  it('reads 由X牵头,会同A、B等部门… in an item\'s prose: X leads, the 会同 units support; 分别牵头 names each lead', () => {
    const tasks = tasksOfLines([
      '一、 工作分工',
      '(一)关于“提高农业机械化水平,对农民个人、农场职工、农机专业户和直接从事农业生产的农机服务组织购置和更新大型农机具给予一定补贴”问题,由农业部牵头,会同财政部等部门负责落实。',
      '(二)关于“国家通过技改贷款贴息、投资参股、税收政策等措施,支持主产区建立和改造一批大型农产品加工、种子营销和农业科技型企业”问题,由农业部牵头,会同财政部、税务总局、发展改革委等部门提出实施意见。',
      '(三)关于“现有农业固定资产投资、农业综合开发资金、土地复垦基金等要相对集中使用,向主产区倾斜”问题,由发展改革委、财政部分别牵头,会同国土资源部、农业部、中农办等部门研究提出具体实施意见。',
    ]);
    expect(tasks.map((t) => ({ ...roles(t), title: t.title.slice(0, 8) }))).toEqual([
      { title: '关于“提高农业机', lead: ['农业部'], support: ['财政部'], responsible: [] },
      { title: '关于“国家通过技', lead: ['农业部'], support: ['发展改革委', '税务总局', '财政部'].sort(), responsible: [] },
      { title: '关于“现有农业固', lead: ['发展改革委', '财政部'].sort(), support: ['中农办', '国土资源部', '农业部'].sort(), responsible: [] },
    ]);
  });

  // http://hljny.net/news_info.aspx?id=350 (an association's repost of 工业和信息化部 2018年关键业绩指标, pages corpus; guojia-gongxinbu-2018): the ministry's own
  // KPI table, one cell a line closed by ` |`, an empty cell a line of `|`; its lead column 牵头负责司局 names the
  // ministry's internal 司/局 bare, one of them wrapped at the column's width with a space (节能与综合 利用司).
  it('reads a 牵头负责司局 column: each row\'s 司 or 局 leads, a name wrapped with a space read whole', () => {
    const tasks = tasksOfLines([
      '序号 |', '指标名称 |', '预期效果 |', '完成时限 |', '指标 属性 |', '牵头负责司局 |', '备注 |',
      '1 |', '创建“中国制造2025”国家级示范区 |', '确定首批示范区创建名单 |', '6月 |', '预期性 |', '规划司 |', '|',
      '2 |', '遴选公告中小企业公共服务示范平台和创业创新示范基地数量 |', '各80个 |', '12月 |', '约束性 |', '中小企业局 |', '|',
      '3 |', '绿色制造示范典型发布数量 |', '400项 |', '10月 |', '预期性 |', '节能与综合 利用司 |', '|',
      '4 |', '钢铁去产能规模 |', '3000万吨左右 |', '12月 |', '约束性 |', '原材料工业司 |', '|',
      '5 |', '智能制造工程试点示范项目遴选数量 |', '100个左右 |', '12月 |', '预期性 |', '装备工业司 |', '|',
      '6 |', '小品种药(短缺药)稳定生产供应新增数量 |', '10个 |', '12月 |', '预期性 |', '消费品工业司 |', '|',
      '7 |', '制造业与互联网融合发展试点示范项目遴选数量 |', '120个 |', '12月 |', '约束性 |', '信息化和软件 服务业司 |', '|',
      '8 |', '通光纤行政村比例 |', '98% |', '12月 |', '预期性 |', '信息通信发展司 |', '“十三五”规划预期2020年行政村通光纤比例达到98%。 |',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '创建“中国制造2025”国家级示范区,确定首批示范区创建名单', lead: ['规划司'], support: [], responsible: [] },
      { title: '遴选公告中小企业公共服务示范平台和创业创新示范基地数量,各80个', lead: ['中小企业局'], support: [], responsible: [] },
      { title: '绿色制造示范典型发布数量,400项', lead: ['节能与综合利用司'], support: [], responsible: [] },
      { title: '钢铁去产能规模,3000万吨左右', lead: ['原材料工业司'], support: [], responsible: [] },
      { title: '智能制造工程试点示范项目遴选数量,100个左右', lead: ['装备工业司'], support: [], responsible: [] },
      { title: '小品种药(短缺药)稳定生产供应新增数量,10个', lead: ['消费品工业司'], support: [], responsible: [] },
      { title: '制造业与互联网融合发展试点示范项目遴选数量,120个', lead: ['信息化和软件服务业司'], support: [], responsible: [] },
      { title: '通光纤行政村比例,98%', lead: ['信息通信发展司'], support: [], responsible: [] },
    ]);
  });

  // https://78911.com.cn/DangAnGuanLiZhiDu/670108.html (a sample-document site's copy of 国发〔2017〕28号): the bracket closes
  // its list with 等负责。 and the excerpt ends inside the next sentence (列第一位者…): the list is read whole, and since the
  // cut sentence never says who leads, no lead is guessed.
  it('reads a bracket cut in its next sentence after the list closed with 。: every unit responsible, no lead', () => {
    const tasks = tasksOfLines([
      '一、坚持实施就业优先战略',
      '(一)促进经济增长与扩大就业联动。稳增长的主要目的是保就业,要创新宏观调控方式,把稳定和扩大就业作为区间调控的下限。加强经济政策与就业政策衔接,促进经济增长与扩大就业联动、结构优化与就业转型协同。(国家发展改革委、财政部、工业和信息化部、商务部、人民银行、税务总局等负责。列第一位者',
    ]);
    expect(tasks.map(roles)).toEqual([
      { title: '促进经济增长与扩大就业联动', lead: [], support: [], responsible: ['国家发展改革委', '财政部', '工业和信息化部', '商务部', '人民银行', '税务总局'].sort() },
    ]);
  });

  // http://bob.org.cn/en/?p=935 (an association's copy of the national 2015年下半年 打击侵权假冒 work points; guojia-qinquanjiamao-2015):
  // one item on one line of 1,000 characters whose sentences each close with their own ministry (…负责), one (X牵头负责),
  // one (A、B按职责分工分别负责). The copy left its line wraps as spaces inside words (保护 力度, 侵 权): they are breaks of the
  // page, restored as lines, but inside a sentence — no paragraph of its own, so the item stays one task.
  it('keeps an item whose annotated sentences run on one paragraph one task, wraps inside a sentence no paragraph; 按职责分工分别负责 no part of a name', () => {
    const tasks = tasksOfLines([
      '一、全面推进重大专项行动',
      '(一)深入推进互联网领域打击侵权假冒工作。开展电子商务领域专利执法维权“闪电”专项行动,研究进一步加大网络商业方法领域发明专利保护 力度。(知识产权局负责)组织开展“2015红盾网剑”专项行动,针对农资、电子产品、汽车配件、服装鞋帽、儿童及老年用品等重点商品,打击网络商标侵权 和销售假冒伪劣商品违法行为。(工商总局负责)摸排电子商务领域生产企业产品质量违法行为,组织专项执法打假行动。(质检总局负责)查处违法违规经营网络 (手机)游戏、网络动漫、网络音乐行为。(文化部负责)开展第十一次打击网络侵权盗版专项治理“剑网行动”,查处网络非法转载含有著作权的标准类作品的侵 权盗版行为,取缔曝光一批利用互联网非法上传标准的网站、单位。(新闻出版广电总局牵头负责)制订网络版权行政执法流程手册。完善版权重点监管工作,将智 能移动终端第三方应用程序(APP)等新型传播方式纳入监管范围。(新闻出版广电总局负责)深入开展规范域名注册服务市场专项行动,严格落实网络实名制要 求。(工业和信息化部负责)加强互联网内容管理,及时有效处置网上相关违法违规信息。(网信办、公安部按职责分工分别负责)',
    ]);
    expect(tasks.map((t) => ({ ...roles(t), title: t.title }))).toEqual([
      { title: '深入推进互联网领域打击侵权假冒工作', lead: ['新闻出版广电总局'],
        support: ['知识产权局', '工商总局', '质检总局', '文化部', '工业和信息化部', '网信办', '公安部'].sort(), responsible: [] },
    ]);
  });
});
