// inOneMap: the catalogue's statements send their parameters as one map (`$p`), so Neo4j plans each statement once
// instead of once per size bucket of each list or string parameter (see neo4j-cypher.ts).
import { describe, expect, it } from 'vitest';
import * as Q from '../../../graph/store/neo4j/neo4j-cypher.ts';

describe('inOneMap', () => {
  it('moves every parameter into $p, keeping those named typed (and nested keys) as they are', () => {
    const sent = Q.inOneMap('UNWIND $ids AS id MATCH (n {id: id}) WHERE n.name CONTAINS $text AND coalesce($shared.Unit, []) <> $ids RETURN n', {
      ids: ['a', 'b'], text: '川渝', shared: { Unit: ['u'] },
    }, ['text']);
    expect(sent.statement).toBe('UNWIND $p.ids AS id MATCH (n {id: id}) WHERE n.name CONTAINS $text AND coalesce($p.shared.Unit, []) <> $p.ids RETURN n');
    expect(sent.params).toEqual({ p: { ids: ['a', 'b'], shared: { Unit: ['u'] } }, text: '川渝' });
  });

  it('leaves no bare parameter in any catalogue statement: each reads $p only', () => {
    const statements = Object.values(Q).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).filter((s) => typeof s === 'string') : []));
    const reads = statements.filter((s) => /\$[A-Za-z_]/u.test(s) && /\bRETURN\b/u.test(s));
    expect(reads.length).toBeGreaterThan(20);
    for (const statement of reads) {
      const sent = Q.inOneMap(statement, {});
      expect(sent.statement.match(/\$[A-Za-z_][A-Za-z0-9_]*/gu)?.every((m) => m === '$p') ?? true, statement).toBe(true);
    }
  });
});
