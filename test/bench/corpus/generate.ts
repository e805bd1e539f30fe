// Generate a reproducible synthetic corpus (documents + truth.json) from a document count, a seed and a noise rate.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { JURISDICTION_NAMES } from './data/jurisdictions.ts';
import { generateDocument, type GeneratedDocument } from './document.ts';
import { Noise } from './noise.ts';
import { createRandom } from './random.ts';
import { LAYOUTS, TRUTH_FORMAT, type CorpusTruth, type Layout } from './truth.ts';
import { unitPool, type UnitPool } from './units.ts';

export interface CorpusOptions {
  docs: number;
  seed: number;
  /** Probability of OCR damage at each place it can occur (0 = clean text). */
  noise?: number;
}

export interface GeneratedCorpus {
  documents: GeneratedDocument[];
  truth: CorpusTruth;
}

const LAYOUT_WEIGHTS: readonly (readonly [Layout, number])[] = [['lines', 0.45], ['oneline', 0.3], ['md', 0.25]];
/** Documents per jurisdiction, roughly: a small corpus still spans several districts. */
const DOCS_PER_JURISDICTION = 25;

export function jurisdictionCount(docs: number): number {
  return Math.min(JURISDICTION_NAMES.length, Math.max(3, Math.ceil(docs / DOCS_PER_JURISDICTION)));
}

/** The same options always give the same documents, byte for byte; noise never changes the underlying content. */
export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const { docs, seed } = options;
  const rate = options.noise ?? 0;
  if (!Number.isInteger(docs) || docs < 1) throw new Error(`generateCorpus: docs must be a positive integer, got ${docs}. Pass --docs N.`);
  if (!(rate >= 0 && rate <= 1)) throw new Error(`generateCorpus: noise must be in [0, 1], got ${rate}. Pass --noise 0.05 for 5%.`);
  const root = createRandom(seed);
  const jurisdictions = root.fork('jurisdictions').sample(JURISDICTION_NAMES, jurisdictionCount(docs));
  const pools = new Map<string, UnitPool>();
  const poolOf = (j: string) => {
    let pool = pools.get(j);
    if (!pool) pools.set(j, (pool = unitPool(j, root.fork(`pool:${j}`))));
    return pool;
  };
  const documents: GeneratedDocument[] = [];
  for (let index = 0; index < docs; index++) {
    const rng = root.fork(`doc:${index}`);
    const pool = poolOf(rng.pick(jurisdictions));
    const layout = rng.weighted(LAYOUT_WEIGHTS);
    documents.push(generateDocument({ index, pool, layout, rng, noise: new Noise(rate, root.fork(`noise:${index}`)) }));
  }
  return { documents, truth: { format: TRUTH_FORMAT, seed, docs, noise: rate, documents: documents.map((d) => d.truth) } };
}

const OWN_FILE = /^(?:doc-\d+\.(?:txt|md)|truth\.json)$/;

/** Write the documents and DIR/truth.json; a corpus written there before is removed first (only its own files). */
export async function writeCorpus(dir: string, options: CorpusOptions): Promise<GeneratedCorpus> {
  const corpus = generateCorpus(options);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(dir)) if (OWN_FILE.test(name)) await rm(join(dir, name), { force: true });
  for (const d of corpus.documents) await writeFile(join(dir, d.file), d.text, 'utf8');
  await writeFile(join(dir, 'truth.json'), `${JSON.stringify(corpus.truth, null, 1)}\n`, 'utf8');
  return corpus;
}

export { LAYOUTS };
