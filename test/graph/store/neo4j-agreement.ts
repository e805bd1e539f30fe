// Memory and Neo4j stores agree answer for answer: the seed plus fixtures, catalogue inputs drawn from the data itself.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../../graph/catalogue/catalogue.ts';
import type { Scope } from '../../../graph/catalogue/schemas.ts';
import type { GraphBatch, GraphExport } from '../../../graph/model.ts';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { allBatches } from '../../support/fixtures.ts';
import { SAMPLE_INPUTS } from './contract-graph.ts';

const SEEDS_DIR = fileURLToPath(new URL('../../../seeds', import.meta.url));
const EVERY_QUERY_MS = 600_000;

type Inputs = { [N in QueryName]: QueryInput<N>[] };

/** The seed documents through the real pipeline; the fixtures alone if the pipeline cannot load. */
export async function seedBatches(): Promise<GraphBatch[]> {
  try {
    const { prepareBatches } = await import('../../../graph/pipeline/ingest.ts');
    return (await prepareBatches([SEEDS_DIR])).map((p) => p.batch);
  } catch (error) {
    console.log(`seed pipeline unavailable, comparing on fixtures only: ${String(error)}`);
    return [];
  }
}

const take = <T>(items: T[], n: number) => items.slice(0, n);

/** Inputs for every query, drawn from what the graph holds: names, aliases, ids, years, paths, documents. */
export async function inputsFor(graph: GraphExport, memory: GraphStore): Promise<Inputs> {
  const of = (label: string) => graph.nodes.filter((n) => n.label === label);
  const units = of('Unit');
  const aliases = units.flatMap((u) => ((u.properties.aliases as string[] | undefined) ?? []).filter((a) => a !== u.name));
  const entities = graph.nodes.filter((n) => ['Place', 'Industry', 'Corridor', 'Project'].includes(n.label));
  const docs = of('Document').map((d) => d.id);
  const sections = of('Section');
  const pairs = (await memory.run('overlaps', { minShared: 1, limit: 500 })).pairs.items;
  const years = [...new Set(of('Target').map((t) => t.properties.year).filter((y): y is number => typeof y === 'number'))];
  const hubs = [...take(units, 4), ...take(entities, 4), ...take(of('Task'), 3), ...take(sections, 2), ...take(of('Document'), 1)];
  // Two ideographs that stand side by side only across a break (X，Y): Neo4j reads a pair from the full-text index's
  // bigrams (neo4j-cypher.ts bigramTextQuery), which must not join them.
  const texts = graph.nodes.map((n) => n.properties.text).filter((t): t is string => typeof t === 'string');
  const split = [...texts.join('\n').matchAll(/([\u4e00-\u9fff])[，、。；]([\u4e00-\u9fff])/gu)].map((m) => m[1] + m[2]).find((pair) => !texts.some((t) => t.includes(pair)));
  const terms = ['区', '局', '涪江', '发展', '建设', '2027', ...take(units, 8).map((u) => u.name.slice(0, 2)), ...take(aliases, 5), ...(split ? [split] : [])];
  return {
    unitTasks: [...units.map((u) => ({ unit: u.name })), ...take(units, 10).map((u) => ({ unit: u.id, role: 'lead' as const, limit: 3 })),
      // A page of one: Neo4j cuts the page in Cypher (ties at the cut, the total), the memory store in JS.
      ...take(units, 8).map((u) => ({ unit: u.name, limit: 1 })), ...aliases.map((a) => ({ unit: a }))],
    unitPartners: [...units.map((u) => ({ unit: u.name })), ...take(units, 5).map((u) => ({ unit: u.id, limit: 2 }))],
    sharedTasks: [...take(pairs, 25).map((p) => ({ a: p.a.name, b: p.b.name })), ...take(pairs, 5).map((p) => ({ a: p.a.id, b: p.b.id, limit: 1 }))],
    overlaps: [
      {}, { minShared: 1 }, { minShared: 3, limit: 5 }, { minShared: 1, role: 'lead' }, { minShared: 1, role: 'support' },
      ...docs.map((docId) => ({ minShared: 1, docId })), ...take(sections, 6).map((s) => ({ minShared: 1, section: s.id })),
      ...take(sections, 4).map((s) => ({ minShared: 1, section: String(s.properties.path) })), ...take(entities, 6).map((e) => ({ minShared: 1, entity: e.id })),
    ],
    entityTasks: [...entities.map((e) => ({ label: e.label as 'Place', name: e.name })), ...take(entities, 4).map((e) => ({ label: e.label as 'Place', name: e.id, limit: 1 }))],
    entityUnits: entities.map((e) => ({ label: e.label as 'Place', name: e.name })),
    workload: [{}, { limit: 3 }, ...docs.map((docId) => ({ docId }))],
    accountabilityGaps: [{}, { crowdedThreshold: 2 }, { crowdedThreshold: 3, limit: 4 }, ...docs.map((docId) => ({ docId, crowdedThreshold: 3 }))],
    targets: [{}, { limit: 2 }, ...years.map((year) => ({ year })), ...docs.map((docId) => ({ docId })), { indicator: '投资' }, { text: '亿元' }],
    neighborhood: hubs.flatMap((n) => [{ id: n.id }, { id: n.id, depth: 2, limit: 40 }, { id: n.id, depth: 3, labels: ['Task', 'Unit', 'Section'] as ('Task')[] }]),
    shortestPath: [
      ...take(units, 6).flatMap((u, i) => [{ a: u.name, b: entities[i % Math.max(entities.length, 1)]?.name ?? u.name }, { a: u.id, b: units[units.length - 1 - i].id, maxDepth: 4 }]),
      { a: docs[0], b: docs[docs.length - 1] },
    ],
    search: [...terms.map((text) => ({ text })), { text: '区', labels: ['Unit'] as ('Unit')[] }, { text: '推进', labels: ['Task', 'Section'] as ('Task')[], limit: 5 }],
    communities: [{}, { limit: 2 }],
    stats: [{}],
    documents: [{}],
  };
}

