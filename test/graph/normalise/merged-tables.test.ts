// One-cell-per-line tables whose merged cells are printed once (only on the first row of their span), on a real
// excerpt; expected rows written from the text: a row runs from its serial to the next, cells placed by their look.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { rowOrigins } from '../../../graph/normalise/row-offsets.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

// https://lueyang.qinfeng.gov.cn/info/1013/2824.htm (略阳县 文化和旅游 目标任务分解表, 2019)
const LUEYANG = [
  '序号', '指标', '工作任务', '完成时限', '责任领导', '责任股室', '(单位)', '备注',
  '1', '公共文化服务', '“两馆一站”免费开放服务人次较上年增长15%。', '12月底前', '夏俊贵', '文化宣传股', '文化馆', '图书馆',
  '2', '全年组织开展文化下乡等惠民演出不少于100场。', '文化宣传股文化馆',
  '3', '开展好“三下乡”活动。',
  '4', '文化产业', '培育规模以上文化服务企业1家。',
  '5', '三建设一整治', '完善西淮坝油菜观花线路观景平台及配套服务设施建设。', '5月底', '周 斐', '旅游股',
  '6', '旅游项目', '实施灵岩寺景区综合开发(梅花洞栈道)等4个重点项目建设,完成年度建设任务。', '文物股', '郙阁公司',
].join('\n');

describe('one-cell-per-line tables with merged cells printed once', () => {
  it('reads every row, however many cells the page printed for it', () => {
    const rows = writtenTasks(batchOf(LUEYANG));
    expect(rows.map((r) => r.title.slice(0, 6))).toEqual(['“两馆一站”', '全年组织开展', '开展好“三下', '培育规模以上', '完善西淮坝油', '实施灵岩寺景']);
  });

  it('keeps a multi-line unit cell whole and leaves the deadline and the leader (a person) out of the units', () => {
    // Units the registry does not know (文化宣传股, 旅游股) are the unit resolver's to keep: the rows are checked as read.
    const lines = normaliseText(LUEYANG).text.split('\n');
    expect(lines[0]).toBe('1.“两馆一站”免费开放服务人次较上年增长15%。(责任单位:文化宣传股、文化馆、图书馆,完成时限:12月底前)');
    expect(lines[4]).toBe('5.完善西淮坝油菜观花线路观景平台及配套服务设施建设。(责任单位:旅游股,完成时限:5月底)');
    expect(lines[5]).toBe('6.实施灵岩寺景区综合开发(梅花洞栈道)等4个重点项目建设,完成年度建设任务。(责任单位:文物股、郙阁公司)');
    expect(writtenTasks(batchOf(LUEYANG))[0].responsible).toEqual(expect.arrayContaining(['图书馆', '文化馆']));
  });

  it('gives a row whose unit cell is merged into an earlier row no unit, and keeps the category out of the task', () => {
    const rows = writtenTasks(batchOf(LUEYANG));
    expect(rows[2].responsible).toEqual([]);
    expect(rows[3].title).not.toContain('文化产业');
  });
});

// http://www.shengsi.gov.cn/art/2021/12/21/art_1229604550_59023967.html (2021年嵊泗县乡村振兴任务清单: an assessment list
// flattened one cell per line with blank lines between cells; its rows 1–4 and 10–11)
const SHENGSI = [
  '2021年嵊泗县乡村振兴任务清单',
  '考核项目', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门', '评分部门',
  '农业高质高效',
  '1', '确保粮食和重要农产品有效供给', '农林牧渔业增加值增幅', '%', '≥2%', '县海洋与渔业局', '县农业农村局', '市海洋渔业局市农业农村局',
  '2', '农业劳动生产率及增幅', '万元/人', '全市统筹', '县海洋与渔业局', '县农业农村局', '市海洋渔业局市农业农村局',
  '3', '粮食安全责任制', '-', '良好以上', '县经济和信息化局', '市商务局',
  '4', '建设美丽牧场', '0', '县农业农村局', '市农业农村局',
  '5', '建设“千亩方、万亩方”', '永久基本农田', '万亩', '0', '县自然资源和规划局', '市资源规划局',
].join('\n\n');

