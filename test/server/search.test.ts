// Full-text search: BM25 ranking, jieba with the corpus's names, the LangChain retriever over tasks.
import { Document } from '@langchain/core/documents';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { Bm25Index } from '../../server/search/bm25.ts';
import { packedArray } from '../../server/search/packed.ts';
import { searchGraph } from '../../server/search/graph-search.ts';
import { TaskRetriever } from '../../server/search/retriever.ts';
import { taskIndexFor } from '../../server/search/task-index.ts';
import { segmenterFor } from '../../server/search/tokenizer.ts';
import { freshSeedStore, seedStore } from './support.ts';

describe('Bm25Index', () => {
  it('ranks the document where a rare term is frequent first', () => {
    const index = new Bm25Index();
    index.add('a', ['水库', '水库', '防洪']);
    index.add('b', ['水库', '道路', '道路', '道路']);
    index.add('c', ['道路', '桥梁']);
    expect(index.search(['水库', '防洪'], 10).map((h) => h.id)).toEqual(['a', 'b']);
  });

  it('breaks ties by id and honours the limit', () => {
    const index = new Bm25Index();
    index.add('y', ['x']);
    index.add('x', ['x']);
    expect(index.search(['x'], 1)).toEqual([{ id: 'x', score: expect.any(Number) }]);
  });

  it('filters before the cut, so a kept document ranked below the limit overall is still found', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 600; i++) index.add(`other${String(i).padStart(3, '0')}`, ['水库', '水库', '水库']);
    index.add('mine', ['水库', '道路', '道路', '道路', '道路']);
    expect(index.search(['水库'], 500).some((h) => h.id === 'mine')).toBe(false);
    expect(index.search(['水库'], 500, (id) => id === 'mine').map((h) => h.id)).toEqual(['mine']);
  });

  it('refuses the same id twice', () => {
    const index = new Bm25Index();
    index.add('a', []);
    expect(() => index.add('a', [])).toThrow(/already indexed/u);
  });

  it('ranks, scores and matches the same once compacted (every term\'s postings end to end), and refuses documents after', () => {
    const words = ['水库', '防洪', '道路', '桥梁', '农业', '园区'];
    const index = new Bm25Index();
    // Varied lengths and term counts, so scores differ and ties are broken by id.
    for (let i = 0; i < 300; i++) index.add(`t${String(i).padStart(3, '0')}`, Array.from({ length: 1 + (i % 7) }, (_, k) => words[(i * (k + 3)) % words.length]));
    const queries = [['水库'], ['道路', '桥梁'], ['农业', '园区', '防洪'], ['没有']];
    const before = queries.map((q) => index.search(q, 20, (id) => id !== 't007'));
    index.compact();
    expect(queries.map((q) => index.search(q, 20, (id) => id !== 't007'))).toEqual(before);
    expect(before[1].length).toBe(20);
    expect([index.hasAny(['没有']), index.hasAny(['没有', '桥梁'])]).toEqual([false, true]);
    expect(() => index.add('late', ['水库'])).toThrow(/compacted/u);
  });

  it('scores the same once compacted when a frequency passes 255 and positions pass 65,535 (wider arrays, nothing wraps)', () => {
    const index = new Bm25Index();
    for (let i = 0; i < 70_000; i++) index.add(`t${String(i).padStart(5, '0')}`, i % 9_999 === 0 ? ['水库'] : ['道路']);
    index.add('many', Array.from({ length: 300 }, () => '水库'));
    const before = index.search(['水库'], 10);
    index.compact();
    expect(index.search(['水库'], 10)).toEqual(before);
    expect(before.map((h) => h.id)).toEqual(['many', 't00000', 't09999', 't19998', 't29997', 't39996', 't49995', 't59994', 't69993']);
  });
});

describe('packedArray', () => {
  it('is the narrowest of a byte, two bytes or four that holds 0 to the maximum', () => {
    expect([0, 255, 256, 65_535, 65_536, 2 ** 31 - 1].map((max) => packedArray(3, max).constructor.name))
      .toEqual(['Uint8Array', 'Uint8Array', 'Uint16Array', 'Uint16Array', 'Int32Array', 'Int32Array']);
    expect(() => packedArray(3, -1)).toThrow(RangeError);
    expect(() => packedArray(3, 2 ** 31)).toThrow(RangeError);
  });
});

describe('tokenizer', () => {
  it('keeps user words whole and drops stop words', () => {
    const tokens = segmenterFor(['涪江观光农业走廊']).tokenize('共建涪江观光农业走廊的项目');
    expect(tokens).toContain('涪江观光农业走廊');
    expect(tokens).not.toContain('的');
  });
});

describe('search over the seed', () => {
  let store: MemoryGraphStore;
  beforeAll(async () => {
    store = await seedStore();
  });

  it('finds a task by words of its body', async () => {
    const { hits } = await searchGraph(store, { text: '病险水库除险加固' });
    expect(hits.items[0]).toMatchObject({ name: '完善水利基础设施', matched: 'text', label: 'Task' });
    expect(hits.items[0].snippet).toContain('水库');
  });

  it('keeps exact names above text matches', async () => {
    const { hits } = await searchGraph(store, { text: '涪江' });
    expect(hits.items[0]).toMatchObject({ name: '涪江', matched: 'name' });
  });

  it('filters by label and pages', async () => {
    const { hits } = await searchGraph(store, { text: '发展', labels: ['Task'], limit: 3 });
    expect(hits.items).toHaveLength(3);
    expect(hits.items.every((h) => h.label === 'Task')).toBe(true);
    expect(hits.truncated).toBe(true);
  });

  it('rebuilds the index when documents change', async () => {
    const fresh = await freshSeedStore();
    const before = await taskIndexFor(fresh);
    expect(await taskIndexFor(fresh)).toBe(before);
    await fresh.removeDocument((await fresh.listDocuments())[0].id);
    const after = await taskIndexFor(fresh);
    expect(after).not.toBe(before);
    expect(after.tasks.size).toBe(0);
  });
});

describe('TaskRetriever', () => {
  it('returns Documents carrying task metadata', async () => {
    const retriever = new TaskRetriever({ store: await seedStore(), k: 2 });
    const docs = await retriever.invoke('防洪 水库');
    expect(docs).toHaveLength(2);
    expect(docs[0]).toBeInstanceOf(Document);
    expect(docs[0].metadata).toMatchObject({ title: '完善水利基础设施', label: 'Task', path: expect.any(String), docId: expect.stringMatching(/^doc:/u) });
    expect(docs[0].metadata.units).toEqual(expect.arrayContaining(['区水利局', '区发展改革委']));
    expect(docs[0].pageContent).toContain('水库');
  });
});
