// Property maps survive the trip through flat Neo4j properties: values, nesting, odd keys and key order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProperties, encodeProperties } from '../../../graph/store/neo4j/neo4j-props.ts';

const NATIVE = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v) || Array.isArray(v);

describe('neo4j property encoding', () => {
  it('keeps scalars and flat lists native and nested values as JSON', () => {
    const stored = encodeProperties({ title: '方案', start: 3, inferred: true, aliases: ['a', 'b'], evidence: { docId: 'd', start: 0, end: 1, text: 'x' }, kind: null });
    expect(stored).toMatchObject({ title: '方案', start: 3, inferred: true, aliases: ['a', 'b'], evidence_json: '{"docId":"d","start":0,"end":1,"text":"x"}', kind_json: 'null' });
    expect(Object.values(stored).every(NATIVE)).toBe(true);
  });

  it('moves keys that would collide with id, name, private or JSON slots out of the way', () => {
    const properties = JSON.parse('{"id":"other","name":"n","pg_hash":"h","note_json":"raw","note":{"a":1},"":1,"__proto__":{"x":1}}');
    const stored = encodeProperties(properties);
    expect([stored.id, stored.name, stored.pg_hash]).toEqual([undefined, undefined, undefined]);
    const decoded = decodeProperties({ ...stored, id: 'node-id', name: 'node-name' });
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(properties));
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
  });

  it('round-trips any JSON property map, key order included', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.array(fc.integer()),
      fc.array(fc.oneof(fc.string(), fc.integer())), fc.dictionary(fc.string(), fc.string()));
    fc.assert(fc.property(fc.dictionary(fc.string(), value), (properties) => {
      const stored = encodeProperties(properties);
      expect(Object.values(stored).every(NATIVE)).toBe(true);
      expect(JSON.stringify(decodeProperties(JSON.parse(JSON.stringify(stored))))).toBe(JSON.stringify(properties));
    }), { numRuns: 300 });
  });
});
