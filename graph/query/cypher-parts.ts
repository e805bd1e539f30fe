// Cypher fragments of the compiler: labels and types only from the model's allow-lists, every value a $parameter.
import { cypherName } from '../store/neo4j/neo4j-cypher.ts';
import { EDGE_TYPES, NODE_LABELS, type NodeLabel } from '../model.ts';
import type { FilterStep, RelationCheck } from './schema.ts';
import { typesOf } from './validate.ts';

export interface Params {
  /** Adds a value to the statement's one parameter map and returns how the statement reads it (`$p.pN`). */
  add(value: unknown): string;
  /** Adds a string a text index reads (`n.name CONTAINS`) as a parameter of its own (`$tN`): see compileProgram. */
  text(value: string): string;
}

/** The Cypher variable of each named set (s0, s1…): user names never reach the query text. */
export type SetVars = ReadonlyMap<string, string>;

export const label = (l: NodeLabel): string => cypherName(l, NODE_LABELS);

export function types(check: Pick<RelationCheck, 'rel' | 'roles'>): string {
  return typesOf(check.rel, check.roles).map((t) => cypherName(t, EDGE_TYPES)).join('|');
}

/** `(n:A OR n:B)`, or true when there is no label condition. */
export function hasLabel(v: string, labels?: readonly NodeLabel[]): string {
  return labels ? `(${labels.map((l) => `${v}:${label(l)}`).join(' OR ')})` : 'true';
}

/** The arrow of a pattern seen from its left node. */
export function arrow(direction: 'out' | 'in' | 'both', rel: string): [string, string] {
  return direction === 'out' ? ['-', `${rel}->`] : direction === 'in' ? ['<-', `${rel}-`] : ['-', `${rel}-`];
}

/** The documents an item belongs to (see memory-filter.ts documentKeys). */
export const DOC_KEYS = (n: string) =>
  `(CASE WHEN ${n}:Document THEN [${n}.id] WHEN ${n}.docId IS :: STRING NOT NULL THEN [${n}.docId] ELSE coalesce(${n}.docIds, []) END)`;

/** Document `d` is of the year in parameter `ys` (a string): its date starts with it, or its period or title contains it. */
export const OF_YEAR = (d: string, ys: string) =>
  `((${d}.date IS :: STRING NOT NULL AND ${d}.date STARTS WITH ${ys}) OR (${d}.period IS :: STRING NOT NULL AND ${d}.period CONTAINS ${ys}) OR ${d}.name CONTAINS ${ys})`;

function anyDocument(n: string, test: (d: string) => string): string {
  return `(CASE WHEN ${n}:Document THEN coalesce(${test(n)}, false) ELSE EXISTS { MATCH (d:Document) WHERE d.id IN ${DOC_KEYS(n)} AND ${test('d')} } END)`;
}

/** The far end of `check` from `n` exists (inside `EXISTS {}` / `COLLECT {}`). */
export function relationPattern(n: string, check: RelationCheck, sets: SetVars): string {
  const [left, right] = arrow(check.direction, `[:${types(check)}]`);
  const within = check.in ? ` AND m.id IN [x IN ${sets.get(check.in)} | x.n.id]` : '';
  return `MATCH (${n})${left}${right}(m) WHERE ${hasLabel('m', check.labels)}${within}`;
}

/** The WHERE condition of a filter step, over item node `n`. */
export function filterCondition(f: FilterStep, p: Params, sets: SetVars): string {
  const parts: string[] = [];
  if (f.labels) parts.push(hasLabel('n', f.labels));
  if (f.name !== undefined) parts.push(`n.name CONTAINS ${p.add(f.name)}`);
  if (f.docIds) parts.push(`any(k IN ${DOC_KEYS('n')} WHERE k IN ${p.add(f.docIds)})`);
  if (f.section !== undefined) {
    const prefix = p.add(f.section.endsWith('/') ? f.section.slice(0, -1) : f.section);
    parts.push(`(n:Task OR n:Section) AND n.path IS :: STRING NOT NULL AND (n.path = ${prefix} OR n.path STARTS WITH ${prefix} + '/')`);
  }
  if (f.jurisdiction !== undefined) {
    const j = p.add(f.jurisdiction);
    parts.push(`(CASE WHEN n:Unit THEN coalesce(n.jurisdiction = ${j}, false) ELSE ${anyDocument('n', (d) => `${d}.jurisdiction = ${j}`)} END)`);
  }
  if (f.year !== undefined) {
    const y = p.add(f.year);
    const ys = p.add(String(f.year));
    parts.push(`(CASE WHEN n:Target THEN coalesce(n.year = ${y}, false) ELSE ${anyDocument('n', (d) => OF_YEAR(d, ys))} END)`);
  }
  if (f.level !== undefined) {
    const l = p.add(f.level);
    parts.push(anyDocument('n', (d) => `${d}.level = ${l}`));
  }
  if (f.has) parts.push(`EXISTS { ${relationPattern('n', f.has, sets)} }`);
  if (f.lacks) parts.push(`NOT EXISTS { ${relationPattern('n', f.lacks, sets)} }`);
  return parts.length > 0 ? parts.join(' AND ') : 'true';
}

/** An item as the shaping reads it (see program.ts RawNode), from item `it` with node `n`; a Document's text is never fetched. */
export const ITEM = (it: string, n: string) => `{node: ${n} {.id, .name, .docId, .start, .number, .path, .indicator, .value, .unit, .year, .jurisdiction, .kind, .source, `
  + `text: CASE WHEN ${n}:Target THEN ${n}.text END, pg_label: labels(${n})[0]}, via: size(${it}.via), ev: ${it}.ev, score: ${it}.score}`;
