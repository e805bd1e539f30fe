// A GraphStore view whose every call is bounded by the query timeout, so a stuck database answers 503.
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { registerView } from '../store-cache.ts';
import { withTimeout } from './limits.ts';

/**
 * Lifecycle calls pass through untouched, and so do writes: a write cut off here would still go on and land after
 * its caller was told it failed. Writes are bounded by the store itself (Neo4j's write timeout rolls back).
 */
const UNTIMED = new Set<PropertyKey>(['init', 'close', 'kind', 'applyBatch', 'applyBatches', 'applyPrepared', 'prepareFor', 'removeDocument', 'saveLinkDecisions']);

export function timedStore(store: GraphStore, timeoutMs: number): GraphStore {
  const timed = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      // Bound, so the store's own inner calls never come back through this proxy.
      if (UNTIMED.has(prop)) return value.bind(target);
      return (...args: unknown[]) => withTimeout(Promise.resolve(value.apply(target, args)), timeoutMs);
    },
  });
  // Whole-graph reads that build what every request shares go to the store itself (store-cache.ts baseStore).
  registerView(timed, store);
  return timed;
}
