// Catalogue A/B on Neo4j: this tree's Neo4jGraphStore against another checkout's, on one loaded database, in one process.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-catalogue-ab.ts --dir DIR --base CHECKOUT [--only a,b] [--runs 80] [--cold] [--input JSON]`
// DIR is the loaded corpus (neo4j-catalogue.ts loads it); CHECKOUT a copy of the old tree (`git archive` with node_modules
// linked). Each input runs on both stores in turn, the order swapped every input, through store.run as the bench does;
// answers must be identical. Per query: p50 / p99 of wall and of the server's CPU (the local server's threads, see
// neo4j-tails.ts), the first input left out as the bench leaves it out. `--cold` clears Neo4j's plan caches first, as
// a fresh server (or the bench's first run after an ingest) starts; the two stores' statements never share a cached plan
// when their texts differ. `--input JSON`: that one input every run (a hub the tails named), through the reader's
// uncached path (the answer cache would answer every run after the first); client CPU is then reported as well.
import { join, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { runQuery } from '../../graph/catalogue/execute.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { RUNTIME_PATHS } from '../../graph/neo4j/runtime-files.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { Neo4jClient } from '../../graph/store/neo4j/neo4j-client.ts';
import type { Neo4jReader } from '../../graph/store/neo4j/neo4j-read.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { corpusInputs } from './catalogue-latency.ts';
import { percentile } from './percentile.ts';
import { serverCpuMs } from './neo4j-tails.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    dir: { type: 'string' }, base: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string', default: '80' }, cold: { type: 'boolean' }, input: { type: 'string' },
  } });
  if (!values.dir || !values.base) throw new Error('neo4j-catalogue-ab: --dir CORPUS and --base CHECKOUT are required.');
  const pid = existsSync(RUNTIME_PATHS.pidFile) ? Number(readFileSync(RUNTIME_PATHS.pidFile, 'utf8').trim()) : null;
  const names = values.only ? QUERY_NAMES.filter((n) => values.only?.split(',').includes(n)) : QUERY_NAMES;
  const inputs = corpusInputs((await prepareBatches([values.dir])).map((p) => p.batch));
  const old = await import(pathToFileURL(join(resolve(values.base), 'graph/store/neo4j/neo4j-store.ts')).href) as typeof import('../../graph/store/neo4j/neo4j-store.ts');
  const stores: Record<'old' | 'new', GraphStore> = { old: new old.Neo4jGraphStore(neo4jConfigFromEnv()), new: new Neo4jGraphStore(neo4jConfigFromEnv()) };
  const fixed = values.input === undefined ? null : JSON.parse(values.input) as unknown;
  const oldRun = (await import(pathToFileURL(join(resolve(values.base), 'graph/catalogue/execute.ts')).href) as typeof import('../../graph/catalogue/execute.ts')).runQuery;
  const runOf = { old: oldRun, new: runQuery };
  /** One answer: through store.run as the bench, or with `--input` in a consistent read of the store's reader, uncached. */
  const answer = async (side: 'old' | 'new', name: QueryName, i: number): Promise<unknown> => {
    if (fixed === null) return stores[side].run(name, inputs(name, i) as QueryInput<typeof name>);
    const reader = (stores[side] as unknown as { reader: Neo4jReader }).reader;
    return (await reader.consistent((rows) => runOf[side](rows, name, fixed as QueryInput<typeof name>))).value;
  };
  if (values.cold) {
    const client = new Neo4jClient(neo4jConfigFromEnv());
    await client.autoCommit(['CALL db.clearQueryCaches()']);
    await client.close();
  }
  const table = [];
  const load0 = loadavg()[0];
  try {
    for (const store of Object.values(stores)) await store.init();
    for (const name of names) {
      // Every query the same count, as measureCatalogue: whole-graph rows are computed once per graph version.
      const runs = Number(values.runs);
      const took = { old: { wall: [] as number[], server: [] as number[], client: [] as number[] }, new: { wall: [] as number[], server: [] as number[], client: [] as number[] } };
      for (let i = 0; i < runs; i++) {
        const answers: Record<string, string> = {};
        for (const side of (i % 2 ? ['new', 'old'] : ['old', 'new']) as ('old' | 'new')[]) {
          const s0 = serverCpuMs(pid);
          const c0 = process.cpuUsage();
          const t0 = performance.now();
          answers[side] = JSON.stringify(await answer(side, name, i));
          const wall = performance.now() - t0;
          const c = process.cpuUsage(c0);
          const s1 = serverCpuMs(pid);
          if (i === 0) continue; // the bench's untimed first run
          took[side].wall.push(wall);
          took[side].client.push((c.user + c.system) / 1000);
          took[side].server.push(s0 === null || s1 === null ? Number.NaN : s1 - s0);
        }
        if (answers.old !== answers.new) throw new Error(`${name} input ${i}: the answers differ: ${JSON.stringify(inputs(name, i))}`);
      }
      const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1);
      table.push({
        query: name, runs: runs - 1,
        'old wall p50/p99': `${p(took.old.wall, 0.5)} / ${p(took.old.wall, 0.99)}`, 'new wall p50/p99': `${p(took.new.wall, 0.5)} / ${p(took.new.wall, 0.99)}`,
        'old server p50/p99': `${p(took.old.server, 0.5)} / ${p(took.old.server, 0.99)}`, 'new server p50/p99': `${p(took.new.server, 0.5)} / ${p(took.new.server, 0.99)}`,
        'old client p50': p(took.old.client, 0.5), 'new client p50': p(took.new.client, 0.5),
      });
    }
  } finally {
    for (const store of Object.values(stores)) await store.close();
  }
  console.log(`load ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}; ms; answers identical on every input`);
  console.table(table);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
