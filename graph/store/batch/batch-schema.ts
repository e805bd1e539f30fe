// Zod schemas of a GraphBatch and the structural rules of the fixed model (labels, endpoints, evidence).
import { z } from 'zod';
import {
  DUTY_TYPES, EDGE_TYPES, ENTITY_LABELS, NODE_LABELS, WARNING_CODES, type EdgeType, type NodeLabel,
} from '../../model.ts';

/** Labels whose nodes several documents share (ids carry no document); the rest belong to one. */
export const SHARED_LABELS: readonly NodeLabel[] = ['Unit', 'Place', 'Industry', 'Corridor', 'Project'];

export function isSharedLabel(label: NodeLabel): boolean {
  return SHARED_LABELS.includes(label);
}

const offset = z.number().int().nonnegative();
const text = z.string();
const optionalText = z.string().nullable().optional();

export const evidenceSchema = z
  .object({ docId: z.string().min(1), start: offset, end: offset, text })
  .refine((e) => e.end >= e.start, { message: 'evidence.end is before evidence.start' });

const spanProperties = z.looseObject({
  docId: z.string().min(1), number: text, path: text, title: text, text, start: offset, end: offset,
});

/** What each label's properties must hold; extra properties are kept as they are. */
export const PROPERTY_SCHEMAS: Record<NodeLabel, z.ZodType> = {
  Document: z.looseObject({
    title: text, source: text, sha256: text, jurisdiction: text, ingestedAt: text, text,
  }),
  Section: spanProperties,
  Task: spanProperties,
  // within: the bureau a bare internal office belongs to (规划股 of 舒城县农业农村局), so two bureaus' offices never merge.
  Unit: z.looseObject({ aliases: z.array(text).optional(), kind: optionalText, jurisdiction: optionalText, within: optionalText }),
  Place: z.looseObject({ kind: optionalText, aliases: z.array(text).optional() }),
  Industry: z.looseObject({ aliases: z.array(text).optional() }),
  Corridor: z.looseObject({ aliases: z.array(text).optional() }),
  Project: z.looseObject({ aliases: z.array(text).optional() }),
  Target: z.looseObject({
    docId: z.string().optional(), indicator: optionalText, value: z.number().nullable().optional(),
    unit: optionalText, year: z.number().int().nullable().optional(), text: optionalText,
  }),
};

export const nodeSchema = z.object({
  id: z.string().min(1),
  label: z.enum(NODE_LABELS),
  name: z.string(),
  properties: z.record(z.string(), z.unknown()),
});

export const edgeSchema = z.object({
  id: z.string().min(1),
  type: z.enum(EDGE_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  properties: z.looseObject({ evidence: evidenceSchema.optional() }),
});

export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  message: z.string(),
  docId: z.string().min(1),
  evidence: evidenceSchema.optional(),
  detail: z.record(z.string(), z.unknown()).optional(),
});

export const batchSchema = z.object({
  docId: z.string().min(1),
  nodes: z.array(nodeSchema),
  edges: z.array(edgeSchema),
  warnings: z.array(warningSchema),
});

const TASKLIKE: readonly NodeLabel[] = ['Task', 'Section'];

/** Allowed endpoint labels per relationship type, from the fixed data model. */
export const EDGE_RULES: Record<EdgeType, { source: readonly NodeLabel[]; target: readonly NodeLabel[]; evidence: boolean }> = {
  LEADS: { source: ['Unit'], target: TASKLIKE, evidence: true },
  SUPPORTS: { source: ['Unit'], target: TASKLIKE, evidence: true },
  RESPONSIBLE_FOR: { source: ['Unit'], target: TASKLIKE, evidence: true },
  PART_OF: { source: TASKLIKE, target: ['Section', 'Document'], evidence: false },
  MENTIONS: { source: TASKLIKE, target: ENTITY_LABELS, evidence: true },
  SETS: { source: TASKLIKE, target: ['Target'], evidence: false },
  TOUCHES: { source: ['Project', 'Corridor'], target: ['Place'], evidence: true },
};

export function isDutyType(type: EdgeType): boolean {
  return (DUTY_TYPES as readonly string[]).includes(type);
}
