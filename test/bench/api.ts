// API throughput on loopback with autocannon: /api/ask and a catalogue route against a trivial route of the same process.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { distinctPlans } from './api-plans.ts';
import type { Goal } from './readme.ts';
/** The trivial route the API bench compares against: same process, same server, no store, no routing. */
export const NOOP_PATH = '/__bench/noop';

export interface Skipped { skipped: string }

export interface ApiRow {
  route: string;
  /** Concurrent connections: 10 measures throughput (mean latency = connections / throughput), 1 the latency of one request. */
  connections: number;
  /** One request before the run, timed alone: lazily built indexes show here. */
  firstMs: number;
  /** The first ask row: the dev set asked once before any ask row (untimed there), so the indexes some kinds of
   *  question build on first use (alignment, text pairs, the last BM25 slices) are not inside a measured run.
   *  The plans row: one plan of each documented shape (the last ones of the list, cycled to last) sent first. */
  warmMs?: number;
  requestsPerSec: number;
  latencyP50: number;
  latencyP99: number;
  requests: number;
  errors: number;
  timeouts: number;
}

export interface ApiResult {
  durationSec: number;
  question: string;
  /** How many different questions the distinct-questions rows cycle through. */
  distinctQuestions: number;
  /** How many different plans the query-language row cycles through. */
  distinctPlans: number;
  rows: ApiRow[];
}

/** Bounded in time and to 127.0.0.1: a few seconds per route. */
const CONNECTIONS = 10;
const DURATION_SEC = 5;
/** Issue 10's goals for /api/ask at 1,000 documents and for the query language's plans. */
export const ASK_GOALS = { questionsPerSec: 300, p99Ms: 20, planP99Ms: 10 } as const;

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
/** The question sets' other shapes over a task's title ({t}) and a target's indicator ({i}). */
export const TASK_TEMPLATES = ['{t}由哪个单位牵头？', '{t}的责任单位有哪些？', '{t}在哪一节下面？'];
export const INDICATOR_TEMPLATES = ['{i}要达到多少？', '{i}的目标是多少？'];
/** Names drawn from the served graph for each shape. */
const NAMES_PER_SHAPE = 200;
/** Plans per documented example: more than one connection asks in the run, so none is repeated. */
const PLANS_PER_SHAPE = 200;

async function post<T>(url: string, path: string, body: unknown): Promise<T | null> {
  const res = await fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return res.ok ? ((await res.json()) as T) : null;
}

/** One of each shape in turn, so a run of a few seconds meets every shape, not 200 questions of the first one. */
function interleave(lists: string[][]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(0, ...lists.map((l) => l.length)); i++) for (const l of lists) if (i < l.length) out.push(l[i]);
  return [...new Set(out)];
}

/**
 * The realistic dev set plus the question sets' shapes over the served graph's own names (the busiest units, tasks that
 * set targets, their indicators): one repeated question would measure a cache. Also the documented plans' shapes over
 * the same names, for the query language's row.
 */
export async function distinctQuestions(url: string): Promise<{ dev: string[]; all: string[]; plans: unknown[] }> {
  const dev = (JSON.parse(readFileSync(new URL('../fixtures/questions/dev.json', import.meta.url), 'utf8')) as Array<{ q: string }>).map((d) => d.q);
  const workload = await post<{ units: { items: Array<{ unit: { name: string } }> } }>(url, '/api/query/workload', { limit: NAMES_PER_SHAPE });
  const targets = await post<{ targets: { items: Array<{ target: { indicator: string | null }; task: { name: string } | null }> } }>(url, '/api/query/targets', { limit: 500 });
  const units = workload?.units.items.map((i) => i.unit.name) ?? [];
  const items = targets?.targets.items ?? [];
  const tasks = [...new Set(items.map((i) => i.task?.name ?? '').filter((n) => n.length >= 4))].slice(0, NAMES_PER_SHAPE);
  const indicators = [...new Set(items.map((i) => i.target.indicator ?? '').filter((n) => n.length >= 2))].slice(0, NAMES_PER_SHAPE);
  const fill = (templates: string[], key: string, names: string[]) => templates.map((t) => names.map((n) => t.replace(key, n)));
  const all = interleave([dev, ...fill(ASK_TEMPLATES, '{u}', units), ...fill(TASK_TEMPLATES, '{t}', tasks), ...fill(INDICATOR_TEMPLATES, '{i}', indicators)]);
  const places = await post<{ result: { items: Array<{ name: string }> } }>(url, '/api/query', { steps: [{ op: 'find', by: 'label', labels: ['Place'] }, { op: 'return', what: 'entities', limit: NAMES_PER_SHAPE }] });
  const plans = distinctPlans({ units, places: places?.result.items.map((i) => i.name) ?? [], indicators }, PLANS_PER_SHAPE);
  return { dev, all, plans };
}

interface Route {
  route: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Each request sends the next of these bodies instead of `body`. */
  bodies?: string[];
  connections: number;
}

const jsonHeaders = (r: Route) => (r.method === 'POST' ? { 'content-type': 'application/json' } : undefined);

/** One request of the route, timed alone. */
async function firstRequest(url: string, r: Route): Promise<number> {
  const t0 = performance.now();
  await fetch(`${url}${r.path}`, { method: r.method, body: r.bodies?.[0] ?? r.body, headers: jsonHeaders(r) }).then((res) => res.arrayBuffer());
  return performance.now() - t0;
}

