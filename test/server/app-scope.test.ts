// Scope over HTTP: the typed GET routes, POST /api/query/{name} and the export take it; bad values are a 400 naming the field.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphExport } from '../../graph/model.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { allBatches, ID, NEIGHBOR, PLAN, REPORT } from '../support/fixtures.ts';
import { getJson, postJson } from './support.ts';

let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const store = new MemoryGraphStore();
  for (const batch of allBatches()) await store.applyBatch(batch);
  app = createApp({ store, ask: { model: null } });
});

const docsOf = (items: { docId: string }[]) => [...new Set(items.map((i) => i.docId))].sort();

describe('scope on the API', () => {
  it('GET routes take docs=…: a unit’s tasks of one document only', async () => {
    const all = await getJson(app, `/api/units/${encodeURIComponent('区发展改革委')}/tasks`);
    expect(docsOf(all.body.tasks.items)).toEqual([NEIGHBOR, PLAN, REPORT]);
    const one = await getJson(app, `/api/units/${encodeURIComponent('区发展改革委')}/tasks?docs=${REPORT}`);
    expect(one.status).toBe(200);
    expect(docsOf(one.body.tasks.items)).toEqual([REPORT]);
  });

  it('GET routes take jurisdictions, levels and years', async () => {
    const byPlace = await getJson(app, `/api/workload?jurisdictions=${encodeURIComponent('邻区')}`);
    expect(byPlace.body.units.items.map((u: { unit: { id: string } }) => u.unit.id).sort()).toEqual([ID.neighborNdrc, ID.neighborGov].sort());
    const byYear = await getJson(app, '/api/targets?years=2024');
    expect(byYear.body.targets.items.map((t: { target: { docId: string } }) => t.target.docId)).toEqual([REPORT]);
    const byLevel = await getJson(app, `/api/stats?levels=${encodeURIComponent('区')}`);
    expect(byLevel.body.documents).toBe(1);
  });

  it('POST /api/query/{name} takes scope in the body', async () => {
    const { status, body } = await postJson(app, '/api/query/entityTasks', { label: 'Place', name: '涪江', scope: { docIds: [PLAN] } });
    expect(status).toBe(200);
    expect(docsOf(body.tasks.items)).toEqual([PLAN]);
  });

  it('a bad level or a year that is not a number is a 400 naming the field', async () => {
    const level = await getJson(app, `/api/workload?levels=${encodeURIComponent('村')}`);
    expect(level.status).toBe(400);
    expect(JSON.stringify(level.body)).toContain('levels');
    const year = await getJson(app, '/api/workload?years=next');
    expect(year.status).toBe(400);
    expect(JSON.stringify(year.body)).toContain('years');
    const body = await postJson(app, '/api/query/workload', { scope: { years: ['2024'] } });
    expect(body.status).toBe(400);
    expect(JSON.stringify(body.body)).toContain('years');
    const exported = await app.request(`/api/export?levels=${encodeURIComponent('村')}`);
    expect(exported.status).toBe(400);
    expect(await exported.text()).toContain('levels');
  });

  it('GET /api/export?docs=… returns only that document’s subgraph', async () => {
    const whole = JSON.parse(await (await app.request('/api/export')).text()) as GraphExport;
    const part = JSON.parse(await (await app.request(`/api/export?docs=${NEIGHBOR}`)).text()) as GraphExport;
    expect(part.nodes.length).toBeGreaterThan(0);
    expect(part.nodes.length).toBeLessThan(whole.nodes.length);
    expect(part.nodes.filter((n) => n.label === 'Document').map((n) => n.id)).toEqual([NEIGHBOR]);
    const kept = new Set(part.nodes.map((n) => n.id));
    expect(part.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(part.nodes.map((n) => n.id)).not.toContain(ID.ndrc);
  });

  it('the OpenAPI document lists the scope parameters', async () => {
    const { body } = await getJson(app, '/openapi.json');
    const params = (path: string) => (body.paths[path].get.parameters as { name: string }[]).map((p) => p.name);
    for (const path of ['/api/workload', '/api/units/{unit}/tasks', '/api/export']) {
      expect(params(path)).toEqual(expect.arrayContaining(['docs', 'jurisdictions', 'levels', 'years']));
    }
  });
});
