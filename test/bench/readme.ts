// The benchmark as markdown tables, written between <!-- bench:start --> and <!-- bench:end --> in README.md.
import { readFile, writeFile } from 'node:fs/promises';
import { accuracyRows, markdownTable } from './corpus/report.ts';
import { alignmentMarkdown, type AlignmentResult } from './alignment.ts';
import type { ApiResult, Skipped } from './api.ts';
import type { BrowserResult } from './browser.ts';
import type { IngestResult } from './ingest-worker.ts';
import { RECHECKED, type LatencyRow } from './catalogue-latency.ts';
import type { Neo4jResult } from './neo4j.ts';
import { realPlansMarkdown, type RealPlansResult } from './real-plans.ts';
import type { AccuracyReport } from './corpus/evaluate.ts';

/** Which API row answers which goal: written beside the table, since the two ask rows measure different things. */
const API_READING = 'Throughput (≥ 300 questions/s) is the 10-connection distinct row; latency (p99 < 20 ms) is the 1-connection distinct row, '
  + 'since at 10 connections each request also waits for the nine others (mean latency = 10 / throughput); the plans row is the query language at 1 connection, HTTP included.';

export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

export interface Goal { goal: string; target: string; measured: string; met: boolean }

export interface BenchResult {
  format: 'policy-graph-bench/v1';
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGB: number; loadAverage: number[]; node: string; note: string };
  corpus: { seed: number; noise: number };
  sizes: IngestResult[];
  accuracy: { generated: AccuracyReport; noisy: AccuracyReport; seed: AccuracyReport };
  realPlans: RealPlansResult | Skipped;
  neo4j: Neo4jResult | Skipped;
  alignment: AlignmentResult | Skipped;
  api: ApiResult | Skipped;
  browser: BrowserResult | Skipped;
  goals: Goal[];
}

const n = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const skippedLine = (what: string, s: Skipped) => `${what}: skipped — ${s.skipped}.`;
const isSkipped = (x: object): x is Skipped => 'skipped' in x;

function ingestTable(sizes: IngestResult[]): string {
  return markdownTable(
    ['documents', 'tasks', 'text MB', 'parse s', 'apply s', 'total s', 'CPU s', 'docs/s', 'MB/s', 'peak RSS MB'],
    sizes.map((s) => [String(s.docs), String(s.tasks), n(s.bytes / 1048576, 2), n(s.parseMs / 1000, 2), n(s.applyMs / 1000, 2), n(s.ingestMs / 1000, 2),
      n(s.ingestCpuMs / 1000, 2), n(s.docsPerSec), n(s.mbPerSec, 2), n(s.peakRssMB, 0)]),
  );
}

/** Below this many runs a p99 is the slowest run (nearest rank): such cells are marked and the mark explained. */
const P99_RUNS = 100;
const P99_NOTE = `† fewer than ${P99_RUNS} runs: that p99 is the slowest run. Every query now runs at least 101 times (its p99 is then the second slowest run).`;
const RECHECK_NOTE = `‡ the tail was not the input: the ${RECHECKED} slowest runs' inputs, run again right after, bring the p99 under half (a GC pause, another process on the core, a first plan or a first touch of a cache). `
  + '"slowest again" is the p99 with those runs taken as long as their second run; a row without ‡ is slow on the same inputs twice.';
const p99Cell = (value: number, runs: number, digits = 2) => `${n(value, digits)}${runs < P99_RUNS ? '†' : ''}`;
/** A p99 with its marks: † too few runs, ‡ transient (LatencyRow.recheck). */
const latencyP99 = (r: LatencyRow, value = r.wallP99) => `${p99Cell(value, r.runs)}${r.recheck?.transient ? '‡' : ''}`;
const againCell = (r: LatencyRow | undefined) => (r?.recheck ? `${n(r.recheck.wallP99, 2)} / ${n(r.recheck.cpuP99, 2)}` : 'n/a');

function latencyTable(sizes: IngestResult[]): string {
  const queries = sizes[0]?.catalogue.map((r) => r.query) ?? [];
  const cell = (s: IngestResult, q: string) => {
    const r = s.catalogue.find((x) => x.query === q);
    return r ? `${n(r.wallP50, 2)} / ${latencyP99(r)}` : 'n/a';
  };
  const last = sizes[sizes.length - 1];
  const at = (q: string) => last.catalogue.find((x) => x.query === q);
  const cpu = (q: string) => { const r = at(q); return r ? `${n(r.cpuP50, 2)} / ${p99Cell(r.cpuP99, r.runs)}` : 'n/a'; };
  return markdownTable(
    ['query', ...sizes.map((s) => `${s.docs} docs wall p50 / p99 ms`), `${last.docs} docs CPU p50 / p99 ms`, `${last.docs} docs p99 slowest again, wall / CPU ms`],
    queries.map((q) => [q, ...sizes.map((s) => cell(s, q)), cpu(q), againCell(at(q))]),
  ) + `\n\n${P99_NOTE}\n${RECHECK_NOTE}`;
}

