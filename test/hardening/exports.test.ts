// Clean outputs: GraphML (and the explorer's SVG, through the same escaper) parse with a strict XML 1.0 parser
// whatever a name holds; a hostile file name is capped when recorded and never a server path.
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../graph/export/xml.ts';
import { toGraphML } from '../../graph/export/graphml.ts';
import { EXPORT_FORMAT, type GraphExport } from '../../graph/model.ts';
import { MAX_SOURCE_CHARS, sourceName } from '../../graph/pipeline/source-name.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { seedIfNeeded } from '../../server/seed.ts';
import { request, SEED_TEXT, upload } from './support.ts';

/** Throws on the first well-formedness error, including characters XML 1.0 does not allow. */
function parseXml(xml: string): number {
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', () => { elements++; });
  parser.write(xml).close();
  return elements;
}

const HOSTILE = ['a\uffffb', '\ufffe', 'x\u0000y\u0001\u0008\u000b\u000c\u001f', 'lone \ud800 surrogate', '\udc00', '<&>"\'', '\u0085\u2028 ok 😀'];

function graphWith(name: string): GraphExport {
  return {
    format: EXPORT_FORMAT,
    nodes: [
      { id: `u:${name}`, label: 'Unit', name, properties: { aliases: [name], [`k${name}`]: name } },
      { id: 't', label: 'Task', name: 'task', properties: {} },
    ],
    edges: [{ id: `e:${name}`, type: 'LEADS', source: `u:${name}`, target: 't', properties: { evidence: { docId: 'd', start: 0, end: 1, text: name } } }],
  };
}

describe('GraphML', () => {
  it.each(HOSTILE)('a name holding %j parses with a strict XML parser', (name) => {
    expect(parseXml(toGraphML(graphWith(name)))).toBeGreaterThan(5);
  });

  it('U+FFFF in a stored unit name: the exported GraphML from the API parses', async () => {
    const store = new MemoryGraphStore();
    const app = createApp({ store });
    const text = SEED_TEXT.replace('区水利局', '区水\uffff利局');
    expect((await upload(app, 'plan.txt', text)).status).toBe(201);
    const res = await request(app, 'GET', '/api/export?format=graphml');
    expect(parseXml(res.body)).toBeGreaterThan(100);
  });

  it('legal text is kept as it was (escaped, not dropped)', () => {
    expect(escapeXml('区<水>&"\'\t\n😀')).toBe('区&lt;水&gt;&amp;&quot;&apos;\t\n😀');
  });
});

describe('file names', () => {
  it('a long file name is recorded capped, with its extension, and listings stay small', async () => {
    const store = new MemoryGraphStore();
    const app = createApp({ store });
    const name = `${'长'.repeat(4_000)}.txt`; // 12 KB of UTF-8: under the 16 KB part-header limit
    const res = await upload(app, name, SEED_TEXT);
    expect(res.status).toBe(201);
    expect([...res.body.source].length).toBeLessThanOrEqual(MAX_SOURCE_CHARS);
    expect(res.body.source.endsWith('….txt')).toBe(true);
    const list = await request(app, 'GET', '/api/documents');
    expect(JSON.stringify(list.body).length).toBeLessThan(20_000);
  });

  it('a 9 MB file name is refused with a 400 that says why, and nothing is stored', async () => {
    const store = new MemoryGraphStore();
    const app = createApp({ store });
    const res = await upload(app, `${'长'.repeat(3_000_000)}.txt`, SEED_TEXT);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('16 KB');
    expect(await store.listDocuments()).toEqual([]);
  });

  it('the seeded document records its file name, not the server path it was read from', async () => {
    const store = new MemoryGraphStore();
    const { ingested } = await seedIfNeeded(store);
    expect(ingested.map((r) => r.source)).toEqual(['shuangcheng-action-plan.txt']);
    expect((await store.listDocuments()).map((d) => d.source)).toEqual(['shuangcheng-action-plan.txt']);
  });

  it.each([
    ['/srv/data/plans/方案.txt', '方案.txt'],
    ['C:\\Users\\x\\方案.docx', '方案.docx'],
    ['../../etc/passwd.txt', 'passwd.txt'],
    ['a\u0000b\u001fc.txt', 'abc.txt'],
  ])('%j is recorded as %j', (given, recorded) => {
    expect(sourceName(given)).toBe(recorded);
  });
});
