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
  /** Distinct questions only: the dev set asked once before the run (untimed there), so the indexes some kinds of
   *  question build on first use (alignment, text pairs, the last BM25 slices) are not inside the measured run. */
  warmMs?: number;
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
/** The question sets' other shapes over a task's title ({t}) and a target's indicator ({i}). */
export const TASK_TEMPLATES = ['{t}由哪个单位牵头？', '{t}的责任单位有哪些？', '{t}在哪一节下面？'];
export const INDICATOR_TEMPLATES = ['{i}要达到多少？', '{i}的目标是多少？'];
/** Names drawn from the served graph for each shape. */
const NAMES_PER_SHAPE = 200;

async function post<T>(url: string, route: string, body: unknown): Promise<T | null> {
  const res = await fetch(`${url}/api/query/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
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
 * set targets, their indicators): one repeated question would measure a cache.
 */
async function distinctQuestions(url: string): Promise<{ dev: string[]; all: string[] }> {
  const dev = (JSON.parse(readFileSync(new URL('../fixtures/questions/dev.json', import.meta.url), 'utf8')) as Array<{ q: string }>).map((d) => d.q);
  const workload = await post<{ units: { items: Array<{ unit: { name: string } }> } }>(url, 'workload', { limit: NAMES_PER_SHAPE });
  const targets = await post<{ targets: { items: Array<{ target: { indicator: string | null }; task: { name: string } | null }> } }>(url, 'targets', { limit: 500 });
  const units = workload?.units.items.map((i) => i.unit.name) ?? [];
  const items = targets?.targets.items ?? [];
  const tasks = [...new Set(items.map((i) => i.task?.name ?? '').filter((n) => n.length >= 4))].slice(0, NAMES_PER_SHAPE);
  const indicators = [...new Set(items.map((i) => i.target.indicator ?? '').filter((n) => n.length >= 2))].slice(0, NAMES_PER_SHAPE);
  const fill = (templates: string[], key: string, names: string[]) => templates.map((t) => names.map((n) => t.replace(key, n)));
  const all = interleave([dev, ...fill(ASK_TEMPLATES, '{u}', units), ...fill(TASK_TEMPLATES, '{t}', tasks), ...fill(INDICATOR_TEMPLATES, '{i}', indicators)]);
  return { dev, all };
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
  const { dev, all: questions } = await distinctQuestions(url);
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
    const w0 = performance.now();
    if ('distinct' in r) for (const q of dev) await fetch(`${url}${r.path}`, { method: r.method, body: JSON.stringify({ question: q }), headers: r.headers }).then((res) => res.arrayBuffer());
    const warmMs = 'distinct' in r ? performance.now() - w0 : undefined;
    const requests = 'distinct' in r ? { requests: [{ method: r.method, headers: r.headers, setupRequest }] } : {};
    const result = await autocannon({ url: `${url}${r.path}`, method: r.method, body: r.body, headers: r.headers, connections: CONNECTIONS, duration: DURATION_SEC, ...requests });
    rows.push({
      route: r.route, firstMs, ...(warmMs === undefined ? {} : { warmMs }), requestsPerSec: result.requests.average, latencyP50: result.latency.p50, latencyP99: result.latency.p99,
      requests: result.requests.total, errors: result.errors - result.timeouts + result.non2xx, timeouts: result.timeouts,
    });
  }
  return { connections: CONNECTIONS, durationSec: DURATION_SEC, question, distinctQuestions: questions.length, rows };
}
