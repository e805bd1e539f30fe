// No route writes through a read: every GET of /openapi.json, the catalogue POSTs and /api/ask leave the store as it was.
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { bodyFor, fillPath, fingerprint, isRead, operations, postJson, request, type App, type Operation } from './support.ts';

const WRITE_METHODS = new Set<PropertyKey>(['applyBatch', 'applyPrepared', 'removeDocument', 'saveLinkDecisions', 'close']);

let store: MemoryGraphStore;
let app: App;
let ops: Operation[];
let before: string;
const writes: string[] = [];
let sample: Record<string, string>;

/** The store as the app sees it, with every call to a writing method recorded. */
function watched(target: GraphStore): GraphStore {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (WRITE_METHODS.has(prop)) writes.push(String(prop));
        return value.apply(obj, args);
      };
    },
  });
}

beforeAll(async () => {
  store = new MemoryGraphStore();
  await ingestPaths(store, ['seeds']);
  app = createApp({ store: watched(store), ask: { model: null } });
  ops = await operations(app);
  const doc = (await store.listDocuments())[0];
  const docId = doc.id;
  const unit = (await store.run('unitTasks', { unit: '区水利局' })).units[0].id;
  const place = (await store.run('entityTasks', { label: 'Place', name: '涪江' })).entities[0].id;
  // Realistic values by parameter name, so each read reaches the store instead of stopping at a 404.
  sample = {
    id: docId, docId, unit: '区水利局', a: '区水利局', b: '区农业农村委', label: 'Place', name: '涪江', entity: place,
    q: '水利', text: '水利', labels: 'Unit,Task', limit: '5', depth: '2', maxDepth: '4', role: 'lead', minShared: '1',
    crowdedThreshold: '3', year: '2027', indicator: '增长', section: '二', format: 'graphml', neighbor: unit,
    from: docId, to: docId, before: docId, after: docId,
    // A scope that selects the seed itself, so scoped reads reach the store too.
    docs: docId, jurisdictions: doc.jurisdiction ?? '', levels: doc.metadata?.level ?? '区', years: String(doc.metadata?.date?.slice(0, 4) ?? '2023'),
  };
  before = await fingerprint(store);
});

/** Every GET of the OpenAPI document with every parameter set (one per export format), and bare (may be 400). */
function getRequests(): { path: string; ok: number[] }[] {
  return ops.filter((op) => op.method === 'GET').flatMap((op) => {
    const path = fillPath(op.path, (name) => (op.path.startsWith('/api/neighborhood') ? sample.neighbor : sample[name]));
    const full = new URLSearchParams(op.params.filter((p) => p.in === 'query').map((p) => [p.name, sample[p.name] ?? 'x']));
    const formats = op.path === '/api/export' ? ['json', 'graphml', 'csv'].map((f) => `${path}?format=${f}`) : [];
    return [{ path, ok: [200, 400] }, ...[`${path}?${full}`, ...formats].map((p) => ({ path: p, ok: [200] }))];
  });
}

describe('reads never write', () => {
  it('the OpenAPI document holds no writes besides upload, delete and a link decision', () => {
    const nonReads = ops.filter((op) => !isRead(op)).map((op) => `${op.method} ${op.path}`).sort();
    expect(nonReads).toEqual(['DELETE /api/documents/{id}', 'POST /api/documents', 'PUT /api/links/{id}']);
  });

  it('every GET route (and HEAD of it) answers without a write', async () => {
    for (const { path, ok } of getRequests()) {
      for (const method of ['GET', 'HEAD']) {
        const res = await request(app, method, path);
        expect(ok, `${method} ${path}: ${res.status} ${JSON.stringify(res.body)?.slice(0, 200)}`).toContain(res.status);
      }
    }
    for (const path of ['/openapi.json', '/docs', '/', '/api/no-such-route']) expect((await request(app, 'GET', path)).status).toBeLessThan(500);
    expect(writes).toEqual([]);
    expect(await fingerprint(store)).toBe(before);
  });

  it('every catalogue POST answers without a write (its examples and a filled-in body)', async () => {
    for (const name of QUERY_NAMES) {
      const op = ops.find((o) => o.method === 'POST' && o.path === `/api/query/${name}`) as Operation;
      const bodies = [...CATALOGUE[name].examples.map((e) => e.input), bodyFor(op.body ?? {}, (key) => sample[key] ?? '水利')];
      for (const body of bodies) {
        const res = await postJson(app, op.path, body);
        expect([200, 400], `${op.path} ${JSON.stringify(body)}`).toContain(res.status);
      }
      expect((await postJson(app, op.path, CATALOGUE[name].examples[0]?.input ?? {})).status, op.path).toBe(200);
    }
    expect(writes).toEqual([]);
    expect(await fingerprint(store)).toBe(before);
  });

  it('POST /api/ask answers every catalogue example question without a write', async () => {
    const questions = QUERY_NAMES.flatMap((name) => CATALOGUE[name].examples.map((e) => e.question));
    expect(questions.length).toBeGreaterThanOrEqual(QUERY_NAMES.length);
    for (const question of questions) expect((await postJson(app, '/api/ask', { question })).status, question).toBe(200);
    expect(writes).toEqual([]);
    expect(await fingerprint(store)).toBe(before);
  });

  it('POST /api/query runs every example plan without a write', async () => {
    for (const { question, plan } of PLAN_EXAMPLES) expect((await postJson(app, '/api/query', plan)).status, question).toBe(200);
    expect(writes).toEqual([]);
    expect(await fingerprint(store)).toBe(before);
  });

  it('every read route of the OpenAPI document was exercised', () => {
    const covered = new Set([
      ...ops.filter((op) => op.method === 'GET').map((op) => op.path),
      ...QUERY_NAMES.map((name) => `/api/query/${name}`),
      '/api/ask',
      '/api/query',
    ]);
    expect(ops.filter(isRead).map((op) => op.path).filter((path) => !covered.has(path))).toEqual([]);
  });
});
