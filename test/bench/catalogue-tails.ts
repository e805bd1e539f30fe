// Why a catalogue query's p99 is slow: each run timed with the GC pauses that fell inside it, its input and answer size.
//
// `npx tsx test/bench/catalogue-tails.ts --dir DIR [--only a,b] [--rounds 2] [--top 5] [--via rows|run]`, DIR from
// `npm run corpus -- --docs 1000 --seed 1 --noise 0 --out DIR`. The corpus is loaded once; every query runs
// the bench's inputs (corpusInputs) through the store's uncached RowSource, `rounds` times over. A slow run
// whose GC share is large is a collector pause; one that stays slow in every round on the same input is the
// input; one slow only in the first round is warm-up.
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { QUERY_NAMES, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { corpusInputs, queryRunner } from './catalogue-latency.ts';
import { percentile } from './percentile.ts';

interface Run {
  round: number;
  i: number;
  start: number;
  wall: number;
  cpu: number;
  gc: number;
  size: number;
  input: unknown;
}

/** GC pauses as [start, end] in performance.now() time, gathered while the queries run. */
function watchGc(): { pauses: Array<[number, number]>; stop: () => void } {
  const pauses: Array<[number, number]> = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime, e.startTime + e.duration]);
  });
  observer.observe({ entryTypes: ['gc'] });
  return { pauses, stop: () => observer.disconnect() };
}

function gcInside(pauses: Array<[number, number]>, start: number, end: number): number {
  let ms = 0;
  for (const [a, b] of pauses) ms += Math.max(0, Math.min(b, end) - Math.max(a, start));
  return ms;
}

/** A rough answer size: the JSON length, so a run over a huge unit shows as one. */
function sizeOf(answer: unknown): number {
  return JSON.stringify(answer)?.length ?? 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, only: { type: 'string' }, rounds: { type: 'string', default: '2' }, top: { type: 'string', default: '5' }, runs: { type: 'string', default: '200' }, via: { type: 'string', default: 'rows' } } });
  if (!values.dir) throw new Error('--dir DIR is required (npm run corpus -- --docs 1000 --seed 1 --noise 0 --out DIR)');
  const batches = (await prepareBatches([values.dir])).map((p) => p.batch);
  const store = new MemoryGraphStore();
  await store.init();
  for (const batch of batches) await store.applyBatch(batch);
  const inputs = corpusInputs(batches);
  const { run, uncached } = queryRunner(store, values.via === 'run');
  console.log(uncached ? 'uncached RowSource (the query itself)' : 'store.run (answer cache and copy)');
  const names = values.only ? (values.only.split(',') as QueryName[]) : QUERY_NAMES;
  const gc = watchGc();
  const runs = new Map<QueryName, Run[]>();
  for (let round = 1; round <= Number(values.rounds); round++) {
    for (const name of names) {
      const list = runs.get(name) ?? [];
      for (let i = 0; i < Number(values.runs); i++) {
        const input = inputs(name, i);
        const c0 = process.cpuUsage();
        const start = performance.now();
        const answer = await run(name, input);
        const wall = performance.now() - start;
        const c = process.cpuUsage(c0);
        list.push({ round, i, start, wall, cpu: (c.user + c.system) / 1000, gc: 0, size: sizeOf(answer), input });
      }
      runs.set(name, list);
    }
  }
  await new Promise((r) => setTimeout(r, 50));
  gc.stop();
  console.log(`load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}; ${gc.pauses.length} GC pauses`);
  for (const [name, list] of runs) {
    for (const r of list) r.gc = gcInside(gc.pauses, r.start, r.start + r.wall);
    const rounds = [...new Set(list.map((r) => r.round))].map((round) => {
      const w = list.filter((r) => r.round === round);
      return `r${round} p50 ${percentile(w.map((r) => r.wall), 0.5).toFixed(2)} p99 ${percentile(w.map((r) => r.wall), 0.99).toFixed(2)} cpu99 ${percentile(w.map((r) => r.cpu), 0.99).toFixed(2)}`;
    });
    const noGc = list.map((r) => r.wall - r.gc);
    console.log(`\n${name}: ${rounds.join(' | ')} | minus GC p99 ${percentile(noGc, 0.99).toFixed(2)} | GC in runs ${list.reduce((s, r) => s + r.gc, 0).toFixed(1)} ms`);
    for (const r of [...list].sort((a, b) => b.wall - a.wall).slice(0, Number(values.top))) {
      const same = list.filter((o) => o.i === r.i && o !== r).map((o) => o.wall.toFixed(1)).join(',');
      console.log(`  ${r.wall.toFixed(2)} ms (cpu ${r.cpu.toFixed(1)}, gc ${r.gc.toFixed(1)}) r${r.round}#${r.i} size ${r.size} other rounds ${same} ${JSON.stringify(r.input)}`);
    }
  }
}

await main();
