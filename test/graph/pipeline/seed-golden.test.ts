// Golden test on the seed: an OCR'd plan on one line with pages missing. Expectations were read off the
// text by hand (which task each annotation closes, what a page gap took), not computed by the parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../graph/model.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const SEED = readFileSync(new URL('../../../seeds/shuangcheng-action-plan.txt', import.meta.url), 'utf8');

// [path, title, lead, support, responsible]; gapN = a page gap took the part/section heading.
const TASKS: [string, string, string[], string[], string[]][] = [
    ['gap1/2', '（缺页：任务标题不详）', [], ['区人力社保局', '区科技局', '区经济信息委', '区金融发展中心', '高新区管委会'], []],
    ['gap1/3', '提升桥头堡城市联动能力', ['区发展改革委'], ['区农业农村委', '区商务委', '区文化旅游委', '区经济信息委', '区规划自然资源局'], []],
    ['gap1/(二)/1', '建设区域性综合交通枢纽', ['区交通局'], ['区发展改革委', '区财政局', '安居华夏公司'], []],
    ['gap1/(二)/3', '构建更加多元现代的能源保障体系', ['区发展改革委'], ['区经济信息委', '国网供电公司', '高新区管委会'], []],
    ['gap1/(二)/4', '完善水利基础设施', ['区水利局'], ['区农业农村委', '区发展改革委'], []],
    ['gap1/(三)/1', '推动制造业高质量发展', ['区经济信息委'], ['区发展改革委', '区招商投资局', '高新区管委会'], []],
    ['gap1/(三)/2', '促进数字经济创新发展', ['区经济信息委'], ['区农业农村委', '区发展改革委', '区商务委', '区大数据发展局', '区招商投资局', '区文化旅游委', '高新区管委会'], []],
    ['gap1/(三)/3', '构建优质高效服务业体系', ['区发展改革委'], ['区商务委', '区大数据发展局', '区招商投资局', '区科技局', '区金融发展中心'], []],
    ['gap1/(三)/4', '发展优势特色农业产业', ['区农业农村委'], ['区文化旅游委', '区畜牧业发展中心', '区科技局', '国家农业科技园区管委会', '龙裕公司'], []],
    ['gap1/(四)/1', '高水平打造科技创新平台', ['区科技局'], ['区农业农村委', '区发展改革委', '区经济信息委'], []],
    ['gap1/(五)/1', '提档升级龙文化旅游名城', ['区文化旅游委'], ['区住房城乡建委'], []],
    ['gap1/(五)/2', '打造不夜新地标', ['区商务委'], [], []],
    ['gap2/1', '深入实施生态系统保护', ['区生态环境局'], ['区农业农村委', '区林业局', '区水利局'], []],
    ['gap2/2', '持续改善生态环境质量', [], [], []],
    ['gap2/3', '（缺页：任务标题不详）', ['区国资中心'], ['区属重点国有企业', '区财政局'], []],
    ['gap2/4', '促进民营经济健康发展', [], [], []],
    ['gap3/1', '（缺页：任务标题不详）', ['区发展改革委'], ['区交通局', '区商务委', '区招商投资局'], []],
    ['gap3/2', '高水平建设对外开放平台', ['区商务委'], ['区发展改革委', '区科技局', '国家农业科技园区管委会', '高新区管委会'], []],
    ['gap3/3', '高质量发展开放型经济', ['区商务委'], ['区发展改革委', '区市场监管局', '区招商投资局', '高新区管委会'], []],
    ['gap3/(九)/1', '推动城乡融合发展', ['区农业农村委'], ['区人力社保局', '区公安局', '区发展改革委', '区规划自然资源局'], []],
    ['gap3/(九)/2', '持续建设宜居宜业和美乡村', ['区农业农村委'], ['区交通局', '区住房城乡建委', '区发展改革委', '区城市管理局', '区文化旅游委', '区水利局', '区规划自然资源局'], []],
    ['gap3/(十)/1', '提升就业支持力度', ['区人力社保局'], [], []],
    ['gap3/(十)/2', '推动教育服务共享', ['区教委'], ['区文化旅游委', '淮远新区管委会', '金庙公司'], []],
    ['gap3/(十)/3', '建设健康服务体系', ['区卫生健康委'], ['区民政局'], []],
    ['gap3/(十)/4', '加快繁荣文体事业', ['区文化旅游委'], ['玄天湖旅投公司'], []],
    ['gap3/(十)/5', '完善社会保障制度', ['区发展改革委'], ['区人力社保局', '区住房公积金中心', '区住房城乡建委', '区公安局', '区医保局', '区卫生健康委', '区司法局', '区教委', '区民政局', '区退役军人事务局'], []],
    ['gap3/(十)/6', '推进社会治理现代化', ['区社会治理创新中心'], ['区公安局', '区司法局', '区市场监管局', '区应急局'], []],
];

const names = (b: GraphBatch, label: string) => b.nodes.filter((n) => n.label === label).map((n) => n.name);

