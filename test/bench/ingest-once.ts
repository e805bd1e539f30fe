// One product-path ingest (ingestPaths into a fresh MemoryGraphStore) by the code of CHECKOUT, timed in this process:
// run it for two checkouts in turn to compare their process CPU under the same load (wall time on a busy machine
// says little). Usage: npx tsx test/bench/ingest-once.ts CHECKOUT DIR
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [checkout, dir] = process.argv.slice(2);
if (!checkout || !dir) throw new Error('usage: npx tsx test/bench/ingest-once.ts CHECKOUT DIR');
const from = (path: string) => import(pathToFileURL(resolve(checkout, path)).href);
const { ingestPaths } = await from('graph/pipeline/ingest.ts');
const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
const c0 = process.cpuUsage();
const e0 = performance.eventLoopUtilization();
const t0 = performance.now();
const store = new MemoryGraphStore();
await store.init();
const reports = await ingestPaths(store, [resolve(dir)]);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const busy = performance.eventLoopUtilization(e0).utilization;
console.log(`${checkout}: ${reports.length} documents in ${(ms / 1000).toFixed(2)} s wall, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, main thread busy ${(100 * busy).toFixed(0)}%, load ${loadavg()[0].toFixed(1)}`);
process.exit(0);
