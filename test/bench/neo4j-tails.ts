// The tails of catalogue latency on Neo4j: per query, wall, client CPU and the server's CPU per run, and the inputs behind the worst.
//
// Used by neo4j-catalogue.ts `--tails K`. The server's CPU is the sum of its threads' run time (/proc/PID/task/*/schedstat,
// nanoseconds), read before and after each run outside the timed window: on a machine shared by many, wall time mostly
// measures waiting for a core, while the server's and the client's CPU time measure the work.
import { readFileSync, readdirSync } from 'node:fs';
import type { QueryInput, QueryName } from '../../graph/catalogue/catalogue.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { type InputsFor } from './catalogue-latency.ts';
import { percentile } from './percentile.ts';

/** CPU time in ms that the process `pid` has run so far, all threads; null when /proc cannot tell (another host). */
export function serverCpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  let ns = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // A thread that ended between the listing and the read: its time is gone from the sum either way.
      }
    }
  } catch {
    return null;
  }
  return ns / 1e6;
}

interface Run {
  /** Which run of the query it was (0 is the untimed warm-up's input again): a tail at a low index is a first run of a shape. */
  index: number;
  input: unknown;
  wall: number;
  client: number;
  server: number;
}

/** Runs each query like the bench (store.run, inputs 0…), recording every run. */
async function runsOf(store: GraphStore, name: QueryName, inputs: InputsFor, pid: number | null, count: number): Promise<Run[]> {
  const out: Run[] = [];
  await store.run(name, inputs(name, 0) as QueryInput<typeof name>);
  for (let i = 0; i < count; i++) {
    const input = inputs(name, i);
    const s0 = serverCpuMs(pid);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await store.run(name, input as QueryInput<typeof name>);
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const s1 = serverCpuMs(pid);
    out.push({ index: i, input, wall, client: (c.user + c.system) / 1000, server: s0 === null || s1 === null ? Number.NaN : s1 - s0 });
  }
  return out;
}

/** What a tail input costs when run again outside the answer cache, its plans now cached (see neo4j-catalogue.ts `--why`). */
export interface Rerun {
  server: number;
  client: number;
  /** db hits and rows of its statements under PROFILE, and how many statements. */
  hits: number;
  rows: number;
  statements: number;
}

/**
 * Per query: p50 / p99 of wall, client and server CPU; then the `worst` slowest inputs by server + client CPU, each
 * with `rerun`'s costs when given: a tail that is cheap the second time was a first plan; one that stays dear with many
 * rows is a big input; many db hits for few rows is a bad plan.
 */
export async function printTails(
  store: GraphStore, names: readonly QueryName[], inputs: InputsFor, pid: number | null, worst: number, runs: number,
  rerun?: (name: QueryName, input: unknown) => Promise<Rerun>,
): Promise<void> {
  const table = [];
  const tails: string[] = [];
  for (const name of names) {
    // Every query the same count, as measureCatalogue: whole-graph rows are computed once per graph version.
    const all = await runsOf(store, name, inputs, pid, runs);
    const p = (pick: (r: Run) => number, q: number) => percentile(all.map(pick), q).toFixed(1);
    table.push({
      query: name, runs: all.length, wallP50: p((r) => r.wall, 0.5), wallP99: p((r) => r.wall, 0.99),
      clientP99: p((r) => r.client, 0.99), serverP50: p((r) => r.server, 0.5), serverP99: p((r) => r.server, 0.99),
      serverTotal: all.reduce((s, r) => s + r.server, 0).toFixed(0),
    });
    const slow = [...all].sort((a, b) => b.server + b.client - (a.server + a.client)).slice(0, worst);
    tails.push(`${name}:`);
    for (const r of slow) {
      const again = rerun ? await rerun(name, r.input) : null;
      const then = again
        ? ` | again: server ${again.server.toFixed(1)} client ${again.client.toFixed(1)} ms, ${again.statements} statements, ${again.hits.toLocaleString('en')} db hits, ${again.rows.toLocaleString('en')} rows`
        : '';
      tails.push(`  #${r.index} wall ${r.wall.toFixed(1)} client ${r.client.toFixed(1)} server ${r.server.toFixed(1)} ms${then}  ${JSON.stringify(r.input)}`);
    }
  }
  console.table(table);
  console.log(tails.join('\n'));
}
