// Subprocess for the oversized-uploads test: a server with a small heap takes N uploads of a large plan (4 at a
// time) while health is probed; prints every status, the slowest health answer and the heap at the end.
// Usage: node --max-old-space-size=MB --import tsx test/hardening/many-uploads-child.ts DATA_DIR UPLOADS KB
import { getHeapStatistics } from 'node:v8';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { seedVariant } from './support.ts';

const [dataDir, uploadsArg, kbArg] = process.argv.slice(2);
const uploads = Number(uploadsArg);
const kb = Number(kbArg);

/** Plan `n`: the seed's variants joined to about `kb` KB, its own title so every upload is a new document. */
function plan(n: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < kb * 1024; i++) {
    parts.push(seedVariant(i).replace('行动方案', `行动方案（第${n}号第${i}部分）`));
    size += Buffer.byteLength(parts[i]);
  }
  return parts.join('\n');
}

const store = new MemoryGraphStore({ dataDir });
await store.init();
const app = createApp({ store });
const statuses: { status: number; code: string | null }[] = [];
let slowestHealthMs = 0;
let healthFailures = 0;
let running = true;
const probe = (async () => {
  while (running) {
    const t = performance.now();
    const res = await app.request('/api/health');
    if (res.status !== 200) healthFailures++;
    slowestHealthMs = Math.max(slowestHealthMs, performance.now() - t);
    await new Promise((r) => setTimeout(r, 100));
  }
})();
let next = 0;
async function uploader(): Promise<void> {
  while (next < uploads) {
    const n = next++;
    const form = new FormData();
    form.append('file', new Blob([plan(n)]), `plan-${n}.txt`);
    const res = await app.request('/api/documents', { method: 'POST', body: form });
    const body = (await res.json()) as { error?: { code?: string } };
    statuses.push({ status: res.status, code: body.error?.code ?? null });
  }
}
await Promise.all([uploader(), uploader(), uploader(), uploader()]);
running = false;
await probe;
const heap = getHeapStatistics();
process.stdout.write(`${JSON.stringify({
  statuses, slowestHealthMs: Math.round(slowestHealthMs), healthFailures, documents: (await store.listDocuments()).length,
  heapUsedMb: Math.round(heap.used_heap_size / 1048576), heapLimitMb: Math.round(heap.heap_size_limit / 1048576),
})}\n`);
process.exit(0);
