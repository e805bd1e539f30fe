// entityUnits and entityTasks from the counts (ranked co-mentions and the task order) the memory store keeps equal the answers counted from the
// rows, for every entity of a generated corpus, after adding every document and after taking some out again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runQuery } from '../../../graph/catalogue/execute.ts';
import type { RowSource } from '../../../graph/catalogue/rows.ts';
import type { EntityLabel } from '../../../graph/model.ts';
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { writeCorpus } from '../../bench/corpus/generate.ts';

const ENTITY_LABELS: EntityLabel[] = ['Place', 'Industry', 'Corridor', 'Project'];

/** The store's RowSource (behind its read gate), and the same source without its kept counts and task pages. */
function sources(store: MemoryGraphStore): { kept: RowSource; counted: RowSource } {
  const kept = (store as unknown as { gate: { rows: RowSource } }).gate.rows;
  const counted = new Proxy(kept, {
    get: (target, key) => (['entityUnitCounts', 'coMentionPage', 'mentionPageOf'].includes(String(key)) ? undefined : Reflect.get(target, key, target)),
  });
  return { kept, counted };
}

async function compareAll(store: MemoryGraphStore): Promise<number> {
  const { kept, counted } = sources(store);
  expect(await kept.entityUnitCounts?.('place:none')).toEqual([]);
  expect(await kept.coMentionPage?.('place:none', 5, [])).toEqual({ rows: [], total: 0, touching: [] });
  let withUnits = 0;
  let coMentioned = 0;
  const graph = await store.exportGraph();
  for (const node of graph.nodes.filter((n) => (ENTITY_LABELS as string[]).includes(n.label))) {
    const input = { label: node.label as EntityLabel, name: node.name, limit: 500 };
    const fast = await runQuery(kept, 'entityUnits', input);
    expect(fast).toEqual(await runQuery(counted, 'entityUnits', input));
    // A small page too: only its co-mentioned projects have their tasks read.
    for (const limit of [500, 2]) {
      const tasks = await runQuery(kept, 'entityTasks', { ...input, limit });
      expect(tasks).toEqual(await runQuery(counted, 'entityTasks', { ...input, limit }));
      if (tasks.coMentioned.total > 0) coMentioned += 1;
    }
    if (fast.units.total > 0) withUnits += 1;
  }
  expect(coMentioned).toBeGreaterThan(5);
  return withUnits;
}

describe('entity queries from kept counts', () => {
  it('equals the count from rows for every entity, as documents come and go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-entity-counts-'));
    await writeCorpus(dir, { docs: 12, seed: 11, noise: 0 });
    const batches = (await prepareBatches([dir])).map((p) => p.batch);
    const store = new MemoryGraphStore();
    await store.init();
    for (const batch of batches) await store.applyBatch(batch);
    expect(await compareAll(store)).toBeGreaterThan(10);
    for (const batch of batches.slice(0, 5)) await store.removeDocument(batch.docId);
    await store.applyBatch(batches[0]);
    expect(await compareAll(store)).toBeGreaterThan(5);
  }, 120_000);
});
