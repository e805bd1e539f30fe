// `npm run bench`: ingest throughput, catalogue latency and accuracy at 1/100/1,000 generated documents, plus
// Neo4j, API and browser sections when those pieces are available; writes test-output/bench.json and README's table.
import { fork } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateCorpus, evaluateSeed } from './corpus/evaluate.ts';
import { writeCorpus } from './corpus/generate.ts';
import { apiGoals, apiSection, type ApiResult, type Skipped } from './api.ts';
import { browserSection, type BrowserResult } from './browser.ts';
import type { IngestResult, WorkerMessage, WorkerRequest } from './ingest-worker.ts';
import { neo4jSection } from './neo4j.ts';
import { alignmentSection } from './alignment.ts';
import { healthUploadGoals, healthUploadSection } from './health-upload.ts';
import { REAL_INGEST_GOAL_MS, realPlansSection, type RealPlansResult } from './real-plans.ts';
import { benchMarkdown, updateReadme, type BenchResult, type Goal } from './readme.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));
/** Issue 12's goal for 1,000 generated documents into the embedded store (it said < 20 s here before, not the issue's). */
const INGEST_GOAL_MS = 8_000;
const P99_GOAL_MS = 10;

interface Served { url: string; unit: string; stop: () => Promise<void> }

/** One size in a child process (its own peak RSS); when `serve`, the child keeps the store up for the API and browser sections. */
function runSize(request: WorkerRequest, onServed: (s: Served) => Promise<void>): Promise<IngestResult> {
  const child = fork(WORKER, [], { execArgv: ['--import', import.meta.resolve('tsx')], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((resolvePromise, reject) => {
    let result: IngestResult | null = null;
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'error') reject(new Error(`bench worker failed on ${request.dir}:\n${m.message}`));
      else if (m.type === 'result') {
        result = m.result;
        if (!request.serve) void exited.then(() => resolvePromise(m.result));
      } else if (m.type === 'ready') {
        const stop = async () => { child.send({ type: 'stop' }); await exited; };
        onServed({ url: m.url, unit: m.unit, stop }).then(stop).then(() => resolvePromise(result!), reject);
      }
    });
    void exited.then((code) => { if (code !== 0 && result === null) reject(new Error(`bench worker exited with ${code} on ${request.dir}`)); });
    child.send(request);
  });
}

function goals(sizes: IngestResult[], generatedF1: number | null, seedF1: number | null, real: RealPlansResult | Skipped): Goal[] {
  const out: Goal[] = [];
  if (!('skipped' in real)) {
    out.push({ goal: `the real set (${real.docs} documents) into memory`, target: `< ${REAL_INGEST_GOAL_MS / 1000} s`, measured: `${(real.ingestMs / 1000).toFixed(1)} s wall (${(real.ingestCpuMs / 1000).toFixed(1)} s CPU)`, met: real.ingestMs < REAL_INGEST_GOAL_MS });
  }
  const big = sizes.find((s) => s.docs === 1000);
  if (big) {
    out.push({ goal: '1,000 documents into memory', target: `< ${INGEST_GOAL_MS / 1000} s`, measured: `${(big.ingestMs / 1000).toFixed(1)} s wall (${(big.ingestCpuMs / 1000).toFixed(1)} s CPU)`, met: big.ingestMs < INGEST_GOAL_MS });
    const worst = [...big.catalogue].sort((a, b) => b.wallP99 - a.wallP99);
    // ‡: over only in runs whose inputs were fast the second time (catalogue-latency.ts recheckTail).
    const over = worst.filter((r) => r.wallP99 >= P99_GOAL_MS).map((r) => `${r.query} ${r.wallP99.toFixed(1)}${r.recheck?.transient ? '‡' : ''}`);
    const cpuOver = big.catalogue.filter((r) => r.cpuP99 >= P99_GOAL_MS).length;
    out.push({
      goal: 'catalogue p99 at 1,000 documents (memory)', target: `< ${P99_GOAL_MS} ms every query`,
      measured: `${big.catalogue.length - over.length}/${big.catalogue.length} queries under (wall); over: ${over.join(', ') || 'none'}; ${cpuOver} over by CPU time`,
      met: over.length === 0,
    });
  }
  out.push({
    goal: 'generated corpus duty F1 ≥ the seed’s', target: `≥ ${seedF1?.toFixed(3) ?? 'n/a'}`, measured: generatedF1?.toFixed(3) ?? 'n/a',
    met: generatedF1 !== null && seedF1 !== null && generatedF1 >= seedF1,
  });
  return out;
}

