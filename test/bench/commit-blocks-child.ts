// One measured upload (bench child of commit-blocks.ts): a real server in this process takes a 20 MB plan over HTTP
// from a client worker thread (which also probes health and a graph read) while the main thread, where the server
// runs, watches its own event loop: monitorEventLoopDelay and a timeline of the timer's gaps.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { uploadText } from '../hardening/server-process.ts';
import type { ClientJob, Probe } from './commit-blocks-client.ts';
import { SEED_TEXT } from '../hardening/support.ts';

const PLAN_BYTES = Number(process.env.COMMIT_BENCH_BYTES ?? 20_000_000);
/** A gap of the timer past this is a block worth listing. */
const GAP_MS = 40;
const TICK_MS = 5;

export interface Gap { atMs: number; endUs: number; ms: number }

const nowUs = () => Number(process.hrtime.bigint() / 1000n);

/** Every gap of a TICK_MS timer past GAP_MS: when it ended (ms since `t0`, and on the profile's clock) and how long. */
function gaps(t0: number): { stop: () => Gap[] } {
  const found: Gap[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > GAP_MS + TICK_MS) found.push({ atMs: Math.round(now - t0), endUs: nowUs(), ms: Math.round(now - last - TICK_MS) });
    last = now;
  }, TICK_MS);
  return { stop: () => { clearInterval(timer); return found; } };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-commit-bench-'));
  const store = new MemoryGraphStore({ dataDir: dir });
  await store.init();
  const app = createApp({ store, warm: true });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const first = await uploadText(url, 'seed.txt', SEED_TEXT);
    const docs = (await (await fetch(`${url}/api/documents`)).json()) as { documents: { id: string }[] };
    // tsx's hooks are per thread: the worker registers them before loading the TypeScript client.
    const entry = new URL('./commit-blocks-client.ts', import.meta.url).href;
    const client = new Worker(`import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`, {
      eval: true, workerData: { url, bytes: PLAN_BYTES, nodeId: docs.documents[0].id } satisfies ClientJob,
    });
    await new Promise((r) => client.once('message', r));
    const load0 = loadavg()[0];
    const cpu0 = process.cpuUsage();
    const eld = monitorEventLoopDelay({ resolution: 10 });
    eld.enable();
    const t0 = performance.now();
    const timeline = gaps(t0);
    const done = new Promise<{ upload: unknown; uploadMs: number; health: Probe; graphRead: Probe }>((r) => client.once('message', r));
    client.postMessage('go');
    const { upload: res, uploadMs, health: h, graphRead: r } = await done;
    await client.terminate();
    const blocks = timeline.stop();
    eld.disable();
    const cpu = process.cpuUsage(cpu0);
    const ms = (ns: number) => Math.round(ns / 1e6);
    process.stdout.write(`${JSON.stringify({
      cwd: process.cwd(), seed: first.status, upload: res, uploadMs, cores: cpus().length,
      load: [Math.round(load0 * 10) / 10, Math.round(loadavg()[0] * 10) / 10],
      mainCpuMs: Math.round((cpu.user + cpu.system) / 1000),
      eventLoopDelay: { maxMs: ms(eld.max), p99Ms: ms(eld.percentile(99)), p50Ms: ms(eld.percentile(50)), meanMs: ms(eld.mean) },
      longestGaps: [...blocks].sort((a, b) => b.ms - a.ms).slice(0, 8), gapsOver40: blocks.length, gapMsOver40: blocks.reduce((n, g) => n + g.ms, 0),
      health: h, graphRead: r, gaps: blocks,
    })}\n`);
  } finally {
    server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
