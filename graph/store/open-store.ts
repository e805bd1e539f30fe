// Open the configured store: the embedded MemoryGraphStore by default, Neo4j when asked or NEO4J_URI is set.
import { AppError } from '../errors.ts';
import type { GraphStore } from './graph-store.ts';

export interface StoreOptions {
  store: 'memory' | 'neo4j';
  dataDir: string;
}

export async function openStore(options: StoreOptions): Promise<GraphStore> {
  const store = await createStore(options);
  await store.init();
  return store;
}

/** The store, not yet loaded or connected (`init()` does that): `serve` listens first and loads meanwhile. */
export async function createStore(options: StoreOptions): Promise<GraphStore> {
  let store: GraphStore;
  if (options.store === 'neo4j') {
    const { Neo4jGraphStore, neo4jConfigFromEnv } = await import('./neo4j/neo4j-store.ts');
    store = new Neo4jGraphStore(neo4jConfigFromEnv());
  } else if (options.store === 'memory') {
    const { MemoryGraphStore } = await import('./memory/memory-store.ts');
    store = new MemoryGraphStore({ dataDir: options.dataDir });
  } else {
    throw new AppError('BAD_INPUT', `未知的存储 / unknown store: ${String(options.store)}`, { hint: '可选 / use --store memory or --store neo4j.' });
  }
  return store;
}
