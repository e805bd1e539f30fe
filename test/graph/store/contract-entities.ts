// Contract: entity, target and search queries answer the fixture exactly.
import { describe, expect, it } from 'vitest';
import { ID, PLAN, REPORT, allBatches } from '../../support/fixtures.ts';
import { ids, query, sharedStore, type GraphStoreContractOptions } from './contract-support.ts';

export function entityQueriesContract(opts: GraphStoreContractOptions): void {
  describe('entity queries', () => {
    const store = sharedStore(opts, allBatches);

    it('entityTasks: 哪些项目涉及涪江 — tasks, touching projects, co-mentioned projects', async () => {
      const out = await query(store(), 'entityTasks', { label: 'Place', name: '涪江' });
      expect(ids(out.entities)).toEqual([ID.fujiang]);
      expect(ids(out.tasks.items)).toEqual([ID.a2, ID.a3, ID.b2]);
      expect(out.tasks.items[1].evidence).toMatchObject({ docId: PLAN, text: '3.推进涪江流域水环境综合治理。实施涪江生态修复工程。(区水利局、区生态环境局负责)' });
      expect(out.touches.items.map((t) => [t.from.id, t.to.id, t.evidence.docId])).toEqual([
        [ID.ecoProject, ID.fujiang, PLAN], [ID.corridor, ID.fujiang, PLAN], [ID.floodProject, ID.fujiang, REPORT],
      ]);
      expect(out.coMentioned.items.map((c) => [c.entity.id, c.shared])).toEqual([
        [ID.villageProject, 1], [ID.ecoProject, 1], [ID.corridor, 1], [ID.floodProject, 1],
      ]);
      expect(out.projects.items.map((p) => [p.id, p.touches, p.coMentions])).toEqual([
        [ID.ecoProject, true, 1], [ID.corridor, true, 1], [ID.floodProject, true, 1], [ID.villageProject, false, 1],
      ]);
    });

    it('entityTasks: a corridor lists the places it touches, not itself', async () => {
      const out = await query(store(), 'entityTasks', { label: 'Corridor', name: '涪江观光农业走廊' });
      expect(ids(out.tasks.items)).toEqual([ID.a2]);
      expect(out.touches.items.map((t) => [t.from.id, t.to.id])).toEqual([[ID.corridor, ID.fujiang]]);
      expect(out.projects.items.map((p) => [p.id, p.touches, p.coMentions])).toEqual([[ID.villageProject, false, 1]]);
    });

    it('entityTasks: by id; a project across documents; a wrong label finds nothing', async () => {
      expect(ids((await query(store(), 'entityTasks', { label: 'Place', name: ID.fujiang })).tasks.items)).toEqual([ID.a2, ID.a3, ID.b2]);
      const railway = await query(store(), 'entityTasks', { label: 'Project', name: '中线高铁' });
      expect(ids(railway.tasks.items)).toEqual([ID.a4, ID.b1]);
      expect([railway.touches.total, railway.coMentioned.total, railway.projects.total]).toEqual([0, 0, 0]);
      const wrong = await query(store(), 'entityTasks', { label: 'Project', name: '涪江' });
      expect([wrong.entities.length, wrong.tasks.total]).toEqual([0, 0]);
    });

    it('entityUnits: units on the tasks mentioning 涪江, by tasks then leads then name', async () => {
      const out = await query(store(), 'entityUnits', { label: 'Place', name: '涪江' });
      expect(out.units.items.map((x) => [x.unit.name, x.tasks, x.lead, x.support, x.responsible])).toEqual([
        ['区水利局', 3, 1, 1, 1],
        ['区农业农村委', 1, 1, 0, 0],
        ['区发展改革委', 1, 0, 1, 0],
        ['区文化旅游委', 1, 0, 1, 0],
        ['区生态环境局', 1, 0, 0, 1],
        ['区财政局', 1, 0, 1, 0],
      ]);
    });

    it('targets: with task and evidence, filtered by year, indicator, text and document', async () => {
      const all = await query(store(), 'targets', {});
      expect(all.targets.items.map((t) => [t.target.id, t.task?.id])).toEqual([[ID.planTarget, ID.a1], [ID.reportTarget, ID.b1]]);
      expect(all.targets.items[0].target).toMatchObject({ docId: PLAN, indicator: '工业总产值', value: 2000, unit: '亿元', year: 2027 });
      expect(all.targets.items[0].evidence?.text).toContain('工业总产值突破2000亿元');
      expect(ids((await query(store(), 'targets', { year: 2024 })).targets.items.map((t) => t.target))).toEqual([ID.reportTarget]);
      expect(ids((await query(store(), 'targets', { indicator: '投资' })).targets.items.map((t) => t.target))).toEqual([ID.reportTarget]);
      expect(ids((await query(store(), 'targets', { text: '2000亿元' })).targets.items.map((t) => t.target))).toEqual([ID.planTarget]);
      expect(ids((await query(store(), 'targets', { docId: PLAN })).targets.items.map((t) => t.target))).toEqual([ID.planTarget]);
      expect((await query(store(), 'targets', { year: 2030 })).targets.total).toBe(0);
    });

    it('search: exact name > prefix > name substring > text, ties by name', async () => {
      const out = await query(store(), 'search', { text: '涪江' });
      expect(out.hits.items.map((h) => [h.id, h.score, h.matched])).toEqual([
        [ID.fujiang, 100, 'name'],
        [ID.ecoProject, 80, 'name'], [ID.corridor, 80, 'name'], [ID.floodProject, 80, 'name'],
        [ID.a2, 60, 'name'], [ID.a3, 60, 'name'], [ID.b2, 60, 'name'],
        [ID.planIndustry, 20, 'text'], [ID.reportInvest, 20, 'text'], [ID.planPart, 20, 'text'],
      ]);
      expect(out.hits.items[7]).toMatchObject({ docId: PLAN });
      expect(out.hits.items[7].snippet).toContain('涪江');
    });

    it('search: aliases count, labels filter, limits truncate', async () => {
      const alias = await query(store(), 'search', { text: '发改委' });
      expect(alias.hits.items.map((h) => [h.id, h.score, h.matched])).toEqual([
        [ID.ndrc, 90, 'alias'], [ID.reportTarget, 20, 'text'], [ID.b1, 20, 'text'], [ID.reportInvest, 20, 'text'],
      ]);
      expect(ids((await query(store(), 'search', { text: '发改委', labels: ['Unit'] })).hits.items)).toEqual([ID.ndrc]);
      expect(ids((await query(store(), 'search', { text: '区发' })).hits.items.slice(0, 2))).toEqual([ID.ndrc, ID.neighborNdrc]);
      expect((await query(store(), 'search', { text: '涪江', limit: 3 })).hits).toMatchObject({ total: 10, truncated: true });
    });
  });
}
