// Zod schemas of every catalogue query's input and output: the one source for the API, CLI, planner and tools.
import { z } from 'zod';
import { EDGE_TYPES, ENTITY_LABELS, NODE_LABELS } from '../model.ts';
import { DOCUMENT_LEVELS, documentMetadataSchema } from '../metadata/document-meta.ts';

/** Largest page any list may ask for; bigger answers say `truncated: true`. */
export const LIST_LIMIT_MAX = 500;
/** Cap on lists nested inside one item (a pair's shared tasks); the item's count gives the full size. */
export const INNER_LIST_MAX = 100;

export const ROLES = ['lead', 'support', 'responsible'] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES).describe('lead=牵头 LEADS, support=配合/责任 SUPPORTS, responsible=负责 RESPONSIBLE_FOR');
export const nodeLabelSchema = z.enum(NODE_LABELS);
export const edgeTypeSchema = z.enum(EDGE_TYPES);
export const entityLabelSchema = z.enum(ENTITY_LABELS);

const count = z.number().int().nonnegative();
const offset = z.number().int().nonnegative();

// ---- shared value shapes -------------------------------------------------------------------

export const evidenceSchema = z.object({ docId: z.string(), start: offset, end: offset, text: z.string() });
export const nodeRefSchema = z.object({ id: z.string(), label: nodeLabelSchema, name: z.string() });
export const unitRefSchema = z.object({ id: z.string(), label: z.literal('Unit'), name: z.string() });
export const entityRefSchema = z.object({ id: z.string(), label: entityLabelSchema, name: z.string() });
/** A duty holder: Task, or a Section when the plan assigns units to a whole section. */
export const taskRefSchema = z.object({
  id: z.string(),
  label: z.enum(['Task', 'Section']),
  name: z.string(),
  docId: z.string(),
  number: z.string(),
  path: z.string(),
});
export const unitInfoSchema = unitRefSchema.extend({
  jurisdiction: z.string().nullable(),
  kind: z.string().nullable(),
  aliases: z.array(z.string()),
});
export const targetInfoSchema = z.object({
  id: z.string(),
  label: z.literal('Target'),
  name: z.string(),
  docId: z.string(),
  indicator: z.string().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  text: z.string().nullable(),
});
export const graphNodeSchema = z.object({
  id: z.string(),
  label: nodeLabelSchema,
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export const graphEdgeSchema = z.object({
  id: z.string(),
  type: edgeTypeSchema,
  source: z.string(),
  target: z.string(),
  properties: z.record(z.string(), z.unknown()),
});
export const documentSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  sha256: z.string(),
  jurisdiction: z.string(),
  ingestedAt: z.string(),
  metadata: documentMetadataSchema,
  counts: z.object({ tasks: count, sections: count, units: count, edges: count, warnings: count }),
});
export const dutySchema = z.object({ unit: unitRefSchema, role: roleSchema, evidence: evidenceSchema });

/** Every capped list: `total` items existed, the first `items.length` are returned. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: count, truncated: z.boolean() });
}

// ---- input building blocks -----------------------------------------------------------------

const term = z.string().trim().min(1).max(200);
const unitTerm = term.describe('unit id, canonical name or alias (exact) / 单位 id、规范名或别名');
function limit(fallback: number) {
  return z.number().int().min(1).max(LIST_LIMIT_MAX).default(fallback).describe(`max items (default ${fallback}, ≤ ${LIST_LIMIT_MAX})`);
}

/**
 * Which documents a query reads (graph/catalogue/scope.ts): each field given narrows the set, values within
 * one field are alternatives. No scope (or an empty one) = every document.
 */
export const scopeSchema = z.object({
  docIds: z.array(term).min(1).optional().describe('document ids / 文件 id'),
  jurisdictions: z.array(term).min(1).optional().describe("the document's jurisdiction, e.g. 铜梁区 / 辖区"),
  levels: z.array(z.enum(DOCUMENT_LEVELS)).min(1).optional().describe('省 | 市 | 县 | 区 | 乡镇 / 层级'),
  years: z.array(z.number().int().min(1900).max(2200)).min(1).optional()
    .describe("the document's year: its date's year, a year of its period, or a year in its title / 年份"),
}).strict().describe('limit the query to some documents / 限定文件范围');
export type Scope = z.infer<typeof scopeSchema>;
const scope = scopeSchema.optional();