/** A bench route run by autocannon: `connections` connections for DURATION_SEC. */
async function runRoute(autocannon: Autocannon, url: string, r: Route, firstMs: number): Promise<ApiRow> {
  const headers = jsonHeaders(r);
  let next = 1;
  const bodies = r.bodies;
  // Each request sends the next body of the list, so answers are not the same one over and over.
  const requests = bodies ? { requests: [{ method: r.method, headers, setupRequest: (req: object) => ({ ...req, body: bodies[next++ % bodies.length] }) }] } : {};
  const result = await autocannon({ url: `${url}${r.path}`, method: r.method, body: r.body, headers, connections: r.connections, duration: DURATION_SEC, ...requests });
  return {
    route: r.route, connections: r.connections, firstMs, requestsPerSec: result.requests.average, latencyP50: result.latency.p50, latencyP99: result.latency.p99,
    requests: result.requests.total, errors: result.errors - result.timeouts + result.non2xx, timeouts: result.timeouts,
  };
}

/**
 * Throughput rows run 10 connections (on 2 shared cores a request then waits for the others: p99 there is queueing);
 * the latency rows run 1 connection, one request at a time, which is the p99 a user meets on a quiet server.
 */
export async function apiSection(url: string, unit: string): Promise<ApiResult | Skipped> {
  if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) return { skipped: `refusing a non-loopback target ${url}` };
  let autocannon: Autocannon;
  try {
    autocannon = ((await import('autocannon' as string)) as { default: Autocannon }).default;
  } catch {
    return { skipped: 'autocannon is not installed (npm install --save-dev autocannon)' };
  }
  const question = `${unit}牵头哪些任务？`;
  const { dev, all: questions, plans } = await distinctQuestions(url);
  const asked = questions.map((q) => JSON.stringify({ question: q }));
  const rows: ApiRow[] = [];
  for (const r of [
    { route: `GET ${NOOP_PATH} (trivial)`, method: 'GET', path: NOOP_PATH, connections: CONNECTIONS },
    { route: 'GET /api/health', method: 'GET', path: '/api/health', connections: CONNECTIONS },
    { route: 'POST /api/query/unitTasks', method: 'POST', path: '/api/query/unitTasks', body: JSON.stringify({ unit }), connections: CONNECTIONS },
  ] as Route[]) rows.push(await runRoute(autocannon, url, r, await firstRequest(url, r)));
  // The first question alone (lexicon, view and BM25 built here unless the server warmed them), then the dev set once,
  // so no ask row measures an index being built.
  const repeated: Route = { route: 'POST /api/ask (one question repeated)', method: 'POST', path: '/api/ask', body: JSON.stringify({ question }), connections: CONNECTIONS };
  const firstMs = await firstRequest(url, repeated);
  const w0 = performance.now();
  for (const q of dev) await post(url, '/api/ask', { question: q });
  const warmMs = performance.now() - w0;
  rows.push({ ...(await runRoute(autocannon, url, repeated, firstMs)), warmMs });
  for (const r of [
    { route: 'POST /api/ask (distinct questions)', method: 'POST', path: '/api/ask', bodies: asked, connections: CONNECTIONS },
    { route: 'POST /api/ask (distinct questions, latency)', method: 'POST', path: '/api/ask', bodies: asked, connections: 1 },
  ] as Route[]) rows.push(await runRoute(autocannon, url, r, await firstRequest(url, r)));
  // One plan of each documented shape first (untimed there, reported as warmMs): the memory engine keeps label scans and
  // rank counts per graph version, built by the first plan that needs them, which is not the steady p99.
  const planRoute: Route = { route: 'POST /api/query (distinct plans, latency)', method: 'POST', path: '/api/query', bodies: plans.map((p) => JSON.stringify(p)), connections: 1 };
  const planFirstMs = await firstRequest(url, planRoute);
  const p0 = performance.now();
  for (const plan of plans.slice(-PLAN_EXAMPLES.length)) await post(url, '/api/query', plan);
  rows.push({ ...(await runRoute(autocannon, url, planRoute, planFirstMs)), warmMs: performance.now() - p0 });
  return { durationSec: DURATION_SEC, question, distinctQuestions: questions.length, distinctPlans: plans.length, rows };
}

/** The goals' rows: throughput from the 10-connection distinct row, latency from the 1-connection ones. */
export function apiGoals(api: ApiResult | Skipped): Goal[] {
  if ('skipped' in api) return [];
  const row = (prefix: string) => api.rows.find((r) => r.route.startsWith(prefix));
  const out: Goal[] = [];
  const through = row('POST /api/ask (distinct questions)');
  const latency = row('POST /api/ask (distinct questions, latency)');
  const plans = row('POST /api/query (distinct plans');
  if (through) out.push({ goal: '/api/ask throughput, distinct questions (10 connections)', target: `≥ ${ASK_GOALS.questionsPerSec} questions/s`, measured: `${through.requestsPerSec.toFixed(0)}/s`, met: through.requestsPerSec >= ASK_GOALS.questionsPerSec });
  if (latency) out.push({ goal: '/api/ask p99, distinct questions (1 connection)', target: `< ${ASK_GOALS.p99Ms} ms`, measured: `p50 ${latency.latencyP50} ms, p99 ${latency.latencyP99} ms`, met: latency.latencyP99 < ASK_GOALS.p99Ms });
  if (plans) out.push({ goal: 'query language plans p99, memory (1 connection, HTTP included)', target: `< ${ASK_GOALS.planP99Ms} ms`, measured: `p50 ${plans.latencyP50} ms, p99 ${plans.latencyP99} ms`, met: plans.latencyP99 < ASK_GOALS.planP99Ms });
  return out;
}
