// PUT /api/links/{id} in-process: the token guard, 200 with the link, 404/400, the log line, GET /api/align and the export agreeing.
import { describe, expect, it } from 'vitest';
import { linkId, taskKey, type LinkDecision } from '../../graph/align/decisions.ts';
import { alignmentLinkSchema } from '../../graph/align/schemas.ts';
import { documentViews } from '../../graph/align/task-view.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import type { LogEntry } from '../../server/http/request-log.ts';
import { createApp } from '../../server/app.ts';
import { DEFAULT_HIERARCHY, generateHierarchies } from '../bench/hierarchy/generate.ts';
import { getJson, upload } from './support.ts';

const { docs } = generateHierarchies({ ...DEFAULT_HIERARCHY, seed: 5, provinces: 1, citiesPerProvince: 1, districtsPerCity: 1 });
const TOKEN = 'test-token';
const auth = { authorization: `Bearer ${TOKEN}` };

describe('PUT /api/links/{id}', async () => {
  const log: LogEntry[] = [];
  const store = new MemoryGraphStore();
  const app = createApp({ store, ask: { model: null }, apiToken: TOKEN, log: (e) => log.push(e) });
  for (const d of docs) expect((await upload(app, `${d.key}.txt`, d.text, auth)).status).toBe(201);
  const district = docs.find((d) => d.key === 'p0c0d0')!.title;
  const pair = async () => (await getJson(app, '/api/align')).body.pairs.find((p: { lower: { title: string } }) => p.lower.title === district);
  const put = (id: string, body: unknown, headers: Record<string, string> = auth) =>
    getJson(app, `/api/links/${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

  it('needs the token', async () => {
    const [link] = (await pair()).links;
    expect((await put(link.id, { status: 'accepted' }, {})).status).toBe(401);
    expect((await put(link.id, { status: 'accepted' }, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await pair()).links[0].status).toBe('suggested');
  });

  it('accepts and rejects a link, returns it, and GET /api/align and the export show the decision', async () => {
    const before = await pair();
    const [a, b] = before.links;
    const accepted = await put(a.id, { status: 'accepted', note: '核对无误' });
    expect(accepted.status).toBe(200);
    expect(alignmentLinkSchema.parse(accepted.body)).toMatchObject({ id: a.id, status: 'accepted', note: '核对无误', source: a.source, target: a.target });
    expect((await put(b.id, { status: 'rejected' })).body.status).toBe('rejected');
    const after = await pair();
    expect(after.links.find((l: { id: string }) => l.id === a.id).status).toBe('accepted');
    expect(after.links.find((l: { id: string }) => l.id === b.id).status).toBe('rejected');
    const exported = (await getJson(app, '/api/export?format=json')).body;
    const edges = exported.edges.filter((e: { type: string }) => e.type === 'IMPLEMENTS');
    expect(edges.map((e: { id: string; properties: { status: string } }) => `${e.id}:${e.properties.status}`).sort()).toEqual([`${a.id}:accepted`, `${b.id}:rejected`].sort());
    const line = log.find((e) => e.method === 'PUT' && e.path.startsWith('/api/links/') && e.status === 200);
    expect(line?.docId).toBe(a.sourceDoc);
    expect((await put(b.id, { status: 'suggested' })).body.status).toBe('suggested');
    expect((await pair()).links.find((l: { id: string }) => l.id === b.id).status).toBe('suggested');
  });

  it('a decision made when its document\'s title read differently still applies, and clearing it removes the stored record', async () => {
    const link = (await pair()).links.find((l: { status: string }) => l.status === 'suggested');
    const docs = documentViews((await store.alignmentSnapshot()).graph);
    const lowerDoc = docs.find((d) => d.tasks.some((t) => t.id === link.source))!;
    const higherDoc = docs.find((d) => d.tasks.some((t) => t.id === link.target))!;
    // As an older parser would have keyed it: the same file (same id) under a title read with a stray line in it.
    const lower = { ...taskKey(lowerDoc, lowerDoc.tasks.find((t) => t.id === link.source)!), doc: `当前位置首页${lowerDoc.title}` };
    const higher = taskKey(higherDoc, higherDoc.tasks.find((t) => t.id === link.target)!);
    const old: LinkDecision = { id: linkId(lower, higher), status: 'rejected', decidedAt: new Date(0).toISOString(), lower, higher };
    expect(old.id).not.toBe(link.id);
    await store.saveLinkDecisions([old]);
    expect((await pair()).links.find((l: { id: string }) => l.id === link.id).status).toBe('rejected');
    expect((await put(link.id, { status: 'suggested' })).body.status).toBe('suggested');
    expect((await store.linkDecisions()).map((d) => d.id)).not.toContain(old.id);
    expect((await pair()).links.find((l: { id: string }) => l.id === link.id).status).toBe('suggested');
  });

  it('404 for an unknown link, 400 for a bad body', async () => {
    expect((await put('implements:0000000000000000', { status: 'accepted' })).status).toBe(404);
    const [link] = (await pair()).links;
    expect((await put(link.id, { status: 'maybe' })).status).toBe(400);
    expect((await put(link.id, {})).status).toBe(400);
    expect((await put(link.id, { status: 'accepted', note: 'x'.repeat(2001) })).status).toBe(400);
  });

  it('is described in the OpenAPI document', async () => {
    const { body } = await getJson(app, '/openapi.json');
    expect(body.paths['/api/links/{id}'].put.operationId).toBe('decideLink');
  });
});
