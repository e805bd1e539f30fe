// The API bench's distinct questions through the served app in ONE process (app.request: routing, validation, JSON
// included, no sockets): CPU per question and CPU p50/p99, a digest of every body sent, and optionally a CPU profile.
// With CHECKOUT, that tree's app and store too, question by question in alternating order (both meet the same load),
// and how many bodies differ: the store's own code is part of each side, unlike ask-ab.ts.
// Usage: npx tsx test/bench/ask-http-profile.ts --data DIR [--rounds N] [--every K] [--profile FILE.cpuprofile] [CHECKOUT]
//   (--every K: every K-th question only, for a shorter run on a busy machine)
//   (DIR: see ask-steady.ts)
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { distinctQuestions } from './api.ts';
import { percentile } from './percentile.ts';


interface App { request: (url: string, init: RequestInit) => Response | Promise<Response>; fetch: (req: Request) => Response | Promise<Response> }
interface Side { root: string; app: App; cpu: number[] }

/** One checkout's app over its own store of DIR. */
async function sideOf(root: string, dataDir: string): Promise<Side> {
  const { MemoryGraphStore } = await import(join(root, 'graph/store/memory/memory-store.ts')) as typeof import('../../graph/store/memory/memory-store.ts');
  const { createApp } = await import(join(root, 'server/app.ts')) as { createApp: (deps: object) => App };
  const store = new MemoryGraphStore({ dataDir });
  await store.init();
  return { root, app: createApp({ store, ask: { model: null } }), cpu: [] };
}

async function asked(side: Side, question: string, timed: boolean): Promise<string> {
  const c0 = process.cpuUsage();
  const res = await side.app.request('http://localhost/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
  const body = await res.text();
  const c = process.cpuUsage(c0);
  if (timed) side.cpu.push((c.user + c.system) / 1000);
  return body;
}

/** Every question once on every side, alternating which goes first; how many bodies differ. */
async function pass(sides: Side[], questions: string[], timed: boolean): Promise<number> {
  let differ = 0;
  for (const [i, q] of questions.entries()) {
    const order = i % 2 === 0 ? sides : [...sides].reverse();
    const bodies = new Map<Side, string>();
    for (const s of order) bodies.set(s, await asked(s, q, timed));
    if (new Set(bodies.values()).size > 1) differ++;
  }
  return differ;
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, rounds: { type: 'string', default: '2' }, every: { type: 'string', default: '1' }, profile: { type: 'string' } } });
  if (!values.data) throw new Error('ask-http-profile: --data DIR is required (a memory store folder, see ask-steady.ts).');
  const dataDir = resolve(values.data);
  const sides = [await sideOf(resolve('.'), dataDir), ...(positionals[0] ? [await sideOf(resolve(positionals[0]), dataDir)] : [])];
  // The bench's own question list, drawn over HTTP from the served graph as api.ts draws it.
  const server = serve({ fetch: sides[0].app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ok) => server.once('listening', ok));
  const { all } = await distinctQuestions(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  server.close();
  const questions = all.filter((_, i) => i % Number(values.every) === 0);
  await pass(sides, questions, false);
  const session = values.profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  let differ = 0;
  for (let r = 0; r < Number(values.rounds); r++) differ += await pass(sides, questions, true);
  if (session) writeFileSync(values.profile!, JSON.stringify((await session.post('Profiler.stop')).profile));
  const row = (s: Side) => ({
    root: s.root, cpuMsPerQuestion: Math.round((s.cpu.reduce((a, x) => a + x, 0) / s.cpu.length) * 1000) / 1000,
    cpuP50: Math.round(percentile(s.cpu, 0.5) * 100) / 100, cpuP99: Math.round(percentile(s.cpu, 0.99) * 100) / 100,
  });
  console.log(JSON.stringify({ questions: questions.length, rounds: Number(values.rounds), load: loadavg()[0], differ, sides: sides.map(row) }));
}

main(process.argv.slice(2)).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
