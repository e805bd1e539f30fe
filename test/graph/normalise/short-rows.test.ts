// Table headers read by the words they end in, and rows short of their header placed by what their cells look like.
// Expected rows from the texts (a real excerpt per test; the source beside it).
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('headers no list names, and rows with fewer cells than the header', () => {
  // http://chongchuan.gov.cn/xccqrmzf/msssxm/content/3050375a-7066-4841-b547-49222f1a34fa.html (崇川区, 2023)
  const chongchuan = [
    '序号 |', '主要任务 |', '全年目标任务 |', '分管 领导 |', '牵头 单位 |', '责任主体与协同单位 |', '1-10月推进情况 |',
    '1-11月推进情况 |', '是否达序 |', '说明 |',
    '24 |', '优化提升50条背街后巷交通组织。 |', '徐国江 |', '城管局 |', '市政局、相关街道 |', '已进场施工,完成30%。 |',
    '已进场施工,完成60%。 |', '是 |', '||',
    '25 |', '新增四分类“三定一督”达标小区210个。 |', '徐国江 |', '城管局 |', '市政局、环卫处、崇川经济开发区、各街道 |',
    '已进场施工,正在推进点位选址。 |', '在46个小区,建成38个厢房。 |', '否 |', '前期配合区相关部门对该项目招标质疑、投诉处置。 |', '|',
  ].join('\n');

  it('reads 责任主体与协同单位, 1-10月推进情况, 是否达序 as header cells by their last words', () => {
    const rows = writtenTasks(batchOf(chongchuan));
    expect(rows.map((r) => r.title.slice(0, 6))).toEqual(['优化提升50', '新增四分类“']);
  });

  it('places a row that leaves out the 全年目标任务 cell by its cells: the person under 分管领导, the units under the duty columns', () => {
    const rows = writtenTasks(batchOf(chongchuan));
    expect(rows.map((r) => r.lead)).toEqual([['城管局'], ['城管局']]);
    expect(rows[0].support).toEqual(['市政局', '相关街道'].sort());
    expect(rows[1].support).toEqual(['市政局', '环卫处', '崇川经济开发区', '各街道'].sort());
    expect(rows.flatMap((r) => [...r.lead, ...r.support])).not.toContain('徐国江');
  });

  it('keeps a row that has every cell in the order it came', () => {
    const rows = writtenTasks(batchOf([
      '序号', '工作任务', '分管领导', '牵头单位', '配合单位',
      '1', '建设四好农村路55公里。', '张三', '县交通局', '县财政局',
    ].join('\n')));
    expect(rows[0].lead).toEqual(['县交通局']);
    expect(rows[0].support).toEqual(['县财政局']);
  });

  // 招远市 2022年民生事项1-9月份工作完成情况 (stored page; see fresh7's zhaoyuan-minsheng-2022 label)
  it('reads a | row per line whose group cell is printed on the group\'s first row only, report columns kept out', () => {
    const rows = writtenTasks(batchOf([
      '类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 分管市领导 | 1-9月份工作完成情况 | 1-9月份工作取得成效 | 监督电话 |',
      '四、教育文化 | 14.改扩建泉山学校及庙后吕家初级中学 | 完成泉山学校一期2座教学楼建设。 | 教育体育局 | 刘福利 | 泉山学校:完成主体建筑结构施工。 | 正在加速推进施工进度。 | 监督电话0535-8246306 |',
      '15.推进学校塑胶运动场地建设 | 完成罗峰学校及13处农村学校塑胶运动场地建成并投入使用。 | 教育体育局 | 刘福利 | 罗峰学校:9月份开始施工。 | 正在全力推进基础施工。 | 监督电话0535-8246306 | |',
    ].join('\n')));
    expect(rows.map((r) => r.title.slice(0, 8))).toEqual(['改扩建泉山学校及', '推进学校塑胶运动']);
    expect(rows.map((r) => r.responsible)).toEqual([['教育体育局'], ['教育体育局']]);
    expect(rows[0].path.startsWith('四')).toBe(true);
  });

  // http://www.linan.gov.cn/art/2022/7/14/art_1229299207_4068587.html (临安区, 2022; see dev's s7b-linan-shishi-2022)
  it('reads 实事项目 as the task, keeps the 工作举措及实施计划 steps out, and reads 责任单位 beside 配合单位 as the lead', () => {
    const rows = writtenTasks(batchOf([
      '序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |',
      '1 | 新建成公办中小学、幼儿园7所,新增中小学、幼儿园公办学位6800个。 | 1.4月底前职教中心主体完工。 2.8月底前职教中心竣工交付。 3.11月底前天目山镇中心幼儿园竣工交付。 | 教育局 | 发改局、住建局、财政局,锦城街道、昌化镇 |',
      '2 | 新建成婴幼儿照护服务成长驿站7家。 | 1.婴幼儿照护服务成长驿站:3月底前新建成2家。 | 卫生健康局 | 财政局、教育局,各镇(街道) |',
    ].join('\n')));
    expect(rows.map((r) => r.title.slice(0, 8))).toEqual(['新建成公办中小学', '新建成婴幼儿照护']);
    expect(rows.map((r) => r.lead)).toEqual([['教育局'], ['卫生健康局']]);
    expect(rows[0].support).toEqual(['发改局', '住建局', '财政局', '锦城街道', '昌化镇'].sort());
    expect(rows[1].support).toContain('各镇(街道)');
  });
});
