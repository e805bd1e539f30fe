// `policy-graph align` and `compare` end to end in-process on generated plans written to files and ingested.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../server/cli/main.ts';
import { DEFAULT_HIERARCHY, generateHierarchies } from '../../bench/hierarchy/generate.ts';

let dir: string;
let out: string[];
const data = () => join(dir, 'data');
const cli = async (...args: string[]) => {
  out = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await main(['--store', 'memory', '--data', data(), ...args]);
  vi.restoreAllMocks();
  return code;
};
afterEach(() => vi.restoreAllMocks());

// One province, one city (and its next-year version), one district.
const { docs, truth } = generateHierarchies({ ...DEFAULT_HIERARCHY, seed: 3, provinces: 1, citiesPerProvince: 1, districtsPerCity: 1 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pg-align-'));
  for (const d of docs) writeFileSync(join(dir, `${d.key}.txt`), d.text);
  expect(await cli('ingest', ...docs.map((d) => join(dir, `${d.key}.txt`)))).toBe(0);
});

describe('policy-graph align', () => {
  it('finds the city → province and district → city pairs with their links, gaps and orphans', async () => {
    expect(await cli('align', '--json')).toBe(0);
    type Brief = { number: string };
    const pairs = JSON.parse(out.join('')) as { lower: { title: string }; higher: { title: string }; links: { sourceTask: Brief; targetTask: Brief }[]; orphans: Brief[] }[];
    const byKey = new Map(docs.map((d) => [d.title, d.key]));
    // The next-year city plan also carries out the province's plan: three pairs in all.
    expect(pairs.map((p) => `${byKey.get(p.lower.title)}>${byKey.get(p.higher.title)}`).sort()).toEqual(['p0c0>p0', 'p0c0d0>p0c0', 'p0c0y>p0']);
    const district = pairs.find((p) => byKey.get(p.lower.title) === 'p0c0d0')!;
    const no = (b: Brief) => b.number.replace(/\D/g, '');
    const found = new Set(district.links.map((l) => `p0c0d0#${no(l.sourceTask)}>p0c0#${no(l.targetTask)}`));
    const expected = truth.links.filter(([l]) => l.startsWith('p0c0d0#')).map(([l, h]) => `${l}>${h}`);
    // The algorithm's accuracy is measured by the bench; here: the CLI reports its links by task number.
    expect(expected.filter((k) => found.has(k)).length / expected.length).toBeGreaterThanOrEqual(0.9);
    expect(expected.filter((k) => found.has(k)).length / found.size).toBeGreaterThanOrEqual(0.8);
    const anchored = new Set(district.links.map((l) => no(l.sourceTask)));
    expect(district.orphans.every((o) => !anchored.has(no(o)))).toBe(true);
  });

  it('aligns one named pair and says what is wrong with an unknown document', async () => {
    const [city, province] = [docs.find((d) => d.key === 'p0c0')!, docs.find((d) => d.key === 'p0')!];
    expect(await cli('align', '--from', city.title, '--to', province.title)).toBe(0);
    expect(out.join('')).toContain(`《${city.title}》 → 《${province.title}》`);
    expect(await cli('align', '--from', '不存在的方案', '--to', province.title)).toBe(1);
  });
});

describe('policy-graph compare', () => {
  it('reports each task of two yearly versions as kept, reworded, added or dropped, as generated', async () => {
    const [before, after] = [docs.find((d) => d.key === 'p0c0')!, docs.find((d) => d.key === 'p0c0y')!];
    expect(await cli('compare', before.title, after.title, '--json')).toBe(0);
    const result = JSON.parse(out.join('')) as { tasks: { status: string; before: { number: string } | null; after: { number: string } | null }[] };
    const got = Object.fromEntries(result.tasks.map((t) => [t.after ? `p0c0y#${t.after.number.replace(/\D/g, '')}` : `p0c0#${t.before!.number.replace(/\D/g, '')}`, t.status]));
    expect(got).toEqual(truth.versions[0].status);
  });
});

