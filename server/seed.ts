// Seeding: ingest the seed files whose bytes the store lacks (all of them when it is empty), replacing older versions.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAll, readAll, summarise, type DocumentReport } from '../graph/pipeline/ingest.ts';
import { formatOf, isIgnoredName } from '../graph/read/formats.ts';
import type { GraphStore } from '../graph/store/graph-store.ts';

const DEFAULT_SEEDS_DIR = fileURLToPath(new URL('../seeds', import.meta.url));

interface SeedResult {
  ingested: DocumentReport[];
  /** Older versions of changed seed files, removed. */
  replaced: string[];
}

async function seedFiles(dir: string): Promise<Array<{ path: string; name: string; sha256: string }>> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const files = names.filter((n) => !isIgnoredName(n) && formatOf(n) !== null).sort();
  return Promise.all(files.map(async (name) => {
    const path = join(dir, name);
    return { path, name, sha256: createHash('sha256').update(await readFile(path)).digest('hex') };
  }));
}

export async function seedIfNeeded(store: GraphStore, dir: string = DEFAULT_SEEDS_DIR): Promise<SeedResult> {
  const files = await seedFiles(dir);
  const docs = await store.listDocuments();
  const stored = new Set(docs.map((d) => d.sha256));
  // An empty store has every seed stale; a seed whose bytes are stored needs nothing.
  const stale = files.filter((f) => !stored.has(f.sha256));
  if (stale.length === 0) return { ingested: [], replaced: [] };
  // Read and parse first (in the worker, within the parse budget): a seed that cannot be read stops here,
  // before anything is removed. The source recorded is the file name, never a path on the server.
  const raws = (await readAll(stale.map((f) => f.path))).map((raw) => ({ ...raw, source: basename(raw.source) }));
  const prepared = await parseAll(raws);
  // A changed seed's previous version is the document recorded under the same name (or, before names were
  // recorded, the same path) with other bytes; it goes first, since both carry the same shared facts.
  const current = new Set(files.map((f) => f.sha256));
  const names = new Set(stale.map((f) => f.name));
  const replaced: string[] = [];
  const updated = new Set<string>();
  for (const d of docs) {
    const name = basename(d.source);
    if (!names.has(name) || current.has(d.sha256) || !(await store.removeDocument(d.id))) continue;
    replaced.push(d.id);
    updated.add(name);
  }
  const ingested: DocumentReport[] = [];
  for (const { raw, batch } of prepared) {
    await store.applyBatch(batch);
    ingested.push(summarise(batch, raw.source, updated.has(raw.source) ? 'updated' : 'added'));
  }
  return { ingested, replaced };
}
