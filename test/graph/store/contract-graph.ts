// Contract: traversal, communities, stats, documents, and the catalogue's input rules, on the fixture.
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../../graph/catalogue/catalogue.ts';
import { unitId } from '../../support/batch-builder.ts';
import { ID, NEIGHBOR, PLAN, REPORT, allBatches } from '../../support/fixtures.ts';
import { errorCode, ids, query, sharedStore, type GraphStoreContractOptions } from './contract-support.ts';

const u = (name: string) => unitId('区', name);

/** One input per query; the type makes a new catalogue entry fail to compile until it is covered here. */
export const SAMPLE_INPUTS: { [N in QueryName]: QueryInput<N> } = {
  unitTasks: { unit: '区水利局' },
  unitPartners: { unit: '区水利局' },
  sharedTasks: { a: '区水利局', b: '区财政局' },
  overlaps: { minShared: 1 },
  entityTasks: { label: 'Place', name: '涪江' },
  entityUnits: { label: 'Place', name: '涪江' },
  workload: {},
  accountabilityGaps: { crowdedThreshold: 3 },
  targets: {},
  neighborhood: { id: ID.fujiang, depth: 2 },
  shortestPath: { a: '区科技局', b: '涪江' },
  search: { text: '区' },
  communities: {},
  stats: {},
  documents: {},
};

