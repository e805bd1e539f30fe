// neighborhood and shortestPath over adjacency arrays give exactly the answers of the links() traversal, on a generated corpus.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Adjacency } from '../../../graph/catalogue/adjacency.ts';
import { seededRandom } from '../../../graph/catalogue/communities.ts';
import { runQuery } from '../../../graph/catalogue/execute.ts';
import type { RowSource } from '../../../graph/catalogue/rows.ts';
import { neighborhoodOn, shortestPathOn } from '../../../graph/catalogue/traverse-arrays.ts';
import type { GraphBatch, GraphEdge, GraphNode } from '../../../graph/model.ts';
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { batchContentHash, summarizeBatch } from '../../../graph/store/batch/batch-content.ts';
import { MemoryIndex } from '../../../graph/store/memory/memory-index.ts';
import { MemoryRowSource } from '../../../graph/store/memory/memory-rows.ts';
import { writeCorpus } from '../../bench/corpus/generate.ts';

/** The same source with no adjacency(): the catalogue falls back to links(). */
function withoutArrays(source: RowSource): RowSource {
  return new Proxy(source, {
    get(target, key: string) {
      if (key === 'adjacency') return undefined;
      const value = (target as unknown as Record<string, unknown>)[key];
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function add(index: MemoryIndex, batch: GraphBatch): void {
  index.add({ docId: batch.docId, hash: batchContentHash(batch), batch, summary: summarizeBatch(batch) });
}

describe('one set of arrays, queries one after another', () => {
  // A chain u0 — t1 — u2 — t3 — u4 (units and tasks alternate, LEADS edges).
  const nodes: GraphNode[] = [0, 1, 2, 3, 4].map((i) => ({ id: `n${i}`, label: i % 2 ? 'Task' : 'Unit', name: `n${i}`, properties: {} }));
  const edges: GraphEdge[] = [0, 1, 2, 3].map((i) => ({ id: `e${i}`, type: 'LEADS', source: `n${i + (i % 2)}`, target: `n${i + 1 - (i % 2)}`, properties: {} }));

  it("a shortest path's depths are never read as the next neighborhood's marks", () => {
    const adj = new Adjacency(nodes, edges);
    // Leaves depth 2 on n2 in the arrays; the next pass's stamp is 2.
    expect(shortestPathOn(adj, ['n0'], ['n4'], 6)?.length).toBe(4);
    const around = neighborhoodOn(adj, { id: 'n0', depth: 4, limit: 50 });
    expect(around.nodes.map((n) => n.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(around.edges).toHaveLength(4);
  });
});

describe('traversals over adjacency arrays', () => {
  const dir = mkdtempSync(join(tmpdir(), 'traverse-arrays-'));
  const index = new MemoryIndex();
  const arrays = new MemoryRowSource(index);
  const links = withoutArrays(arrays);
  let batches: GraphBatch[] = [];

  beforeAll(async () => {
    await writeCorpus(dir, { docs: 40, seed: 7, noise: 0 });
    batches = (await prepareBatches([dir])).map((p) => p.batch);
    for (const batch of batches.slice(0, -1)) add(index, batch);
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Node ids and names drawn at random, hubs (units, places) included. */
  function picks(count: number, seed: number): string[] {
    const random = seededRandom(seed);
    const nodes = [...index.nodes.values()];
    return Array.from({ length: count }, () => {
      const node = nodes[Math.floor(random() * nodes.length)];
      return random() < 0.3 ? node.name : node.id;
    });
  }

  async function agree(name: 'neighborhood' | 'shortestPath', input: Record<string, unknown>): Promise<void> {
    expect(arrays.adjacency()).not.toBeNull();
    const fast = await runQuery(arrays, name, input as never);
    expect(fast).toEqual(await runQuery(links, name, input as never));
  }

  it('neighborhood: every depth, limit and label filter', async () => {
    const ids = picks(120, 1);
    for (const [i, id] of ids.entries()) {
      await agree('neighborhood', { id, depth: 1 + (i % 3), limit: [3, 40, 200][i % 3], ...(i % 4 === 0 ? { labels: ['Task', 'Unit'] } : {}) });
    }
  });

  it('shortestPath: ids and names (several starts), every max depth', async () => {
    const ends = picks(240, 2);
    for (let i = 0; i < ends.length; i += 2) await agree('shortestPath', { a: ends[i], b: ends[i + 1], maxDepth: [1, 3, 6][i % 3] });
    await agree('shortestPath', { a: ends[0], b: ends[0] });
    await agree('shortestPath', { a: ends[0], b: '没有这个节点' });
  });

  it('a new graph version gets new arrays, and the answers follow it', async () => {
    const before = arrays.adjacency();
    add(index, batches[batches.length - 1]);
    expect(arrays.adjacency()).not.toBe(before);
    const ends = picks(40, 3);
    for (let i = 0; i < ends.length; i += 2) {
      await agree('shortestPath', { a: ends[i], b: ends[i + 1] });
      await agree('neighborhood', { id: ends[i], depth: 2 });
    }
  });

  it('a scoped source reads links(): visibility rules stay in one place', () => {
    expect((arrays.within(new Set([batches[0].docId])) as MemoryRowSource).adjacency()).toBeNull();
  });
});
