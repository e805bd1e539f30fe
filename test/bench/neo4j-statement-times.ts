// Server-side time of each statement a catalogue query runs (result available + consumed, from the summary) vs wall.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-statement-times.ts --dir DIR --only a,b [--runs N]` on a loaded database:
// tells planning and server work apart from transfer and decoding in this process when a query is slow.
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { runQuery } from '../../graph/catalogue/execute.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { Neo4jClient, type Row } from '../../graph/store/neo4j/neo4j-client.ts';
import { Neo4jRowSource } from '../../graph/store/neo4j/neo4j-rows.ts';
import { neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { corpusInputs } from './catalogue-latency.ts';
import { percentile } from './percentile.ts';

interface Times { wall: number[]; server: number[]; rows: number[] }

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string', default: '20' } } });
  if (!values.dir) throw new Error('neo4j-statement-times: --dir is required (the corpus the database was loaded from).');
  const names = values.only ? QUERY_NAMES.filter((n) => values.only?.split(',').includes(n)) : QUERY_NAMES;
  const inputs = corpusInputs((await prepareBatches([values.dir])).map((p) => p.batch));
  const client = new Neo4jClient(neo4jConfigFromEnv());
  try {
    for (const name of names) {
      const byStatement = new Map<string, Times>();
      const totals: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < Number(values.runs); i++) {
        const t0 = performance.now();
        const c0 = process.cpuUsage();
        await client.read(async (tx: ManagedTransaction) => {
          const source = new Neo4jRowSource(async (statement, params = {}) => {
            const s0 = performance.now();
            const result = await tx.run(statement, params);
            const server = Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
            const flat = statement.replace(/\s+/g, ' ');
            const key = `${flat.slice(0, 30)}…${flat.slice(-40)}`;
            const t = byStatement.get(key) ?? { wall: [], server: [], rows: [] };
            t.wall.push(performance.now() - s0);
            t.server.push(server);
            t.rows.push(result.records.length);
            byStatement.set(key, t);
            return result.records.map((r) => r.toObject() as Row);
          });
          await runQuery(source, name, inputs(name, i) as QueryInput<QueryName>);
        });
        totals.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
      }
      console.log(`${name}: wall p50 ${percentile(totals, 0.5).toFixed(1)} ms, p99 ${percentile(totals, 0.99).toFixed(1)} ms; this process's cpu p50 ${percentile(cpu, 0.5).toFixed(1)}, p99 ${percentile(cpu, 0.99).toFixed(1)} ms`);
      console.table([...byStatement].map(([statement, t]) => ({
        statement, calls: t.wall.length, wallP50: percentile(t.wall, 0.5).toFixed(1), wallMax: Math.max(...t.wall).toFixed(1),
        serverP50: percentile(t.server, 0.5), serverMax: Math.max(...t.server), rowsMax: Math.max(...t.rows),
      })));
    }
  } finally {
    await client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
