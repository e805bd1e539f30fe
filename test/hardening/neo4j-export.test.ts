// The Neo4j export's consistency check on raw rows, and its retry, without a server: a read that caught a commit
// half-way is taken again, and one that never adds up is a retriable QUERY_TIMEOUT, never a half document.
import { describe, expect, it } from 'vitest';
import type { Neo4jClient } from '../../graph/store/neo4j/neo4j-client.ts';
import { EXPORT_ATTEMPTS, exportConsistent, inconsistency, type ExportRead } from '../../graph/store/neo4j/neo4j-export.ts';
import { decodeEdge, decodeNode } from '../../graph/store/neo4j/neo4j-props.ts';
import { METADATA_KEYS } from '../../graph/metadata/document-meta.ts';
import { rejectedCode } from '../support/error-code.ts';

const counts = (tasks: number, edges: number) => ({ tasks, sections: 1, units: 1, edges, warnings: 0 });
const metadata = Object.fromEntries(METADATA_KEYS.map((k) => [k, null])) as Record<(typeof METADATA_KEYS)[number], null>;
const summary = (id: string, tasks: number, edges: number) => ({ id, title: id, source: '', sha256: '', jurisdiction: '', ingestedAt: '', metadata, counts: counts(tasks, edges) });
const node = (id: string, label: string, extra: Record<string, unknown>) => ({ id, name: id, pg_label: label, pg_keys: [], pg_enc: [], ...extra });
const edge = (id: string, source: string, target: string, doc: string) => ({ id, pg_type: 'PART_OF', pg_source: source, pg_target: target, pg_doc: doc, pg_keys: [], pg_enc: [] });

/** Document a: one section, one task, one unit; two edges. */
function docA() {
  return {
    summaries: [summary('a', 1, 2)],
    nodes: [
      node('a', 'Document', { pg_doc: 'a' }), node('a/s', 'Section', { pg_doc: 'a' }), node('a/t', 'Task', { pg_doc: 'a' }),
      node('u', 'Unit', { docIds: ['a'] }),
    ],
    edges: [edge('e1', 'a/t', 'a/s', 'a'), edge('e2', 'u', 'a/t', 'a')],
  };
}

describe('inconsistency', () => {
  it('a whole document adds up', () => {
    expect(inconsistency(docA())).toBeNull();
  });

  it('edges of a document whose nodes the read missed', () => {
    const raw = docA();
    raw.edges.push(edge('e3', 'b/t', 'u', 'b'));
    expect(inconsistency(raw)).toMatch(/e3/);
  });

  it('a task of a document the read did not list', () => {
    const raw = docA();
    raw.nodes.push(node('b/t', 'Task', { pg_doc: 'b' }));
    expect(inconsistency(raw)).toMatch(/unlisted document b/);
  });

  it('a document whose edges the read missed (removed half-way)', () => {
    const raw = docA();
    raw.edges.pop();
    expect(inconsistency(raw)).toMatch(/partly there/);
  });

  it('a shared node that counts a document the read did not list', () => {
    const raw = docA();
    raw.nodes[3] = node('u', 'Unit', { docIds: ['a', 'b'] });
    expect(inconsistency(raw)).toMatch(/unlisted document b/);
  });

  it('a listed document without its Document node', () => {
    const raw = docA();
    raw.nodes.shift();
    expect(inconsistency(raw)).toMatch(/no Document node/);
  });
});

/** A client whose reads return the given raw exports in turn, decoded as readExport decodes each record. */
function fakeClient(reads: ReturnType<typeof docA>[]): { client: Neo4jClient; calls: () => number } {
  let calls = 0;
  const decoded = (raw: ReturnType<typeof docA>): ExportRead => ({ raw, nodes: raw.nodes.map(decodeNode), edges: raw.edges.map(decodeEdge) });
  const client = {
    read: async () => decoded(reads[Math.min(calls++, reads.length - 1)]),
  } as unknown as Neo4jClient;
  return { client, calls: () => calls };
}

describe('exportConsistent', () => {
  it('takes the read again when it caught a commit half-way', async () => {
    const torn = docA();
    torn.edges.pop();
    const { client, calls } = fakeClient([torn, docA()]);
    const graph = await exportConsistent(client);
    expect(calls()).toBe(2);
    expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'a/s', 'a/t', 'u']);
    expect(graph.edges).toHaveLength(2);
  });

  it('gives up with a retriable QUERY_TIMEOUT when the graph never holds still', async () => {
    const torn = docA();
    torn.edges.pop();
    const { client, calls } = fakeClient([torn]);
    expect(await rejectedCode(exportConsistent(client))).toBe('QUERY_TIMEOUT');
    expect(calls()).toBe(EXPORT_ATTEMPTS);
  });
});
