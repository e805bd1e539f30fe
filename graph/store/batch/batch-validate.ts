// Validate a GraphBatch before any store touches it: shape, per-label properties, endpoints, evidence, ownership.
import { AppError } from '../../errors.ts';
import type { GraphBatch, GraphNode, NodeLabel } from '../../model.ts';
import { EDGE_RULES, PROPERTY_SCHEMAS, batchSchema, isSharedLabel } from './batch-schema.ts';
import { acceptsCheck, batchLists } from './batch-shape.ts';
import { ID_PREFIX, labelOfId } from './id-prefix.ts';

export interface BatchIssue {
  path: (string | number)[];
  message: string;
}

const MAX_ISSUES = 50;

// The schema's checks, compiled once (batch-shape.ts): they read a batch without zod's copy of it.
const BATCH = batchLists(batchSchema, 'batchSchema');
const PROPERTIES_OK = Object.fromEntries(
  Object.entries(PROPERTY_SCHEMAS).map(([label, schema]) => [label, acceptsCheck(schema, `PROPERTY_SCHEMAS.${label}`)]),
) as Record<NodeLabel, (properties: unknown) => boolean>;

function zodIssues(error: { issues: { path: PropertyKey[]; message: string }[] }, prefix: (string | number)[]): BatchIssue[] {
  return error.issues.map((i) => ({ path: [...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: i.message }));
}

function nodeIssues(batch: GraphBatch): BatchIssue[] {
  const issues: BatchIssue[] = [];
  const seen = new Set<string>();
  batch.nodes.forEach((node, i) => {
    if (seen.has(node.id)) issues.push({ path: ['nodes', i, 'id'], message: `duplicate node id ${node.id}` });
    seen.add(node.id);
    // Neo4j seeks an id only under the label its prefix names: a `task:` id on a Place would be found by no read.
    const named = labelOfId(node.id);
    if (named !== null && named !== node.label) {
      issues.push({ path: ['nodes', i, 'id'], message: `node ${node.id} is a ${node.label} but its id names a ${named} (ids starting ${ID_PREFIX[named]}: are ${named}s)` });
    }
    if (!PROPERTIES_OK[node.label](node.properties)) {
      const props = PROPERTY_SCHEMAS[node.label].safeParse(node.properties);
      if (!props.success) issues.push(...zodIssues(props.error, ['nodes', i, 'properties']));
    }
    const owner = node.properties.docId;
    const ownedNeedsDoc = node.label === 'Task' || node.label === 'Section' || (node.label === 'Target' && owner !== undefined);
    if (ownedNeedsDoc && owner !== batch.docId) {
      issues.push({ path: ['nodes', i, 'properties', 'docId'], message: `docId ${String(owner)} is not the batch's ${batch.docId}` });
    }
  });
  const docs = batch.nodes.filter((n) => n.label === 'Document');
  if (docs.length !== 1 || docs[0].id !== batch.docId) {
    issues.push({ path: ['nodes'], message: `a batch holds exactly one Document node whose id is the batch docId ${batch.docId}` });
  }
  return issues;
}

function edgeIssues(batch: GraphBatch, nodes: Map<string, GraphNode>): BatchIssue[] {
  const issues: BatchIssue[] = [];
  const seen = new Set<string>();
  // No closure per edge (a path helper made one for each of a bulk ingest's ~200k edges): paths are written out.
  batch.edges.forEach((edge, i) => {
    if (seen.has(edge.id)) issues.push({ path: ['edges', i, 'id'], message: `duplicate edge id ${edge.id}` });
    seen.add(edge.id);
    const rule = EDGE_RULES[edge.type];
    const source = nodes.get(edge.source);
    const target = nodes.get(edge.target);
    if (!source) issues.push({ path: ['edges', i, 'source'], message: `source ${edge.source} is not a node of this batch` });
    else if (!rule.source.includes(source.label)) issues.push({ path: ['edges', i, 'source'], message: `${edge.type} cannot start at a ${source.label}` });
    if (!target) issues.push({ path: ['edges', i, 'target'], message: `target ${edge.target} is not a node of this batch` });
    else if (!rule.target.includes(target.label)) issues.push({ path: ['edges', i, 'target'], message: `${edge.type} cannot end at a ${target.label}` });
    const evidence = edge.properties.evidence;
    if (rule.evidence && !evidence) issues.push({ path: ['edges', i, 'properties', 'evidence'], message: `${edge.type} needs evidence` });
    if (evidence && evidence.docId !== batch.docId) issues.push({ path: ['edges', i, 'properties', 'evidence', 'docId'], message: 'evidence from another document' });
  });
  return issues;
}

function warningIssues(batch: GraphBatch): BatchIssue[] {
  return batch.warnings.flatMap((w, i) => {
    const issues: BatchIssue[] = [];
    if (w.docId !== batch.docId) issues.push({ path: ['warnings', i, 'docId'], message: 'warning of another document' });
    if (w.evidence && w.evidence.docId !== batch.docId) issues.push({ path: ['warnings', i, 'evidence', 'docId'], message: 'evidence from another document' });
    return issues;
  });
}

function reject(docId: unknown, issues: BatchIssue[]): never {
  const shown = issues.slice(0, MAX_ISSUES);
  const first = shown.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ');
  throw new AppError('BAD_INPUT', `GraphStore.applyBatch: batch ${String(docId ?? '?')} is invalid (${issues.length} problems: ${first}) / 批次无效`, {
    issues: shown,
    hint: 'Nothing was written. Fix the batch producer (see issues) and apply again.',
  });
}

/**
 * batchSchema's parse, in place: an item zod would return unchanged (its compiled check in batch-shape.ts says so)
 * is kept, any other is replaced by zod's parse of it (zod's own issues, path and all, in zod's order). Falls back to
 * the whole schema (null) when the batch object itself is not one zod keeps as it is.
 */
function shapeIssues(input: unknown): { batch: GraphBatch; issues: BatchIssue[] } | null {
  if (!BATCH.head(input)) return null;
  const batch = input as GraphBatch;
  const issues: BatchIssue[] = [];
  for (const { key, item, keeps } of BATCH.lists) {
    const items = (batch as unknown as Record<string, unknown[]>)[key];
    for (let i = 0; i < items.length; i++) {
      if (keeps(items[i])) continue;
      const parsed = item.safeParse(items[i]);
      if (parsed.success) items[i] = parsed.data;
      else issues.push(...zodIssues(parsed.error, [key, i]));
    }
  }
  return { batch, issues };
}

/**
 * A validated deep copy of `input` (later changes by the caller cannot reach the store), with the
 * store-computed `docIds` dropped from shared nodes. Throws AppError BAD_INPUT listing every problem.
 * `copy: false` validates input nobody else holds (a file just parsed) in place: no copy of it is made.
 */
export function validateBatch(input: unknown, options: { copy?: boolean } = {}): GraphBatch {
  const own = options.copy === false ? input : structuredClone(input);
  const shaped = shapeIssues(own);
  if (shaped && shaped.issues.length > 0) reject(shaped.batch.docId, shaped.issues);
  let batch: GraphBatch;
  if (shaped) batch = shaped.batch;
  else {
    const parsed = batchSchema.safeParse(own);
    if (!parsed.success) reject((input as { docId?: unknown } | null)?.docId, zodIssues(parsed.error, []));
    batch = parsed.data as GraphBatch;
  }
  const nodes = new Map(batch.nodes.map((n) => [n.id, n]));
  const issues = [...nodeIssues(batch), ...edgeIssues(batch, nodes), ...warningIssues(batch)];
  if (issues.length > 0) reject(batch.docId, issues);
  for (const node of batch.nodes) {
    if (isSharedLabel(node.label)) delete node.properties.docIds;
  }
  return batch;
}
