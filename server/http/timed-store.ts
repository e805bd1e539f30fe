// A GraphStore view whose every call is bounded by the query timeout, so a stuck database answers 503.
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { withTimeout } from './limits.ts';

/**
 * Lifecycle calls pass through untouched, and so do writes: a write cut off here would still go on and land after
 * its caller was told it failed. Writes are bounded by the store itself (Neo4j's write timeout rolls back).
 */
const UNTIMED = new Set<PropertyKey>(['init', 'close', 'kind', 'applyBatch', 'applyBatches', 'applyPrepared', 'prepareFor', 'removeDocument', 'saveLinkDecisions']);

/** Each timed view's store, for the whole-graph reads that must not be cut off (untimed). */
const inner = new WeakMap<GraphStore, GraphStore>();

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
  inner.set(timed, store);
  return timed;
}

/**
 * The store behind a timed view (any other store as it is), for the whole-graph reads that build what every request
 * shares (graph-snapshot.ts, alignment.ts). A timeout does not stop such a read: it only failed the build, which the
 * next request 5 s later (StoreCache) started again with another whole export — on a loaded machine (1,000 documents,
 * export > 15 s) a loop of exports that never finished while ask answered 503. The memory store cannot hang, and
 * Neo4j bounds these reads with its own transaction timeout.
 */
export function untimed(store: GraphStore): GraphStore {
  return inner.get(store) ?? store;
}
