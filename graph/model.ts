// The graph model shared by every layer: fixed labels, relationship types, nodes, edges, batches.

export const NODE_LABELS = [
  'Document', 'Section', 'Task', 'Unit', 'Place', 'Industry', 'Corridor', 'Project', 'Target',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const EDGE_TYPES = [
  'LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR', 'PART_OF', 'MENTIONS', 'SETS', 'TOUCHES',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const ENTITY_LABELS = ['Place', 'Industry', 'Corridor', 'Project'] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const DUTY_TYPES = ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR'] as const;
export type DutyType = (typeof DUTY_TYPES)[number];

const UNIT_KINDS = ['department', 'town', 'enterprise', 'committee', 'collective'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const PLACE_KINDS = [
  'river', 'town', 'village', 'mountain', 'lake', 'reservoir', 'district', 'city', 'region', 'scenic',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A span of a document's normalised text: the sentence a fact came from. */
export interface Evidence {
  docId: string;
  start: number;
  end: number;
  text: string;
}

export interface GraphNode {
  id: string;
  label: NodeLabel;
  name: string;
  properties: Record<string, unknown>;
}

export interface GraphEdge {
  id: string;
  type: EdgeType;
  source: string;
  target: string;
  properties: { evidence?: Evidence; [key: string]: unknown };
}

/** In the order the batch schema lists them (its message for an unknown code names them in this order). */
export const WARNING_CODES = [
  'UNRESOLVED_UNIT', 'SPLIT_UNIT', 'FUZZY_UNIT', 'INFERRED_UNIT', 'NO_JURISDICTION', 'NO_LEAD', 'PAGE_GAP', 'TRUNCATED_ANNOTATION',
  'OCR_REPAIR', 'NON_DUTY_ROLE', 'NO_TASKS', 'NO_DUTIES', 'UNREAD_LABEL',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** A data-quality finding, kept out of the graph and shown by `policy-graph report`. */
export interface IngestWarning {
  code: WarningCode;
  message: string;
  docId: string;
  evidence?: Evidence;
  detail?: Record<string, unknown>;
}

/** Everything one document contributes: applied to a store all or nothing. */
export interface GraphBatch {
  docId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  warnings: IngestWarning[];
}

export const EXPORT_FORMAT = 'policy-graph/v1';

export interface GraphExport {
  format: typeof EXPORT_FORMAT;
  nodes: GraphNode[];
  edges: GraphEdge[];
}
