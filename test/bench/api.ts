// API throughput on loopback with autocannon: /api/ask and a catalogue route against a trivial route of the same process.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
/** The trivial route the API bench compares against: same process, same server, no store, no routing. */
export const NOOP_PATH = '/__bench/noop';

export interface Skipped { skipped: string }

export interface ApiRow {
  route: string;
  /** One request before the run, timed alone: lazily built indexes show here. */
  firstMs: number;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
}

export interface ApiResult {
  connections: number;
  durationSec: number;
  question: string;
  /** How many different questions the distinct-questions row cycles through. */
  distinctQuestions: number;
  rows: ApiRow[];
}

/** Bounded in time and to 127.0.0.1: a few seconds per route. */
const CONNECTIONS = 10;
const DURATION_SEC = 5;

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

/** Questions a staff member asks about one unit: {u} is its name. */
export const ASK_TEMPLATES = ['{u}牵头哪些任务？', '{u}和哪些单位一起负责任务？', '{u}参与了几项任务？', '{u}配合哪些任务？', 'Which tasks does {u} lead?'];

/** The realistic dev set plus templated questions over the served graph's busiest units: one repeated question would measure a cache. */
async function distinctQuestions(url: string): Promise<string[]> {
  const dev = JSON.parse(readFileSync(new URL('../fixtures/questions/dev.json', import.meta.url), 'utf8')) as Array<{ q: string }>;
  const res = await fetch(`${url}/api/query/workload`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ limit: 200 }) });
  const units = res.ok ? ((await res.json()) as { units: { items: Array<{ unit: { name: string } }> } }).units.items.map((i) => i.unit.name) : [];
  return [...new Set([...dev.map((d) => d.q), ...ASK_TEMPLATES.flatMap((t) => units.map((u) => t.replace('{u}', u)))])];
}

export async function apiSection(url: string, unit: string): Promise<ApiResult | Skipped> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) return { skipped: `refusing a non-loopback target ${url}` };
  let autocannon: Autocannon;
  try {
    autocannon = ((await import('autocannon' as string)) as { default: Autocannon }).default;
  } catch {
    return { skipped: 'autocannon is not installed (npm install --save-dev autocannon)' };
  }
  const json = { 'content-type': 'application/json' };
  const question = `${unit}牵头哪些任务？`;
  const questions = await distinctQuestions(url);
  const routes = [
    { route: `GET ${NOOP_PATH} (trivial)`, method: 'GET', path: NOOP_PATH },
    { route: 'GET /api/health', method: 'GET', path: '/api/health' },
    { route: 'POST /api/query/unitTasks', method: 'POST', path: '/api/query/unitTasks', body: JSON.stringify({ unit }), headers: json },
    { route: 'POST /api/ask', method: 'POST', path: '/api/ask', body: JSON.stringify({ question }), headers: json },
    { route: 'POST /api/ask (distinct questions)', method: 'POST', path: '/api/ask', body: JSON.stringify({ question: questions[0] }), headers: json, distinct: true },
  ];
  let next = 0;
  // Each request asks the next question of the list, so answers are not the same one over and over.
  const setupRequest = (req: Record<string, unknown>) => ({ ...req, body: JSON.stringify({ question: questions[next++ % questions.length] }) });
  const rows: ApiRow[] = [];
  for (const r of routes) {
    const t0 = performance.now();
    await fetch(`${url}${r.path}`, { method: r.method, body: r.body, headers: r.headers }).then((res) => res.arrayBuffer());
    const firstMs = performance.now() - t0;
    const requests = 'distinct' in r ? { requests: [{ method: r.method, headers: r.headers, setupRequest }] } : {};
    const result = await autocannon({ url: `${url}${r.path}`, method: r.method, body: r.body, headers: r.headers, connections: CONNECTIONS, duration: DURATION_SEC, ...requests });
    rows.push({
      route: r.route, firstMs, requestsPerSec: result.requests.average, latencyP50: result.latency.p50, latencyP99: result.latency.p99,
      requests: result.requests.total, errors: result.errors - result.timeouts + result.non2xx, timeouts: result.timeouts,
    });
  }
  return { connections: CONNECTIONS, durationSec: DURATION_SEC, question, distinctQuestions: questions.length, rows };
}
