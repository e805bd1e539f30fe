// A table page taken from a PDF's text layer, every cell wrapped at its column's width, its rows with no 序号 (fresh17).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('a PDF table page with wrapped cells and no serials', () => {
  // http://121jk.cn/news/redianzhuanti/show54575_13.html (page 13 of a site's copy of 浙江's 2016 知识产权 work table, laid
  // out from a PDF; zhejiang-zhishichanquan-2016): the header on one line, cells a space apart, 责任部门 last; each row's
  // cells broken into short lines, its unit cell (省信用办、知识产权 / 局、工商局、食品药 / 品监管局) the last; the page opens
  // with the tail of a row from the page before and ends inside a row's 成果形式.
  const page = [
    '建设浙江省打击侵权假冒行政', '执法与刑事司法衔接信息平台,', '完善信息平台与省行政执法平', '台对接,制定《浙江省打击侵权', '假冒两法衔接平台运行管理办', '法》,年度处理诉调对接专利民',
    '事纠纷案件 100 起以上', '省商务厅、法院、知', '识产权局', '51', '序号 工作重点 工作内容 具体任务 成果形式 责任部门', '将故意侵犯知识产权行为情',
    '况纳入企业和个人信用记录', '完善“信用浙江”征信目录,探索建立', '健全知识产权社会信用监督机制,将恶', '意侵犯知识产权行为纳入社会信用体', '系', '恶意侵犯知识产权行为纳入“信',
    '用浙江”征信体系;出台《浙江', '省食品药品安全“黑名单”管理', '办法》', '省信用办、知识产权', '局、工商局、食品药', '品监管局',
    '加强大型专业化市场知识产', '权管理和保护', '加强专业市场知识产权保护,有序推进', '知识产权保护规范化市场培育工作', '加大专业市场知识产权保护工', '作力度,遴选一批知识产权保护',
    '规范化培育市场', '省工商局、知识产权', '局', '加强在线创意、研发成果的知', '识产权保护', '支持海宁建立版权工作服务站,支持海',
    '宁许村家纺城设立版权工作服务站,开', '展第十二次“剑网行动”工作', '第五届浙江省“知识产权杯”创', '意设计大赛,制定实施《浙江省', '打击网络侵权盗版“剑网 2016”', '专项行动实施方案》',
    '省版权局', '加大对小微企业知识产权保', '护援助力度', '发挥省知识产权公共服务平台、浙江专', '利信息传播利用基地作用,提高小微企', '业知识产权保护能力',
    '举办小微企业知识产权培训班', '15 班次以上', '省知识产权局、经信', '委', '开展知识产权保护进乡村专', '项行动',
    '及时发布优良品种信息,引导使用良', '种,提高品种权人自我保护、抵御风险', '的能力;开展全省种子生产基地和种子', '质量大检查', '依法打击制售假冒伪劣林木种', '苗的',
  ];

  it('reads a row per unit cell: the first cell (lines as wide as its first) the title, the names joined back, all responsible', () => {
    const tasks = tasksOfLines(page);
    expect(tasks.map((t) => ({ title: t.title, lead: t.lead, support: t.support, responsible: [...t.responsible].sort() })).slice(1)).toEqual([
      { title: '加强大型专业化市场知识产权管理和保护', lead: [], support: [], responsible: ['知识产权局', '省工商局'].sort() },
      { title: '加强在线创意、研发成果的知识产权保护', lead: [], support: [], responsible: ['省版权局'] },
      { title: '加大对小微企业知识产权保护援助力度', lead: [], support: [], responsible: ['省知识产权局', '经信委'].sort() },
      // Cut before its unit cell by the page's end: the row is kept, with no unit.
      { title: '开展知识产权保护进乡村专项行动', lead: [], support: [], responsible: [] },
    ]);
    // The first row's paragraph begins where the page does (its title is the previous row's tail, the page's first
    // line: a known limit), but its text and units are its own.
    expect(tasks[0].responsible.sort()).toEqual(['省信用办', '知识产权局', '工商局', '食品药品监管局'].sort());
  });
});
