// One product-path ingest (ingestPaths into a fresh MemoryGraphStore) by the code of CHECKOUT, timed in this process:
// run it for two checkouts in turn to compare their process CPU under the same load (wall time on a busy machine
// says little). Main-thread CPU is read from /proc (Linux; Node 20 has no per-thread cpuUsage): the parse worker's
// share is the process CPU less it. Peak RSS is the process's maxRSS. Usage: npx tsx test/bench/ingest-once.ts CHECKOUT DIR
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [checkout, dir] = process.argv.slice(2);
if (!checkout || !dir) throw new Error('usage: npx tsx test/bench/ingest-once.ts CHECKOUT DIR');
const from = (path: string) => import(pathToFileURL(resolve(checkout, path)).href);
const { ingestPaths } = await from('graph/pipeline/ingest.ts');
const { MemoryGraphStore } = await from('graph/store/memory/memory-store.ts');
/** CPU seconds of this process's main thread (utime + stime of its task, in clock ticks of 10 ms), or NaN off Linux. */
function mainThreadCpu(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

const m0 = mainThreadCpu();
const c0 = process.cpuUsage();
const e0 = performance.eventLoopUtilization();
const t0 = performance.now();
const store = new MemoryGraphStore();
await store.init();
const reports = await ingestPaths(store, [resolve(dir)]);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const main = mainThreadCpu() - m0;
const busy = performance.eventLoopUtilization(e0).utilization;
const rssMb = process.resourceUsage().maxRSS / 1024;
console.log(`${checkout}: ${reports.length} documents in ${(ms / 1000).toFixed(2)} s wall, process CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s, main thread CPU ${main.toFixed(2)} s, main thread busy ${(100 * busy).toFixed(0)}%, peak RSS ${rssMb.toFixed(0)} MB, load ${loadavg()[0].toFixed(1)}`);
process.exit(0);
