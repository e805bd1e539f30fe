// The query language on the memory store: answers checked against the seed's own text, the catalogue, and the limits.
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { runPlan } from '../../../graph/query/run.ts';
import { PLAN_EXAMPLES } from '../../../graph/query/examples.ts';
import { runQueryPlan } from '../../../server/query-entry.ts';
import { allBatches } from '../../support/fixtures.ts';
import { seedBatches } from '../store/neo4j-agreement.ts';

let store: MemoryGraphStore;
const LOAD_MS = 120_000;

beforeAll(async () => {
  store = new MemoryGraphStore();
  await store.init();
  for (const batch of [...(await seedBatches()), ...allBatches()]) await store.applyBatch(batch);
}, LOAD_MS);

const unit = (name: string) => ({ op: 'find', by: 'name', names: [name], labels: ['Unit'] });
const names = async (plan: unknown) => (await runQueryPlan(store, plan)).result.items.map((i) => i.name).sort();
const SEED = { filter: { op: 'filter', docIds: [] as string[] } };

describe('answers read from the seed text', () => {
  beforeAll(async () => {
    SEED.filter.docIds = (await store.listDocuments()).filter((d) => d.source.endsWith('shuangcheng-action-plan.txt')).map((d) => d.id);
  });

  // "(牵头单位:区水利局,责任单位:区发展改革委、区农业农村委等)" closes 4. 完善水利基础设施.
  it('a unit’s led tasks, with the annotation as evidence', async () => {
    const { result } = await runQueryPlan(store, { steps: [unit('区水利局'), { op: 'follow', rel: 'LEADS' }, SEED.filter, { op: 'return', what: 'tasks' }] });
    expect(result.items.map((i) => i.name)).toEqual(['完善水利基础设施']);
    expect(result.items[0].evidence[0].text).toContain('牵头单位:区水利局');
    expect(result.items[0].docId).toBe(SEED.filter.docIds[0]);
  });

  // 区水利局 is also a 责任单位 of 深入实施生态系统保护 and 持续建设宜居宜业和美乡村.
  it('any role, then who else works on those tasks', async () => {
    const tasks = [unit('区水利局'), { op: 'follow', rel: 'DUTY' }, SEED.filter];
    expect(await names({ steps: [...tasks, { op: 'return', what: 'tasks' }] })).toEqual(['完善水利基础设施', '持续建设宜居宜业和美乡村', '深入实施生态系统保护'].sort());
    const partners = await names({ steps: [...tasks, { op: 'follow', rel: 'DUTY', direction: 'in' }, { op: 'return', what: 'units', limit: 100 }] });
    expect(partners).toEqual(expect.arrayContaining(['区生态环境局', '区农业农村委', '区发展改革委', '区林业局']));
  });

  it('intersect and minus of two units’ tasks', async () => {
    const of = (name: string) => [unit(name), { op: 'follow', rel: 'DUTY' }, SEED.filter];
    const both = await names({ steps: [...of('区农业农村委'), { op: 'as', name: 'farm' }, ...of('区水利局'), { op: 'combine', how: 'intersect', with: 'farm' }, { op: 'return' }] });
    expect(both).toEqual(['完善水利基础设施', '持续建设宜居宜业和美乡村', '深入实施生态系统保护'].sort());
    const onlyWater = await names({ steps: [...of('区农业农村委'), { op: 'as', name: 'farm' }, ...of('区水利局'), { op: 'combine', how: 'minus', with: 'farm' }, { op: 'return' }] });
    expect(onlyWater).toEqual([]);
  });

  // A set saved only to be tested records nothing per item, but one brought back by union keeps its evidence.
  it('a set brought back by union keeps its items\' evidence', async () => {
    const water = [unit('区水利局'), { op: 'follow', rel: 'LEADS' }, SEED.filter, { op: 'as', name: 'water' }];
    const { result } = await runQueryPlan(store, { steps: [...water, unit('区商务委'), { op: 'follow', rel: 'DUTY' }, SEED.filter, { op: 'combine', how: 'union', with: 'water' }, { op: 'return', what: 'tasks', limit: 200 }] });
    const led = result.items.find((i) => i.name === '完善水利基础设施');
    expect(led?.evidence.map((e) => e.text).join('')).toContain('牵头单位:区水利局');
  });

  // has/lacks `in` a named set is walked from the set's side: the same units as following the set's lead duties back.
  it('has and lacks a lead duty in a named set: the units that lead its tasks, and all others', async () => {
    const tasks = [unit('区农业农村委'), { op: 'follow', rel: 'DUTY' }, SEED.filter, { op: 'as', name: 'farm' }];
    const lead = { rel: 'DUTY', direction: 'out', roles: ['lead'], in: 'farm' };
    const leaders = await names({ steps: [...tasks, { op: 'follow', rel: 'DUTY', direction: 'in', roles: ['lead'] }, { op: 'return', what: 'units', limit: 200 }] });
    const units = [{ op: 'find', by: 'label', labels: ['Unit'] }];
    const having = await names({ steps: [...tasks, ...units, { op: 'filter', has: lead }, { op: 'return', what: 'units', limit: 200 }] });
    const count = async (steps: unknown[]) => (await runQueryPlan(store, { steps: [...steps, { op: 'count' }] })).result.count;
    const lacking = await count([...tasks, ...units, { op: 'filter', lacks: lead }]);
    expect(leaders.length).toBeGreaterThan(1);
    expect(having).toEqual(leaders);
    expect(having.length + (lacking ?? 0)).toBe(await count(units));
  });

  it('the example plans all run and mostly find something', async () => {
    let found = 0;
    for (const example of PLAN_EXAMPLES) {
      const { result } = await runQueryPlan(store, example.plan);
      if (result.total > 0 || (result.count ?? 0) > 0 || result.comparison.some((c) => c.count > 0)) found += 1;
    }
    expect(found).toBeGreaterThanOrEqual(PLAN_EXAMPLES.length - 1);
  });
});

