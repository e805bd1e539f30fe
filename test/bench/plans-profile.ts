// The API bench's query-language plans over a 1,000-document memory store, in one process: per example shape, the plan's
// own cost (runQueryPlan: validate, text ranking, interpret, shape) and the route's (app.request: middleware, JSON),
// CPU and wall p50/p99, and the answer's size. Where the time of `POST /api/query` goes, without sockets or load.
// Usage: npx tsx test/bench/plans-profile.ts --data DIR [--corpus DIR] [--rounds N] [--per-shape N] [--profile FILE.cpuprofile]
//   --data: a memory store's folder (filled from --corpus when empty; `npm run corpus -- --docs 1000 --seed 1 --noise 0
//   --out CORPUS` writes one).
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { runQueryPlan } from '../../server/query-entry.ts';
import { benchPlans } from './api-plans.ts';
import { percentile } from './percentile.ts';

interface Sample { shape: number; cpu: number; wall: number }

const round = (x: number) => Math.round(x * 100) / 100;

async function timed(run: () => Promise<unknown>): Promise<{ cpu: number; wall: number; value: unknown }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall, value };
}

/** CPU and wall p50/p99 per shape, and over all plans. */
function table(samples: Sample[]): Array<Record<string, string | number>> {
  const shapes = [...PLAN_EXAMPLES.keys(), -1];
  return shapes.map((shape) => {
    const mine = shape < 0 ? samples : samples.filter((s) => s.shape === shape);
    const cpu = mine.map((s) => s.cpu);
    const wall = mine.map((s) => s.wall);
    return {
      shape: shape < 0 ? 'all' : PLAN_EXAMPLES[shape].question.slice(0, 24), runs: mine.length,
      cpuP50: round(percentile(cpu, 0.5)), cpuP99: round(percentile(cpu, 0.99)), wallP50: round(percentile(wall, 0.5)), wallP99: round(percentile(wall, 0.99)), wallMax: round(percentile(wall, 1)),
    };
  });
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, corpus: { type: 'string' }, rounds: { type: 'string', default: '3' }, 'per-shape': { type: 'string', default: '200' }, profile: { type: 'string' } } });
  if (!values.data) throw new Error('plans-profile: --data DIR is required (a memory store folder; add --corpus DIR to fill it).');
  const store = new MemoryGraphStore({ dataDir: resolve(values.data) });
  await store.init();
  if ((await store.listDocuments()).length === 0) {
    if (!values.corpus) throw new Error(`plans-profile: ${values.data} holds no documents. Pass --corpus DIR to ingest one first.`);
    await ingestPaths(store, [resolve(values.corpus)]);
  }
  const app = createApp({ store, ask: { model: null } });
  const post = async (path: string, body: unknown) => {
    const res = await app.request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return res.ok ? res.json() : null;
  };
  const plans = await benchPlans(post, Number(values['per-shape']));
  const shapeOf = (i: number) => i % PLAN_EXAMPLES.length;
  // Warm-up, untimed: BM25 and every per-version cache are built before any timed run. Both paths: the route's store
  // is a timed view of this one, and derived caches (BM25) are kept per store object.
  for (const plan of plans) {
    await post('/api/query', plan);
    await runQueryPlan(store, plan);
  }
  const session = values.profile ? new Session() : null;
  if (session) { session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start'); }
  const engine: Sample[] = [];
  const route: Sample[] = [];
  const bytes = new Map<number, number[]>();
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const [i, plan] of plans.entries()) {
      const a = await timed(() => runQueryPlan(store, plan));
      engine.push({ shape: shapeOf(i), cpu: a.cpu, wall: a.wall });
      const body = JSON.stringify(plan);
      const b = await timed(async () => (await app.request('http://localhost/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text());
      route.push({ shape: shapeOf(i), cpu: b.cpu, wall: b.wall });
      if (r === 0) bytes.set(shapeOf(i), [...(bytes.get(shapeOf(i)) ?? []), (b.value as string).length]);
    }
  }
  if (session) writeFileSync(values.profile!, JSON.stringify((await session.post('Profiler.stop')).profile));
  console.log(`${(await store.listDocuments()).length} documents, ${plans.length} plans × ${values.rounds} rounds, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  console.log('runQueryPlan (validate, rank text, interpret, shape), ms:');
  console.table(table(engine));
  console.log('POST /api/query in-process (app.request: middleware, route, JSON text), ms:');
  console.table(table(route));
  console.log('answer size (characters of JSON), p50 / max per shape:');
  console.table([...bytes].map(([shape, sizes]) => ({ shape: PLAN_EXAMPLES[shape].question.slice(0, 24), p50: percentile(sizes, 0.5), max: percentile(sizes, 1) })));
}

main(process.argv.slice(2)).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
