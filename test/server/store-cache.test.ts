// StoreCache: a failed build is handed out again for a while (longer after each failure) instead of being started on
// every call, and a request's timed view builds from, and shares with, the store it wraps.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphExport } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { timedStore } from '../../server/http/timed-store.ts';
import { graphSnapshot } from '../../server/search/graph-snapshot.ts';
import { RETRY_AFTER_MS, RETRY_MAX_MS, StoreCache } from '../../server/store-cache.ts';

const store = { revision: async () => 1 } as unknown as GraphStore;

describe('StoreCache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('does not start a failed build again until RETRY_AFTER_MS have passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let builds = 0;
    const cache = new StoreCache(async () => {
      builds += 1;
      if (builds === 1) throw new Error('timed out');
      return 'built';
    });
    await expect(cache.get(store)).rejects.toThrow('timed out');
    await expect(cache.get(store)).rejects.toThrow('timed out');
    expect(builds).toBe(1);
    vi.setSystemTime(Date.now() + RETRY_AFTER_MS);
    await expect(cache.get(store)).resolves.toBe('built');
    expect(builds).toBe(2);
  });

  it('waits twice as long after each further failure of the same version, up to RETRY_MAX_MS', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let builds = 0;
    const cache = new StoreCache(async () => {
      builds += 1;
      throw new Error('timed out');
    });
    // Each wait, then one more call just before it ends (no build) and one at its end (a build).
    const waits: number[] = [];
    for (let wait = RETRY_AFTER_MS; waits.length < 12; wait = Math.min(wait * 2, RETRY_MAX_MS)) {
      await expect(cache.get(store)).rejects.toThrow('timed out');
      const before = builds;
      vi.setSystemTime(Date.now() + wait - 1);
      await expect(cache.get(store)).rejects.toThrow('timed out');
      expect(builds).toBe(before);
      vi.setSystemTime(Date.now() + 1);
      waits.push(wait);
    }
    expect(waits.slice(0, 4)).toEqual([RETRY_AFTER_MS, 2 * RETRY_AFTER_MS, 4 * RETRY_AFTER_MS, 8 * RETRY_AFTER_MS]);
    expect(waits.at(-1)).toBe(RETRY_MAX_MS);
    expect(builds).toBe(12);
  });

  it('starts the wait afresh for a new version', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    let revision = 1;
    const changing = { revision: async () => revision } as unknown as GraphStore;
    let builds = 0;
    const cache = new StoreCache(async () => {
      builds += 1;
      throw new Error('timed out');
    });
    await expect(cache.get(changing)).rejects.toThrow('timed out');
    vi.setSystemTime(Date.now() + RETRY_AFTER_MS);
    await expect(cache.get(changing)).rejects.toThrow('timed out');
    revision = 2;
    await expect(cache.get(changing)).rejects.toThrow('timed out');
    vi.setSystemTime(Date.now() + RETRY_AFTER_MS);
    await expect(cache.get(changing)).rejects.toThrow('timed out');
    expect(builds).toBe(4);
  });

  it('builds from the store a timed view wraps: not cut off by the request timeout, shared with the store itself', async () => {
    let exports = 0;
    const slow = {
      revision: async () => 1,
      exportGraph: async (): Promise<GraphExport> => {
        exports += 1;
        await new Promise((ok) => setTimeout(ok, 80));
        return { format: 'policy-graph/v1', nodes: [], edges: [] };
      },
    } as unknown as GraphStore;
    const timed = timedStore(slow, 20);
    // A request's own call is still bounded…
    await expect(timed.exportGraph()).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    // …but what every request shares waits for the export it started, and the store itself gets the same value.
    const cache = new StoreCache(async (base) => (await graphSnapshot(base)).nodes.length);
    await expect(cache.get(timed)).resolves.toBe(0);
    expect(await cache.get(slow)).toBe(await cache.get(timed));
    expect(exports).toBe(2);
  });

  it('builds again at once when the store changed after a failure', async () => {
    let revision = 1;
    const changing = { revision: async () => revision } as unknown as GraphStore;
    let builds = 0;
    const cache = new StoreCache(async () => {
      builds += 1;
      if (builds === 1) throw new Error('timed out');
      return builds;
    });
    await expect(cache.get(changing)).rejects.toThrow('timed out');
    revision = 2;
    await expect(cache.get(changing)).resolves.toBe(2);
  });
});
