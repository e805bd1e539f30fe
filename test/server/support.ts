// Test helpers for the server: the seed ingested once per file, requests through app.request, a store that is down.
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { AppError } from '../../graph/errors.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp, type AppDeps } from '../../server/app.ts';

let seeded: Promise<MemoryGraphStore> | null = null;

/** The seed plan in an in-memory store (no data dir), shared by the tests of one file: do not write to it. */
export function seedStore(): Promise<MemoryGraphStore> {
  seeded ??= (async () => {
    const store = new MemoryGraphStore();
    await ingestPaths(store, ['seeds']);
    return store;
  })();
  return seeded;
}

/** A fresh store with the seed, for tests that write. */
export async function freshSeedStore(): Promise<MemoryGraphStore> {
  const store = new MemoryGraphStore();
  await ingestPaths(store, ['seeds']);
  return store;
}

export async function seedApp(deps: Partial<AppDeps> = {}) {
  return createApp({ store: await seedStore(), ask: { model: null }, ...deps });
}

type App = ReturnType<typeof createApp>;

export async function getJson(app: App, path: string, init?: RequestInit): Promise<{ status: number; body: any; res: Response }> {
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, res };
}

export function postJson(app: App, path: string, body: unknown, headers: Record<string, string> = {}) {
  return getJson(app, path, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
}

export function upload(app: App, name: string, content: BlobPart, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return getJson(app, '/api/documents', { method: 'POST', body: form, headers });
}

/** A GraphStore whose every method fails the way a lost database does. */
export function downStore(error: () => unknown = () => new AppError('STORE_UNAVAILABLE', 'Neo4j is not reachable')): GraphStore {
  return new Proxy({ kind: 'neo4j' } as GraphStore, {
    get(_target, prop) {
      if (prop === 'kind') return 'neo4j';
      if (prop === 'then') return undefined;
      return async () => { throw error(); };
    },
  });
}

/** A store that never answers, for the query timeout. */
export function stuckStore(): GraphStore {
  return new Proxy({ kind: 'memory' } as GraphStore, {
    get(_target, prop) {
      if (prop === 'kind') return 'memory';
      if (prop === 'then') return undefined;
      return () => new Promise(() => {});
    },
  });
}
