// The typed query language: a plan is a short pipeline of steps over the graph (zod schemas, types derived).
//
// A plan runs its steps in order over one "current set" of nodes. Each item of the set remembers
// which items reached it (`via`) and the evidence of the edges that did (duties, mentions, touches):
//  find      starts a new current set (by name/alias, by label, by BM25 text relevance, documents, sections);
//  follow    replaces it by the nodes one relation away (typed, either direction, duty roles, up to `depth` hops);
//  filter    keeps the items that pass (document, jurisdiction, level, label, year, section, name, has/lacks a relation);
//  as / use  name the current set / make a named set current again;
//  combine   intersect, union or minus the current set with a named one;
//  count, group, rank, compare   aggregate (the last step of a plan, or followed only by `return`);
//  return    which items answer (units, tasks, targets, documents, sections, entities) and how many.
// Every plan is read-only and bounded (steps, hops, set size, result size, time): see limits.ts.
// Memory interprets a plan (memory.ts); Neo4j compiles it to one parameterised read query (cypher.ts).
import { z } from 'zod';
import { EDGE_TYPES, NODE_LABELS } from '../model.ts';
import { evidenceSchema, ROLES } from '../catalogue/schemas.ts';
import { DOCUMENT_LEVELS } from '../metadata/document-meta.ts';

export const PLAN_LIMITS = {
  /** Steps in one plan. */
  steps: 24,
  /** Hops one follow may take (variable length, e.g. PART_OF from a part down to its items). */
  depth: 4,
  /** Items one step may produce before the plan stops with TOO_LARGE. */
  setSize: 50_000,
  /** Items one answer may list. */
  results: 500,
  /** Evidence spans kept per item (the item's `evidenceTotal` says how many there were). */
  evidence: 20,
  /** Names in one find. */
  names: 50,
  /** Text hits one `find by text` may keep. */
  textHits: 200,
  /** Wall time of one plan, in ms. */
  timeMs: 15_000,
} as const;

const term = z.string().trim().min(1).max(200);
const setName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,31}$/, 'a set name is a letter then letters, digits or _ (≤ 32) / 集合名须以字母开头');
const label = z.enum(NODE_LABELS);
const role = z.enum(ROLES);
/** An edge type of the model, or DUTY = LEADS|SUPPORTS|RESPONSIBLE_FOR (narrowed by `roles`). */
export const RELATIONS = [...EDGE_TYPES, 'DUTY'] as const;
const relation = z.enum(RELATIONS);
const direction = z.enum(['out', 'in', 'both']).describe('out: (current)-[r]->(next); in: (current)<-[r]-(next)');

/** A relation seen from the current item: the type, its direction, duty roles, the far end's labels or named set. */
const relationCheckSchema = z.object({
  rel: relation,
  direction: direction.default('out'),
  roles: z.array(role).min(1).optional().describe('only these duty roles (rel DUTY or a duty type)'),
  labels: z.array(label).min(1).optional().describe('the far end has one of these labels'),
  in: setName.optional().describe('the far end is in this named set'),
});

const findName = z.object({
  op: z.literal('find'), by: z.literal('name'),
  names: z.array(term).min(1).max(PLAN_LIMITS.names).describe('ids, canonical names or aliases'),
  labels: z.array(label).min(1).optional(),
  match: z.enum(['exact', 'contains', 'fuzzy']).default('exact')
    .describe('exact: id/name/alias equal; contains: name/alias contains the term; fuzzy: either contains the other (≥ 2 characters)'),
});
const findLabel = z.object({ op: z.literal('find'), by: z.literal('label'), labels: z.array(label).min(1) });
const findText = z.object({
  op: z.literal('find'), by: z.literal('text'), text: term,
  labels: z.array(z.enum(['Task', 'Section'])).min(1).optional(),
  limit: z.number().int().min(1).max(PLAN_LIMITS.textHits).default(10).describe('best BM25 hits kept (titles weigh more than text)'),
});
const findDocument = z.object({
  op: z.literal('find'), by: z.literal('document'),
  ids: z.array(term).min(1).max(PLAN_LIMITS.names).optional(),
  title: term.optional().describe('the title contains this'),
  jurisdiction: term.optional(),
});
const findSection = z.object({
  op: z.literal('find'), by: z.literal('section'),
  path: term.optional().describe('path as printed, e.g. 二 or 二/(三): that section itself'),
  number: term.optional().describe('number as printed, e.g. (三)'),
  title: term.optional().describe('the title contains this'),
  docId: term.optional(),
});
const findStepSchema = z.discriminatedUnion('by', [findName, findLabel, findText, findDocument, findSection]);

