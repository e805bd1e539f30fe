// The API bench's ask rows for this tree and other checkouts in one run, over one stored graph (e.g. 1,000 documents).
// Usage: npx tsx test/bench/api-ask.ts --data DIR [--settle-ms N] [CHECKOUT ...]   (DIR: a memory store's folder, as
// filled by ask-steady.ts --corpus; CHECKOUT: another tree of this repo). Each server gets `--settle-ms` to warm up.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { apiSection } from './api.ts';
import { readyCheckouts, startServed } from './served-app.ts';

async function measure(root: string, dataDir: string, settleMs: number): Promise<unknown> {
  const { child, url } = await startServed(root, dataDir, 'api-ask');
  try {
    await new Promise((r) => setTimeout(r, settleMs));
    const c0 = await fetch(`${url}/api/health`).then(() => process.hrtime.bigint());
    const result = await apiSection(url, '区发展改革委');
    return { root, loadBefore: loadavg()[0], result, sinceReadyMs: Number(process.hrtime.bigint() - c0) / 1e6 };
  } finally {
    child.kill('SIGTERM');
  }
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { data: { type: 'string' }, 'settle-ms': { type: 'string', default: '60000' } } });
  if (!values.data) throw new Error('api-ask: --data DIR is required (a memory store folder).');
  const here = resolve('.');
  const roots = [here, ...positionals.map((p) => resolve(p))];
  readyCheckouts(here, roots.slice(1), 'api-ask');
  console.log(JSON.stringify({ cpus: cpus().length, loadavg: loadavg() }));
  for (const root of roots) console.log(JSON.stringify(await measure(root, resolve(values.data), Number(values['settle-ms']))));
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