export function graphQueriesContract(opts: GraphStoreContractOptions): void {
  describe('graph queries', () => {
    const store = sharedStore(opts, allBatches);

    it('neighborhood: one hop, tasks before corridors before projects, every edge among them', async () => {
      const out = await query(store(), 'neighborhood', { id: ID.fujiang });
      expect(ids(out.nodes)).toEqual([ID.fujiang, ID.a2, ID.a3, ID.b2, ID.corridor, ID.ecoProject, ID.floodProject]);
      expect(out.edges.map((e) => e.type).sort()).toEqual([...Array(6).fill('MENTIONS'), ...Array(3).fill('TOUCHES')]);
      expect(ids(out.edges)).toEqual(ids(out.edges).sort());
      expect(out).toMatchObject({ found: true, truncated: false });
    });

    it('neighborhood: limits, label filters and depth', async () => {
      const capped = await query(store(), 'neighborhood', { id: ID.fujiang, limit: 3 });
      expect([ids(capped.nodes), capped.truncated]).toEqual([[ID.fujiang, ID.a2, ID.a3], true]);
      const projects = await query(store(), 'neighborhood', { id: ID.fujiang, labels: ['Project'] });
      expect([ids(projects.nodes), projects.edges.length]).toEqual([[ID.fujiang, ID.ecoProject, ID.floodProject], 2]);
      const deep = await query(store(), 'neighborhood', { id: ID.fujiang, depth: 2, labels: ['Task', 'Unit'] });
      expect(ids(deep.nodes)).toEqual([
        ID.fujiang, ID.a2, ID.a3, ID.b2,
        ID.farm, ID.ndrc, u('区文化旅游委'), ID.water, u('区生态环境局'), ID.finance,
      ]);
      expect(deep.edges).toHaveLength(11);
    });

    it('neighborhood: a Document comes without its full text; an unknown id is not found', async () => {
      const out = await query(store(), 'neighborhood', { id: PLAN });
      expect(ids(out.nodes)).toEqual([PLAN, ID.planPart]);
      expect(out.nodes[0].properties.text).toBeUndefined();
      expect(out.nodes[0].properties.title).toBe('关于推动双城经济圈建设行动方案');
      expect(await query(store(), 'neighborhood', { id: 'nope' })).toEqual({ found: false, nodes: [], edges: [], truncated: false });
    });

    it('shortestPath: names resolve, ties go to smaller ids, edges follow the path', async () => {
      const short = await query(store(), 'shortestPath', { a: '区农业农村委', b: '涪江' });
      expect([ids(short.nodes), short.edges.map((e) => e.type), short.length]).toEqual([[ID.farm, ID.a2, ID.fujiang], ['LEADS', 'MENTIONS'], 2]);
      const long = await query(store(), 'shortestPath', { a: '区科技局', b: '区财政局' });
      expect(ids(long.nodes)).toEqual([ID.science, ID.a1, ID.ndrc, ID.b1, ID.finance]);
      expect(long.edges.map((e) => [e.source, e.type, e.target])).toEqual([
        [ID.science, 'SUPPORTS', ID.a1], [ID.ndrc, 'SUPPORTS', ID.a1], [ID.ndrc, 'LEADS', ID.b1], [ID.finance, 'SUPPORTS', ID.b1],
      ]);
    });

    it('shortestPath: not found beyond maxDepth, across districts, or to itself in zero steps', async () => {
      const none = { found: false, length: 0, nodes: [], edges: [] };
      expect(await query(store(), 'shortestPath', { a: '区科技局', b: '区财政局', maxDepth: 3 })).toEqual(none);
      expect(await query(store(), 'shortestPath', { a: '区科技局', b: ID.neighborGov })).toEqual(none);
      const self = await query(store(), 'shortestPath', { a: ID.fujiang, b: '涪江' });
      expect([self.found, self.length, ids(self.nodes)]).toEqual([true, 0, [ID.fujiang]]);
    });

    it('communities: seeded Louvain, by size, members by name', async () => {
      const out = await query(store(), 'communities', {});
      expect(out.communities.items.map((c) => [c.id, c.size, c.weight, ids(c.members)])).toEqual([
        [1, 6, 10, [ID.transport, u('区住房城乡建委'), ID.ndrc, ID.science, ID.economy, ID.finance]],
        [2, 4, 4, [ID.farm, u('区文化旅游委'), ID.water, u('区生态环境局')]],
        [3, 3, 3, [u('区司法局'), u('区市场监管局'), u('区政务服务办')]],
        [4, 2, 1, [ID.neighborNdrc, ID.neighborGov]],
      ]);
      expect(out.modularity).toBeGreaterThan(0.3);
    });

    it('stats: every label and type counted', async () => {
      expect(await query(store(), 'stats', {})).toEqual({
        documents: 3,
        nodes: { Document: 3, Section: 6, Task: 8, Unit: 15, Place: 1, Industry: 1, Corridor: 1, Project: 4, Target: 2 },
        edges: { LEADS: 8, SUPPORTS: 11, RESPONSIBLE_FOR: 6, PART_OF: 14, MENTIONS: 10, SETS: 2, TOUCHES: 3 },
        warnings: 2,
      });
    });

    it('documents: by title, with counts', async () => {
      const out = await query(store(), 'documents', {});
      expect(out.documents.map((d) => [d.id, d.counts.tasks, d.counts.units, d.counts.edges])).toEqual([
        [REPORT, 3, 7, 20], [PLAN, 4, 9, 28], [NEIGHBOR, 1, 2, 6],
      ]);
      expect(await store().listDocuments()).toEqual(out.documents);
    });

    it('every catalogue query answers twice the same, within its schema', async () => {
      for (const name of QUERY_NAMES) {
        const first = await query(store(), name, SAMPLE_INPUTS[name] as QueryInput<typeof name>);
        expect(await query(store(), name, SAMPLE_INPUTS[name] as QueryInput<typeof name>)).toEqual(first);
      }
    });

    it('refuses bad input with BAD_INPUT', async () => {
      expect(await errorCode(store().run('unitTasks', { unit: '' }))).toBe('BAD_INPUT');
      expect(await errorCode(store().run('neighborhood', { id: ID.fujiang, depth: 4 }))).toBe('BAD_INPUT');
      expect(await errorCode(store().run('search', { text: '涪江', limit: 501 }))).toBe('BAD_INPUT');
      expect(await errorCode(store().run('entityTasks', { label: 'Unit', name: '涪江' } as never))).toBe('BAD_INPUT');
      expect(await errorCode(store().run('nope' as never, {} as never))).toBe('BAD_INPUT');
    });
  });
}