async function load(store: GraphStore, batches: GraphBatch[], options?: { mode: 'per-row' }): Promise<GraphStore> {
  await store.init();
  for (const batch of batches) await (store.applyBatch as (b: GraphBatch, o?: unknown) => Promise<unknown>).call(store, batch, options);
  return store;
}

/** `create` opens a store on a wiped database: only one may be open at a time. */
export function agreementSuite(create: () => Promise<GraphStore>): void {
  describe('agrees with the memory store on the seed and fixtures', () => {
    let neo: GraphStore;
    let memory: GraphStore;
    let inputs: Inputs;

    beforeAll(async () => {
      const batches = [...(await seedBatches()), ...allBatches()];
      memory = await load(new MemoryGraphStore(), batches);
      neo = await load(await create(), batches);
      inputs = await inputsFor(await memory.exportGraph(), memory);
    }, EVERY_QUERY_MS);
    afterAll(async () => {
      await neo?.close();
      await memory?.close();
    });

    it('exports the same graph, byte for byte', async () => {
      expect(JSON.stringify(await neo.exportGraph(), null, 2)).toBe(JSON.stringify(await memory.exportGraph(), null, 2));
    });

    it('keeps the same documents, texts, nodes and warnings', async () => {
      expect(await neo.listDocuments()).toEqual(await memory.listDocuments());
      for (const doc of await memory.listDocuments()) {
        expect(await neo.getDocument(doc.id)).toEqual(doc);
        expect(await neo.getDocumentText(doc.id)).toBe(await memory.getDocumentText(doc.id));
        expect(await neo.warnings(doc.id)).toEqual(await memory.warnings(doc.id));
      }
      expect(await neo.warnings()).toEqual(await memory.warnings());
    });

    it.each(QUERY_NAMES)('answers %s the same for every input', async (name) => {
      const list = [...(inputs[name] as QueryInput<typeof name>[]), SAMPLE_INPUTS[name] as QueryInput<typeof name>];
      expect(list.length).toBeGreaterThan(0);
      for (const input of list) {
        const [a, b] = [await neo.run(name, input), await memory.run(name, input)];
        expect({ name, input, answer: a }).toEqual({ name, input, answer: b });
      }
    }, EVERY_QUERY_MS);

    it.each(QUERY_NAMES)('answers %s the same within a scope', async (name) => {
      const docs = (await memory.listDocuments()).map((d) => d.id);
      const jurisdictions = [...new Set((await memory.listDocuments()).map((d) => d.jurisdiction))];
      const scopes: Scope[] = [
        { docIds: [docs[0]] }, { docIds: docs.slice(1, 3) }, { jurisdictions: jurisdictions.slice(0, 1) }, { levels: ['区'] }, { years: [2024] },
        { docIds: ['doc:none'] },
      ];
      const list = [...(inputs[name] as QueryInput<typeof name>[]).slice(0, 4), SAMPLE_INPUTS[name] as QueryInput<typeof name>];
      for (const scope of scopes) {
        for (const input of list) {
          const scoped = { ...input, scope } as QueryInput<typeof name>;
          const [a, b] = [await neo.run(name, scoped), await memory.run(name, scoped)];
          expect({ name, scoped, answer: a }).toEqual({ name, scoped, answer: b });
        }
      }
    }, EVERY_QUERY_MS);
  });
}
