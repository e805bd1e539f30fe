// Catalogue latency on Neo4j alone, on a database loaded once: p50/p99 per query with the bench's inputs, or PROFILE.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-catalogue.ts --dir DIR [--only a,b] [--warm 1] [--profile]` where DIR is a
// corpus of `npm run corpus`. An empty database is loaded from DIR first (bulk ingest, as `policy-graph ingest`);
// a loaded one is reused, so the slow queries can be timed again after each change without the minute of ingest.
// `--warm N` runs every query N times over its inputs before timing (page cache and JIT warm, see the README);
// `--profile` runs the first input of each query (or `--input JSON`) under PROFILE and prints db hits and rows per statement;
// `--profile-inputs N` runs the first N inputs of each query under PROFILE and prints p50 / p99 / max db hits;
// `--tails K [--runs N] [--why]` times N runs per query (200) with the server's CPU as well, and prints the K worst inputs;
// `--why` runs each of them again (plans cached, outside the answer cache) and under PROFILE: first plan, big input or bad plan.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ManagedTransaction, ProfiledPlan } from 'neo4j-driver';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { runQuery } from '../../graph/catalogue/execute.ts';
import { ingestPaths, prepareBatches } from '../../graph/pipeline/ingest.ts';
import { Neo4jClient, collectRows, type Row } from '../../graph/store/neo4j/neo4j-client.ts';
import { Neo4jRowSource } from '../../graph/store/neo4j/neo4j-rows.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { RUNTIME_PATHS } from '../../graph/neo4j/runtime-files.ts';
import { corpusInputs, latencyLine, measureCatalogue, type InputsFor } from './catalogue-latency.ts';
import { percentile } from './percentile.ts';
import { printTails, serverCpuMs, type Rerun } from './neo4j-tails.ts';

function hits(plan: ProfiledPlan | false): number {
  if (!plan) return 0;
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
}

/** The operators of a plan, one line each, with their db hits and rows (the index an operator uses is in its details). */
function operators(plan: ProfiledPlan, depth = 0): string[] {
  const detail = String(plan.arguments?.Details ?? '').slice(0, 110);
  const own = `${'  '.repeat(depth)}${plan.operatorType} hits=${plan.dbHits} rows=${plan.rows} ${detail}`;
  return [own, ...plan.children.flatMap((c) => operators(c, depth + 1))];
}

/** Runs `name` once on `input` with every statement under PROFILE, and prints what each cost. */
async function profileQuery(client: Neo4jClient, name: QueryName, input: unknown, plans: boolean): Promise<void> {
  const lines: string[] = [];
  let total = 0;
  await client.read(async (tx: ManagedTransaction) => {
    const source = new Neo4jRowSource(async (statement, params = {}) => {
      const t0 = performance.now();
      const result = await tx.run(`PROFILE ${statement}`, params);
      const plan = result.summary.profile;
      total += hits(plan);
      lines.push(`  ${hits(plan).toLocaleString('en')} db hits, ${result.records.length} rows, ${(performance.now() - t0).toFixed(1)} ms: ${statement.slice(0, 90).replace(/\s+/g, ' ')}`);
      if (plans && plan) lines.push(...operators(plan).map((l) => `      ${l}`));
      return result.records.map((r) => r.toObject() as Row);
    });
    await runQuery(source, name, input as QueryInput<typeof name>);
  }, 600_000);
  console.log(`${name} ${JSON.stringify(input)}: ${total.toLocaleString('en')} db hits in ${lines.filter((l) => !l.startsWith('      ')).length} statements`);
  console.log(lines.join('\n'));
}

/** db hits, rows and statements of one run of `name` on `input`, every statement under PROFILE: costs that do not move with the machine's load. */
async function profiled(client: Neo4jClient, name: QueryName, input: unknown): Promise<{ hits: number; rows: number; statements: number }> {
  let cost = { hits: 0, rows: 0, statements: 0 };
  await client.read(async (tx: ManagedTransaction) => {
    cost = { hits: 0, rows: 0, statements: 0 };
    const source = new Neo4jRowSource(async (statement, params = {}) => {
      const result = await tx.run(`PROFILE ${statement}`, params);
      cost.hits += hits(result.summary.profile);
      cost.rows += result.records.length;
      cost.statements += 1;
      return result.records.map((r) => r.toObject() as Row);
    });
    await runQuery(source, name, input as QueryInput<typeof name>);
  }, 600_000);
  return cost;
}

async function dbHits(client: Neo4jClient, name: QueryName, input: unknown): Promise<number> {
  return (await profiled(client, name, input)).hits;
}

