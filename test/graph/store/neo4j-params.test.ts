// inOneMap: the catalogue's statements send their parameters as one map (`$p`), so Neo4j plans each statement once
// instead of once per size bucket of each list or string parameter (see neo4j-cypher.ts); so do the query language's plans.
// PLAN_KEPT: the writes keep their first plan as a load grows the counts.
import { describe, expect, it } from 'vitest';
import { compileProgram } from '../../../graph/query/cypher.ts';
import type { Program, ProgramStep } from '../../../graph/query/program.ts';
import * as Q from '../../../graph/store/neo4j/neo4j-cypher.ts';

describe('inOneMap', () => {
  it('moves every parameter into $p, keeping those named typed (and nested keys) as they are', () => {
    const sent = Q.inOneMap('UNWIND $ids AS id MATCH (n {id: id}) WHERE n.name CONTAINS $text AND coalesce($shared.Unit, []) <> $ids RETURN n', {
      ids: ['a', 'b'], text: '川渝', shared: { Unit: ['u'] },
    }, ['text']);
    expect(sent.statement).toBe(Q.PLANNED_ONCE + 'UNWIND $p.ids AS id MATCH (n {id: id}) WHERE n.name CONTAINS $text AND coalesce($p.shared.Unit, []) <> $p.ids RETURN n');
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

describe('PLAN_KEPT', () => {
  const flat = (v: unknown): string[] => (typeof v === 'string' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(flat) : []);

  it('prefixes every data write and the reads a write transaction makes (their plans seek by id whatever the counts)', () => {
    const statements = Object.entries(Q).filter(([name]) => name !== 'SCHEMA').flatMap(([, v]) => flat(v));
    const writes = statements.filter((s) => /\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/u.test(s));
    expect(writes.length).toBeGreaterThan(60);
    for (const statement of writes) expect(statement.startsWith(Q.PLAN_KEPT), statement).toBe(true);
    for (const statement of [Q.FIND_NODE_OWNERS, Q.FIND_EDGE_OWNERS, Q.STORED_FOREIGN_EDGES, Q.READ_CONTRIBUTIONS]) {
      expect(statement.startsWith(Q.PLAN_KEPT), statement).toBe(true);
    }
  });

  it('leaves the schema and the catalogue reads to be planned again as the graph grows', () => {
    for (const statement of flat(Q.SCHEMA)) expect(statement.startsWith('CYPHER'), statement).toBe(false);
    expect(Q.inOneMap(Q.GET_NODES, {}).statement.includes(Q.PLAN_KEPT)).toBe(false);
  });
});

describe('compileProgram sends one map, expressions interpreted, as the catalogue does', () => {
  const program = (names: string[], hits: number): Program => ({
    steps: [
      { op: 'hits', hits: Array.from({ length: hits }, (_, i) => ({ id: `task:${i}`, score: 1 / (i + 1) })) },
      { op: 'as', name: 'found' },
      { op: 'find', by: 'name', names, match: 'exact', labels: ['Unit'] },
      { op: 'find', by: 'section', title: '基础设施' },
      { op: 'count' },
    ] as ProgramStep[],
    maxSet: 5000, deadline: 0, timeoutMs: 1000, limit: 10,
  });

  it('compiles plans that differ in list lengths to one statement whose only bare parameters are $p and the text-index strings', () => {
    const short = compileProgram(program(['区水利局'], 3));
    const long = compileProgram(program(['区水利局', '区财政局', '区教育局', '区卫健委'], 40));
    expect(long.statement).toBe(short.statement);
    expect(long.statement.startsWith(Q.PLANNED_ONCE)).toBe(true);
    expect(new Set(short.statement.match(/\$[A-Za-z_][A-Za-z0-9_]*/gu))).toEqual(new Set(['$p', '$t0']));
    expect(Object.keys(long.params).sort()).toEqual(['p', 't0']);
    expect(long.params.t0).toBe('基础设施');
    expect((long.params.p as Record<string, unknown>).maxSet).toBe(5000);
    expect(Object.values(long.params.p as Record<string, unknown>)).toContainEqual(['区水利局', '区财政局', '区教育局', '区卫健委']);
  });
});
