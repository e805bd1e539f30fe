// Subprocess for the disk-full test, run on a small tmpfs: fill the disk, upload, and print what the API said.
// Usage: node --import tsx test/hardening/disk-full-child.ts DATA_DIR (DATA_DIR on a tmpfs of a few MB)
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import type { LogEntry } from '../../server/http/request-log.ts';
import { SEED_TEXT } from './support.ts';

const [dataDir] = process.argv.slice(2);
const store = new MemoryGraphStore({ dataDir });
await store.init();
const logs: LogEntry[] = [];
const app = createApp({ store, log: (e) => logs.push(e) });
const healthBefore = await (await app.request('/api/health')).json();
const chunk = Buffer.alloc(64 * 1024, 1);
try {
  for (;;) appendFileSync(join(dataDir, 'filler'), chunk);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
}
const form = new FormData();
form.append('file', new Blob([SEED_TEXT]), 'plan.txt');
const res = await app.request('/api/documents', { method: 'POST', body: form });
const upload = { status: res.status, body: await res.json() };
const health = await (await app.request('/api/health')).json();
const documents = (await store.listDocuments()).length;
process.stdout.write(`${JSON.stringify({ healthBefore, upload, health, documents, logs })}\n`);
process.exit(0);