/** `--why`: a tail input run again outside the answer cache (server and client CPU), then under PROFILE. */
function rerunner(client: Neo4jClient, pid: number | null): (name: QueryName, input: unknown) => Promise<Rerun> {
  return async (name, input) => {
    const s0 = serverCpuMs(pid);
    const c0 = process.cpuUsage();
    await client.read(async (tx) => runQuery(new Neo4jRowSource((statement, params = {}) => collectRows(tx, statement, params, client.maxRows)), name, input as QueryInput<typeof name>), 600_000);
    const c = process.cpuUsage(c0);
    const s1 = serverCpuMs(pid);
    const server = s0 === null || s1 === null ? Number.NaN : s1 - s0;
    return { server, client: (c.user + c.system) / 1000, ...await profiled(client, name, input) };
  };
}

/** p50 / p99 / max db hits of each query over its first `runs` inputs (the inputs the latency table uses). */
async function profileInputs(client: Neo4jClient, names: readonly QueryName[], inputs: InputsFor, runs: number): Promise<void> {
  const rows = [];
  for (const name of names) {
    const all: number[] = [];
    for (let i = 0; i < runs; i++) all.push(await dbHits(client, name, inputs(name, i)));
    rows.push({ query: name, runs, p50: percentile(all, 0.5), p99: percentile(all, 0.99), max: Math.max(...all), total: all.reduce((a, b) => a + b, 0) });
  }
  console.table(rows);
}

async function loadIfEmpty(dir: string): Promise<void> {
  const client = new Neo4jClient(neo4jConfigFromEnv());
  const [{ count }] = await client.rows('MATCH (d:Document) RETURN count(d) AS count');
  await client.close();
  const store = new Neo4jGraphStore(neo4jConfigFromEnv());
  try {
    await store.init();
    if (Number(count) > 0) return console.log(`database holds ${count} documents: reused`);
    const t0 = performance.now();
    const reports = await ingestPaths(store, [dir]);
    console.log(`ingested ${reports.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s (load ${loadavg()[0].toFixed(1)})`);
  } finally {
    await store.close();
  }
}

/** The local server's process (npm run neo4j:start), whose CPU time the tails report; null when it is not here. */
function localServerPid(): number | null {
  if (!existsSync(RUNTIME_PATHS.pidFile)) return null;
  const pid = Number(readFileSync(RUNTIME_PATHS.pidFile, 'utf8').trim());
  return existsSync(`/proc/${pid}`) ? pid : null;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    dir: { type: 'string' }, only: { type: 'string' }, warm: { type: 'string', default: '0' }, profile: { type: 'boolean' }, plans: { type: 'boolean' },
    'profile-inputs': { type: 'string' }, input: { type: 'string' }, tails: { type: 'string' }, runs: { type: 'string', default: '200' }, why: { type: 'boolean' },
  } });
  if (!values.dir) throw new Error('neo4j-catalogue: --dir is required: a corpus folder of `npm run corpus -- --docs 1000 --seed 1 --noise 0 --out DIR`.');
  await loadIfEmpty(values.dir);
  const names = values.only ? QUERY_NAMES.filter((n) => values.only?.split(',').includes(n)) : QUERY_NAMES;
  const inputs: InputsFor = corpusInputs((await prepareBatches([values.dir])).map((p) => p.batch));
  if (values.profile || values['profile-inputs']) {
    const client = new Neo4jClient(neo4jConfigFromEnv());
    try {
      if (values['profile-inputs']) await profileInputs(client, names, inputs, Number(values['profile-inputs']));
      else for (const name of names) await profileQuery(client, name, values.input ? JSON.parse(values.input) : inputs(name, 0), Boolean(values.plans));
    } finally {
      await client.close();
    }
    return;
  }
  const store = new Neo4jGraphStore(neo4jConfigFromEnv());
  try {
    await store.init();
    for (let pass = 0; pass < Number(values.warm); pass++) await measureCatalogue(store, inputs, names);
    if (values.tails) {
      const client = values.why ? new Neo4jClient(neo4jConfigFromEnv()) : null;
      try {
        return await printTails(store, names, inputs, localServerPid(), Number(values.tails), Number(values.runs), client ? rerunner(client, localServerPid()) : undefined);
      } finally {
        await client?.close();
      }
    }
    const load = loadavg().map((l) => l.toFixed(1)).join(' ');
    const rows = await measureCatalogue(store, inputs, names);
    console.log(`load at start ${load}, at end ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.table(rows.map(latencyLine));
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
