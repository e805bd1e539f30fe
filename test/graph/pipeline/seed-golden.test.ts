// Golden test on the seed: an OCR'd plan on one line with pages missing. Expectations were read off the
// text by hand (which task each annotation closes, what a page gap took), not computed by the parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../graph/model.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const SEED = readFileSync(new URL('../../../seeds/shuangcheng-action-plan.txt', import.meta.url), 'utf8');

// [path, title, lead, support, responsible] from test/fixtures/seed-truth.json (the bench reads it too);
// gapN = a page gap took the part/section heading.
type SeedTask = { path: string; title: string; lead: string[]; support: string[]; responsible: string[] };
const TRUTH = JSON.parse(readFileSync(new URL('../../fixtures/seed-truth.json', import.meta.url), 'utf8')) as { tasks: SeedTask[] };
const TASKS: [string, string, string[], string[], string[]][] = TRUTH.tasks.map((t) => [t.path, t.title, t.lead, t.support, t.responsible]);

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
