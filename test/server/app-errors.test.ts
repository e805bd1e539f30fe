// Errors as the API gives them: validation 400 with issues, 404, 401 on writes, 413, 415, a store that is down, timeouts.
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../graph/errors.ts';
import { createApp } from '../../server/app.ts';
import { downStore, freshSeedStore, getJson, postJson, seedApp, stuckStore, upload } from './support.ts';

describe('validation', () => {
  it('a catalogue input that fails its zod schema is 400 with the issues', async () => {
    const app = await seedApp();
    const { status, body } = await postJson(app, '/api/query/unitTasks', { unit: '', limit: 0 });
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_INPUT');
    expect(body.error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(['unit', 'limit']));
  });

  it('a non-integer query string is 400', async () => {
    const { status, body } = await getJson(await seedApp(), '/api/workload?limit=lots');
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toBe('limit');
  });

  it('a value out of range in a typed route is 400 from the catalogue', async () => {
    const { status, body } = await getJson(await seedApp(), '/api/neighborhood/x?depth=9');
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toBe('depth');
  });

  it('an unknown entity label is 400', async () => {
    expect((await getJson(await seedApp(), '/api/entities/planet/x/tasks')).status).toBe(400);
  });

  it('malformed JSON is 400 in the error shape', async () => {
    const res = await (await seedApp()).request('/api/ask', { method: 'POST', body: '{"question":', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('BAD_INPUT');
  });

  it('a question without text is 400', async () => {
    expect((await postJson(await seedApp(), '/api/ask', { question: '' })).status).toBe(400);
    expect((await postJson(await seedApp(), '/api/ask', {})).status).toBe(400);
  });

  it('a 10,000-character question is 400', async () => {
    const { status, body } = await postJson(await seedApp(), '/api/ask', { question: '区'.repeat(10_000) });
    expect(status).toBe(400);
    expect(body.error.issues[0].path).toBe('question');
  });

  it('a read request body over the JSON limit is 413', async () => {
    const { status, body } = await postJson(await seedApp(), '/api/ask', { question: '问', padding: 'x'.repeat(100 * 1024) });
    expect(status).toBe(413);
    expect(body.error.code).toBe('TOO_LARGE');
    expect(body.error.message).toContain('64 KB');
    expect(body.error.hint).not.toContain('拆分文档');
  });

  it('an export format it does not know is 400', async () => {
    expect((await getJson(await seedApp(), '/api/export?format=pdf')).status).toBe(400);
  });
});

describe('not found', () => {
  it.each(['/api/documents/doc:none', '/api/documents/doc:none/text', '/api/nodes/none'])('GET %s is 404', async (path) => {
    const { status, body } = await getJson(await seedApp(), path);
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });

  it('an unknown catalogue query is 404', async () => {
    expect((await postJson(await seedApp(), '/api/query/everything', {})).status).toBe(404);
  });
});

describe('writes and the API token', () => {
  it('upload and delete without the token are 401 when API_TOKEN is set', async () => {
    const app = createApp({ store: await freshSeedStore(), apiToken: 's3cret' });
    const up = await upload(app, 'plan.txt', '一、总体要求\n1.任务。（牵头单位：区水利局）');
    expect(up.status).toBe(401);
    expect(up.res.headers.get('www-authenticate')).toBe('Bearer');
    expect((await getJson(app, '/api/documents/x', { method: 'DELETE', headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('reads stay open with a token set, including POST /api/ask and /api/query', async () => {
    const app = createApp({ store: await freshSeedStore(), apiToken: 's3cret', ask: { model: null } });
    expect((await postJson(app, '/api/ask', { question: '区水利局牵头哪些任务' })).status).toBe(200);
    expect((await postJson(app, '/api/query/stats', {})).status).toBe(200);
  });

  it('a binary upload is 415 and changes nothing', async () => {
    const store = await freshSeedStore();
    const app = createApp({ store });
    const before = await store.exportGraph();
    const { status, body } = await upload(app, 'scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
    expect(status).toBe(415);
    expect(body.error.code).toBe('BINARY_DOCUMENT');
    expect(await store.exportGraph()).toEqual(before);
  });

  it('an unsupported extension is 415', async () => {
    const { status, body } = await upload(createApp({ store: await freshSeedStore() }), 'slides.pptx', 'PK');
    expect(status).toBe(415);
    expect(body.error.code).toBe('UNSUPPORTED_FORMAT');
  });

  it('a huge upload is 413', async () => {
    const app = createApp({ store: await freshSeedStore(), limits: { uploadBytes: 1024 } });
    const { status, body } = await upload(app, 'big.txt', 'x'.repeat(200 * 1024));
    expect(status).toBe(413);
    expect(body.error.code).toBe('TOO_LARGE');
    expect(body.error.hint).toContain('拆分文档');
  });

  it('an upload over the default 20 MB is 413', async () => {
    const app = createApp({ store: await freshSeedStore() });
    expect((await upload(app, 'big.txt', new Uint8Array(21 * 1024 * 1024).fill(0x41))).status).toBe(413);
  });

  it('a request without the file field is 400', async () => {
    const form = new FormData();
    form.append('other', 'x');
    const res = await createApp({ store: await freshSeedStore() }).request('/api/documents', { method: 'POST', body: form });
    expect(res.status).toBe(400);
  });
});

describe('a store that is down', () => {
  it.each(['/api/health', '/api/stats', '/api/documents', `/api/units/${encodeURIComponent('区水利局')}/tasks`, '/api/search?q=x'])('GET %s is 503 with a message', async (path) => {
    const { status, body } = await getJson(createApp({ store: downStore() }), path);
    expect(status).toBe(503);
    expect(body.error.code).toBe('STORE_UNAVAILABLE');
    expect(body.error.message).toMatch(/[\u4e00-\u9fff].*unavailable/u);
  });

  it('POST /api/ask is 503 too', async () => {
    expect((await postJson(createApp({ store: downStore(), ask: { model: null } }), '/api/ask', { question: '区水利局牵头哪些任务' })).status).toBe(503);
  });

  it('a neo4j-driver ServiceUnavailable error is 503', async () => {
    const driverError = () => Object.assign(new Error('Could not perform discovery'), { name: 'Neo4jError', code: 'ServiceUnavailable' });
    expect((await getJson(createApp({ store: downStore(driverError) }), '/api/stats')).status).toBe(503);
  });

  it('a query past the time limit is 503 QUERY_TIMEOUT', async () => {
    const { status, body } = await getJson(createApp({ store: stuckStore(), limits: { queryTimeoutMs: 30 } }), '/api/stats');
    expect(status).toBe(503);
    expect(body.error.code).toBe('QUERY_TIMEOUT');
  });

  it('an unexpected error is 500 with a generic message and no stack', async () => {
    const boom = () => new TypeError('secret internals at /srv/app.ts:12');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, body } = await getJson(createApp({ store: downStore(boom) }), '/api/stats');
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
    expect(status).toBe(500);
    expect(body.error.code).toBe('INTERNAL');
    expect(JSON.stringify(body)).not.toMatch(/secret|app\.ts|at /u);
  });

  it('an internal AppError keeps its details to itself', async () => {
    const corrupt = () => new AppError('STORE_CORRUPT', 'file /data/x.json is broken');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { status, body } = await getJson(createApp({ store: downStore(corrupt) }), '/api/stats');
    logged.mockRestore();
    expect(status).toBe(500);
    expect(body.error.message).not.toContain('/data');
  });
});
