// Parse CPU, this tree against another checkout, in one process: each document parsed by both in turn (alternating
// which goes first), so both meet the same machine load; the batches' JSON compared as well.
//
// `npx tsx test/bench/parse-ab.ts --base CHECKOUT [--rounds 2] DIR...` (DIR: a generated corpus, test/fixtures/real).
//
// Calibrate before reading a small difference: with CHECKOUT an identical copy of this tree, this tree's side read
// 1.8–8 % slower (2026-12-06, 1,000 generated documents, 5 rounds over two runs, load ~1.2) — the side loaded through
// the static imports pays more, so a difference inside that band is not a finding.
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { GraphBatch } from '../../graph/model.ts';
import { batchFromDocument, readAll } from '../../graph/pipeline/ingest.ts';
import type { RawDocument } from '../../graph/read/index.ts';

type Parse = (raw: RawDocument, options: { now: () => Date }) => GraphBatch;

const NOW = new Date('2026-01-01T00:00:00.000Z');

function cpuMs(run: () => unknown): { ms: number; out: unknown } {
  const c0 = process.cpuUsage();
  const out = run();
  const c = process.cpuUsage(c0);
  return { ms: (c.user + c.system) / 1000, out };
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' }, rounds: { type: 'string', default: '2' } } });
  if (!values.base || positionals.length === 0) throw new Error('usage: --base CHECKOUT DIR...');
  const baseModule = await import(pathToFileURL(join(resolve(values.base), 'graph/pipeline/ingest.ts')).href);
  const base: Parse = baseModule.batchFromDocument;
  const head: Parse = batchFromDocument;
  const raws = await readAll(positionals);
  const options = { now: () => NOW };
  for (let round = 1; round <= Number(values.rounds); round++) {
    let baseMs = 0;
    let headMs = 0;
    let differ = 0;
    for (const [i, raw] of raws.entries()) {
      const [first, second] = i % 2 ? [base, head] : [head, base];
      const a = cpuMs(() => first(raw, options));
      const b = cpuMs(() => second(raw, options));
      const [x, y] = i % 2 ? [a, b] : [b, a];
      baseMs += x.ms;
      headMs += y.ms;
      if (JSON.stringify(x.out) !== JSON.stringify(y.out)) differ += 1;
    }
    console.log(`round ${round}: ${raws.length} documents, parse CPU base ${(baseMs / 1000).toFixed(2)} s, head ${(headMs / 1000).toFixed(2)} s (${((100 * (headMs - baseMs)) / baseMs).toFixed(1)}%), batches differ ${differ}, load ${loadavg()[0].toFixed(1)}`);
  }
}

await main();
