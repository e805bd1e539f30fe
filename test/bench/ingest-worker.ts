// Benchmark child process: ingest one corpus into a fresh MemoryGraphStore, score it, time the catalogue, then serve the API on request.
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serve } from '@hono/node-server';
import { evaluateBatches, readTruth, type AccuracyReport } from './corpus/evaluate.ts';
import { writeCorpus } from './corpus/generate.ts';
import { failureExamples } from './corpus/report.ts';
import type { GraphBatch } from '../../graph/model.ts';
import { ingestPaths, prepareBatches } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { NOOP_PATH } from './api.ts';
import { corpusInputs, measureCatalogue, queryRunner, type LatencyRow } from './catalogue-latency.ts';

export interface WorkerRequest {
  dir: string;
  /** After measuring, serve the API on 127.0.0.1 until told to stop. */
  serve: boolean;
  uiDir: string;
}

export interface IngestResult {
  docs: number;
  tasks: number;
  chars: number;
  bytes: number;
  parseMs: number;
  applyMs: number;
  ingestMs: number;
  /** CPU time of the ingest (user + system): on a shared machine, closer to the work done than wall time. */
  ingestCpuMs: number;
  docsPerSec: number;
  mbPerSec: number;
  /** process.resourceUsage().maxRSS: the child's peak, so one size's peak is not another's. */
  peakRssMB: number;
  heapUsedMB: number;
  catalogue: LatencyRow[];
  catalogueUncached: boolean;
  accuracy: AccuracyReport;
}

export type WorkerMessage =
  | { type: 'result'; result: IngestResult }
  | { type: 'ready'; url: string; unit: string }
  | { type: 'error'; message: string };

const MB = 1024 * 1024;

/** Resolves once the message is handed to the parent: exiting earlier could drop it. */
function send(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) resolve();
    else process.send(message, undefined, {}, () => resolve());
  });
}

/** The unit that leads most tasks (collectives aside): the API bench asks about it. */
function busiestUnit(batches: GraphBatch[]): string {
  const counts = new Map<string, number>();
  for (const b of batches) {
    const names = new Map(b.nodes.filter((n) => n.label === 'Unit' && n.properties.kind !== 'collective').map((n) => [n.id, n.name]));
    for (const e of b.edges) {
      const name = e.type === 'LEADS' ? names.get(e.source) : undefined;
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '区发展改革委';
}

/**
 * The two halves measured apart, one after the other, into a second store that is then dropped. Returns numbers,
 * the accuracy report and the query inputs only: the parsed batches (a second copy of the graph) are collectable
 * before the catalogue is timed, so its GC pauses are those of a process holding one graph, as the server does.
 */
async function measureHalves(dir: string, truth: Awaited<ReturnType<typeof readTruth>>) {
  const p0 = performance.now();
  const prepared = await prepareBatches([dir]);
  const t1 = performance.now();
  const sequential = new MemoryGraphStore();
  await sequential.init();
  for (const { batch } of prepared) await sequential.applyBatch(batch);
  const t2 = performance.now();
  await sequential.close();
  const batches = prepared.map((p) => p.batch);
  return {
    docs: prepared.length, chars: prepared.reduce((s, p) => s + p.raw.text.length, 0), bytes: prepared.reduce((s, p) => s + p.raw.bytes, 0),
    parseMs: t1 - p0, applyMs: t2 - t1, inputs: corpusInputs(batches), unit: busiestUnit(batches),
    report: evaluateBatches(`generated (${truth.docs} docs, seed ${truth.seed}, noise ${truth.noise})`, truth.documents, prepared),
  };
}

async function measure(request: WorkerRequest): Promise<void> {
  const truth = await readTruth(request.dir);
  // The product path: ingestPaths reads everything, then parses in a worker while this thread applies.
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const store = new MemoryGraphStore();
  await store.init();
  await ingestPaths(store, [request.dir]);
  const ingestMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const halves = await measureHalves(request.dir, truth);
  const { report, bytes } = halves;
  const catalogue = await measureCatalogue(store, halves.inputs);
  await send({
    type: 'result',
    result: {
      docs: halves.docs, tasks: report.tasks.truth, chars: halves.chars, bytes,
      parseMs: halves.parseMs, applyMs: halves.applyMs, ingestMs, ingestCpuMs: (cpu.user + cpu.system) / 1000, docsPerSec: halves.docs / (ingestMs / 1000), mbPerSec: bytes / MB / (ingestMs / 1000),
      peakRssMB: process.resourceUsage().maxRSS / 1024, heapUsedMB: process.memoryUsage().heapUsed / MB,
      catalogue, catalogueUncached: queryRunner(store).uncached,
      accuracy: { ...report, failures: failureExamples(report.failures).slice(0, 8) },
    },
  });
  if (!request.serve) {
    process.exit(0);
  }
  const app = createApp({ store, uiDir: request.uiDir, ask: { model: null } });
  const fetch = (req: Request) => (new URL(req.url).pathname === NOOP_PATH ? new Response('ok') : app.fetch(req));
  const server = serve({ fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => {
    void send({ type: 'ready', url: `http://127.0.0.1:${info.port}`, unit: halves.unit });
  });
  process.on('message', (m: { type?: string }) => {
    if (m?.type !== 'stop') return;
    (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    server.close(() => process.exit(0));
  });
}

/**
 * The ingest section alone, in this process: `npx tsx test/bench/ingest-worker.ts --ingest-only DOCS [SEED] [RUNS]` writes
 * the bench's generated corpus (as `npm run bench` does) and times the product path into a fresh store RUNS times.
 */
async function ingestOnly(docs: number, seed: number, runs: number): Promise<void> {
  const dir = join('test-output', 'bench-corpus', String(docs));
  await writeCorpus(dir, { docs, seed, noise: 0 });
  for (let run = 1; run <= runs; run++) {
    const c0 = process.cpuUsage();
    const e0 = performance.eventLoopUtilization();
    const t0 = performance.now();
    const store = new MemoryGraphStore();
    await store.init();
    const reports = await ingestPaths(store, [dir]);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    // The main thread's busy share of the wall time: near 1, the apply half is the bottleneck; well under, the parse.
    const busy = performance.eventLoopUtilization(e0).utilization;
    console.log(`[ingest] run ${run}: ${reports.length} documents in ${(ms / 1000).toFixed(2)} s wall, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, main thread busy ${(100 * busy).toFixed(0)}%, load ${loadavg()[0].toFixed(1)}`);
    await store.close();
  }
}

const only = process.argv.indexOf('--ingest-only');
if (only >= 0) {
  await ingestOnly(Number(process.argv[only + 1] ?? 1000), Number(process.argv[only + 2] ?? 1), Number(process.argv[only + 3] ?? 3));
  process.exit(0);
}

process.once('message', (request: WorkerRequest) => {
  measure(request).catch((error: unknown) => {
    void send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) }).then(() => process.exit(1));
  });
});
