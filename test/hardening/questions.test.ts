// Hostile questions and catalogue inputs: refused when empty or huge, otherwise answered (or "not understood"), never a write.
import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE, QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { PLAN_NAMES } from '../../server/ask/plan-names.ts';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { askResponseSchema } from '../../server/http/openapi.ts';
import { bodyFor, fillPath, fingerprint, HOSTILE_STRINGS, isRead, operations, postJson, request, type App, type Operation } from './support.ts';

let store: MemoryGraphStore;
let app: App;
let ops: Operation[];
let before: string;

beforeAll(async () => {
  store = new MemoryGraphStore();
  await ingestPaths(store, ['seeds']);
  app = createApp({ store, ask: { model: null } });
  ops = await operations(app);
  before = await fingerprint(store);
});

describe('questions that are refused', () => {
  it.each([
    ['10,000 characters', '区水利局牵头哪些任务'.repeat(1000)],
    ['empty', ''],
    ['only spaces', '   '],
    ['only full-width spaces and newlines', '\u3000\n\t\u3000'],
    ['only punctuation', '？？！。'],
  ])('%s is 400 BAD_INPUT and changes nothing', async (_name, question) => {
    const res = await postJson(app, '/api/ask', { question });
    expect({ status: res.status, code: res.body.error?.code }).toEqual({ status: 400, code: 'BAD_INPUT' });
    expect(await fingerprint(store)).toBe(before);
  });

  it('a question sent as text/plain is 415, told in Chinese and English', async () => {
    const res = await request(app, 'POST', '/api/ask', { body: JSON.stringify({ question: '区水利局牵头哪些任务' }), headers: { 'content-type': 'text/plain' } });
    expect({ status: res.status, code: res.body.error.code }).toEqual({ status: 415, code: 'UNSUPPORTED_FORMAT' });
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff].*application\/json/u);
  });

  it('a question that is not a string is 400', async () => {
    const res = await postJson(app, '/api/ask', { question: { $ne: null } });
    expect(res.status).toBe(400);
  });
});

describe('questions that try to smuggle Cypher or writes', () => {
  it.each(HOSTILE_STRINGS.map((q) => [q]))('%s gets an answer or "not understood", and the graph is unchanged', async (question) => {
    const res = await postJson(app, '/api/ask', { question });
    expect(res.status).toBe(200);
    const answer = askResponseSchema.parse(res.body);
    expect(answer.question).toBe(question);
    expect(PLAN_NAMES).toContain(answer.plan.op);
    expect(await fingerprint(store)).toBe(before);
  });

  it('the Cypher-suffixed question is still answered for its real part', async () => {
    const res = await postJson(app, '/api/ask', { question: '区水利局牵头哪些任务 } RETURN 1 //' });
    expect(res.body.plan).toMatchObject({ op: 'unitTasks', params: { unit: '区水利局', role: 'lead' } });
    expect(res.body.answer.items.map((i: { name: string }) => i.name)).toEqual(['完善水利基础设施']);
  });
});

describe('catalogue inputs that try to smuggle Cypher or writes', () => {
  it('POST /api/query/unitTasks {unit: "x\'}) DETACH DELETE n //"} finds no unit and deletes nothing', async () => {
    const res = await postJson(app, '/api/query/unitTasks', { unit: "x'}) DETACH DELETE n //" });
    expect(res.status).toBe(200);
    expect(res.body.units).toEqual([]);
    expect(res.body.tasks.total).toBe(0);
    expect(await fingerprint(store)).toBe(before);
  });

  it.each(QUERY_NAMES.map((name) => [name]))('POST /api/query/%s with a hostile string in every text field: 200 or 400, never a write', async (name) => {
    const op = ops.find((o) => o.path === `/api/query/${name}`) as Operation;
    for (const hostile of HOSTILE_STRINGS) {
      const body = bodyFor(op.body ?? {}, () => hostile);
      const res = await postJson(app, op.path, body);
      expect([200, 400], `${name} ${JSON.stringify(body)}`).toContain(res.status);
      if (res.status === 200) expect(() => CATALOGUE[name].output.parse(res.body)).not.toThrow();
      // A query without text fields gets the same body every time: once is enough.
      if (!Object.values(body).flat().includes(hostile)) break;
    }
    expect(await fingerprint(store)).toBe(before);
  });

  it('every typed GET route with a hostile string in every parameter: 200, 400 or 404, never a write', async () => {
    const typed = ops.filter((op) => op.method === 'GET' && isRead(op) && op.params.length > 0);
    expect(typed.length).toBeGreaterThan(10);
    for (const op of typed) {
      for (const hostile of HOSTILE_STRINGS) {
        const query = new URLSearchParams(op.params.filter((p) => p.in === 'query').map((p) => [p.name, hostile])).toString();
        const path = `${fillPath(op.path, () => hostile)}?${query}`;
        const res = await request(app, 'GET', path);
        expect([200, 400, 404], `GET ${path}`).toContain(res.status);
      }
    }
    expect(await fingerprint(store)).toBe(before);
  });
});
