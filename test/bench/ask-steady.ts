// Ask's own cost at 1,000 documents, this tree against other checkouts in one run (alternating, so they share the
// machine's load): distinct questions' wall p50/p99, CPU time per question, and whether every answer is the same.
// Usage: npx tsx test/bench/ask-steady.ts --data DIR [--corpus DIR] [--rounds N] [--profile DIR] [CHECKOUT ...]
//   --data: a memory store's folder (ingested from --corpus on the first run; `npm run corpus -- --docs 1000 --seed 1
//   --noise 0 --out CORPUS` writes one); CHECKOUT: another tree of this repo, e.g. a baseline from `git archive`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';

const CHILD = 'test/bench/ask-steady-child.ts';
/** Copied into another checkout, so a baseline asks the very same questions the same way. */
const BENCH_FILES = [CHILD, 'test/bench/ask.ts', 'test/bench/api.ts'];

async function ensureStore(dataDir: string, corpus: string | undefined): Promise<void> {
  const store = new MemoryGraphStore({ dataDir });
  await store.init();
  if ((await store.listDocuments()).length > 0) return;
  if (!corpus) throw new Error(`ask-steady: ${dataDir} holds no documents. Pass --corpus DIR to ingest one first.`);
  await ingestPaths(store, [corpus]);
}

function runChild(root: string, dataDir: string, profile: string | null): Record<string, unknown> {
  const args = ['--import', 'tsx', CHILD, dataDir, ...(profile ? [profile] : [])];
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 2 ** 26 });
  if (r.status !== 0) throw new Error(`ask-steady: the child in ${root} failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { data: { type: 'string' }, corpus: { type: 'string' }, rounds: { type: 'string', default: '1' }, profile: { type: 'string' } },
  });
  if (!values.data) throw new Error('ask-steady: --data DIR is required (a memory store folder; add --corpus DIR to fill it).');
  const dataDir = resolve(values.data);
  await ensureStore(dataDir, values.corpus);
  const here = resolve('.');
  const roots = [here, ...positionals.map((p) => resolve(p))];
  for (const root of roots.slice(1)) {
    if (!existsSync(join(root, 'server/ask/index.ts'))) throw new Error(`ask-steady: ${root} is not a checkout of this repo.`);
    for (const f of BENCH_FILES) copyFileSync(join(here, f), join(root, f));
  }
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [i, root] of roots.entries()) {
      const profile = values.profile ? join(resolve(values.profile), `ask-${i}-${round}.cpuprofile`) : null;
      const load = loadavg()[0];
      console.log(JSON.stringify({ round, root, loadBefore: load, ...runChild(root, dataDir, profile) }));
    }
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
