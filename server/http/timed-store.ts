// A GraphStore view whose every call is bounded by the query timeout, so a stuck database answers 503.
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { withTimeout } from './limits.ts';

/** Lifecycle calls pass through untouched; everything else races the timeout. */
const UNTIMED = new Set<PropertyKey>(['init', 'close', 'kind']);

export function timedStore(store: GraphStore, timeoutMs: number): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || UNTIMED.has(prop)) return value;
      return (...args: unknown[]) => withTimeout(Promise.resolve(value.apply(target, args)), timeoutMs);
    },
  });
}
