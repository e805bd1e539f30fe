// Whether a catalogue query's first run pays for planning: server CPU of a query's runs right after the plan cache is cleared.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-first-run.ts --dir DIR [--only a,b] [--rounds N]`, DIR a loaded corpus as for
// neo4j-catalogue.ts. Per round and query: `CALL db.clearQueryCaches()`, then input 1 (cold plans), input 1 again (plans
// cached, rows in the page cache) and input 2; each run outside the answer cache (a RowSource in one read transaction).
// Server CPU is the Neo4j process's thread time (neo4j-tails.ts serverCpuMs): the work, not the wait for a core.
// `--repeat N`: per round, clear the caches and run input 1 N times; prints the median server CPU of each run index,
// which shows a statement planned again after its first run (Neo4j's "hot" recompilation at the 11th run: run index 10).
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { runQuery } from '../../graph/catalogue/execute.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { RUNTIME_PATHS } from '../../graph/neo4j/runtime-files.ts';
import { Neo4jClient, collectRows } from '../../graph/store/neo4j/neo4j-client.ts';
import { Neo4jRowSource } from '../../graph/store/neo4j/neo4j-rows.ts';
import { neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { corpusInputs } from './catalogue-latency.ts';
import { percentile } from './percentile.ts';
import { serverCpuMs } from './neo4j-tails.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, only: { type: 'string' }, rounds: { type: 'string', default: '3' }, repeat: { type: 'string' } } });
  if (!values.dir) throw new Error('neo4j-first-run: --dir DIR (a corpus already loaded, see neo4j-catalogue.ts) is required.');
  const pid = existsSync(RUNTIME_PATHS.pidFile) ? Number(readFileSync(RUNTIME_PATHS.pidFile, 'utf8').trim()) : null;
  if (serverCpuMs(pid) === null) throw new Error('neo4j-first-run: the local server (npm run neo4j:start) is not running here: its CPU cannot be read.');
  const names = values.only ? QUERY_NAMES.filter((n) => values.only?.split(',').includes(n)) : QUERY_NAMES;
  const inputs = corpusInputs((await prepareBatches([values.dir])).map((p) => p.batch));
  const client = new Neo4jClient(neo4jConfigFromEnv());
  const once = async (name: QueryName, input: unknown): Promise<number> => {
    const s0 = serverCpuMs(pid) as number;
    await client.read(async (tx) => runQuery(new Neo4jRowSource((statement, params = {}) => collectRows(tx, statement, params, client.maxRows)), name, input as QueryInput<typeof name>), 600_000);
    return (serverCpuMs(pid) as number) - s0;
  };
  const table: Record<string, Record<string, string>> = {};
  const med = (xs: number[]) => percentile(xs, 0.5).toFixed(1);
  try {
    if (values.repeat) {
      for (const name of names) {
        const byRun: number[][] = [];
        for (let round = 0; round < Number(values.rounds); round++) {
          await client.autoCommit(['CALL db.clearQueryCaches()']);
          for (let i = 0; i < Number(values.repeat); i++) (byRun[i] ??= []).push(await once(name, inputs(name, 1)));
        }
        console.log(`${name} ${JSON.stringify(inputs(name, 1))}: server CPU ms by run index, median over ${values.rounds} rounds: ${byRun.map(med).join(' ')}`);
      }
      return;
    }
    for (const name of names) {
      const cold: number[] = [];
      const again: number[] = [];
      const next: number[] = [];
      for (let round = 0; round < Number(values.rounds); round++) {
        await client.autoCommit(['CALL db.clearQueryCaches()']);
        cold.push(await once(name, inputs(name, 2 * round + 1)));
        again.push(await once(name, inputs(name, 2 * round + 1)));
        next.push(await once(name, inputs(name, 2 * round + 2)));
      }
      table[name] = { 'cold plans': med(cold), 'same input again': med(again), 'next input': med(next) };
    }
  } finally {
    await client.close();
  }
  console.log('server CPU ms per run, median over rounds');
  console.table(table);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