// ---- per-query inputs ----------------------------------------------------------------------

export const unitTasksInput = z.object({ unit: unitTerm, role: roleSchema.optional(), limit: limit(100), scope });
export const unitPartnersInput = z.object({ unit: unitTerm, limit: limit(50), scope });
export const sharedTasksInput = z.object({ a: unitTerm, b: unitTerm, limit: limit(100), scope });
export const overlapsInput = z.object({
  minShared: z.number().int().min(1).max(1000).default(2),
  role: roleSchema.optional().describe('count only duties of this role, held by both units'),
  docId: term.optional(),
  section: term.optional().describe('section id, or path prefix such as 二/(三) (whole path segments)'),
  entity: term.optional().describe('node id of a Place/Industry/Corridor/Project: only tasks mentioning it'),
  limit: limit(50),
  scope,
});
export const entityTasksInput = z.object({
  label: entityLabelSchema,
  name: term.describe('entity id, name or alias (exact)'),
  limit: limit(100),
  scope,
});
export const entityUnitsInput = z.object({ label: entityLabelSchema, name: term, limit: limit(50), scope });
export const workloadInput = z.object({ docId: term.optional(), limit: limit(50), scope });
export const accountabilityGapsInput = z.object({
  crowdedThreshold: z.number().int().min(2).max(1000).default(8),
  docId: term.optional(),
  limit: limit(50),
  scope,
});
export const targetsInput = z.object({
  indicator: term.optional().describe('substring of the indicator'),
  year: z.number().int().min(1900).max(2200).optional(),
  docId: term.optional(),
  text: term.optional().describe('substring of the target sentence or indicator'),
  limit: limit(100),
  scope,
});
export const neighborhoodInput = z.object({
  id: term,
  depth: z.number().int().min(1).max(3).default(1),
  limit: limit(200),
  labels: z.array(nodeLabelSchema).min(1).optional().describe('only traverse nodes with these labels'),
  scope,
});
/** shortestPath's longest path (a server-side search unrolls one level per step: neo4j-cypher.ts SHORTEST_PATH). */
export const PATH_DEPTH_MAX = 10;
export const shortestPathInput = z.object({
  a: term.describe('node id, name or alias'),
  b: term.describe('node id, name or alias'),
  maxDepth: z.number().int().min(1).max(PATH_DEPTH_MAX).default(6),
  scope,
});
export const searchInput = z.object({ text: term, labels: z.array(nodeLabelSchema).min(1).optional(), limit: limit(20), scope });
export const communitiesInput = z.object({ limit: limit(50), scope });
export const statsInput = z.object({ scope });
export const documentsInput = z.object({ scope });

// ---- per-query outputs ---------------------------------------------------------------------

export const unitTaskItemSchema = taskRefSchema.extend({ role: roleSchema, unit: unitRefSchema, evidence: evidenceSchema });
export const unitTasksOutput = z.object({ units: z.array(unitInfoSchema), tasks: pageSchema(unitTaskItemSchema) });

export const partnerSchema = z.object({ unit: unitRefSchema, shared: count, tasks: z.array(taskRefSchema) });
export const unitPartnersOutput = z.object({ units: z.array(unitInfoSchema), partners: pageSchema(partnerSchema) });

export const sharedTaskSchema = taskRefSchema.extend({ a: z.array(dutySchema), b: z.array(dutySchema) });
export const sharedTasksOutput = z.object({
  a: z.array(unitInfoSchema),
  b: z.array(unitInfoSchema),
  tasks: pageSchema(sharedTaskSchema),
});

export const overlapPairSchema = z.object({ a: unitRefSchema, b: unitRefSchema, shared: count, tasks: z.array(taskRefSchema) });
export const overlapsOutput = z.object({ pairs: pageSchema(overlapPairSchema) });

