// Property maps survive the trip through flat Neo4j properties: values, nesting, odd keys and key order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProperties, decodeSubgraph, encodeProperties } from '../../../graph/store/neo4j/neo4j-props.ts';

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

  it('reads a subgraph sent as layouts and values (SUBGRAPH) as the whole node and edge', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string()));
    fc.assert(fc.property(fc.array(fc.dictionary(fc.string(), value), { minLength: 1, maxLength: 6 }), (maps) => {
      const stored = maps.map((m) => JSON.parse(JSON.stringify(encodeProperties(m))) as Record<string, unknown>);
      // As SUBGRAPH's Cypher sends them: each distinct [pg_keys, pg_enc] once, each value by its encoding's slot.
      const layouts: Array<[string[], string[]]> = [];
      const layoutOf = (s: Record<string, unknown>) => {
        const key = JSON.stringify([s.pg_keys, s.pg_enc]);
        let at = layouts.findIndex((l) => JSON.stringify(l) === key);
        if (at < 0) at = layouts.push([s.pg_keys as string[], s.pg_enc as string[]]) - 1;
        return at;
      };
      const values = (s: Record<string, unknown>) => (s.pg_keys as string[]).map((k, i) => {
        const e = (s.pg_enc as string[])[i];
        return e === 'v' ? s[k] : e === 'j' ? s[`${k}_json`] : s[`pg_x${i}`];
      });
      const row = {
        nodes: stored.map((s, i) => [`task:${i}`, '名', 'Task', layoutOf(s), values(s)]),
        edges: stored.map((s, i) => [`e${i}`, 'PART_OF', `task:${i}`, 'section:1', layoutOf(s), values(s)]),
      };
      const { nodes, edges } = decodeSubgraph({ layouts, ...row });
      expect(JSON.stringify(nodes.map((n) => n.properties))).toBe(JSON.stringify(stored.map(decodeProperties)));
      expect(JSON.stringify(edges.map((e) => e.properties))).toBe(JSON.stringify(maps));
      expect(nodes.map((n) => [n.id, n.label, n.name])).toEqual(stored.map((_, i) => [`task:${i}`, 'Task', '名']));
      expect(edges.map((e) => [e.id, e.type, e.source, e.target])).toEqual(stored.map((_, i) => [`e${i}`, 'PART_OF', `task:${i}`, 'section:1']));
    }), { numRuns: 200 });
  });
});
