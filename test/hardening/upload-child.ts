// Subprocess for uploads that might exhaust memory: uploads one file to a fresh app and prints status and error code.
// Usage: node --max-old-space-size=N --import tsx test/hardening/upload-child.ts FILE NAME
import { readFile } from 'node:fs/promises';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';

const [file, name] = process.argv.slice(2);
const form = new FormData();
form.append('file', new Blob([await readFile(file)]), name);
const res = await createApp({ store: new MemoryGraphStore() }).request('/api/documents', { method: 'POST', body: form });
const body = (await res.json()) as { error?: { code?: string } };
process.stdout.write(`${JSON.stringify({ status: res.status, code: body.error?.code ?? null })}\n`);
