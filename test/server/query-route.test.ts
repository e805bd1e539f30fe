// POST /api/query: plans validated, limited and answered; OpenAPI documents the route.
import { describe, expect, it } from 'vitest';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { getJson, postJson, seedApp } from './support.ts';

describe('POST /api/query', () => {
  it('answers a plan with the plan as understood and items carrying evidence', async () => {
    const app = await seedApp();
    const { status, body } = await postJson(app, '/api/query', {
      steps: [{ op: 'find', by: 'name', names: ['巴岳山'], labels: ['Place'] }, { op: 'return', what: 'units' }],
    });
    expect(status).toBe(200);
    expect(body.plan.steps[1]).toEqual({ op: 'return', what: 'units', limit: 50 });
    expect(body.result.kind).toBe('items');
    expect(body.result.items.length).toBeGreaterThan(0);
    for (const item of body.result.items) {
      expect(item.label).toBe('Unit');
      expect(item.docId).toMatch(/^doc:/);
      expect(item.evidence[0].text.length).toBeGreaterThan(0);
    }
  });

  it('answers a count', async () => {
    const app = await seedApp();
    const { body } = await postJson(app, '/api/query', { steps: [{ op: 'find', by: 'label', labels: ['Task'] }, { op: 'count' }] });
    const stats = await postJson(app, '/api/query/stats', {});
    expect(body.result.count).toBe(stats.body.nodes.Task);
  });

  it.each([
    ['an unknown step', { steps: [{ op: 'merge', by: 'label', labels: ['Unit'] }] }],
    ['no steps', { steps: [] }],
    ['a set that was never named', { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'use', name: 'x' }] }],
    ['a limit over the maximum', { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'return', limit: 100000 }] }],
  ])('refuses %s with 400 BAD_INPUT', async (_name, plan) => {
    const { status, body } = await postJson(await seedApp(), '/api/query', plan);
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_INPUT');
  });

  it('refuses a plan with a field the language does not have, naming it, rather than running it without', async () => {
    const misspelt = { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'filter', lables: ['Task'] }] };
    const { status, body } = await postJson(await seedApp(), '/api/query', { ...misspelt, cypher: 'MATCH (n) DETACH DELETE n' });
    expect(status).toBe(400);
    expect(body.error.message).toContain('$.steps[1].lables');
    expect(body.error.message).toContain('$.cypher');
  });

  it('refuses a body over the JSON limit with 413', async () => {
    const app = await seedApp({ limits: { jsonBytes: 1024 } });
    const names = Array.from({ length: 40 }, (_, i) => `单位名称${'很长'.repeat(10)}${i}`);
    const { status } = await postJson(app, '/api/query', { steps: [{ op: 'find', by: 'name', names }] });
    expect(status).toBe(413);
  });

  it('runs every documented example', async () => {
    const app = await seedApp();
    for (const example of PLAN_EXAMPLES) expect((await postJson(app, '/api/query', example.plan)).status, example.question).toBe(200);
  });

  it('is in the OpenAPI document with its schemas, next to the catalogue routes', async () => {
    const { body } = await getJson(await seedApp(), '/openapi.json');
    expect(body.paths['/api/query'].post.operationId).toBe('queryPlan');
    expect(body.paths['/api/query/unitTasks'].post).toBeDefined();
  });
});