const followStepSchema = relationCheckSchema.omit({ in: true }).extend({
  op: z.literal('follow'),
  depth: z.number().int().min(1).max(PLAN_LIMITS.depth).default(1).describe('reach nodes 1..depth hops away'),
});

const filterStepSchema = z.object({
  op: z.literal('filter'),
  docIds: z.array(term).min(1).optional().describe('the item belongs to (or, for shared nodes, appears in) one of these documents'),
  jurisdiction: term.optional().describe("a unit's jurisdiction, or the jurisdiction of the item's document"),
  labels: z.array(label).min(1).optional(),
  year: z.number().int().min(1900).max(2200).optional().describe("a target's year, or the year in its document's date/period/title"),
  level: z.enum(DOCUMENT_LEVELS).optional().describe("the level (省/市/县/区/乡镇) of the item's document, or of any document a shared node appears in"),
  section: term.optional().describe('path prefix in whole segments (二 keeps 二/(三)/1), for tasks and sections'),
  name: term.optional().describe('the name contains this'),
  has: relationCheckSchema.optional(),
  lacks: relationCheckSchema.optional(),
});

const asStepSchema = z.object({ op: z.literal('as'), name: setName });
const useStepSchema = z.object({ op: z.literal('use'), name: setName });
const combineStepSchema = z.object({ op: z.literal('combine'), how: z.enum(['intersect', 'union', 'minus']), with: setName });
const countStepSchema = z.object({ op: z.literal('count') });
const groupStepSchema = z.object({ op: z.literal('group'), by: z.enum(['label', 'document']) });
const rankStepSchema = z.object({
  op: z.literal('rank'),
  by: relationCheckSchema.optional().describe('count distinct neighbours over this relation; omitted: how many items reached each item (via)'),
  order: z.enum(['desc', 'asc']).default('desc'),
  limit: z.number().int().min(1).max(PLAN_LIMITS.results).default(10).describe('top k'),
});
const compareStepSchema = z.object({ op: z.literal('compare'), sets: z.tuple([setName, setName]) });
const RETURN_KINDS = ['items', 'units', 'tasks', 'targets', 'documents', 'sections', 'entities'] as const;
const returnStepSchema = z.object({
  op: z.literal('return'),
  what: z.enum(RETURN_KINDS).default('items').describe('units from tasks follow duties in; tasks from units follow duties out, from entities mentions in; targets from tasks follow SETS'),
  limit: z.number().int().min(1).max(PLAN_LIMITS.results).default(50),
});

const stepSchema = z.discriminatedUnion('op', [
  findStepSchema, followStepSchema, filterStepSchema, asStepSchema, useStepSchema, combineStepSchema,
  countStepSchema, groupStepSchema, rankStepSchema, compareStepSchema, returnStepSchema,
]);

export const planSchema = z.object({
  name: z.string().max(80).optional().describe('what the plan is called (a catalogue query, or a summary for people)'),
  steps: z.array(stepSchema).min(1).max(PLAN_LIMITS.steps),
});

// ---- results ----------------------------------------------------------------------------------

const planItemSchema = z.object({
  id: z.string(),
  label: label,
  name: z.string(),
  /** The owning document; for shared nodes (units, places…) the document of the first evidence, else null. */
  docId: z.string().nullable(),
  /** Evidence of the edges that produced the item (its duties, mentions, touches), in document order. */
  evidence: z.array(evidenceSchema),
  evidenceTotal: z.number().int().nonnegative(),
  /** How many distinct items reached it in the last follow (0 for found items). */
  via: z.number().int().nonnegative(),
  /** BM25 score (find by text), or the count a rank step ranked by. */
  score: z.number().nullable(),
  /** Label-specific facts: task number/path, target indicator/value/unit/year, unit jurisdiction, document jurisdiction. */
  facts: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});

export const planResultSchema = z.object({
  kind: z.enum(['items', 'count', 'groups', 'comparison']),
  items: z.array(planItemSchema),
  total: z.number().int().nonnegative(),
  truncated: z.boolean(),
  count: z.number().int().nonnegative().nullable(),
  groups: z.array(z.object({ key: z.string(), count: z.number().int().nonnegative() })),
  comparison: z.array(z.object({ set: z.string(), count: z.number().int().nonnegative() })),
});

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Step = z.infer<typeof stepSchema>;
export type FindStep = z.infer<typeof findStepSchema>;
export type FollowStep = z.infer<typeof followStepSchema>;
export type FilterStep = z.infer<typeof filterStepSchema>;
export type ReturnStep = z.infer<typeof returnStepSchema>;
export type RelationCheck = z.infer<typeof relationCheckSchema>;
export type Relation = (typeof RELATIONS)[number];
export type PlanItem = z.infer<typeof planItemSchema>;
export type PlanResult = z.infer<typeof planResultSchema>;
