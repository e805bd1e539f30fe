// Query-language plans on Neo4j: this tree's compiler against another checkout's, on one loaded database, in one process.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-plans-ab.ts --base CHECKOUT [--per-shape 20] [--cold]` on a database loaded
// as for neo4j-catalogue.ts. The plans are the API bench's (api-plans.ts: every documented shape over the graph's own
// busiest units, places and indicators); each runs on both sides in turn, the order swapped every plan, as
// `POST /api/query` runs it (runPlan, `find by text` ranked by this tree's BM25 for both, so only the Cypher differs);
// answers must be identical. Per shape: p50 / p99 of the server's CPU (neo4j-tails.ts serverCpuMs) and of wall. `--cold`
// clears Neo4j's plan caches first, as a fresh server starts: a plan's first run then pays for planning it.
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { RUNTIME_PATHS } from '../../graph/neo4j/runtime-files.ts';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { runPlan, type RunPlanOptions } from '../../graph/query/run.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { Neo4jClient } from '../../graph/store/neo4j/neo4j-client.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { createApp } from '../../server/app.ts';
import { textRanker } from '../../server/query-entry.ts';
import { benchPlans } from './api-plans.ts';
import { percentile } from './percentile.ts';
import { serverCpuMs } from './neo4j-tails.ts';

type Run = (store: GraphStore, plan: unknown, options: RunPlanOptions) => Promise<unknown>;
interface Side { run: Run; store: GraphStore; wall: number[][]; server: number[][] }

async function answer(side: Side, plan: unknown, options: RunPlanOptions, shape: number, pid: number | null): Promise<string> {
  const s0 = serverCpuMs(pid);
  const t0 = performance.now();
  let text: string;
  try {
    text = JSON.stringify(await side.run(side.store, plan, options));
  } catch (e) {
    text = `error ${(e as { code?: string }).code ?? String(e)}`;
  }
  (side.wall[shape] ??= []).push(performance.now() - t0);
  const s1 = serverCpuMs(pid);
  (side.server[shape] ??= []).push(s0 === null || s1 === null ? Number.NaN : s1 - s0);
  return text;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { base: { type: 'string' }, 'per-shape': { type: 'string', default: '20' }, cold: { type: 'boolean' } } });
  const base = values.base ? resolve(values.base) : '';
  if (!existsSync(join(base, 'graph/query/run.ts'))) throw new Error('neo4j-plans-ab: --base CHECKOUT (another tree of this repo) is required.');
  const pid = existsSync(RUNTIME_PATHS.pidFile) ? Number(readFileSync(RUNTIME_PATHS.pidFile, 'utf8').trim()) : null;
  const mine = new Neo4jGraphStore(neo4jConfigFromEnv());
  const old = await import(pathToFileURL(join(base, 'graph/store/neo4j/neo4j-store.ts')).href) as typeof import('../../graph/store/neo4j/neo4j-store.ts');
  const theirs = new old.Neo4jGraphStore(neo4jConfigFromEnv());
  const { runPlan: oldRun } = await import(pathToFileURL(join(base, 'graph/query/run.ts')).href) as { runPlan: Run };
  const sides: Side[] = [{ run: runPlan, store: mine, wall: [], server: [] }, { run: oldRun, store: theirs, wall: [], server: [] }];
  try {
    for (const s of sides) await s.store.init();
    const app = createApp({ store: mine, ask: { model: null } });
    const post = async (path: string, body: unknown) => {
      const res = await app.request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return res.ok ? res.json() : null;
    };
    const plans = await benchPlans(post, Number(values['per-shape']));
    const options: RunPlanOptions = { rankText: textRanker(mine) };
    // BM25 for `find by text` is built on its first question: built here, before anything is timed.
    await options.rankText?.('建设', undefined, 1);
    if (values.cold) {
      const client = new Neo4jClient(neo4jConfigFromEnv());
      await client.autoCommit(['CALL db.clearQueryCaches()']);
      await client.close();
    }
    const load0 = loadavg()[0];
    let differ = 0;
    const outcomes = { errors: 0, answered: 0 };
    for (const [i, plan] of plans.entries()) {
      const shape = i % PLAN_EXAMPLES.length;
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      const answers = new Map<Side, string>();
      for (const s of order) answers.set(s, await answer(s, plan, options, shape, pid));
      const text = answers.get(sides[0]) ?? '';
      outcomes[text.startsWith('error') ? 'errors' : 'answered']++;
      if (text !== answers.get(sides[1])) {
        differ++;
        console.log(`answers differ: ${JSON.stringify(plan)}`);
      }
    }
    const p = (xs: number[], q: number) => percentile(xs, q).toFixed(1);
    const rows = [...PLAN_EXAMPLES.map((e) => e.question.slice(0, 16)), 'all'].map((shape, k) => {
      const pick = (s: Side, what: 'wall' | 'server') => (k < PLAN_EXAMPLES.length ? s[what][k] ?? [] : s[what].flat());
      return {
        shape,
        'new server p50/p99': `${p(pick(sides[0], 'server'), 0.5)} / ${p(pick(sides[0], 'server'), 0.99)}`,
        'old server p50/p99': `${p(pick(sides[1], 'server'), 0.5)} / ${p(pick(sides[1], 'server'), 0.99)}`,
        'new server sum': pick(sides[0], 'server').reduce((a, b) => a + b, 0).toFixed(0),
        'old server sum': pick(sides[1], 'server').reduce((a, b) => a + b, 0).toFixed(0),
        'new wall p99': p(pick(sides[0], 'wall'), 0.99), 'old wall p99': p(pick(sides[1], 'wall'), 0.99),
      };
    });
    console.log(`${plans.length} plans, load ${load0.toFixed(1)} → ${loadavg()[0].toFixed(1)}; answers differ on ${differ}; ${JSON.stringify(outcomes)}; ms`);
    console.table(rows);
  } finally {
    for (const s of sides) await s.store.close();
  }
}

main().then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
