// Ordering helpers: code-unit order, whole-segment path prefixes, and top-k selection equal to a full sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareStrings, lastByKey, lightNode, paginate, pathUnder, smallest } from '../../../graph/catalogue/order.ts';

describe('order helpers', () => {
  it('compares strings by code unit, not locale', () => {
    expect(['区财政局', '区发展改革委', 'B', 'a'].sort(compareStrings)).toEqual(['B', 'a', '区发展改革委', '区财政局']);
  });

  it('matches section paths by whole segments', () => {
    expect(pathUnder('二/(三)/1', '二/(三)')).toBe(true);
    expect(pathUnder('二/(三)', '二/(三)/')).toBe(true);
    expect(pathUnder('二/(三十)/1', '二/(三)')).toBe(false);
    expect(pathUnder('二十/1', '二')).toBe(false);
  });

  it('selects the k smallest exactly as a full sort would', () => {
    const byValueThenId = (a: [number, string], b: [number, string]) => a[0] - b[0] || compareStrings(a[1], b[1]);
    fc.assert(fc.property(
      fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.string()), { selector: (t) => t[1], maxLength: 300 }),
      fc.integer({ min: 0, max: 40 }),
      (items, k) => {
        expect(smallest(items, byValueThenId, k)).toEqual([...items].sort(byValueThenId).slice(0, k));
      },
    ));
  });

  it('pages say how many items there were', () => {
    expect(paginate([3, 1, 2], (a, b) => a - b, 2)).toEqual({ items: [1, 2], total: 3, truncated: true });
    expect(paginate([], (a: number, b: number) => a - b, 2)).toEqual({ items: [], total: 0, truncated: false });
  });

  it('leaves a Document’s text out of query answers', () => {
    const doc = { id: 'doc:1', label: 'Document' as const, name: 't', properties: { title: 't', text: 'long' } };
    expect(lightNode(doc).properties).toEqual({ title: 't' });
    expect(doc.properties.text).toBe('long');
  });

  it('keeps the last row of each key at the first one\'s place, as a Map from the rows would, whatever the array', () => {
    const byId = (r: { id: string }) => r.id;
    fc.assert(fc.property(fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), n: fc.nat(9) })), (rows) => {
      const expected = [...new Map(rows.map((r) => [r.id, r])).values()];
      expect(lastByKey(rows, byId)).toEqual(expected);
      // Asked again (the memory store hands out one array per graph version): the same answer.
      expect(lastByKey(rows, byId)).toEqual(expected);
      // Another key on the same array is not answered from the first key's result.
      expect(lastByKey(rows, (r) => String(r.n))).toEqual([...new Map(rows.map((r) => [String(r.n), r])).values()]);
    }));
  });
});
