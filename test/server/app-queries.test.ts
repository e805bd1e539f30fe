// Every read route answers on the seed plan: health, stats, documents, nodes, typed queries, generic queries, export.
import { beforeAll, describe, expect, it } from 'vitest';
import { QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { getJson, postJson, seedApp, seedStore } from './support.ts';

type App = Awaited<ReturnType<typeof seedApp>>;
let app: App;
let docId: string;

beforeAll(async () => {
  app = await seedApp();
  docId = (await (await seedStore()).listDocuments())[0].id;
});

const names = (items: Array<{ name: string }>) => items.map((i) => i.name);

describe('system routes', () => {
  it('GET /api/health reports the store kind', async () => {
    expect(await getJson(app, '/api/health')).toMatchObject({ status: 200, body: { ok: true, store: 'memory' } });
  });

  it('GET /api/stats counts tasks and units', async () => {
    const { status, body } = await getJson(app, '/api/stats');
    expect(status).toBe(200);
    expect(body.documents).toBe(1);
    expect(body.nodes.Task).toBeGreaterThan(20);
    expect(body.nodes.Unit).toBeGreaterThan(20);
  });

  it('GET /api/report lists warnings', async () => {
    const { status, body } = await getJson(app, '/api/report');
    expect(status).toBe(200);
    expect(Array.isArray(body.warnings)).toBe(true);
  });

  it.each([
    ['json', 'application/json', '"policy-graph/v1"'],
    ['graphml', 'application/graphml+xml', '<graphml'],
    ['csv', 'text/csv', 'source_name'],
  ])('GET /api/export?format=%s', async (format, type, marker) => {
    const res = await app.request(`/api/export?format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(await res.text()).toContain(marker);
  });
});

describe('documents and nodes', () => {
  it('lists, gets and returns the text of a document', async () => {
    const list = await getJson(app, '/api/documents');
    expect(list.body.documents.map((d: { id: string }) => d.id)).toEqual([docId]);
    expect((await getJson(app, `/api/documents/${docId}`)).body.id).toBe(docId);
    const text = await getJson(app, `/api/documents/${docId}/text`);
    expect(text.body.text).toContain('完善水利基础设施');
  });

  it('GET /api/nodes/:id gives the merged node without the document text', async () => {
    const { body: doc } = await getJson(app, `/api/nodes/${encodeURIComponent(docId)}`);
    expect(doc.label).toBe('Document');
    expect(doc.properties.text).toBeUndefined();
    const [unit] = (await getJson(app, '/api/search?q=区水利局&labels=Unit')).body.hits.items;
    expect((await getJson(app, `/api/nodes/${encodeURIComponent(unit.id)}`)).body).toMatchObject({ label: 'Unit', name: '区水利局' });
  });
});

describe('typed query routes', () => {
  it('GET /api/units/:unit/tasks?role=lead', async () => {
    const { body } = await getJson(app, `/api/units/${encodeURIComponent('区水利局')}/tasks?role=lead`);
    expect(body.tasks.items.map((t: { name: string }) => t.name)).toEqual(['完善水利基础设施']);
  });

  it('GET /api/units/:unit/partners', async () => {
    const { body } = await getJson(app, `/api/units/${encodeURIComponent('区水利局')}/partners`);
    expect(names(body.partners.items.map((p: { unit: { name: string } }) => p.unit))).toContain('区农业农村委');
  });

  it('GET /api/shared?a=&b=', async () => {
    const { body } = await getJson(app, `/api/shared?a=${encodeURIComponent('区发展改革委')}&b=${encodeURIComponent('区经济信息委')}`);
    expect(names(body.tasks.items)).toEqual(expect.arrayContaining(['推动制造业高质量发展', '促进数字经济创新发展']));
  });

  it('GET /api/overlaps with empty parameters left out', async () => {
    const { status, body } = await getJson(app, '/api/overlaps?minShared=2&role=&docId=&section=&entity=&limit=5');
    expect(status).toBe(200);
    expect(body.pairs.items.length).toBeLessThanOrEqual(5);
    expect(body.pairs.items[0].shared).toBeGreaterThanOrEqual(2);
  });

  it('GET /api/entities/:label/:name/tasks and /units (label in any case)', async () => {
    const tasks = await getJson(app, `/api/entities/place/${encodeURIComponent('涪江')}/tasks`);
    expect(names(tasks.body.tasks.items)).toContain('深入实施生态系统保护');
    expect(tasks.body.touches.items.map((t: { from: { name: string } }) => t.from.name)).toContain('涪江观光农业走廊');
    const units = await getJson(app, `/api/entities/Place/${encodeURIComponent('涪江')}/units`);
    expect(units.body.units.items.map((u: { unit: { name: string } }) => u.unit.name)).toContain('区生态环境局');
  });

  it('GET /api/workload, /api/gaps, /api/targets, /api/communities', async () => {
    expect((await getJson(app, '/api/workload?limit=1')).body.units.items[0].unit.name).toBe('区发展改革委');
    expect((await getJson(app, '/api/gaps')).body).toHaveProperty('noLead.items');
    const targets = await getJson(app, '/api/targets?year=2027');
    expect(targets.body.targets.items.every((t: { target: { year: number } }) => t.target.year === 2027)).toBe(true);
    expect((await getJson(app, '/api/communities')).body.communities.total).toBeGreaterThan(0);
  });

  it('GET /api/neighborhood/:id?depth=&labels=', async () => {
    const [task] = (await getJson(app, `/api/search?q=${encodeURIComponent('完善水利基础设施')}&labels=Task`)).body.hits.items;
    const { body } = await getJson(app, `/api/neighborhood/${encodeURIComponent(task.id)}?depth=1&labels=Unit`);
    expect(body.found).toBe(true);
    expect(names(body.nodes)).toEqual(expect.arrayContaining(['区水利局', '区发展改革委']));
    expect(body.nodes.slice(1).every((n: { label: string }) => n.label === 'Unit')).toBe(true);
  });

  it('GET /api/path?a=&b=', async () => {
    const { body } = await getJson(app, `/api/path?a=${encodeURIComponent('区水利局')}&b=${encodeURIComponent('涪江')}`);
    expect(body.found).toBe(true);
    expect(body.nodes[0].name).toBe('区水利局');
    expect(body.nodes.at(-1).name).toBe('涪江');
  });

  it('GET /api/search ranks names first, then task text by BM25', async () => {
    const { body } = await getJson(app, `/api/search?q=${encodeURIComponent('水利')}&limit=10`);
    expect(body.hits.items[0].matched).not.toBe('text');
    const text = await getJson(app, `/api/search?q=${encodeURIComponent('防洪 水库')}`);
    expect(text.body.hits.items[0]).toMatchObject({ name: '完善水利基础设施', matched: 'text' });
  });
});

describe('generic catalogue route', () => {
  it.each(QUERY_NAMES.filter((n) => !['unitTasks', 'unitPartners', 'sharedTasks', 'entityTasks', 'entityUnits', 'neighborhood', 'shortestPath', 'search'].includes(n)))(
    'POST /api/query/%s with an empty body', async (name) => {
      const { status } = await postJson(app, `/api/query/${name}`, {});
      expect(status).toBe(200);
    });

  it('POST /api/query/unitTasks validates and fills defaults', async () => {
    const { status, body } = await postJson(app, '/api/query/unitTasks', { unit: '区水利局' });
    expect(status).toBe(200);
    expect(body.tasks.total).toBe(3);
  });

  it('POST /api/query/search uses the same ranking as GET /api/search', async () => {
    const post = await postJson(app, '/api/query/search', { text: '防洪 水库' });
    const get = await getJson(app, `/api/search?q=${encodeURIComponent('防洪 水库')}`);
    expect(post.body).toEqual(get.body);
  });
});

describe('docs, OpenAPI and the UI', () => {
  it('GET /openapi.json is OpenAPI 3.1 with every catalogue query and the ask route', async () => {
    const { body } = await getJson(app, '/openapi.json');
    expect(body.openapi).toBe('3.1.0');
    for (const name of QUERY_NAMES) expect(body.paths).toHaveProperty([`/api/query/${name}`]);
    expect(body.paths['/api/ask'].post.requestBody).toBeDefined();
    expect(body.paths['/api/units/{unit}/tasks'].get.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['unit', 'role']));
  });

  it('GET /docs is a local page that loads no CDN script', async () => {
    const res = await app.request('/docs');
    const html = await res.text();
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('/openapi.json');
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/u);
  });

  it('GET / serves a placeholder linking /docs when the UI is not built', async () => {
    const placeholder = await seedApp({ uiDir: '/nonexistent/ui-dist' });
    const res = await placeholder.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('/docs');
  });

  it('unknown API paths answer JSON 404', async () => {
    const { status, body } = await getJson(app, '/api/nothing-here');
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
  });
});
