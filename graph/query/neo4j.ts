// The Neo4j engine: run a compiled program in one read transaction and map its single row to a RawResult.
import type { EvidenceValue } from '../catalogue/schemas.ts';
import type { NodeLabel } from '../model.ts';
import type { Neo4jClient, Row } from '../store/neo4j/neo4j-client.ts';
import { compileProgram } from './cypher.ts';
import { tooLarge } from './memory.ts';
import { factsOf, type Program, type RawItem, type RawResult } from './program.ts';

function evidence(json: unknown): EvidenceValue[] {
  if (typeof json !== 'string') return [];
  const e = JSON.parse(json) as EvidenceValue;
  return [{ docId: e.docId, start: e.start, end: e.end, text: e.text }];
}

function rawItem(row: Row): RawItem {
  const n = row.node as Record<string, unknown>;
  const label = n.pg_label as NodeLabel;
  const id = String(n.id);
  return {
    node: {
      id, label, name: typeof n.name === 'string' ? n.name : '',
      docId: label === 'Document' ? id : typeof n.docId === 'string' ? n.docId : null,
      start: typeof n.start === 'number' ? n.start : null,
      facts: factsOf(label, (k) => n[k]),
    },
    via: Number(row.via),
    evidence: (row.ev as unknown[]).flatMap(evidence),
    score: typeof row.score === 'number' ? row.score : null,
  };
}

/** One statement, one read transaction, bounded by the program's time limit. */
export async function runCypherProgram(client: Neo4jClient, program: Program): Promise<RawResult> {
  const compiled = compileProgram(program);
  const [row] = await client.read(async (tx) => (await tx.run(compiled.statement, compiled.params)).records.map((r) => r.toObject() as Row), program.timeoutMs);
  if (row.over) throw tooLarge(program.maxSet);
  switch (compiled.kind) {
    case 'count': return { kind: 'count', count: Number(row.count) };
    case 'comparison': return { kind: 'comparison', comparison: compiled.sets.map((set, i) => ({ set, count: Number((row.counts as unknown[])[i]) })) };
    case 'groups': return { kind: 'groups', groups: (row.groups as Row[]).map((g) => ({ key: String(g.key), count: Number(g.count) })) };
    case 'items': case 'ranked': return { kind: 'items', items: (row.items as Row[]).map(rawItem), ranked: compiled.ranked };
  }
}
