// Where a bulk ingest into Neo4j spends its time: parse vs write, and the write's wall time per statement kind.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-ingest-profile.ts --dir DIR` on an EMPTY database (the data dir freshly
// deleted: its transaction logs slow a re-ingest several times). Parses DIR first (timed alone), then writes the
// batches as `ingestPaths` groups them, timing every `tx.run` of the store by its statement's first words, and prints
// each write transaction's cost (server and client CPU, parameter bytes, shared-node docIds sent): the load's curve.
// `--profile-tx N` runs transaction N's statements under PROFILE and sums their db hits by statement; `--wipe` empties
// the database first (a warm server, for runs compared with each other).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { RUNTIME_PATHS } from '../../graph/neo4j/runtime-files.ts';
import { Neo4jClient } from '../../graph/store/neo4j/neo4j-client.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { LOCK_DOCUMENTS, PLANNED_ONCE } from '../../graph/store/neo4j/neo4j-cypher.ts';
import { processCpuMs } from './served-app.ts';

/** Documents per applyBatches call, as ingest.ts BULK_DOCS hands them. */
const BULK_DOCS = 200;

interface Cost {
  calls: number;
  ms: number;
  /** Bytes of its parameters as JSON. */
  bytes: number;
}

/** A statement's kind: its first words with CYPHER options and UNWIND / CALL boilerplate kept short, labels and types left in. */
function kind(statement: string): string {
  return statement.replace(/\s+/g, ' ').replace(/^CYPHER (\w+=\w+ )+/, '').replace(/^UNWIND \$rows AS (row|id) /, '').slice(0, 80);
}

/** A statement and its parameters as the store wrote them, before inOneMap put them in one map (`$p`). */
function unmapped(statement: string, params: Record<string, unknown> | undefined): { text: string; params: Record<string, unknown> | undefined } {
  if (!statement.startsWith(PLANNED_ONCE)) return { text: statement, params };
  return { text: statement.slice(PLANNED_ONCE.length).replace(/\$p\./g, '$'), params: { ...params, ...(params?.p as Record<string, unknown>) } };
}

/** One write transaction of the load: its wall and CPU (this process, the server), what it sent, its db hits when profiled. */
interface TxCost {
  docs: number;
  wallMs: number;
  clientCpuMs: number;
  serverCpuMs: number;
  /** Bytes of the statements' parameters as JSON, and the `docIds` entries among them (shared nodes' membership). */
  paramBytes: number;
  docIdsSent: number;
  dbHits: number;
}

/** Db hits of a PROFILE plan (operators and their children). */
function planHits(plan: { dbHits?: number; children?: unknown[] } | undefined | null): number {
  if (!plan) return 0;
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum: number, c) => sum + planHits(c as typeof plan), 0);
}

function docIdsIn(params: Record<string, unknown> | undefined): number {
  const rows = params?.rows;
  if (!Array.isArray(rows)) return 0;
  return rows.reduce((sum: number, row) => {
    const ids = (row as { props?: { docIds?: unknown } })?.props?.docIds;
    return sum + (Array.isArray(ids) ? ids.length : 0);
  }, 0);
}

/**
 * Every tx.run of the store's write transactions timed (until its records are in) and summed by kind; each
 * transaction's cost appended to `txs`. `profile(i)` says whether transaction i runs its statements under PROFILE
 * (their db hits summed by kind into `hits`; PROFILE makes the server work more, so that transaction's CPU is not comparable).
 */