export const entityTaskSchema = taskRefSchema.extend({ entity: entityRefSchema, evidence: evidenceSchema });
export const touchSchema = z.object({ from: entityRefSchema, to: entityRefSchema, evidence: evidenceSchema });
export const coMentionSchema = z.object({ entity: entityRefSchema, shared: count, tasks: z.array(taskRefSchema) });
export const projectHitSchema = entityRefSchema.extend({ touches: z.boolean(), coMentions: count });
export const entityTasksOutput = z.object({
  entities: z.array(entityRefSchema),
  tasks: pageSchema(entityTaskSchema),
  touches: pageSchema(touchSchema),
  coMentioned: pageSchema(coMentionSchema),
  projects: pageSchema(projectHitSchema),
});

export const roleCountsShape = { lead: count, support: count, responsible: count };
export const entityUnitSchema = z.object({ unit: unitRefSchema, tasks: count, ...roleCountsShape });
export const entityUnitsOutput = z.object({ entities: z.array(entityRefSchema), units: pageSchema(entityUnitSchema) });

export const workloadItemSchema = z.object({ unit: unitRefSchema, ...roleCountsShape, total: count });
export const workloadOutput = z.object({ units: pageSchema(workloadItemSchema) });

export const gapTaskSchema = taskRefSchema.extend({ units: count });
export const multiLeadSchema = taskRefSchema.extend({ leads: z.array(unitRefSchema) });
export const accountabilityGapsOutput = z.object({
  noLead: pageSchema(gapTaskSchema),
  multiLead: pageSchema(multiLeadSchema),
  crowded: pageSchema(gapTaskSchema),
});

export const targetItemSchema = z.object({ target: targetInfoSchema, task: taskRefSchema.nullable(), evidence: evidenceSchema.nullable() });
export const targetsOutput = z.object({ targets: pageSchema(targetItemSchema) });

export const subgraphOutput = z.object({
  found: z.boolean(),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
  truncated: z.boolean(),
});
export const neighborhoodOutput = subgraphOutput;
export const shortestPathOutput = z.object({
  found: z.boolean(),
  length: count.describe('number of edges on the path'),
  nodes: z.array(graphNodeSchema),
  edges: z.array(graphEdgeSchema),
});

export const MATCH_KINDS = ['name', 'alias', 'text'] as const;
export const searchHitSchema = nodeRefSchema.extend({
  score: z.number(),
  matched: z.enum(MATCH_KINDS),
  snippet: z.string().nullable(),
  docId: z.string().nullable(),
});
export const searchOutput = z.object({ hits: pageSchema(searchHitSchema) });

export const communitySchema = z.object({
  id: z.number().int().positive(),
  size: count,
  weight: count.describe('shared-task links inside the community'),
  members: z.array(unitRefSchema),
});
export const communitiesOutput = z.object({ communities: pageSchema(communitySchema), modularity: z.number() });

export const statsOutput = z.object({
  documents: count,
  nodes: z.record(nodeLabelSchema, count),
  edges: z.record(edgeTypeSchema, count),
  warnings: count,
});
export const documentsOutput = z.object({ documents: z.array(documentSummarySchema) });

// ---- inferred value types ------------------------------------------------------------------

export type EvidenceValue = z.infer<typeof evidenceSchema>;
export type NodeRef = z.infer<typeof nodeRefSchema>;
export type UnitRef = z.infer<typeof unitRefSchema>;
export type EntityRef = z.infer<typeof entityRefSchema>;
export type TaskRef = z.infer<typeof taskRefSchema>;
export type UnitInfo = z.infer<typeof unitInfoSchema>;
export type TargetInfo = z.infer<typeof targetInfoSchema>;
export type DocumentSummary = z.infer<typeof documentSummarySchema>;
export type Duty = z.infer<typeof dutySchema>;
export type MatchKind = (typeof MATCH_KINDS)[number];
export interface Page<T> { items: T[]; total: number; truncated: boolean }
