// The dense BM25 scorer and the character-pair index against the plain definitions they replace, on random data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../graph/model.ts';
import { Bm25Index } from '../../server/search/bm25.ts';
import { buildTextGrams, tasksWithPairs } from '../../server/search/text-grams.ts';

const K1 = 1.2;
const B = 0.75;

/** BM25 as the textbook writes it: a Map of scores, every posting scored, a full sort. */
function reference(docs: Array<[string, string[]]>, query: string[], limit: number, keep?: (id: string) => boolean) {
  const df = new Map<string, number>();
  for (const [, tokens] of docs) for (const t of new Set(tokens)) df.set(t, (df.get(t) ?? 0) + 1);
  const avg = docs.reduce((n, [, t]) => n + t.length, 0) / docs.length;
  const scores = new Map<string, number>();
  for (const term of new Set(query)) {
    const idf = Math.log(1 + (docs.length - (df.get(term) ?? 0) + 0.5) / ((df.get(term) ?? 0) + 0.5));
    for (const [id, tokens] of docs) {
      const tf = tokens.filter((t) => t === term).length;
      if (tf === 0 || (keep && !keep(id))) continue;
      scores.set(id, (scores.get(id) ?? 0) + (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * tokens.length) / avg)));
    }
  }
  return [...scores].map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, limit);
}

const word = fc.constantFrom('水库', '道路', '防洪', '建设', '推进', '产业', '园区');

describe('Bm25Index (dense scores)', () => {
  it('ranks, cuts and filters exactly as the plain definition', () => {
    fc.assert(fc.property(
      fc.array(fc.array(word, { maxLength: 12 }), { minLength: 1, maxLength: 40 }), fc.array(word, { maxLength: 4 }),
      fc.integer({ min: 1, max: 8 }), fc.boolean(),
      (bodies, query, limit, filtered) => {
        const docs = bodies.map((tokens, i): [string, string[]] => [`t${(i * 7) % 41}-${i}`, tokens]);
        const index = new Bm25Index();
        for (const [id, tokens] of docs) index.add(id, tokens);
        const keep = filtered ? (id: string) => id.endsWith('1') || id.endsWith('4') : undefined;
        expect(index.search(query, limit, keep)).toEqual(reference(docs, query, limit, keep));
      },
    ), { numRuns: 300 });
  });
});

const task = (id: string, name: string, text: string): GraphNode => ({ id, label: 'Task', name, properties: { text } });

describe('tasksWithPairs', () => {
  it('returns every task whose title or text holds the needle, in the given order', () => {
    const chars = fc.constantFrom('水', '库', '防', '洪', '建', '设', '区');
    fc.assert(fc.property(
      fc.array(fc.tuple(fc.string({ unit: chars, maxLength: 6 }), fc.string({ unit: chars, maxLength: 20 })), { maxLength: 30 }),
      fc.string({ unit: chars, minLength: 2, maxLength: 4 }),
      (rows, needle) => {
        const tasks = rows.map(([name, text], i) => task(`t${i}`, name, text));
        const found = tasksWithPairs(buildTextGrams(tasks), needle).map((t) => t.id);
        const holding = tasks.filter((t) => t.name.includes(needle) || String(t.properties.text).includes(needle)).map((t) => t.id);
        expect(holding.every((id) => found.includes(id))).toBe(true);
        expect(found).toEqual(tasks.map((t) => t.id).filter((id) => found.includes(id)));
      },
    ), { numRuns: 300 });
  });

  it('narrows to the tasks that hold every pair of the needle', () => {
    const grams = buildTextGrams([task('a', '完善水利基础设施', ''), task('b', '建设水库', '推进防洪工程'), task('c', '防洪', '')]);
    expect(tasksWithPairs(grams, '防洪工程').map((t) => t.id)).toEqual(['b']);
    expect(tasksWithPairs(grams, '桥梁')).toEqual([]);
  });
});
