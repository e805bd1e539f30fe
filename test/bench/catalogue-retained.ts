// What the catalogue's queries leave behind in the heap: this tree's memory store against another checkout's, both
// loaded with one corpus in one process, each asked the bench's inputs (corpusInputs) through its uncached RowSource,
// the heap measured after a full GC before and after. Bytes a query keeps outlive it, fill the old generation and bring
// a major GC's marking into later queries (the catalogue's p99 at 1,000 documents); unlike CPU time on a shared
// machine, the count does not depend on the load.
//
// `node --expose-gc --import tsx test/bench/catalogue-retained.ts --dir CORPUS --base CHECKOUT [--only a,b] [--runs 200]`
import { parseArgs } from 'node:util';
import { QUERY_NAMES, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { corpusInputs, type InputsFor } from './catalogue-latency.ts';
import { loadedCheckout, type Run } from './checkout-store.ts';

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc --import tsx');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Bytes still held after every input of `name` ran once on `run`. */
async function retained(run: Run, name: QueryName, inputs: InputsFor, runs: number): Promise<number> {
  const before = heapAfterGc();
  for (let i = 0; i < runs; i++) await run(name, inputs(name, i));
  return heapAfterGc() - before;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, base: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string', default: '200' } } });
  if (!values.dir || !values.base) throw new Error('--dir CORPUS and --base CHECKOUT are required');
  const batches = (await prepareBatches([values.dir])).map((p) => p.batch);
  const inputs = corpusInputs(batches);
  const base = await loadedCheckout(values.base, batches);
  const head = await loadedCheckout('.', batches);
  batches.length = 0;
  const names = values.only ? (values.only.split(',') as QueryName[]) : QUERY_NAMES;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`.padStart(9);
  for (const name of names) {
    const b = await retained(base, name, inputs, Number(values.runs));
    const h = await retained(head, name, inputs, Number(values.runs));
    console.log(`${name.padEnd(18)} retained after ${values.runs} inputs: base ${kb(b)} | head ${kb(h)}`);
  }
}

await main();
