// StoreCache: a failed build is handed out again for a while instead of being started on every call.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { RETRY_AFTER_MS, StoreCache } from '../../server/store-cache.ts';

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
