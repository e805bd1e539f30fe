// The API bench's distinct-questions row (10 connections) as an A/B of served checkouts: every server up at once
// (api-ask-child.ts, started by served-app.ts as for api-ask.ts), runs of `--amount` requests alternating between them, each server
// asked the same questions in the same order; the server process's CPU per request (Linux /proc: main thread, GC
// and I/O threads), requests per CPU-second, and the client's CPU per request. On a loaded machine the wall-clock
// rows of api-ask.ts swing with the load; these counts do not, or much less.
// Usage: npx tsx test/bench/api-ask-ab.ts --data DIR [--rounds N] [--amount N] [--connections N] CHECKOUT ...
//   (DIR: a memory store's folder, see ask-steady.ts; CHECKOUT: another tree of this repo; this tree is the first side)
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { distinctQuestions } from './api.ts';
import { processCpuMs, readyCheckouts, startServed } from './served-app.ts';

interface Side { root: string; child: ChildProcess; url: string; next: number; requests: number; cpuMs: number; clientMs: number; bytes: number; errors: number }
type Autocannon = (o: Record<string, unknown>) => Promise<{ requests: { total: number }; throughput: { total: number }; errors: number; non2xx: number }>;

async function start(root: string, dataDir: string): Promise<Side> {
  const { child, url } = await startServed(root, dataDir, 'api-ask-ab');
  return { root, child, url, next: 1, requests: 0, cpuMs: 0, clientMs: 0, bytes: 0, errors: 0 };
}

async function ask(url: string, question: string): Promise<void> {
  await fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) }).then((r) => r.text());
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: { data: { type: 'string' }, rounds: { type: 'string', default: '4' }, amount: { type: 'string', default: '400' }, connections: { type: 'string', default: '10' } },
  });
  if (!values.data || positionals.length === 0) throw new Error('api-ask-ab: usage --data DIR CHECKOUT ... (a memory store folder; other trees of this repo).');
  if (!existsSync('/proc/self/stat')) throw new Error('api-ask-ab: needs /proc (Linux) to read the servers\' CPU time.');
  const here = resolve('.');
  const roots = [here, ...positionals.map((p) => resolve(p))];
  readyCheckouts(here, roots.slice(1), 'api-ask-ab');
  const autocannon = ((await import('autocannon' as string)) as { default: Autocannon }).default;
  const sides: Side[] = [];
  try {
    for (const root of roots) sides.push(await start(root, resolve(values.data)));
    const { dev, all } = await distinctQuestions(sides[0].url);
    const bodies = all.map((q) => JSON.stringify({ question: q }));
    // As the bench warms before its distinct rows: the dev set, then the first question.
    for (const s of sides) for (const q of [...dev, all[0]]) await ask(s.url, q);
    const loads: number[] = [];
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const s of round % 2 === 0 ? sides : [...sides].reverse()) {
        loads.push(Math.round(loadavg()[0] * 10) / 10);
        const server0 = processCpuMs(s.child.pid!);
        const client0 = process.cpuUsage();
        const r = await autocannon({
          url: `${s.url}/api/ask`, method: 'POST', headers: { 'content-type': 'application/json' }, connections: Number(values.connections), amount: Number(values.amount),
          requests: [{ method: 'POST', setupRequest: (req: object) => ({ ...req, body: bodies[s.next++ % bodies.length] }) }],
        });
        const client = process.cpuUsage(client0);
        s.cpuMs += processCpuMs(s.child.pid!) - server0;
        s.clientMs += (client.user + client.system) / 1000;
        s.requests += r.requests.total;
        s.bytes += r.throughput.total;
        // Timeouts (10 s) count here: on a machine at load 30 both sides meet some.
        s.errors += r.errors + r.non2xx;
      }
    }
    console.log(JSON.stringify({ distinct: all.length, loadavg: loads, sides: sides.map((s) => ({
      root: s.root, requests: s.requests, errors: s.errors, bytesPerRequest: Math.round(s.bytes / s.requests),
      serverCpuMsPerRequest: Math.round((s.cpuMs / s.requests) * 1000) / 1000, requestsPerServerCpuSec: Math.round(s.requests / (s.cpuMs / 1000)),
      clientCpuMsPerRequest: Math.round((s.clientMs / s.requests) * 1000) / 1000,
    })) }, null, 1));
  } finally {
    for (const s of sides) s.child.kill('SIGTERM');
  }
}

main(process.argv.slice(2)).then(() => process.exit(0), (e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
