// Catalogue A/B: this tree's memory store against another checkout's, loaded with the same corpus in one process,
// each input run on both in turn (so both meet the same load), answers compared, CPU p50/p99 per query.
//
// `npx tsx test/bench/catalogue-ab.ts --dir CORPUS --base CHECKOUT [--only a,b] [--runs 200] [--limit N]`
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { QUERY_NAMES, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { corpusInputs } from './catalogue-latency.ts';
import { loadedCheckout, type Run } from './checkout-store.ts';
import { percentile } from './percentile.ts';

async function timed(run: Run, name: QueryName, input: unknown): Promise<{ cpu: number; wall: number; answer: string }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const answer = await run(name, input);
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall, answer: JSON.stringify(answer) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, base: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string', default: '200' }, limit: { type: 'string' } } });
  if (!values.dir || !values.base) throw new Error('--dir CORPUS and --base CHECKOUT are required');
  const batches = (await prepareBatches([values.dir])).map((p) => p.batch);
  // --limit N: every input asks for N items (small pages exercise the shaping's top-k paths).
  const drawn = corpusInputs(batches);
  const inputs = values.limit ? (name: QueryName, i: number) => ({ ...(drawn(name, i) as object), limit: Number(values.limit) }) : drawn;
  const base = await loadedCheckout(values.base, batches);
  const head = await loadedCheckout('.', batches);
  batches.length = 0;
  const names = values.only ? (values.only.split(',') as QueryName[]) : QUERY_NAMES;
  console.log(`load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const name of names) {
    const cpu = { base: [] as number[], head: [] as number[] };
    let differ = 0;
    // A cold run each first (not counted), as measureCatalogue does.
    await base(name, inputs(name, 0));
    await head(name, inputs(name, 0));
    for (let i = 0; i < Number(values.runs); i++) {
      const input = inputs(name, i);
      // Alternate which goes first, so neither always follows the other's garbage.
      const [a, b] = i % 2 ? [await timed(base, name, input), await timed(head, name, input)] : [null, await timed(head, name, input)];
      const x = a ?? (await timed(base, name, input));
      cpu.base.push(x.cpu);
      cpu.head.push(b.cpu);
      if (x.answer !== b.answer) differ += 1;
    }
    const p = (v: number[], q: number) => percentile(v, q).toFixed(2);
    console.log(`${name.padEnd(18)} base CPU p50 ${p(cpu.base, 0.5)} p99 ${p(cpu.base, 0.99)} | head CPU p50 ${p(cpu.head, 0.5)} p99 ${p(cpu.head, 0.99)} | answers differ ${differ}/${cpu.base.length}`);
  }
}

await main();
