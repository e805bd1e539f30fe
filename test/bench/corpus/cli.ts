// `npm run corpus -- --docs N --seed S --out DIR [--noise RATE]`: write a synthetic corpus and its truth.json.
import { parseArgs } from 'node:util';
import { writeCorpus } from './generate.ts';

const USAGE = 'usage: npm run corpus -- --docs N --seed S --out DIR [--noise RATE]';

function number(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const n = Number(raw);
  if (raw === undefined || !Number.isFinite(n)) throw new Error(`--${name} needs a number (${USAGE})`);
  return n;
}

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { docs: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, noise: { type: 'string' } },
  });
  if (!values.out) throw new Error(`--out DIR is required (${USAGE})`);
  const options = { docs: number('docs', values.docs), seed: number('seed', values.seed, 1), noise: number('noise', values.noise, 0) };
  const t0 = performance.now();
  const corpus = await writeCorpus(values.out, options);
  const tasks = corpus.truth.documents.reduce((n, d) => n + d.tasks.length, 0);
  const chars = corpus.documents.reduce((n, d) => n + d.text.length, 0);
  console.log(`wrote ${corpus.documents.length} documents (${tasks} tasks, ${(chars / 1000).toFixed(0)}k characters) and truth.json to ${values.out} in ${(performance.now() - t0).toFixed(0)} ms (seed ${options.seed}, noise ${options.noise})`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
