// The synthetic corpus generator: reproducible from its seed, covering every convention, layout and noise kind.
import { describe, expect, it } from 'vitest';
import { generateCorpus } from './generate.ts';
import { NOISE_KINDS } from './noise.ts';
import { createRandom } from './random.ts';
import { CONVENTIONS, LAYOUTS } from './truth.ts';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { readDocumentBuffer } from '../../../graph/read/index.ts';

const corpus = generateCorpus({ docs: 30, seed: 1 });
const noisy = generateCorpus({ docs: 30, seed: 1, noise: 0.2 });
const tasks = corpus.truth.documents.flatMap((d) => d.tasks);

describe('seeded random', () => {
  it('gives the same stream for the same seed and a different one for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('forks streams that do not depend on what the parent drew', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    b.next();
    expect(a.fork('x').next()).toBe(b.fork('x').next());
  });
});

describe('generateCorpus', () => {
  it('is deterministic for a seed', () => {
    expect(generateCorpus({ docs: 30, seed: 1 })).toEqual(corpus);
    expect(generateCorpus({ docs: 30, seed: 2 }).documents[0].text).not.toBe(corpus.documents[0].text);
  });

  it('keeps the same content under noise: same tasks and duties, different text', () => {
    const strip = (c: typeof corpus) => c.truth.documents.map((d) => d.tasks.map(({ noise: _n, ...t }) => t));
    expect(strip(noisy)).toEqual(strip(corpus));
    expect(noisy.documents.map((d) => d.text)).not.toEqual(corpus.documents.map((d) => d.text));
  });

  it('uses every duty convention in a corpus of 30 documents', () => {
    const seen = new Set(tasks.flatMap((t) => t.conventions));
    expect([...CONVENTIONS].filter((c) => !seen.has(c))).toEqual([]);
  });

  it('writes every layout and several jurisdictions, each in .txt or .md', () => {
    expect(new Set(corpus.truth.documents.map((d) => d.layout))).toEqual(new Set(LAYOUTS));
    expect(new Set(corpus.truth.documents.map((d) => d.jurisdiction)).size).toBeGreaterThanOrEqual(2);
    for (const d of corpus.documents) expect(d.file).toMatch(d.truth.layout === 'md' ? /\.md$/ : /\.txt$/);
    for (const d of corpus.documents.filter((x) => x.truth.layout === 'oneline')) expect(d.text.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('applies every kind of OCR noise at a high rate, and none at rate 0', () => {
    const kinds = new Set(noisy.truth.documents.flatMap((d) => d.tasks.flatMap((t) => t.noise.map((n) => n.kind))));
    expect([...NOISE_KINDS].filter((k) => !kinds.has(k))).toEqual([]);
    expect(tasks.every((t) => t.noise.length === 0)).toBe(true);
  });

  it('records consistent truth: a title per task, unique within its document, no unit in two roles', () => {
    for (const d of corpus.truth.documents) {
      const titles = d.tasks.map((t) => t.title);
      expect(new Set(titles).size).toBe(titles.length);
      for (const t of d.tasks) {
        expect(t.title.length).toBeGreaterThan(3);
        expect(new Set([...t.lead, ...t.support, ...t.responsible]).size).toBe(t.lead.length + t.support.length + t.responsible.length);
      }
    }
  });

  it('refuses a non-positive document count or a noise rate outside [0, 1]', () => {
    expect(() => generateCorpus({ docs: 0, seed: 1 })).toThrow(/docs/);
    expect(() => generateCorpus({ docs: 1, seed: 1, noise: 2 })).toThrow(/noise/);
  });
});

describe('generated documents', () => {
  it('read and parse without throwing, clean and noisy', async () => {
    for (const d of [...corpus.documents, ...noisy.documents]) {
      const raw = await readDocumentBuffer(Buffer.from(d.text, 'utf8'), d.file);
      expect(() => batchFromDocument(raw)).not.toThrow();
    }
  });
});