function timeWrites(costs: Map<string, Cost>, txs: TxCost[], hits: Map<string, number>, profile: (i: number) => boolean): void {
  const write = Neo4jClient.prototype.write;
  Neo4jClient.prototype.write = async function timed<T>(this: Neo4jClient, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const index = txs.length;
    const profiled = profile(index);
    const cost: TxCost = { docs: 0, wallMs: 0, clientCpuMs: 0, serverCpuMs: 0, paramBytes: 0, docIdsSent: 0, dbHits: 0 };
    const s0 = serverCost();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await write.call(this, (tx: ManagedTransaction) => work(new Proxy(tx, {
      get(target, key) {
        if (key !== 'run') return Reflect.get(target, key);
        return (sentText: string, sentParams?: Record<string, unknown>) => {
          const { text: statement, params } = unmapped(sentText, sentParams);
          const t1 = performance.now();
          const bytes = JSON.stringify(sentParams ?? {}).length;
          cost.paramBytes += bytes;
          cost.docIdsSent += docIdsIn(params);
          if (statement === LOCK_DOCUMENTS) cost.docs = (params?.rows as unknown[]).length;
          sent.count += 1;
          const lengths = sent.texts.get(sentText) ?? new Set<number>();
          lengths.add(Array.isArray(sentParams?.rows) ? sentParams.rows.length : -1);
          sent.texts.set(sentText, lengths);
          const result = target.run(profiled ? `PROFILE ${sentText}` : sentText, sentParams);
          const add = () => {
            const c = costs.get(kind(statement)) ?? { calls: 0, ms: 0, bytes: 0 };
            costs.set(kind(statement), { calls: c.calls + 1, ms: c.ms + performance.now() - t1, bytes: c.bytes + bytes });
          };
          result.then((r) => {
            add();
            if (!profiled) return;
            const h = planHits(r.summary.profile as never);
            cost.dbHits += h;
            hits.set(kind(statement), (hits.get(kind(statement)) ?? 0) + h);
          }, add);
          return result;
        };
      },
    }))) as T;
    const c = process.cpuUsage(c0);
    const s1 = serverCost();
    cost.wallMs = performance.now() - t0;
    cost.clientCpuMs = (c.user + c.system) / 1000;
    cost.serverCpuMs = s0 && s1 ? (s1.cpuS - s0.cpuS) * 1000 : NaN;
    txs.push(cost);
    return out;
  };
}

/**
 * Statements the writes sent: how many, and each distinct text with the distinct lengths of a top-level `$rows` (-1: none,
 * e.g. rows sent inside one map). Neo4j plans a statement once per text and per top-level parameter's type and size
 * bucket, so these bound what the server plans; the plans it cached are counted at the end (db.clearQueryCaches).
 */
const sent = { count: 0, texts: new Map<string, Set<number>>() };

/** Server threads by what they do, from their names (/proc/PID/task/TID/comm): the JVM's JIT compilers, its collector, Bolt workers. */
const THREAD_KINDS: [kind: string, name: RegExp][] = [['jit', /^C[12] Compiler/], ['gc', /^(GC Thread|G1 |VM Thread)/], ['bolt', /^neo4j\.Bolt/]];
type ThreadCpu = Record<string, number>;

/** CPU seconds of the server's live threads by kind (a thread that ended took its time with it: the total comes from /proc/PID/stat). */
export function threadCpu(pid: string): ThreadCpu {
  const out: ThreadCpu = Object.fromEntries(THREAD_KINDS.map(([kind]) => [kind, 0]));
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8');
      const kind = THREAD_KINDS.find(([, pattern]) => pattern.test(name))?.[0];
      if (kind) out[kind] += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
    } catch {
      // A thread that ended between the listing and the read.
    }
  }
  return out;
}

/**
 * The local server's CPU seconds (utime + stime from /proc), by thread kind, its logged stop-the-world pauses and its
 * logged replans (a cached plan discarded as stale: its counts moved, see PLAN_KEPT), when the server is the one of
 * `npm run neo4j:start` on this machine: wall time on a shared machine is mostly waiting for a core.
 */