describe('an assessment list (考核项目 / 考核指标 / 考核内容 / 单位 / 年度目标 / 责任部门 / 评分部门)', () => {
  it('reads each row’s 考核内容 as its task, with its target, whichever merged cells the row prints', () => {
    const rows = writtenTasks(batchOf(SHENGSI));
    expect(rows.map((r) => r.title)).toEqual(['农林牧渔业增加值增幅,≥2%', '农业劳动生产率及增幅,全市统筹', '粮食安全责任制,良好以上', '建设美丽牧场,0', '永久基本农田,0']);
  });

  it('keeps the 责任部门 units (two on two lines) and leaves the scoring 评分部门 out of the duties', () => {
    const rows = writtenTasks(batchOf(SHENGSI));
    expect(rows.map((r) => [...r.responsible].sort())).toEqual([
      ['县海洋与渔业局', '县农业农村局'].sort(), ['县海洋与渔业局', '县农业农村局'].sort(), ['县经济和信息化局'], ['县农业农村局'], ['县自然资源和规划局'],
    ]);
  });
});

// A mirror of 宁波市江北区 2023年区政府民生实事候选项目目标任务与责任分解表 (test/fixtures/real/fresh10/jiangbei-minsheng-2023;
// here in simplified script, its pinyin dropped): one cell per line, header cells broken over lines, a project per serial
// with a sub-row per unit that carries part of it, unit names broken inside (区新兴产业 / 服务中心)
const JIANGBEI = [
  '2023年区政府民生实事候选项目目标任务与责任分解表',
  '序号', '项目', '责任单位', '建设内容', '总投资', '(万元)', '2023年', '目标进度',
  '1', '完善交通基础设施', '区新兴产业', '服务中心', '实施宏图路(北环西路—金山路)、通惠路(长阳路—开元路)提升改造工程。', '48414',
  '一季度开工,宏图路年内完成工程量的50%,', '通惠路一标段年内完成工程量的75%,二标段年内完成工程量的30%。', '', '',
  '区住建局', '实施寺慈线路面提升及振兴桥危桥改造工程。', '1000', '6月开工,年内完工。',
  '2', '提升区域防洪能力', '区农业农村局', '实施洋市中心河道整治工程(北环路—洪发路)。', '19311', '6月开工', '', '',
  '区综合行政', '执法局', '区公建中心', '实施姚江、甬江江堤设施设备修复提升工程。', '4950', '7月底', '具备挡水条件', '', '',
  '慈城镇', '实施保黎路下穿立交、太平桥、慈孝大道、观庄下穿4座泵站改造,东大河整治工程开工。', '3200', '泵站改造3月开工,7月完工,东大河整治工程10月开工。',
  '3', '加大安居保障力度', '区新兴产业', '服务中心', '新建江北投创中心保障性租赁住房。', '87348', '2月开工,年内完成主体结构8层以上。',
].join('\n\n');

describe('a project list one cell per line (项目 / 责任单位 / 建设内容 / 总投资 / 目标进度) with sub-rows', () => {
  it('reads a task per serial, the project’s name its title', () => {
    expect(writtenTasks(batchOf(JIANGBEI)).map((r) => r.title)).toEqual(['完善交通基础设施', '提升区域防洪能力', '加大安居保障力度']);
  });

  it('gives each project the units of all its sub-rows, a name broken over two cells read whole, and no figure or progress note as a unit', () => {
    const rows = writtenTasks(batchOf(JIANGBEI));
    expect(rows.map((r) => [...r.responsible].sort())).toEqual([
      ['区新兴产业服务中心', '区住建局'].sort(), ['区农业农村局', '区综合行政执法局', '区公建中心', '慈城镇'].sort(), ['区新兴产业服务中心'],
    ]);
  });

  it('maps a sub-row’s unit, printed past the last sub-row’s content and figures, to its own cell (a 繁體 name comes back whole)', () => {
    const source = ['1', '完善交通基础设施', '区新兴产业服务中心', '实施宏图路(北环西路—金山路)、通惠路(长阳路—开元路)提升改造工程。', '48414',
      '一季度开工,宏图路年内完成工程量的50%,', '通惠路一标段年内完成工程量的75%,二标段年内完成工程量的30%。', '区住建局',
      '实施寺慈线路面提升及振兴桥危桥改造工程。'].join('\n\n');
    const row = '1.完善交通基础设施。(责任单位:区新兴产业服务中心、区住建局)';
    const origin = rowOrigins(row, { text: source, map: Int32Array.from(source, (_, i) => i) }, 0, source.length);
    for (const name of ['区新兴产业服务中心', '区住建局']) {
      const at = row.indexOf(name);
      expect(source.slice(origin(at), origin(at + name.length - 1) + 1)).toBe(name);
    }
  });
});
