// Seeding: ingest the seed files whose bytes the store lacks (all of them when it is empty), replacing older versions.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBatches, summarise, type DocumentReport } from '../graph/pipeline/ingest.ts';
import { formatOf, isIgnoredName } from '../graph/read/formats.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';

export const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../seeds', import.meta.url));

export interface SeedResult {
  ingested: DocumentReport[];
  /** Older versions of changed seed files, removed. */
  replaced: string[];
}

/** The path a seed is recorded under: relative to the working directory when it is inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : path;
}

async function seedFiles(dir: string): Promise<Array<{ path: string; sha256: string }>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files = names.filter((n) => !isIgnoredName(n) && formatOf(n) !== null).sort();
  return Promise.all(files.map(async (name) => {
    const path = displayPath(join(dir, name));
    return { path, sha256: createHash('sha256').update(await readFile(path)).digest('hex') };
  }));
}

export async function seedIfNeeded(store: GraphStore, dir: string = DEFAULT_SEEDS_DIR): Promise<SeedResult> {
  const files = await seedFiles(dir);
  const docs = await store.listDocuments();
  const stored = new Set(docs.map((d) => d.sha256));
  // An empty store has every seed stale; a seed whose bytes are stored needs nothing.
  const stale = files.filter((f) => !stored.has(f.sha256));
  if (stale.length === 0) return { ingested: [], replaced: [] };
  // Read and parse first: a seed that cannot be read stops here, before anything is removed.
  const prepared = await prepareBatches(stale.map((f) => f.path));
  // A changed seed's previous version is the document recorded under the same path with other bytes;
  // it goes before the new version comes in, since both carry the same shared facts.
  const current = new Set(files.map((f) => f.sha256));
  const paths = new Set(stale.map((f) => resolve(f.path)));
  const replaced: string[] = [];
  const updated = new Set<string>();
  for (const d of docs) {
    if (!paths.has(resolve(d.source)) || current.has(d.sha256) || !(await store.removeDocument(d.id))) continue;
    replaced.push(d.id);
    updated.add(resolve(d.source));
  }
  const ingested: DocumentReport[] = [];
  for (const { raw, batch } of prepared) {
    await store.applyBatch(batch);
    ingested.push(summarise(batch, raw.source, updated.has(resolve(raw.source)) ? 'updated' : 'added'));
  }
  return { ingested, replaced };
}