describe('named plans agree with the catalogue', () => {
  it('unitTasks: every unit’s tasks per role', async () => {
    const units = (await store.exportGraph()).nodes.filter((n) => n.label === 'Unit');
    for (const u of units) {
      for (const role of ['lead', 'support', 'responsible'] as const) {
        const catalogue = await store.run('unitTasks', { unit: u.id, role, limit: 500 });
        const plan = await runQueryPlan(store, { steps: [unit(u.id), { op: 'follow', rel: 'DUTY', roles: [role] }, { op: 'return', limit: 500 }] });
        expect(plan.result.items.map((i) => i.id).sort(), `${u.name} ${role}`).toEqual([...new Set(catalogue.tasks.items.map((t) => t.id))].sort());
      }
    }
  });

  it('workload: rank units by distinct tasks equals the catalogue’s totals', async () => {
    const workload = await store.run('workload', { limit: 500 });
    const { result } = await runQueryPlan(store, { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'rank', by: { rel: 'DUTY' }, limit: 500 }] });
    const scores = new Map(result.items.map((i) => [i.id, i.score]));
    for (const w of workload.units.items) expect(scores.get(w.unit.id), w.unit.name).toBe(w.total);
  });

  it('targets of a year equal the catalogue’s', async () => {
    for (const year of [2025, 2027]) {
      const catalogue = await store.run('targets', { year, limit: 500 });
      const plan = await runQueryPlan(store, { steps: [{ op: 'find', by: 'label', labels: ['Target'] }, { op: 'filter', year }, { op: 'return', what: 'targets', limit: 500 }] });
      expect(plan.result.items.map((i) => i.id).sort()).toEqual([...new Set(catalogue.targets.items.map((t) => t.target.id))].sort());
    }
  });

  it('a level keeps the tasks of that level\'s documents, as the catalogue\'s level scope does', async () => {
    const docs = await store.listDocuments();
    const levels = [...new Set(docs.map((d) => d.metadata.level).filter((l) => l !== null))];
    expect(levels.length).toBeGreaterThan(0);
    for (const level of levels) {
      const ofLevel = new Set(docs.filter((d) => d.metadata.level === level).map((d) => d.id));
      const plan = await runQueryPlan(store, { steps: [{ op: 'find', by: 'label', labels: ['Task'] }, { op: 'filter', level }, { op: 'return', limit: 500 }] });
      const all = await runQueryPlan(store, { steps: [{ op: 'find', by: 'label', labels: ['Task'] }, { op: 'return', limit: 500 }] });
      expect(plan.result.items.map((i) => i.id).sort(), level).toEqual(all.result.items.filter((i) => ofLevel.has(String(i.docId))).map((i) => i.id).sort());
    }
  });

  it('entityUnits: units on tasks mentioning a place', async () => {
    const catalogue = await store.run('entityUnits', { label: 'Place', name: '涪江', limit: 500 });
    const plan = await runQueryPlan(store, { steps: [{ op: 'find', by: 'name', names: ['涪江'], labels: ['Place'] }, { op: 'return', what: 'units', limit: 500 }] });
    expect(plan.result.items.map((i) => i.id).sort()).toEqual(catalogue.units.items.map((u) => u.unit.id).sort());
  });
});

