// Facts every store derives the same way from a batch: content hash, summary, stable JSON.
import { describe, expect, it } from 'vitest';
import { batchContentHash, stableStringify, summarizeBatch } from '../../../graph/store/batch/batch-content.ts';
import { validateBatch } from '../../../graph/store/batch/batch-validate.ts';
import { setOwn, stableList } from '../../../graph/store/batch/json.ts';
import fc from 'fast-check';
import { PLAN, planBatch } from '../../support/fixtures.ts';

describe('batch content', () => {
  it('serialises objects the same whatever their key order', () => {
    expect(stableStringify({ b: 1, a: [{ d: 2, c: undefined }] })).toBe(stableStringify({ a: [{ d: 2 }], b: 1 }));
  });

  it('writes a list in pieces with the same text as stableStringify, whatever the items', () => {
    fc.assert(fc.property(fc.array(fc.jsonValue()), (items) => {
      expect([...stableList(items)].join('')).toBe(stableStringify(items));
    }));
    // Past one piece, with keys in every order, undefined values and a key named __proto__ (the slow path).
    const many = Array.from({ length: 1300 }, (_, i) => (i % 2 ? { b: i, a: { z: [i, undefined], y: 'x' } } : { a: i, c: undefined }));
    expect([...stableList(many)].join('')).toBe(stableStringify(many));
    const odd = { b: 1 };
    setOwn(odd, '__proto__', { x: 1 });
    expect([...stableList([odd, { a: 2 }])].join('')).toBe(stableStringify([odd, { a: 2 }]));
  });

  it('hashes the fixture plan as it always has (stored documents keep their hash)', () => {
    expect(batchContentHash(planBatch())).toBe('169ba4cee3b51632d2183ede9998f6dea25f7e501d2463ba07df482594cb7377');
  });

  it('hashes content, not node order or ingestedAt', () => {
    const a = planBatch();
    const b = planBatch('2030-01-01T00:00:00.000Z');
    b.nodes.reverse();
    b.edges.reverse();
    expect(batchContentHash(b)).toBe(batchContentHash(a));
    const c = planBatch();
    c.nodes[1].name = '推动产业协同发展（修订）';
    expect(batchContentHash(c)).not.toBe(batchContentHash(a));
  });

  it('summarises a document from its batch', () => {
    expect(summarizeBatch(validateBatch(planBatch()))).toMatchObject({
      id: PLAN, jurisdiction: '区', counts: { tasks: 4, sections: 3, units: 9, edges: 28, warnings: 1 },
    });
  });

  it('validation drops store-computed docIds from shared nodes and copies the input', () => {
    const raw = planBatch();
    const unit = raw.nodes.find((n) => n.label === 'Unit')!;
    unit.properties.docIds = ['doc:forged'];
    const valid = validateBatch(raw);
    expect(valid.nodes.find((n) => n.id === unit.id)?.properties.docIds).toBeUndefined();
    expect(unit.properties.docIds).toEqual(['doc:forged']);
  });
});

describe('copies of JSON data', () => {
  it('keep a property named __proto__ as data', async () => {
    const { copyJson } = await import('../../../graph/store/batch/json.ts');
    const parsed = JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Record<string, unknown>;
    const copy = copyJson(parsed);
    expect(Object.keys(copy)).toEqual(['__proto__', 'a']);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    expect(stableStringify(parsed)).toBe('{"__proto__":{"polluted":true},"a":1}');
  });
});
