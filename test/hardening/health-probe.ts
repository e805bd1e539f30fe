// Health latency of a real server on a data dir: from start-up, and during each upload of a 20 MB plan (issue 11).
// npx tsx test/hardening/health-probe.ts DATA_DIR [--uploads N] [--at-once K] [--settle SECONDS] [--node-arg ARG]... [--log FILE]
// (--node-arg=--cpu-prof --node-arg=--cpu-prof-dir=DIR profiles the server; --log keeps its stderr and stdout.)
// Prints one JSON line per phase: the slowest probe, every probe over 200 ms with when it began, the server's CPU time
// in the phase (serverCpuMs, all threads) and the machine's load average at its end.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { cpuTimeMs, largePlan, sendUpload, startServer, uploadBody, uploadText, watchHealth } from './server-process.ts';

const PLAN_BYTES = 20_000_000;
const HEAP_MB = 2048;
/** A 20 MB plan takes ~30 s to parse on a quiet machine; the parse time budget must not refuse it. */
const ENV = { POLICY_GRAPH_PARSE_TIME_MS: '600000' };

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    uploads: { type: 'string', default: '1' }, 'at-once': { type: 'string', default: '1' }, settle: { type: 'string', default: '30' }, 'node-arg': { type: 'string', multiple: true }, log: { type: 'string' },
  },
});
const dataDir = positionals[0];
if (!dataDir) {
  process.stderr.write('usage: health-probe.ts DATA_DIR [--uploads N] [--settle SECONDS] [--node-arg ARG]...\n');
  process.exit(2);
}

const spawnedAt = performance.now();
const server = await startServer(dataDir, HEAP_MB, ENV, values['node-arg'] ?? []);
const listenMs = Math.round(performance.now() - spawnedAt);
try {
  // From the moment it listens: it loads its stored documents, then ask warms up.
  const startup = watchHealth(server.url);
  await server.loaded();
  const loadedMs = Math.round(performance.now() - spawnedAt);
  await new Promise((r) => setTimeout(r, Number(values.settle) * 1000));
  const cpu = () => cpuTimeMs(server.child.pid!);
  const load = () => Math.round(loadavg()[0] * 10) / 10;
  let cpuBefore = cpu();
  console.log(JSON.stringify({ phase: 'start-up', listenMs, loadedMs, settleS: Number(values.settle), ...(await startup.stop()), serverCpuMs: cpuBefore, load: load() }));
  const stamp = Date.now();
  const uploads = Number(values.uploads);
  const atOnce = Number(values['at-once']);
  if (atOnce > 1) {
    // K uploaders over N uploads, as the 20-upload hardening test does: one phase for all of them.
    const health = watchHealth(server.url);
    cpuBefore = cpu();
    const statuses: string[] = [];
    let next = 0;
    const uploader = async () => {
      for (let n = next++; n < uploads; n = next++) {
        const res = await uploadText(server.url, `probe-${stamp}-${n}.txt`, largePlan(PLAN_BYTES, `关于推动双城经济圈建设行动方案（探测${stamp}-${n}）`));
        statuses.push(res.code ?? String(res.status));
      }
    };
    await Promise.all(Array.from({ length: atOnce }, uploader));
    console.log(JSON.stringify({ phase: `${uploads} uploads, ${atOnce} at once`, statuses: statuses.join(' '), ...(await health.stop()), serverCpuMs: cpu() - cpuBefore, load: load() }));
  }
  for (let n = 0; atOnce <= 1 && n < uploads; n++) {
    // Built before the watch starts: 20 MB built here would hold up this process's own probes, not the server.
    const body = uploadBody(`probe-${stamp}-${n}.txt`, largePlan(PLAN_BYTES, `关于推动双城经济圈建设行动方案（探测${stamp}-${n}）`));
    const health = watchHealth(server.url);
    cpuBefore = cpu();
    const t = performance.now();
    const res = await sendUpload(server.url, body);
    const uploadMs = Math.round(performance.now() - t);
    // The upload's answer comes before ask's caches rebuild for the new graph: watch that too.
    await new Promise((r) => setTimeout(r, Number(values.settle) * 1000));
    console.log(JSON.stringify({ phase: `upload ${n}`, upload: res, uploadMs, ...(await health.stop()), serverCpuMs: cpu() - cpuBefore, load: load() }));
  }
} finally {
  await server.stop();
  if (values.log) writeFileSync(values.log, server.stderr() + server.stdout());
}
