// /api/align and /api/compare over uploaded generated plans: the same answers as the CLI, errors as 404/400.
import { describe, expect, it } from 'vitest';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { DEFAULT_HIERARCHY, generateHierarchies } from '../bench/hierarchy/generate.ts';
import { getJson, upload } from './support.ts';

const { docs, truth } = generateHierarchies({ ...DEFAULT_HIERARCHY, seed: 5, provinces: 1, citiesPerProvince: 1, districtsPerCity: 1 });

describe('alignment over HTTP', async () => {
  const app = createApp({ store: new MemoryGraphStore(), ask: { model: null } });
  for (const d of docs) expect((await upload(app, `${d.key}.txt`, d.text)).status).toBe(201);
  const title = (key: string) => docs.find((d) => d.key === key)!.title;

  it('aligns the district plan with its city plan, links explained', async () => {
    const { status, body } = await getJson(app, `/api/align?from=${encodeURIComponent(title('p0c0d0'))}&to=${encodeURIComponent(title('p0c0'))}`);
    expect(status).toBe(200);
    expect(body.pairs).toHaveLength(1);
    const { links } = body.pairs[0];
    const expected = truth.links.filter(([l]) => l.startsWith('p0c0d0#')).length;
    expect(links.length).toBeGreaterThanOrEqual(expected * 0.8);
    expect(links.every((l: { status: string; evidence: { words: string[] }; sourceTask: { title: string } }) =>
      l.status === 'suggested' && l.evidence.words.length > 0 && l.sourceTask.title.length > 0)).toBe(true);
  });

  it('compares two yearly versions and lists raised targets', async () => {
    const { status, body } = await getJson(app, `/api/compare?before=${encodeURIComponent(title('p0c0'))}&after=${encodeURIComponent(title('p0c0y'))}`);
    expect(status).toBe(200);
    const counts = (s: string) => body.tasks.filter((t: { status: string }) => t.status === s).length;
    const expected = (s: string) => Object.values(truth.versions[0].status).filter((x) => x === s).length;
    for (const s of ['kept', 'reworded', 'added', 'dropped']) expect(counts(s), s).toBe(expected(s));
    expect(body.targets.every((t: { change: string }) => t.change === 'raised')).toBe(true);
  });

  it('says which document it could not find', async () => {
    const { status, body } = await getJson(app, `/api/compare?before=${encodeURIComponent('没有的方案')}&after=${encodeURIComponent(title('p0c0'))}`);
    expect(status).toBe(404);
    expect(body.error.message).toContain('没有的方案');
  });
});
