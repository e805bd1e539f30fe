// One checkout's ask over a stored 1,000-document graph: the first pass (per-version indexes built on the way), then a
// steady pass of the same distinct questions; prints one JSON line. Run by ask-steady.ts, from the checkout's root.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { benchQuestions } from './ask.ts';
import { percentile } from './percentile.ts';


async function pass(store: MemoryGraphStore, questions: string[]) {
  const times: number[] = [];
  const answers = createHash('sha256');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const q of questions) {
    const t = performance.now();
    answers.update(`${JSON.stringify(await askQuestion(store, q, { model: null, cache: false }))}\n`);
    times.push(performance.now() - t);
  }
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    wallMs, cpuMsPerQuestion: (cpu.user + cpu.system) / 1000 / questions.length, questionsPerSec: questions.length / (wallMs / 1000),
    p50Ms: percentile(sorted, 0.5), p99Ms: percentile(sorted, 0.99), maxMs: sorted.at(-1) ?? 0, over20Ms: times.filter((t) => t > 20).length,
    slowest: times.map((ms, i) => ({ q: questions[i], ms: Math.round(ms) })).sort((a, b) => b.ms - a.ms).slice(0, 5),
    answersSha256: answers.digest('hex'),
  };
}

async function main(dataDir: string, profileOut?: string): Promise<void> {
  const store = new MemoryGraphStore({ dataDir });
  await store.init();
  const questions = await benchQuestions(store);
  const first = await pass(store, questions);
  const session = profileOut ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const steady = await pass(store, questions);
  if (session) writeFileSync(profileOut!, JSON.stringify((await session.post('Profiler.stop')).profile));
  const documents = (await store.listDocuments()).length;
  console.log(JSON.stringify({ documents, questions: questions.length, first, steady, rssMB: Math.round(process.memoryUsage().rss / 2 ** 20) }));
}

main(process.argv[2], process.argv[3]).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
