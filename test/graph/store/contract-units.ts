// Contract: unit queries answer the fixture exactly (unitTasks, unitPartners, sharedTasks, overlaps, workload, gaps).
import { describe, expect, it } from 'vitest';
import { unitId } from '../../support/batch-builder.ts';
import { ID, NEIGHBOR, PLAN, REPORT, allBatches } from '../../support/fixtures.ts';
import { ids, names, query, sharedStore, type GraphStoreContractOptions } from './contract-support.ts';

const u = (name: string) => unitId('区', name);

export function unitQueriesContract(opts: GraphStoreContractOptions): void {
  describe('unit queries', () => {
    const store = sharedStore(opts, allBatches);

    it('unitTasks: a shared name takes in every jurisdiction, tasks in document order', async () => {
      const out = await query(store(), 'unitTasks', { unit: '区发展改革委' });
      expect(ids(out.units)).toEqual([ID.ndrc, ID.neighborNdrc]);
      expect(out.units[0]).toMatchObject({ jurisdiction: '区', kind: 'department', aliases: ['区发展改革委', '发改委'] });
      expect(out.tasks.items.map((t) => [t.id, t.role, t.unit.id])).toEqual([
        [ID.neighborSection, 'lead', ID.neighborNdrc],
        [ID.c1, 'lead', ID.neighborNdrc],
        [ID.c1, 'support', ID.neighborNdrc],
        [ID.a1, 'support', ID.ndrc],
        [ID.a4, 'lead', ID.ndrc],
        [ID.b1, 'lead', ID.ndrc],
        [ID.b2, 'support', ID.ndrc],
        [ID.b3, 'responsible', ID.ndrc],
      ]);
      expect(out.tasks).toMatchObject({ total: 8, truncated: false });
      expect(out.tasks.items[5]).toMatchObject({ label: 'Task', docId: REPORT, number: '1.', path: '一/1', name: '实施重大项目攻坚行动' });
      expect(out.tasks.items[5].evidence.text).toContain('牵头单位:发改委');
    });

    it('unitTasks: an alias resolves, a role filters, a limit truncates', async () => {
      const out = await query(store(), 'unitTasks', { unit: '发改委', role: 'lead', limit: 1 });
      expect(ids(out.units)).toEqual([ID.ndrc]);
      expect(ids(out.tasks.items)).toEqual([ID.a4]);
      expect(out.tasks).toMatchObject({ total: 2, truncated: true });
    });

    it('unitTasks: an unknown unit gives an empty answer', async () => {
      const out = await query(store(), 'unitTasks', { unit: '区不存在局' });
      expect(out).toEqual({ units: [], tasks: { items: [], total: 0, truncated: false } });
    });

    it('unitPartners: ranked by shared tasks, then name', async () => {
      const out = await query(store(), 'unitPartners', { unit: ID.ndrc });
      expect(out.partners.items.map((p) => [p.unit.name, p.shared])).toEqual([
        ['区经济信息委', 2], ['区财政局', 2],
        ['区交通局', 1], ['区住房城乡建委', 1], ['区司法局', 1], ['区市场监管局', 1], ['区政务服务办', 1], ['区水利局', 1], ['区科技局', 1],
      ]);
      expect(ids(out.partners.items[0].tasks)).toEqual([ID.a1, ID.b1]);
      expect(ids(out.partners.items[1].tasks)).toEqual([ID.b1, ID.b2]);
    });

    it('sharedTasks: each side’s role and evidence, in document order', async () => {
      const out = await query(store(), 'sharedTasks', { a: '发改委', b: '区经济信息委' });
      expect(ids(out.tasks.items)).toEqual([ID.a1, ID.b1]);
      expect(out.tasks.items.map((t) => [t.a.map((d) => d.role), t.b.map((d) => d.role)])).toEqual([
        [['support'], ['lead']],
        [['lead'], ['support']],
      ]);
      expect(out.tasks.items[1].a[0].evidence).toMatchObject({ docId: REPORT });
    });

    it('sharedTasks: one shared task between 区水利局 and 区财政局', async () => {
      const out = await query(store(), 'sharedTasks', { a: '区水利局', b: '区财政局' });
      expect(out.tasks.items.map((t) => [t.id, t.a[0].role, t.b[0].role])).toEqual([[ID.b2, 'lead', 'support']]);
    });

    it('overlaps: pairs with at least two shared tasks, a before b by name', async () => {
      const out = await query(store(), 'overlaps', {});
      expect(out.pairs.items.map((p) => [p.a.name, p.b.name, p.shared, ids(p.tasks)])).toEqual([
        ['区发展改革委', '区经济信息委', 2, [ID.a1, ID.b1]],
        ['区发展改革委', '区财政局', 2, [ID.b1, ID.b2]],
      ]);
    });

    it('overlaps: scoped by document, section path, section id, entity and role', async () => {
      const inReport = await query(store(), 'overlaps', { minShared: 1, docId: REPORT });
      expect(inReport.pairs.total).toBe(11);
      expect(inReport.pairs.items[0]).toMatchObject({ a: { id: ID.ndrc }, b: { id: ID.finance }, shared: 2 });
      expect((await query(store(), 'overlaps', { minShared: 1, section: '一/(一)' })).pairs.total).toBe(7);
      const infra = await query(store(), 'overlaps', { minShared: 1, section: ID.planInfra });
      expect(infra.pairs.items.map((p) => [p.a.name, p.b.name])).toEqual([
        ['区交通局', '区住房城乡建委'], ['区交通局', '区发展改革委'], ['区住房城乡建委', '区发展改革委'],
      ]);
      expect((await query(store(), 'overlaps', { minShared: 1, entity: ID.fujiang })).pairs.total).toBe(7);
      const leads = await query(store(), 'overlaps', { minShared: 1, role: 'lead' });
      expect(leads.pairs.items.map((p) => [p.a.id, p.b.id, ids(p.tasks)])).toEqual([[ID.transport, ID.ndrc, [ID.a4]]]);
      expect((await query(store(), 'overlaps', { section: ID.planInfra, docId: REPORT })).pairs.total).toBe(0);
    });

    it('workload: distinct tasks per role and in total, by total, then leads, then name', async () => {
      const out = await query(store(), 'workload', {});
      expect(out.units.total).toBe(15);
      expect(out.units.items.slice(0, 7).map((w) => [w.unit.id, w.lead, w.support, w.responsible, w.total])).toEqual([
        [ID.ndrc, 2, 2, 1, 5],
        [ID.water, 1, 1, 1, 3],
        [ID.neighborNdrc, 2, 1, 0, 2],
        [ID.economy, 1, 1, 0, 2],
        [ID.finance, 0, 2, 0, 2],
        [ID.transport, 1, 0, 0, 1],
        [ID.farm, 1, 0, 0, 1],
      ]);
      expect(ids(out.units.items.slice(7).map((w) => w.unit))).toEqual([
        u('区住房城乡建委'), u('区司法局'), u('区市场监管局'), u('区政务服务办'), ID.neighborGov, u('区文化旅游委'), u('区生态环境局'), ID.science,
      ]);
    });

    it('workload: one document', async () => {
      const out = await query(store(), 'workload', { docId: NEIGHBOR, limit: 1 });
      expect(out.units).toMatchObject({ total: 2, truncated: true });
      expect(out.units.items[0]).toMatchObject({ unit: { id: ID.neighborNdrc }, lead: 2, total: 2 });
    });

    it('accountabilityGaps: no lead, several leads, crowded', async () => {
      const out = await query(store(), 'accountabilityGaps', {});
      expect(out.noLead.items.map((t) => [t.id, t.units])).toEqual([[ID.a3, 2], [ID.b3, 4]]);
      expect(out.multiLead.items.map((t) => [t.id, names(t.leads)])).toEqual([[ID.a4, ['区交通局', '区发展改革委']]]);
      expect(out.crowded.total).toBe(0);
      const three = await query(store(), 'accountabilityGaps', { crowdedThreshold: 3 });
      expect(three.crowded.items.map((t) => [t.id, t.units])).toEqual([
        [ID.b3, 4], [ID.a1, 3], [ID.a2, 3], [ID.a4, 3], [ID.b1, 3], [ID.b2, 3],
      ]);
      const plan = await query(store(), 'accountabilityGaps', { crowdedThreshold: 4, docId: PLAN });
      expect([plan.noLead.total, plan.multiLead.total, plan.crowded.total]).toEqual([1, 1, 0]);
    });
  });
}
