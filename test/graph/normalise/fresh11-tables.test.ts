// Table shapes of the fresh11 set (浙江, 江苏, 江西 … pages). Expected rows written from the excerpts' text.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('tables of the fresh11 pages', () => {
  // http://www.jishui.gov.cn/news-show-129764.html (吉水县 10件民生实事任务分解表, 2020)
  const jishui = [
    '一、10件民生实事任务分解表',
    '序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |',
    '1 | 推动义务教育基本均衡向优质均衡发展,完成吉水二中迁建项目和城北学校主体建设。 | 毛晓青 | 县教体局 各相关乡镇政府 | 吉水二中、城南二小均完成项目建设,实现秋季开学。 |',
    '2 | 推进省级县域综合医改试点、国家级紧密型医共体建设试点工作。 | 毛晓青 | 县卫健委 各相关乡镇政府 | 县妇保院完成第一期基础部分验收。 |',
    '3 | 提升幼教服务水平,启动中心幼儿园改扩建。 | 毛晓青 | 县教体局 各相关乡镇政府 | 县中心幼儿园已启动扩建前期工作。 |',
    '4 | 扎实推进城乡供水一体化建设,年内启动尚贤、冠山等6个乡镇供水管网设施建设。 | 张学伟 | 县住建局 各相关乡镇政府 | 金滩水厂建设基本完成,预计年底可投产;龙华大道DN500管道改造工程(1698米)已竣工通水;县',
  ].join('\n');

  it('reads 具体工作任务和要求 as the task column of a numbered | table, and units a space apart in its duty cell as a list', () => {
    const rows = writtenTasks(batchOf(jishui));
    expect(rows.map((r) => r.title.slice(0, 8))).toEqual(['推动义务教育基本', '推进省级县域综合', '提升幼教服务水平', '扎实推进城乡供水']);
    const both = (unit: string) => [unit, '各相关乡镇政府'].sort();
    expect(rows.map((r) => r.responsible)).toEqual([both('县教体局'), both('县卫健委'), both('县教体局'), both('县住建局')]);
    // The 落实情况 report and the 责任领导 are no units.
    expect(rows[0].title).not.toContain('毛晓青');
  });

  it('keeps the offsets of a row whose unit spaces became 、', () => {
    const norm = normaliseText(jishui);
    const at = norm.text.indexOf('县住建局');
    expect(jishui.slice(norm.toOriginal[at], norm.toOriginal[at] + 4)).toBe('县住建局');
    const next = norm.text.indexOf('各相关乡镇政府', at);
    expect(jishui.slice(norm.toOriginal[next], norm.toOriginal[next] + 7)).toBe('各相关乡镇政府');
  });

  it('leaves a spaced name in a duty cell (one character a part) and a cell with one name alone', () => {
    const rows = writtenTasks(batchOf([
      '序号 | 工作任务 | 责任单位 |',
      '1 | 完成城区道路改造。 | 县 住 建 局 |',
      '2 | 完成农村公路建设。 | 县交通运输局 |',
    ].join('\n')));
    expect(rows.map((r) => r.responsible)).toEqual([['县住建局'], ['县交通运输局']]);
  });
});