export function serverCost(): { cpuS: number; threads: ThreadCpu; pauses: number; pauseMs: number; gcMs: number; replans: number } | null {
  if (!existsSync(RUNTIME_PATHS.pidFile)) return null;
  const pid = readFileSync(RUNTIME_PATHS.pidFile, 'utf8').trim();
  if (!existsSync(`/proc/${pid}/stat`)) return null;
  const debugLog = `${RUNTIME_PATHS.logs}/debug.log`;
  const log = existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : '';
  const pauses = [...log.matchAll(/stop-the-world pause: \{pauseTime=(\d+), gcTime=(\d+)/g)];
  const sum = (k: number) => pauses.reduce((total, m) => total + Number(m[k]), 0);
  const replans = log.match(/Discarded stale query from the query cache/g)?.length ?? 0;
  return { cpuS: processCpuMs(pid) / 1000, threads: threadCpu(pid), pauses: pauses.length, pauseMs: sum(1), gcMs: sum(2), replans };
}

/** Empties the database in small transactions (`--wipe`), so runs can share one warm server. */
export async function wipe(): Promise<void> {
  const client = new Neo4jClient(neo4jConfigFromEnv());
  try {
    await client.autoCommit(['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS']);
  } finally {
    await client.close();
  }
}

/** Empties the server's plan caches, saying how many plans it held: what the load made the server plan (besides init's). */
async function clearPlans(): Promise<string> {
  const client = new Neo4jClient(neo4jConfigFromEnv());
  try {
    return String((await client.autoCommit(['CALL db.clearQueryCaches() YIELD value RETURN value']))[0]?.value);
  } finally {
    await client.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, 'profile-tx': { type: 'string' }, wipe: { type: 'boolean' } } });
  const profileTx = Number(values['profile-tx'] ?? 0);
  if (!values.dir) throw new Error('neo4j-ingest-profile: --dir is required: a corpus folder of `npm run corpus`.');
  const c0 = process.cpuUsage();
  let t0 = performance.now();
  const batches = (await prepareBatches([values.dir])).map((p) => p.batch);
  const parseMs = performance.now() - t0;
  const parseCpu = process.cpuUsage(c0);
  const costs = new Map<string, Cost>();
  const txs: TxCost[] = [];
  const hits = new Map<string, number>();
  const store = new Neo4jGraphStore(neo4jConfigFromEnv());
  try {
    if (values.wipe) await wipe();
    timeWrites(costs, txs, hits, (i) => i + 1 === profileTx);
    await store.init();
    const server0 = serverCost();
    const c1 = process.cpuUsage();
    t0 = performance.now();
    // As ingestPaths does: one bulk load (into an empty database the Lucene-backed indexes are built after the writes, inside the timing).
    const written = { at: 0, server: null as ReturnType<typeof serverCost> };
    await store.bulkLoad(batches.length, async () => {
      for (let i = 0; i < batches.length; i += BULK_DOCS) await store.applyBatches(batches.slice(i, i + BULK_DOCS));
      Object.assign(written, { at: performance.now(), server: serverCost() });
    });
    const writeMs = performance.now() - t0;
    // What bulkLoad did after the last write: on an empty database, building the deferred indexes.
    const built = serverCost();
    const builtCpu = written.server && built ? `${(built.cpuS - written.server.cpuS).toFixed(1)} s` : 'unknown';
    console.log(`after the last write (index build on an empty database): ${(performance.now() - written.at).toFixed(0)} ms wall, server cpu ${builtCpu}`);
    const writeCpu = process.cpuUsage(c1);
    const cpu = (c: NodeJS.CpuUsage) => ((c.user + c.system) / 1000).toFixed(0);
    const server1 = serverCost();
    if (server0 && server1) {
      const threads = THREAD_KINDS.map(([kind]) => `${kind} ${(server1.threads[kind] - server0.threads[kind]).toFixed(1)}`).join(', ');
      console.log(`server: cpu ${(server1.cpuS - server0.cpuS).toFixed(1)} s (${threads}), ${server1.pauses - server0.pauses} stop-the-world pauses ` +
        `(${server1.pauseMs - server0.pauseMs} ms, of which GC ${server1.gcMs - server0.gcMs} ms), ${server1.replans - server0.replans} plans discarded as stale`);
    }
    const lengths = [...sent.texts.values()].reduce((n, l) => n + l.size, 0);
    console.log(`statements: ${sent.count} sent, ${sent.texts.size} distinct texts, ${lengths} distinct (text, $rows length) pairs`);
    console.log(`plan cache after the load: ${await clearPlans()}`);
    console.log(`${batches.length} documents: parse ${parseMs.toFixed(0)} ms (cpu ${cpu(parseCpu)}), write ${writeMs.toFixed(0)} ms (this process's cpu ${cpu(writeCpu)}), load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const rows = [...costs].map(([statement, c]) => ({ statement, calls: c.calls, ms: Math.round(c.ms), 'param KB': Math.round(c.bytes / 1024) })).sort((a, b) => b.ms - a.ms);
    console.table(rows.slice(0, 25));
    // The per-transaction curve: a cost that grows with the corpus shows as late transactions dearer than early ones.
    console.table(txs.map((t, i) => ({
      tx: i + 1, docs: t.docs, 'server cpu ms': Math.round(t.serverCpuMs), 'client cpu ms': Math.round(t.clientCpuMs), 'wall ms': Math.round(t.wallMs),
      'param KB': Math.round(t.paramBytes / 1024), 'docIds sent': t.docIdsSent, ...(i + 1 === profileTx ? { 'db hits': t.dbHits } : {}),
    })));
    if (hits.size > 0) console.table([...hits].map(([statement, h]) => ({ statement, 'db hits': h })).sort((a, b) => b['db hits'] - a['db hits']));
  } finally {
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
}
