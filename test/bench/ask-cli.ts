// `npx tsx test/bench/ask-cli.ts DIR...`: ingest the given plans into memory and time askQuestion over many distinct questions.
import { performance } from 'node:perf_hooks';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askBench, benchQuestions } from './ask.ts';

async function main(dirs: string[]): Promise<void> {
  if (!dirs.length) throw new Error('用法 / usage: npx tsx test/bench/ask-cli.ts DIR... (e.g. seeds test/fixtures/questions/docs CORPUS_DIR)');
  // ASK_BENCH_DATA keeps the ingested store on disk so a second run only loads it.
  const store = new MemoryGraphStore({ dataDir: process.env.ASK_BENCH_DATA });
  const t0 = performance.now();
  await store.init();
  if ((await store.listDocuments()).length === 0) await ingestPaths(store, dirs);
  console.log(`${(await store.listDocuments()).length} documents ready in ${(performance.now() - t0).toFixed(0)} ms`);
  const questions = await benchQuestions(store);
  const limit = Number(process.env.ASK_BENCH_LIMIT ?? questions.length);
  console.log(JSON.stringify(await askBench(store, questions.slice(0, limit)), null, 1));
}

main(process.argv.slice(2)).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