describe('answers follow the graph as documents come and go', () => {
  // The engine keeps label scans, rank counts and has/lacks per graph version: a change must never show a stale one.
  const plans = [
    { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'rank', by: { rel: 'DUTY', direction: 'out' }, limit: 500 }] },
    { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'filter', lacks: { rel: 'DUTY', direction: 'out', roles: ['lead'] } }, { op: 'return', what: 'units', limit: 500 }] },
    { steps: [{ op: 'find', by: 'label', labels: ['Task', 'Section'] }, { op: 'filter', has: { rel: 'MENTIONS', direction: 'out' } }, { op: 'count' }] },
    { steps: [{ op: 'find', by: 'label', labels: ['Target'] }, { op: 'filter', name: '率' }, { op: 'return', what: 'targets', limit: 500 }] },
  ];
  const answers = async (s: MemoryGraphStore) => Promise.all(plans.map(async (p) => JSON.stringify((await runQueryPlan(s, p)).result)));
  const fresh = async (batches: ReturnType<typeof allBatches>) => {
    const s = new MemoryGraphStore();
    await s.init();
    for (const b of batches) await s.applyBatch(b);
    return answers(s);
  };

  it('after an ingest and a removal, the same answers as a store loaded with those documents', async () => {
    const [first, ...rest] = [...(await seedBatches()), ...allBatches()];
    const s = new MemoryGraphStore();
    await s.init();
    await s.applyBatch(first);
    const before = await answers(s);
    expect(before).toEqual(await fresh([first]));
    for (const b of rest) await s.applyBatch(b);
    const all = await answers(s);
    expect(all).toEqual(await fresh([first, ...rest]));
    expect(all).not.toEqual(before);
    for (const b of rest) await s.removeDocument(b.docId);
    expect(await answers(s)).toEqual(before);
  }, LOAD_MS);
});

describe('bad plans and limits', () => {
  const code = async (plan: unknown, options = {}) => runPlan(store, plan, options).then(() => 'ok', (e: { code?: string }) => e.code);

  it.each([
    ['not a plan', { steps: 'find everything' }],
    ['an unknown step', { steps: [{ op: 'delete', by: 'label', labels: ['Unit'] }] }],
    ['a label outside the model', { steps: [{ op: 'find', by: 'label', labels: ['User'] }] }],
    ['a set used before it is named', { steps: [unit('区水利局'), { op: 'combine', how: 'minus', with: 'x' }] }],
    ['a step after an aggregate', { steps: [unit('区水利局'), { op: 'count' }, { op: 'follow', rel: 'LEADS' }] }],
    ['too many hops', { steps: [unit('区水利局'), ...Array.from({ length: 3 }, () => ({ op: 'follow', rel: 'DUTY', direction: 'both', depth: 4 }))] }],
    ['starting without a find', { steps: [{ op: 'follow', rel: 'LEADS' }] }],
  ])('%s is BAD_INPUT', async (_name, plan) => {
    expect(await code(plan)).toBe('BAD_INPUT');
  });

  it('a step producing more than the set limit is TOO_LARGE', async () => {
    expect(await code({ steps: [{ op: 'find', by: 'label', labels: ['Task'] }] }, { maxSet: 5 })).toBe('TOO_LARGE');
  });

  it('a plan past its deadline is QUERY_TIMEOUT', async () => {
    expect(await code({ steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'follow', rel: 'DUTY' }] }, { timeoutMs: -1 })).toBe('QUERY_TIMEOUT');
  });

  it('find by text needs a ranker when called below the server', async () => {
    expect(await code({ steps: [{ op: 'find', by: 'text', text: '防洪' }] })).toBe('BAD_INPUT');
  });
});
