// One-cell-per-line tables whose merged cells are printed once (only on the first row of their span), on a real
// excerpt; expected rows written from the text: a row runs from its serial to the next, cells placed by their look.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
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
