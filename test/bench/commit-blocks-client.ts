// The client side of commit-blocks-child.ts, in a worker thread so that building and sending a 20 MB body, and
// timing the probes, costs the server's event loop nothing: the upload, health every 20 ms, a graph read every 50 ms.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { largePlan, uploadText } from '../hardening/server-process.ts';

export interface ClientJob { url: string; bytes: number; nodeId: string }
export interface Probe { maxMs: number; p50: number; probes: number; failures: number }

function summary(times: number[], failures: number): Probe {
  const sorted = [...times].sort((a, b) => a - b);
  return { maxMs: Math.round(sorted.at(-1) ?? 0), p50: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0), probes: times.length, failures };
}

/** GET `url` every `everyMs` until stopped; each answer's time. */
function probe(url: string, everyMs: number): { stop: () => Promise<Probe> } {
  let running = true;
  const times: number[] = [];
  let failures = 0;
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      const res = await fetch(url).catch(() => null);
      if (res?.status !== 200) failures += 1;
      await res?.arrayBuffer();
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return { stop: async () => { running = false; await loop; return summary(times, failures); } };
}

const job = workerData as ClientJob;
const plan = largePlan(job.bytes, '关于推动双城经济圈建设行动方案（测量）');
parentPort!.postMessage({ ready: true });
parentPort!.once('message', async () => {
  const health = probe(`${job.url}/api/health`, 20);
  const read = probe(`${job.url}/api/nodes/${encodeURIComponent(job.nodeId)}`, 50);
  const t = performance.now();
  const upload = await uploadText(job.url, 'plan.txt', plan);
  const uploadMs = Math.round(performance.now() - t);
  parentPort!.postMessage({ upload, uploadMs, health: await health.stop(), graphRead: await read.stop() });
});
