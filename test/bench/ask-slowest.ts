// The distinct questions ask spends most CPU on at scale, each asked a few times after a warm pass: where to look next.
// Usage: npx tsx test/bench/ask-slowest.ts --data DIR [--corpus DIR] [--top N] [--repeat N]   (DIR: see ask-steady.ts)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { benchQuestions } from './ask.ts';

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string' }, corpus: { type: 'string' }, top: { type: 'string', default: '20' }, repeat: { type: 'string', default: '3' } } });
  if (!values.data) throw new Error('ask-slowest: --data DIR is required (a memory store folder; add --corpus DIR to fill it).');
  const store = new MemoryGraphStore({ dataDir: resolve(values.data) });
  await store.init();
  if ((await store.listDocuments()).length === 0) {
    if (!values.corpus) throw new Error(`ask-slowest: ${values.data} holds no documents. Pass --corpus DIR to ingest one first.`);
    await ingestPaths(store, [resolve(values.corpus)]);
  }
  const questions = await benchQuestions(store);
  for (const q of questions) await askQuestion(store, q, { model: null, cache: false });
  const rows = [];
  for (const q of questions) {
    const c0 = process.cpuUsage();
    let op = '';
    for (let i = 0; i < Number(values.repeat); i++) op = (await askQuestion(store, q, { model: null, cache: false })).plan.op;
    const c = process.cpuUsage(c0);
    rows.push({ q, op, cpuMs: Math.round((c.user + c.system) / 10 / Number(values.repeat)) / 100 });
  }
  rows.sort((a, b) => b.cpuMs - a.cpuMs);
  const total = rows.reduce((s, r) => s + r.cpuMs, 0);
  console.log(JSON.stringify({ questions: rows.length, cpuMsPerQuestion: total / rows.length, slowest: rows.slice(0, Number(values.top)) }, null, 1));
}

main(process.argv.slice(2)).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
