// Property maps ⇄ Neo4j properties: scalars and flat lists stay native, nested values become `<key>_json`, key order is kept.
import type { EdgeType, GraphEdge, GraphNode, NodeLabel } from '../../model.ts';
import { setOwn } from '../batch/json.ts';

/** Store-private properties all start with this; they never leave the store. */
export const PRIVATE_PREFIX = 'pg_';
const JSON_SUFFIX = '_json';

/** How each key is stored: `v` native under the key, `j` JSON under `<key>_json`, `x` JSON under `pg_x<i>`. */
type Encoding = 'v' | 'j' | 'x';

function isNativeList(value: unknown[]): boolean {
  return ['string', 'number', 'boolean'].some((type) =>
    value.every((v) => typeof v === type && (type !== 'number' || Number.isFinite(v))));
}

function isNative(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && isNativeList(value);
}

/** Keys that would collide with the node's own id/name, store-private keys, another key's JSON slot, or the prototype. */
function isSafeKey(key: string): boolean {
  return key !== '' && key !== 'id' && key !== 'name' && key !== '__proto__' && !key.startsWith(PRIVATE_PREFIX) && !key.endsWith(JSON_SUFFIX);
}

/** Flat Neo4j properties for a property map, with `pg_keys`/`pg_enc` recording how to read it back. */
export function encodeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const keys: string[] = [];
  const encodings: Encoding[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (value === undefined) continue;
    const i = keys.length;
    keys.push(key);
    if (!isSafeKey(key)) {
      encodings.push('x');
      out[`${PRIVATE_PREFIX}x${i}`] = JSON.stringify(value);
    } else if (isNative(value)) {
      encodings.push('v');
      out[key] = value;
    } else {
      encodings.push('j');
      out[`${key}${JSON_SUFFIX}`] = JSON.stringify(value);
    }
  }
  out.pg_keys = keys;
  out.pg_enc = encodings;
  return out;
}

/** The property map of `keys` and their `encodings` (as encodeProperties made them), `raw(i)` the stored value of the i-th. */
function decodeLaidOut(keys: readonly string[], encodings: readonly Encoding[], raw: (i: number) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  keys.forEach((key, i) => setOwn(out, key, encodings[i] === 'v' ? raw(i) : JSON.parse(String(raw(i)))));
  return out;
}

/** The property map `encodeProperties` was given, in the same key order. */
export function decodeProperties(stored: Record<string, unknown>): Record<string, unknown> {
  const keys = Array.isArray(stored.pg_keys) ? (stored.pg_keys as string[]) : [];
  const encodings = Array.isArray(stored.pg_enc) ? (stored.pg_enc as Encoding[]) : [];
  return decodeLaidOut(keys, encodings, (i) => {
    if (encodings[i] === 'v') return stored[keys[i]];
    return encodings[i] === 'j' ? stored[`${keys[i]}${JSON_SUFFIX}`] : stored[`${PRIVATE_PREFIX}x${i}`];
  });
}

/** A node as read with NODE_PROJECTION: its stored properties plus `pg_label`. */
export function decodeNode(stored: Record<string, unknown>): GraphNode {
  return {
    id: String(stored.id),
    label: stored.pg_label as NodeLabel,
    name: typeof stored.name === 'string' ? stored.name : '',
    properties: decodeProperties(stored),
  };
}

/** An edge as read with EDGE_PROJECTION: its stored properties plus `pg_type`, `pg_source`, `pg_target`. */
export function decodeEdge(stored: Record<string, unknown>): GraphEdge {
  return {
    id: String(stored.id),
    type: stored.pg_type as EdgeType,
    source: String(stored.pg_source),
    target: String(stored.pg_target),
    properties: decodeProperties(stored) as GraphEdge['properties'],
  };
}

/**
 * A subgraph as SUBGRAPH (neo4j-cypher.ts) sends it: `layouts` the distinct [pg_keys, pg_enc] pairs, each node
 * [id, name, label, layout, values] and each edge [id, type, source, target, layout, values], values in the layout's order.
 */
export function decodeSubgraph(row: Record<string, unknown>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const layouts = row.layouts as Array<[string[], Encoding[]]>;
  const properties = (layout: number, values: unknown[]) => decodeLaidOut(layouts[layout][0], layouts[layout][1], (i) => values[i]);
  return {
    nodes: (row.nodes as unknown[][]).map(([id, name, label, layout, values]) => ({
      id: String(id), label: label as NodeLabel, name: typeof name === 'string' ? name : '', properties: properties(layout as number, values as unknown[]),
    })),
    edges: (row.edges as unknown[][]).map(([id, type, source, target, layout, values]) => ({
      id: String(id), type: type as EdgeType, source: String(source), target: String(target),
      properties: properties(layout as number, values as unknown[]) as GraphEdge['properties'],
    })),
  };
}

/** Stored properties of a node: id and name first-class, the rest encoded, plus store-private extras. */
export function nodeProps(node: GraphNode, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...encodeProperties(node.properties), ...extra, id: node.id, name: node.name };
}

export function edgeProps(edge: GraphEdge, docId: string): Record<string, unknown> {
  return { ...encodeProperties(edge.properties), pg_doc: docId, id: edge.id };
}
