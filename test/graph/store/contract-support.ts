// Shared plumbing for the GraphStore contract suite: store lifecycles, schema-checked queries, id lists.
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { CATALOGUE, type QueryInput, type QueryName, type QueryOutput } from '../../../graph/catalogue/catalogue.ts';
import { isAppError, type ErrorCode } from '../../../graph/errors.ts';
import type { GraphBatch } from '../../../graph/model.ts';
import type { GraphStore } from '../../../graph/store/graph-store.ts';

export interface GraphStoreContractOptions {
  name: string;
  /** A new, empty store (the suite calls init() itself). */
  create: () => Promise<GraphStore>;
  /** Called after close(), e.g. to drop a temp directory or database. */
  cleanup?: (store: GraphStore) => Promise<void>;
}

export async function openStore(opts: GraphStoreContractOptions, batches: GraphBatch[] = []): Promise<GraphStore> {
  const store = await opts.create();
  await store.init();
  for (const batch of batches) await store.applyBatch(batch);
  return store;
}

export async function closeStore(opts: GraphStoreContractOptions, store: GraphStore | undefined): Promise<void> {
  if (!store) return;
  await store.close();
  await opts.cleanup?.(store);
}

/** One store per test, seeded with `batches()`. */
export function freshStore(opts: GraphStoreContractOptions, batches: () => GraphBatch[] = () => []): () => GraphStore {
  let store: GraphStore | undefined;
  beforeEach(async () => {
    store = await openStore(opts, batches());
  });
  afterEach(async () => {
    await closeStore(opts, store);
    store = undefined;
  });
  return () => store as GraphStore;
}

/** One store for a read-only block of tests. */
export function sharedStore(opts: GraphStoreContractOptions, batches: () => GraphBatch[]): () => GraphStore {
  let store: GraphStore | undefined;
  beforeAll(async () => {
    store = await openStore(opts, batches());
  });
  afterAll(async () => {
    await closeStore(opts, store);
    store = undefined;
  });
  return () => store as GraphStore;
}

/** Run a query and check its answer against the catalogue's output schema. */
export async function query<N extends QueryName>(store: GraphStore, name: N, input: QueryInput<N>): Promise<QueryOutput<N>> {
  const output = await store.run(name, input);
  const parsed = CATALOGUE[name].output.safeParse(output);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  return output;
}

export function ids(items: readonly { id: string }[]): string[] {
  return items.map((i) => i.id);
}

export function names(items: readonly { name: string }[]): string[] {
  return items.map((i) => i.name);
}

/** Await a rejection and return its AppError code (tests check codes, never message text). */
export async function errorCode(promise: Promise<unknown>): Promise<ErrorCode | 'not-an-AppError' | 'resolved'> {
  try {
    await promise;
    return 'resolved';
  } catch (error) {
    return isAppError(error) ? error.code : 'not-an-AppError';
  }
}