/** `--only ingest`: the sizes' ingest alone (no serving, accuracy, Neo4j, README), each size's time and the goal. */
function printIngest(results: IngestResult[]): void {
  for (const r of results) {
    console.log(`[bench] ingest ${r.docs} documents: ${(r.ingestMs / 1000).toFixed(2)} s wall, ${(r.ingestCpuMs / 1000).toFixed(2)} s CPU, parse ${(r.parseMs / 1000).toFixed(2)} s, apply ${(r.applyMs / 1000).toFixed(2)} s, peak RSS ${r.peakRssMB.toFixed(0)} MB`);
  }
  for (const g of goals(results, null, null, { skipped: 'not run' }).filter((x) => x.goal.startsWith('1,000'))) {
    console.log(`[bench] goal ${g.goal}: ${g.target}, measured ${g.measured}: ${g.met ? 'met' : 'NOT met'} (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
  }
}

export async function main(argv: string[]): Promise<BenchResult | null> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1,100,1000' }, seed: { type: 'string', default: '1' }, noise: { type: 'string', default: '0' },
      'noisy-rate': { type: 'string', default: '0.05' }, only: { type: 'string', default: '' },
      out: { type: 'string', default: 'test-output' }, skip: { type: 'string', default: '' }, 'no-readme': { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes.split(',').map(Number).filter((x) => x > 0).sort((a, b) => a - b);
  const seed = Number(values.seed);
  const noise = Number(values.noise);
  const skip = new Set(values.skip.split(',').filter(Boolean));
  const out = resolve(values.out);
  const uiDir = join(ROOT, 'ui/dist');
  const startedAt = new Date().toISOString();
  const machine = {
    cpus: cpus().length, cpuModel: cpus()[0]?.model.trim() ?? 'unknown', memoryGB: Math.round(totalmem() / 2 ** 30), loadAverage: loadavg(), node: process.version,
    note: 'The machine was shared with other engineers’ test runs while this ran: wall times include waiting for a core.',
  };
  let api: ApiResult | Skipped = { skipped: 'not run' };
  let browser: BrowserResult | Skipped = { skipped: 'not run' };
  const results: IngestResult[] = [];
  for (const docs of sizes) {
    const dir = join(out, 'bench-corpus', String(docs));
    await writeCorpus(dir, { docs, seed, noise });
    const serve = docs === sizes[sizes.length - 1] && !(skip.has('api') && skip.has('browser')) && values.only !== 'ingest';
    console.log(`[bench] ${docs} documents: ingesting${serve ? ', then serving for the API and browser sections' : ''}…`);
    const result = await runSize({ dir, serve, uiDir }, async (served) => {
      api = skip.has('api') ? { skipped: 'skipped by --skip api' } : await apiSection(served.url, served.unit);
      browser = skip.has('browser') ? { skipped: 'skipped by --skip browser' } : await browserSection(served.url, uiDir);
    });
    console.log(`[bench] ${docs} documents: ${(result.ingestMs / 1000).toFixed(2)} s, ${result.docsPerSec.toFixed(1)} docs/s, peak RSS ${result.peakRssMB.toFixed(0)} MB`);
    results.push(result);
  }
  if (values.only === 'ingest') {
    printIngest(results);
    return null;
  }
  const seedReport = await evaluateSeed();
  const generated = results[results.length - 1].accuracy;
  const mid = sizes.find((s) => s >= 100) ?? sizes[sizes.length - 1];
  // The same documents with OCR damage: accuracy only, in this process.
  const noisyDir = join(out, 'bench-corpus', `${mid}-noisy`);
  await writeCorpus(noisyDir, { docs: mid, seed, noise: Number(values['noisy-rate']) });
  const noisy = await evaluateCorpus(noisyDir);
  const neo4jSizes = sizes.filter((s) => s >= 100);
  const neo4j = skip.has('neo4j') ? { skipped: 'skipped by --skip neo4j' } : await neo4jSection(join(out, 'bench-corpus'), neo4jSizes);
  const realPlans = skip.has('real') ? { skipped: 'skipped by --skip real' } : await realPlansSection();
  const alignment = skip.has('alignment') ? { skipped: 'skipped by --skip alignment' } : alignmentSection(seed);
  const health = skip.has('health') ? { skipped: 'skipped by --skip health' } : await healthUploadSection();
  const bench: BenchResult = {
    format: 'policy-graph-bench/v1', startedAt, machine, corpus: { seed, noise }, sizes: results,
    accuracy: { generated, noisy, seed: seedReport }, realPlans, neo4j, alignment, api, browser,
    goals: [...goals(results, generated.duties.all.f1, seedReport.duties.all.f1, realPlans), ...apiGoals(api), ...healthUploadGoals(health)],
  };
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'bench.json'), `${JSON.stringify(bench, null, 1)}\n`);
  const markdown = benchMarkdown(bench);
  if (!values['no-readme']) await updateReadme(join(ROOT, 'README.md'), markdown);
  console.log(markdown);
  return bench;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
}
