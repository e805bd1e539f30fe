// Realistic 20 MB plans against a real server process: health answers quickly during an upload and after a restart
// on the stored plan, 20 uploads leave it up and within its memory, and a data dir bigger than a smaller heap's limits starts read-only instead of crashing.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { largePlan, peakRssMb, sendUpload, startServer, uploadBody, uploadText, watchHealth } from './server-process.ts';

const PLAN_BYTES = 20_000_000;
/** Main heap of the server under test; its parse worker has its own (POLICY_GRAPH_PARSE_HEAP_MB, 2048 by default). */
const HEAP_MB = 2048;
const WORKER_HEAP_MB = 2048;
/**
 * The goal is 200 ms. The assertion leaves room: 1 s on a quiet machine (CI), stretched by the load per core on this
 * shared one, where a process waits its turn for a core (measured: 4.85 s at load 21 on 2 cores; 10.3 s before).
 */
const healthBoundMs = () => 1000 * Math.max(1, loadavg()[0] / cpus().length);
const UPLOADS = 20;
/** How long health is watched after start-up: ask's warm-up runs in this window. */
const STARTUP_WATCH_MS = 20_000;
/** A 20 MB plan takes ~30 s to parse on a quiet machine; the time budget must not be what refuses it here. */
const ENV = { POLICY_GRAPH_PARSE_TIME_MS: '600000' };

const dir = mkdtempSync(join(tmpdir(), 'pg-hard-large-'));
const plan = (n: number) => largePlan(PLAN_BYTES, `关于推动双城经济圈建设行动方案（第${n}号）`);
const storedFiles = () => readdirSync(join(dir, 'memory-store')).filter((f) => f.startsWith('doc-')).length;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('realistic 20 MB plans against a server process', () => {
  it('/api/health answers within the bound while a 20 MB plan is uploaded, parsed and applied', async () => {
    const server = await startServer(dir, HEAP_MB, ENV);
    try {
      await server.loaded();
      // Built before the watch: building 20 MB in this process would delay its own probes (the 814 ms "first probe").
      const body = uploadBody('plan-0.txt', plan(0));
      const health = watchHealth(server.url);
      const t = performance.now();
      const res = await sendUpload(server.url, body);
      const uploadMs = Math.round(performance.now() - t);
      const watched = await health.stop();
      const boundMs = Math.round(healthBoundMs());
      console.log(`health during one ${PLAN_BYTES / 1e6} MB upload: ${JSON.stringify({ ...watched, boundMs, uploadMs, upload: res })}`);
      // What the server said besides its request log (seeding, loading), for a failure below or in the later tests.
      console.log(server.stderr().split('\n').filter((l) => l && !l.startsWith('{')).join('\n'));
      expect(res.status, JSON.stringify(res)).toBe(201);
      expect(watched.failures).toBe(0);
      expect(watched.probes).toBeGreaterThan(10);
      expect(watched.maxMs).toBeLessThan(boundMs);
    } finally {
      await server.stop();
    }
  }, 1_200_000);

  it('/api/health answers within the bound right after start-up on a data dir holding a 20 MB plan (it loads, then ask warms up)', async () => {
    expect(storedFiles()).toBeGreaterThan(0);
    const server = await startServer(dir, HEAP_MB, ENV);
    try {
      // From the moment it listens: the stored plan loads (in the load worker, handed over in parts) while health answers.
      const health = watchHealth(server.url);
      // Long enough for the warm-up's whole-graph passes (export, lexicon, view, text pairs, BM25) on a quiet machine.
      await new Promise((r) => setTimeout(r, STARTUP_WATCH_MS));
      const watched = await health.stop();
      const boundMs = Math.round(healthBoundMs());
      console.log(`health after start-up on a ${PLAN_BYTES / 1e6} MB plan: ${JSON.stringify({ ...watched, boundMs })}`);
      expect(watched.failures).toBe(0);
      expect(watched.probes).toBeGreaterThan(10);
      expect(watched.maxMs).toBeLessThan(boundMs);
    } finally {
      await server.stop();
    }
  }, 300_000);

  it(`${UPLOADS} uploads of a 20 MB plan (4 at a time): refusals are clear, the server stays up and within its memory`, async () => {
    const server = await startServer(dir, HEAP_MB, ENV);
    try {
      await server.loaded();
      const before = storedFiles();
      const health = watchHealth(server.url);
      const statuses: { status: number; code: string | null }[] = [];
      let next = 1;
      const uploader = async () => {
        while (next <= UPLOADS) {
          const n = next++;
          statuses.push(await uploadText(server.url, `plan-${n}.txt`, plan(n)));
        }
      };
      await Promise.all([uploader(), uploader(), uploader(), uploader()]);
      const watched = await health.stop();
      const rss = peakRssMb(server.child.pid!);
      console.log(`${UPLOADS} uploads: ${JSON.stringify({ statuses: statuses.map((s) => s.code ?? s.status).join(' '), ...watched, peakRssMb: rss })}`);
      expect(statuses).toHaveLength(UPLOADS);
      for (const s of statuses) expect([201, 503, 507], JSON.stringify(s)).toContain(s.status);
      for (const s of statuses.filter((x) => x.status !== 201)) expect(['OVERLOADED', 'STORE_FULL']).toContain(s.code);
      expect(server.child.exitCode).toBeNull();
      expect(watched.failures).toBe(0);
      const listed = (await (await fetch(`${server.url}/api/documents`)).json()) as { documents: unknown[] };
      expect(storedFiles() - before).toBe(statuses.filter((s) => s.status === 201).length);
      expect(listed.documents.length).toBe(storedFiles());
      // Both heaps at their limits plus code, buffers and the upload bodies: past this the process ran away.
      expect(rss).toBeLessThan(HEAP_MB + WORKER_HEAP_MB + 1024);
    } finally {
      await server.stop();
    }
  }, 1_200_000);

  it('a data dir bigger than a smaller heap allows starts read-only, serving what fits, instead of crashing', async () => {
    const files = storedFiles();
    expect(files).toBeGreaterThan(1);
    const server = await startServer(dir, 384, ENV);
    try {
      await server.loaded();
      expect(server.stderr()).toMatch(/read-only/);
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { ok: boolean; writable: boolean; problem?: string };
      expect(health).toMatchObject({ ok: true, writable: false });
      const listed = (await (await fetch(`${server.url}/api/documents`)).json()) as { documents: unknown[] };
      expect(listed.documents.length).toBeLessThan(files);
      const refused = await uploadText(server.url, 'small.txt', '关于测试的实施方案\n一、总体要求\n（一）加强组织领导。（牵头单位：区政府办）');
      expect(refused).toEqual({ status: 507, code: 'STORE_FULL' });
      expect(storedFiles()).toBe(files);
    } finally {
      await server.stop();
    }
  }, 300_000);
});
