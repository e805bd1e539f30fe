// The graph does not depend on ingest order: documents ingested one run each, in any order, give byte-identical exports.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/generate.ts';
import type { GraphExport, GraphNode } from '../../../graph/model.ts';
import { collectDocumentPaths } from '../../../graph/read/collect.ts';
import { ingestPaths } from '../../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';

const NOW = () => new Date('2026-01-01T00:00:00.000Z');

// Three plans written the way real ones are: two from one named city that spell one bureau two ways,
// one whose jurisdiction the text never names, using the same short names.
const NAMED_A = `成都市人民政府办公厅关于印发重点任务分工方案的通知
一、扩大有效投资
1.全社会固定资产投资增长8%。(牵头单位:市发改委;责任单位:市商务局、市住建局)
2.社会消费品零售总额增长8.5%。(牵头单位:市商务局;责任单位:市发改委)
`;
const NAMED_B = `成都市人民政府关于印发消费提振行动方案的通知
一、重点任务
(一)培育国际消费中心城市。(牵头单位:市发展和改革委员会;配合单位:市商务局、市文化广电旅游局)
(二)发展夜间经济。(牵头单位:市商务局、成都高新区)
`;
const UNNAMED = `关于印发重点工作任务分解方案的通知
一、重点工作
1.推进项目建设。(牵头单位:市发改委;责任单位:市商务局、市水务局)
2.推进城市更新。(市住建局牵头,市发改委配合)
`;

/** Ingest `order` as consecutive runs (a user ingesting some files, then others), cut before each index in `cuts`. */
async function exportAfter(order: string[], cuts: number[] = []): Promise<string> {
  const store = new MemoryGraphStore();
  await store.init();
  const bounds = [...new Set([0, ...cuts.filter((c) => c > 0 && c < order.length), order.length])].sort((a, b) => a - b);
  for (let i = 0; i + 1 < bounds.length; i++) await ingestPaths(store, order.slice(bounds[i], bounds[i + 1]), { now: NOW });
  return JSON.stringify(await store.exportGraph());
}

function unitsNamed(graph: GraphExport, name: string): GraphNode[] {
  return graph.nodes.filter((n) => n.label === 'Unit' && (n.name === name || (n.properties.aliases as string[]).includes(name)));
}

describe('ingest order', () => {
  let paths: string[] = [];
  let reference = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-order-'));
    copyFileSync(join(import.meta.dirname, '../../../seeds/shuangcheng-action-plan.txt'), join(dir, 'seed.txt'));
    writeFileSync(join(dir, 'named-a.txt'), NAMED_A);
    writeFileSync(join(dir, 'named-b.txt'), NAMED_B);
    writeFileSync(join(dir, 'unnamed.txt'), UNNAMED);
    await writeCorpus(join(dir, 'generated'), { docs: 6, seed: 3, noise: 0.05 });
    paths = await collectDocumentPaths([dir]);
    // One run with every document: within a run nothing learnt from one document may reach another.
    reference = await exportAfter(paths);
  }, 60_000);

  it('gives byte-identical exports in every order and grouping of runs', async () => {
    const order = fc.shuffledSubarray(paths, { minLength: paths.length, maxLength: paths.length });
    const cuts = fc.array(fc.nat({ max: paths.length }), { maxLength: paths.length });
    await fc.assert(
      fc.asyncProperty(order, cuts, async (o, c) => {
        expect(await exportAfter(o, c)).toBe(reference);
      }),
      { numRuns: 5, seed: 42 },
    );
  }, 120_000);

  it('merges one bureau of one named city across documents, under a name those documents write', () => {
    const graph = JSON.parse(reference) as GraphExport;
    const chengdu = unitsNamed(graph, '市发展和改革委员会');
    expect(chengdu).toHaveLength(1);
    expect(chengdu[0].properties.jurisdiction).toBe('成都市');
    expect(['市发改委', '市发展和改革委员会']).toContain(chengdu[0].name);
    expect(chengdu[0].properties.aliases).toEqual(expect.arrayContaining(['市发改委', '市发展和改革委员会']));
  });

  it('keeps the units of a document without a named jurisdiction to itself', () => {
    const graph = JSON.parse(reference) as GraphExport;
    const fagai = unitsNamed(graph, '市发改委');
    expect(fagai).toHaveLength(2);
    expect(fagai.map((u) => (u.properties.docIds as string[]).length).sort()).toEqual([1, 2]);
    const water = unitsNamed(graph, '市水务局');
    expect(water.map((u) => u.name)).toEqual(['市水务局']);
  });
});
