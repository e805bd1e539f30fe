// The character-pair index behind "which tasks say X word for word": a superset of the tasks holding the needle, in order.
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../graph/model.ts';
import { pairKey } from '../../server/search/pair-postings.ts';
import { buildTextGrams, tasksWithPairs, type TextGrams } from '../../server/search/text-grams.ts';

const task = (id: string, name: string, text: string): GraphNode => ({ id, label: 'Task', name, properties: { text } });

/** Every pair's postings, looked up by the pairs of the tasks' own texts (each distinct pair once). */
function postings(grams: TextGrams) {
  const keys = new Set(grams.tasks.flatMap((t) => {
    const s = `${t.name}\u0000${String(t.properties.text)}`;
    return Array.from({ length: s.length - 1 }, (_, i) => pairKey(s, i));
  }));
  return [...keys].map((key) => grams.pairs.get(key)!);
}

const TASKS = [
  task('a', '推进长江大保护', '区水利局牵头，加强长江岸线整治。'),
  task('b', '建设智慧园区', '完善园区道路和管网，推进产业园区建设。'),
  task('c', '防洪工程', '加固水库堤防，提高防洪能力。'),
  task('d', '长江岸线修复', ''),
];

describe('text grams', () => {
  const grams = buildTextGrams(TASKS);

  it('finds every task whose title or text holds the needle, in the order given, and no other here', () => {
    for (const needle of ['长江', '长江岸线', '园区', '防洪能力', '推进', '没有的词', '区水利局牵头']) {
      const scanned = TASKS.filter((t) => `${t.name}\u0000${String(t.properties.text)}`.includes(needle));
      expect(tasksWithPairs(grams, needle), needle).toEqual(scanned);
    }
  });

  it('returns a plain array of the tasks (positions are held as exact-size views of one array, a byte each for 4 tasks)', () => {
    const hits = tasksWithPairs(grams, '园区');
    expect(Array.isArray(hits)).toBe(true);
    const lists = postings(grams);
    expect(lists.every((list) => list instanceof Uint8Array)).toBe(true);
    expect(new Set(lists.map((list) => list.buffer)).size).toBe(1);
    expect(lists.reduce((n, list) => n + list.length, 0)).toBe(lists[0].buffer.byteLength);
  });

  it('holds positions past 255 in two bytes each and finds the tasks there (no position wraps)', () => {
    const many = Array.from({ length: 600 }, (_, i) => task(`t${String(i).padStart(3, '0')}`, i % 250 === 7 ? '修复长江岸线' : '建设园区', `第${i}项`));
    const big = buildTextGrams(many);
    expect(postings(big).every((list) => list instanceof Uint16Array)).toBe(true);
    expect(tasksWithPairs(big, '长江岸线').map((t) => t.id)).toEqual(['t007', 't257', 't507']);
    expect(tasksWithPairs(big, '第599项').map((t) => t.id)).toEqual(['t599']);
  });

  it('cannot narrow a one-character needle: every task', () => {
    expect(tasksWithPairs(grams, '江')).toEqual(TASKS);
  });

  it('finds every pair among many keys (a binary search over the sorted keys): the tasks of each, in order', () => {
    const many = Array.from({ length: 300 }, (_, i) => task(`t${i}`, String.fromCharCode(0x4e00 + i, 0x4e00 + ((i * 7) % 300)), ''));
    const big = buildTextGrams(many);
    many.forEach((t, i) => expect(tasksWithPairs(big, t.name).map((x) => x.id), t.name).toEqual(many.filter((x) => x.name === t.name).map((x) => x.id)));
    expect(big.pairs.get(pairKey('\u0000\u0000', 0))).toBeUndefined();
  });
});
