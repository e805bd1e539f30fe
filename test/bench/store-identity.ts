// Does a speed change to the embedded store leave what it answers alone? Ingests DIR by the code of CHECKOUT (the
// product path, ingestPaths into a fresh MemoryGraphStore, `now` fixed) and prints one sha256 per answer: the whole
// export, then every catalogue query on 20 inputs drawn from the corpus (the same inputs for every checkout), each
// uncached. Run it for two checkouts and diff the outputs: any line that differs names the answer that changed.
//
// `npx tsx test/bench/store-identity.ts CHECKOUT DIR > FILE` (DIR: a generated corpus, test/fixtures/real/dev).
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { corpusInputs, queryRunner } from './catalogue-latency.ts';

const NOW = new Date('2026-01-01T00:00:00.000Z');
const INPUTS_PER_QUERY = 20;

const [checkout, dir] = process.argv.slice(2);
if (!checkout || !dir) throw new Error('usage: npx tsx test/bench/store-identity.ts CHECKOUT DIR');
const from = (path: string) => import(pathToFileURL(resolve(checkout, path)).href);
const { ingestPaths } = await from('graph/pipeline/ingest.ts');
const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

// Inputs from this tree's parse: the same for every checkout, so a difference is the store's (or its parser's).
const inputs = corpusInputs((await prepareBatches([resolve(dir)], { now: () => NOW })).map((p) => p.batch));
const store = new MemoryGraphStore();
await store.init();
const reports = await ingestPaths(store, [resolve(dir)], { now: () => NOW });
console.log(`reports ${hash(reports)}`);
console.log(`export ${hash(await store.exportGraph())}`);
const { run } = queryRunner(store);
for (const name of QUERY_NAMES) {
  for (let i = 0; i < INPUTS_PER_QUERY; i++) {
    let answer: unknown;
    try {
      answer = await run(name, inputs(name, i));
    } catch (error) {
      answer = { error: String(error) };
    }
    console.log(`${name} ${i} ${hash(answer)}`);
  }
}
process.exit(0);
