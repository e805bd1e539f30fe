// A large commit on the memory store: graph reads made while it runs are answered before it ends (they do not wait
// for the whole commit), and each sees the graph before it or after it, never part of it. Removal the same.
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { readDocumentBuffer } from '../../../graph/read/index.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { largePlan } from '../../hardening/server-process.ts';
import { SEED_TEXT } from '../../hardening/support.ts';

/** Big enough that a commit takes many slices (~20k nodes and edges), small enough to parse in a few seconds. */
const PLAN_BYTES = 800_000;

async function batchOf(text: string, name: string) {
  return batchFromDocument(await readDocumentBuffer(new TextEncoder().encode(text), name));
}

interface Seen { nodes: number; edges: number; docNode: boolean; during: boolean }

/** Read the whole graph over and over until `running()` says the write is over. */
async function readWhile(store: GraphStore, docNodeId: string, running: () => boolean): Promise<Seen[]> {
  const seen: Seen[] = [];
  while (running()) {
    const graph = await store.exportGraph();
    seen.push({ nodes: graph.nodes.length, edges: graph.edges.length, docNode: graph.nodes.some((n) => n.id === docNodeId), during: running() });
    // As requests arrive, one per turn of the event loop (a loop of resolved promises alone would never let it turn).
    await new Promise((r) => setImmediate(r));
  }
  return seen;
}

describe('a sliced commit on the memory store', () => {
  it('answers reads while a large document is added and removed, each one whole before or whole after', async () => {
    const store = new MemoryGraphStore();
    await store.applyBatch(await batchOf(SEED_TEXT, 'seed.txt'));
    const big = await batchOf(largePlan(PLAN_BYTES, '关于推动双城经济圈建设行动方案（大）'), 'big.txt');
    const docNode = big.nodes.find((n) => n.label === 'Document')!.id;
    const before = await store.exportGraph();

    let adding = true;
    const added = store.applyBatch(big).finally(() => { adding = false; });
    const whileAdding = await readWhile(store, docNode, () => adding);
    await added;
    const after = await store.exportGraph();
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length + 1000);

    let removing = true;
    const removed = store.removeDocument(big.docId).finally(() => { removing = false; });
    const whileRemoving = await readWhile(store, docNode, () => removing);
    await removed;

    const states = [
      { nodes: before.nodes.length, edges: before.edges.length, docNode: false },
      { nodes: after.nodes.length, edges: after.edges.length, docNode: true },
    ];
    for (const [reads, order] of [[whileAdding, states], [whileRemoving, [...states].reverse()]] as const) {
      // Reads were answered while the write was still running: none waited for all of it.
      expect(reads.filter((r) => r.during).length).toBeGreaterThan(1);
      const which = reads.map((r) => order.findIndex((s) => s.nodes === r.nodes && s.edges === r.edges && s.docNode === r.docNode));
      expect(which).not.toContain(-1);
      // Once a read has seen the new state, no later read sees the old one.
      expect(which).toEqual([...which].sort((a, b) => a - b));
    }
    expect((await store.exportGraph()).nodes.length).toBe(before.nodes.length);
  }, 120_000);
});
