// The shared export: one per version while builders use it, let go after SNAPSHOT_HOLD_MS without use.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphExport } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { graphSnapshot, SNAPSHOT_HOLD_MS } from '../../server/search/graph-snapshot.ts';

/** A store that counts its exports and whose version the test moves. */
function countingStore(exportMs = 0): { store: GraphStore; exports: () => number; write: () => void } {
  let version = 1;
  let exports = 0;
  const store = {
    revision: async () => version,
    exportGraph: async (): Promise<GraphExport> => {
      exports += 1;
      if (exportMs > 0) await new Promise((ok) => setTimeout(ok, exportMs));
      return { format: 'policy-graph/v1', nodes: [], edges: [] };
    },
  } as unknown as GraphStore;
  return { store, exports: () => exports, write: () => void (version += 1) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('graphSnapshot', () => {
  it('shares one export among builders of one version, and exports again when the version moves', async () => {
    const { store, exports, write } = countingStore();
    const [a, b] = await Promise.all([graphSnapshot(store), graphSnapshot(store)]);
    expect(await graphSnapshot(store)).toBe(a);
    expect([a === b, exports()]).toEqual([true, 1]);
    write();
    expect(await graphSnapshot(store)).not.toBe(a);
    expect(exports()).toBe(2);
  });

  it('reuses it within the hold and, while a caller still holds it, after the hold', async () => {
    vi.useFakeTimers();
    const { store, exports } = countingStore();
    const first = await graphSnapshot(store);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_HOLD_MS - 1);
    expect(await graphSnapshot(store)).toBe(first);
    await vi.advanceTimersByTimeAsync(SNAPSHOT_HOLD_MS - 1);
    expect(await graphSnapshot(store)).toBe(first);
    expect(exports()).toBe(1);
    // Past the hold it is only weakly kept: still the same object while the caller holds it (no export wasted).
    await vi.advanceTimersByTimeAsync(SNAPSHOT_HOLD_MS + 1);
    expect(await graphSnapshot(store)).toBe(first);
    expect(exports()).toBe(1);
  });
});