describe('seed: shuangcheng-action-plan.txt', () => {
  const batch = batchOf(SEED, '关于推动双城经济圈建设行动方案');
  const table = dutyTable(batch);

  it('finds every surviving task with its title, in order', () => {
    expect(table.filter((r) => r.label === 'Task').map((r) => [r.path, r.title])).toEqual(TASKS.map(([p, t]) => [p, t]));
  });

  it.each(TASKS)('assigns the right units to %s %s', (path, _title, lead, support, responsible) => {
    const r = table.find((x) => x.path === path)!;
    expect(r.lead).toEqual([...lead].sort());
    expect(r.support).toEqual([...support].sort());
    expect(r.responsible).toEqual([...responsible].sort());
  });

  it('keeps the parts and sections that survive, and records the lost headings as gaps', () => {
    const sections = table.filter((r) => r.label === 'Section').map((r) => [r.path, r.title]);
    expect(sections).toEqual(expect.arrayContaining([
      ['一', '总体要求'], ['一/(一)', '指导思想'], ['一/(二)', '工作目标'],
      ['gap1/(二)', '加快建设现代化基础设施网络'], ['gap1/(三)', '着力构建现代化产业集群'],
      ['gap1/(四)', '加快共建科技创新中心'], ['gap1/(五)', '打造特色消费聚集区'],
      ['gap3/(九)', '推动城乡融合区域协调发展'], ['gap3/(十)', '促进高品质生活惠民富民'],
      ['三', '保障措施'], ['三/(一)', '压实工作责任'], ['三/(四)', '完善工作机制'],
    ]));
    // The second (二) is not merged into 一、总体要求.
    expect(table.filter((r) => r.path.startsWith('一/') && r.label === 'Task')).toEqual([]);
    expect(batch.warnings.filter((w) => w.code === 'PAGE_GAP').length).toBeGreaterThanOrEqual(5);
  });

  it('makes no unit of garbage: every unit is a well-formed name', () => {
    for (const name of names(batch, 'Unit')) {
      expect(name).toMatch(/^[\u4e00-\u9fa5]{3,20}$/);
      expect(name).toMatch(/(局|委|中心|管委会|公司|企业)$/);
    }
    expect(names(batch, 'Unit')).not.toContain('单位GDP委');
    expect(names(batch, 'Unit').some((n) => n.includes('方式') || n === '区招')).toBe(false);
  });

  it('repairs the OCR-damaged unit names it can recover and reports the rest', () => {
    const unresolved = batch.warnings.filter((w) => w.code === 'UNRESOLVED_UNIT').map((w) => w.detail?.surface);
    expect(unresolved.sort()).toEqual(['区招', '单位GDP委']);
    const fuzzy = batch.warnings.filter((w) => w.code === 'FUZZY_UNIT').map((w) => w.detail?.canonical);
    expect(fuzzy).toEqual(expect.arrayContaining(['区农业农村委', '区经济信息委', '区规划自然资源局']));
  });

  it('finds places with their kinds', () => {
    const kinds = Object.fromEntries(batch.nodes.filter((n) => n.label === 'Place').map((n) => [n.name, n.properties.kind]));
    expect(kinds).toMatchObject({
      涪江: 'river', 琼江: 'river', 小安溪: 'river', 巴岳山: 'mountain', 毓青山: 'mountain', 少云镇: 'town',
      围龙镇: 'town', 少云村: 'village', 玄天湖: 'lake', 同心桥水库: 'reservoir', 安居古城: 'scenic',
    });
    for (const stop of ['地区', '我区', '全区', '城区', '园区']) expect(kinds).not.toHaveProperty(stop);
  });

  it('finds corridors, industries and projects', () => {
    expect(names(batch, 'Corridor')).toEqual(expect.arrayContaining(['巴蜀文化旅游走廊', '涪江观光农业走廊', '科创走廊', '涪江经济带']));
    expect(names(batch, 'Industry')).toEqual(expect.arrayContaining(['新型储能', '电子信息', '装备制造', '新能源新材料']));
    expect(names(batch, 'Project')).toEqual(expect.arrayContaining(['中线高铁', '西水资源配置工程', '太平水厂', '长征渠引水工程', '同心桥水库']));
  });

  it('links corridors and projects to the places they touch', () => {
    const byId = new Map(batch.nodes.map((n) => [n.id, n.name]));
    const touches = batch.edges.filter((e) => e.type === 'TOUCHES').map((e) => `${byId.get(e.source)}→${byId.get(e.target)}`);
    expect(touches).toEqual(expect.arrayContaining(['涪江观光农业走廊→涪江', '涪江经济带→涪江']));
  });

  it('finds numeric targets with indicator, value, unit and year', () => {
    const targets = batch.nodes.filter((n) => n.label === 'Target').map((n) => n.properties);
    expect(targets).toEqual(expect.arrayContaining([
      expect.objectContaining({ indicator: 'GDP', value: 1200, unit: '亿元', year: 2027 }),
      expect.objectContaining({ indicator: '人均GDP', value: 13.5, unit: '万元' }),
      expect.objectContaining({ value: 190, unit: '公里' }),
      expect.objectContaining({ value: 1900, unit: '家' }),
    ]));
  });

  it('links every duty, mention and touch to a sentence of the document', () => {
    const text = batch.nodes.find((n) => n.label === 'Document')!.properties.text as string;
    const linked = batch.edges.filter((e) => ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR', 'MENTIONS', 'TOUCHES'].includes(e.type));
    expect(linked.length).toBeGreaterThan(200);
    for (const e of linked) {
      const ev = e.properties.evidence!;
      expect(ev.end).toBeGreaterThan(ev.start);
      expect(text.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('puts the units in the district the plan is issued for, not a government it cites', () => {
    expect(batch.nodes.find((n) => n.label === 'Document')!.properties.jurisdiction).toBe('区');
    expect(new Set(batch.nodes.filter((n) => n.label === 'Unit').map((n) => n.properties.jurisdiction))).toEqual(new Set(['区']));
  });

  it('yields the same batch when parsed twice', () => {
    expect(batchOf(SEED, '关于推动双城经济圈建设行动方案')).toEqual(batch);
  });
});
