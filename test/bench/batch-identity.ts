// Does a speed change leave the parser's output alone? Hashes every document's batch JSON (parsed on this thread,
// `now` fixed) and compares the hashes with a file written by another checkout, so "same output" is checked byte for
// byte rather than through scores.
//
// `npx tsx test/bench/batch-identity.ts --out FILE DIR...` writes `sha256 source` per document (sorted by source);
// `npx tsx test/bench/batch-identity.ts --against FILE DIR...` exits 1 naming every document whose batch differs.
// `--worker`: parsed in the parse worker, as ingestPaths does, so the worker's own build of the parser is what is checked.
// Run the first in the old checkout, the second in the new, over the same inputs (a generated corpus,
// test/fixtures/real), named by the same path from each (relative, e.g. `test/fixtures/real` from each checkout's root,
// or one absolute corpus folder): a document is keyed by its path and its batch holds it, so two checkouts' own absolute
// paths make every document differ.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepareBatches, readAll } from '../../graph/pipeline/ingest.ts';
import { parseInWorker } from '../../graph/pipeline/parallel.ts';

const NOW = new Date('2026-01-01T00:00:00.000Z');

async function parsed(dirs: string[], worker: boolean): Promise<{ raw: { source: string }; batch: unknown }[]> {
  if (!worker) return prepareBatches(dirs, { now: () => NOW });
  const all = [];
  for await (const p of parseInWorker(await readAll(dirs), { now: () => NOW })) all.push(p);
  return all;
}

async function hashes(dirs: string[], worker: boolean): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const { raw, batch } of await parsed(dirs, worker)) {
    if (out.has(raw.source)) throw new Error(`two documents read as ${raw.source}`);
    out.set(raw.source, createHash('sha256').update(JSON.stringify(batch)).digest('hex'));
  }
  return out;
}

function readHashes(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const at = line.indexOf(' ');
    out.set(line.slice(at + 1), line.slice(0, at));
  }
  return out;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' }, against: { type: 'string' }, worker: { type: 'boolean', default: false } } });
  if (positionals.length === 0 || !!values.out === !!values.against) throw new Error('usage: --out FILE DIR... | --against FILE DIR...');
  const mine = await hashes(positionals, values.worker === true);
  if (values.out) {
    writeFileSync(values.out, [...mine].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([s, h]) => `${h} ${s}\n`).join(''));
    console.log(`${mine.size} documents hashed into ${values.out}`);
    return;
  }
  const theirs = readHashes(values.against as string);
  const differ = [...new Set([...mine.keys(), ...theirs.keys()])].filter((s) => mine.get(s) !== theirs.get(s)).sort();
  for (const s of differ) console.log(`differs: ${s}`);
  console.log(`${mine.size} documents here, ${theirs.size} in ${values.against}: ${differ.length} differ`);
  if (differ.length > 0) process.exitCode = 1;
}

await main();