export function benchMarkdown(r: BenchResult): string {
  const m = r.machine;
  const out = [
    `Run ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGB} GB, Node ${m.node}; load average at start ${m.loadAverage.map((x) => n(x, 2)).join(' / ')}. ${m.note}`,
    `Corpus: \`npm run corpus -- --docs N --seed ${r.corpus.seed} --noise ${r.corpus.noise}\`; regenerate these tables with \`npm run bench\` (raw figures in \`test-output/bench.json\`).`,
    '', '**Goals**', '', markdownTable(['goal', 'target', 'measured', 'met'], r.goals.map((g) => [g.goal, g.target, g.measured, g.met ? 'yes' : 'no'])),
    '', '**Ingest into memory** (total, CPU, docs/s, MB/s: `ingestPaths` into a fresh `MemoryGraphStore`, the product path, which parses in a worker thread while the main thread applies; parse s / apply s: the two halves run one after the other; each size in its own process)', '', ingestTable(r.sizes),
    '', `**Catalogue latency** (memory store, ${r.sizes.every((s) => s.catalogueUncached) ? 'uncached: the query itself, not the answer cache' : 'through store.run'}; inputs drawn from the corpus)`, '', latencyTable(r.sizes),
    '', '**Accuracy** (generated corpora against their truth.json, clean and with OCR noise; the seed against its golden table)', '',
    markdownTable(['metric', r.accuracy.generated.name, r.accuracy.noisy.name, r.accuracy.seed.name], accuracyRows([r.accuracy.generated, r.accuracy.noisy, r.accuracy.seed])),
    '',
  ];
  out.push(isSkipped(r.realPlans) ? skippedLine('**Real plans**', r.realPlans) : realPlansMarkdown(r.realPlans), '');
  if (isSkipped(r.neo4j)) out.push(skippedLine('**Neo4j**', r.neo4j), '');
  else {
    for (const size of r.neo4j.sizes) {
      out.push(`**Neo4j, ${size.docs} documents**: bulk ingest ${n(size.ingestMs / 1000, 1)} s (${n(size.docsPerSec, 1)} docs/s, load ${n(size.load, 1)}); `
        + `catalogue timed without the answer cache (one consistent read transaction per query); /api/ask p50 ${n(size.ask.p50, 1)} ms, p99 ${p99Cell(size.ask.p99, size.ask.runs, 1)} ms over ${size.ask.runs} questions (first ${n(size.ask.firstMs, 0)} ms); bench process RSS ${n(size.rssMB, 0)} MB`
        // Older bench.json files have no server reading.
        + (size.server ? `; a fresh server process over it: RSS ${n(size.server.rssMB, 0)} MB once ask is warm (${size.server.steps.map((m) => `${m.step} ${n(m.rssMB, 0)}`).join(', ')})` : ''), '',
      markdownTable(['query', 'runs', 'p50 ms', 'p99 ms', 'p99 slowest again, wall / client CPU ms', 'first (cold) ms'],
        size.catalogue.map((q) => [q.query, String(q.runs), n(q.wallP50, 2), latencyP99(q), againCell(q), n(q.coldMs, 1)])), '', P99_NOTE, RECHECK_NOTE, '');
    }
  }
  out.push(isSkipped(r.alignment) ? skippedLine('**Alignment**', r.alignment) : alignmentMarkdown(r.alignment), '');
  if (isSkipped(r.api)) out.push(skippedLine('**API**', r.api), '');
  else out.push(`**API** (autocannon on 127.0.0.1, ${r.api.durationSec} s per route, server over the ${r.sizes[r.sizes.length - 1].docs}-document store; client and server share the 2 cores; the repeated question is 「${r.api.question}」, unitTasks names the same unit; distinct rows cycle ${r.api.distinctQuestions} questions and ${r.api.distinctPlans} plans). ${API_READING}`, '',
    markdownTable(['route', 'connections', 'first request ms', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'timeouts', 'errors'],
      r.api.rows.map((a) => [a.route, String(a.connections), n(a.firstMs, 0), n(a.requestsPerSec, 0), n(a.latencyP50, 1), n(a.latencyP99, 1), String(a.requests), String(a.timeouts), String(a.errors)])), '');
  if (isSkipped(r.browser)) out.push(skippedLine('**Browser**', r.browser));
  else out.push(`**Browser** (headless Chromium, explorer over the ${r.sizes[r.sizes.length - 1].docs}-document store): ready after ${r.browser.readyMs.join(' / ')} ms (median ${r.browser.readyMsMedian}), DOMContentLoaded ${n(r.browser.domContentLoadedMs, 0)} ms, ${r.browser.nodes} nodes drawn.`);
  return out.join('\n');
}

/** Replace the block between the markers, adding a "## Benchmarks" section with them when absent. */
export async function updateReadme(path: string, markdown: string): Promise<void> {
  const text = await readFile(path, 'utf8');
  const block = `${START}\n${markdown}\n${END}`;
  const at = text.indexOf(START);
  const end = text.indexOf(END);
  const next = at >= 0 && end > at
    ? `${text.slice(0, at)}${block}${text.slice(end + END.length)}`
    : `${text.replace(/\s*$/, '')}\n\n## Benchmarks\n\n${block}\n`;
  await writeFile(path, next, 'utf8');
}