describe('policy-graph links', () => {
  type Link = { id: string; status: string; note?: string };
  const districtLinks = async (dataDir?: string) => {
    expect(await (dataDir ? cliIn(dataDir, 'align', '--json') : cli('align', '--json'))).toBe(0);
    const pairs = JSON.parse(out.join('')) as { lower: { title: string }; links: Link[] }[];
    return pairs.find((p) => p.lower.title === docs.find((d) => d.key === 'p0c0d0')!.title)!.links;
  };
  const cliIn = async (dataDir: string, ...args: string[]) => {
    out = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['--store', 'memory', '--data', dataDir, ...args]);
    vi.restoreAllMocks();
    return code;
  };

  it('accepts and rejects links by id; align shows the decisions; the export carries them to another store', async () => {
    const [a, b] = await districtLinks();
    expect(await cli('links', 'accept', a.id, '--note', '已核对', '--json')).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ id: a.id, status: 'accepted', note: '已核对' });
    expect(await cli('links', 'reject', b.id)).toBe(0);
    expect(out.join('')).toContain('已否决 rejected');
    const links = await districtLinks();
    expect(links.find((l) => l.id === a.id)).toMatchObject({ status: 'accepted', note: '已核对' });
    expect(links.find((l) => l.id === b.id)?.status).toBe('rejected');
    expect(await cli('align')).toBe(0);
    expect(out.join('')).toContain(`[已确认 accepted]`);

    const file = join(dir, 'export.json');
    expect(await cli('export', '--format', 'json', '--out', file)).toBe(0);
    const other = join(dir, 'other');
    expect(await cliIn(other, 'ingest', ...docs.map((d) => join(dir, `${d.key}.txt`)))).toBe(0);
    expect(await cliIn(other, 'links', 'import', file)).toBe(0);
    expect(await cliIn(other, 'links', 'list', '--json')).toBe(0);
    expect((JSON.parse(out.join('')) as Link[]).map((d) => `${d.id}:${d.status}`).sort()).toEqual([`${a.id}:accepted`, `${b.id}:rejected`].sort());
    expect(await districtLinks(other)).toEqual(links);

    expect(await cli('links', 'reset', b.id)).toBe(0);
    expect((await districtLinks()).find((l) => l.id === b.id)?.status).toBe('suggested');
  });

  it('an unknown link id is an error, a missing one a usage message', async () => {
    expect(await cli('links', 'accept', 'implements:0000000000000000')).toBe(1);
    expect(await cli('links', 'accept')).toBe(2);
    expect(await cli('links', 'import', join(dir, 'no-such-file.json'))).toBe(1);
  });
});

describe('policy-graph align on a real report and the plan dividing it', () => {
  it('prints, for a link to a report section, the sentence of the report the lower task quotes', async () => {
    const pair = new URL('../../fixtures/align-real/shenyang-2026/', import.meta.url);
    const saved = dir;
    dir = mkdtempSync(join(tmpdir(), 'pg-align-real-'));
    try {
      const files = ['higher.txt', 'lower.txt'].map((f) => fileURLToPath(new URL(f, pair)));
      expect(await cli('ingest', ...files)).toBe(0);
      expect(await cli('export')).toBe(0);
      const graph = JSON.parse(out.join('')) as { nodes: { id: string; label: string; properties: { source?: string } }[] };
      const idOf = (source: string) => graph.nodes.find((n) => n.label === 'Document' && n.properties.source === source)!.id;
      expect(await cli('align', '--from', idOf('lower.txt'), '--to', idOf('higher.txt'))).toBe(0);
      // 沈政发〔2026〕1号 item 2 quotes this sentence of the 2026 report (test/fixtures/align-real/shenyang-2026/links.json).
      expect(out.join('')).toMatch(/上级原文 higher text: 「以企业真实需求为导向,适时出台促进经济平稳健康发展的政策举措/u);
    } finally {
      dir = saved;
    }
  });
});
