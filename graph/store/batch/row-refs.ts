// Map stored nodes and edges to the plain refs and rows of the catalogue's row contract.
import type { DutyRow, MentionRow, TaskRow, TouchRow } from '../../catalogue/rows.ts';
import { ROLE_OF } from '../../catalogue/order.ts';
import type { EntityRef, EvidenceValue, NodeRef, TargetInfo, UnitInfo, UnitRef } from '../../catalogue/schemas.ts';
import type { DutyType, EntityLabel, Evidence, GraphEdge, GraphNode } from '../../model.ts';

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function strOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function numOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function nodeRef(node: GraphNode): NodeRef {
  return { id: node.id, label: node.label, name: node.name };
}

export function unitRef(node: GraphNode): UnitRef {
  return { id: node.id, label: 'Unit', name: node.name };
}

export function entityRef(node: GraphNode): EntityRef {
  return { id: node.id, label: node.label as EntityLabel, name: node.name };
}

export function unitInfo(node: GraphNode): UnitInfo {
  const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases.map(String) : [];
  return {
    ...unitRef(node),
    jurisdiction: strOrNull(node.properties.jurisdiction),
    kind: strOrNull(node.properties.kind),
    aliases,
  };
}

// Stored nodes are never mutated (a change replaces them), and shaping only reads rows and
// copies tasks out through taskRef(), so one TaskRow per node can be reused by every query.
const taskRows = new WeakMap<GraphNode, TaskRow>();

export function taskRow(node: GraphNode): TaskRow {
  let row = taskRows.get(node);
  if (!row) {
    row = buildTaskRow(node);
    taskRows.set(node, row);
  }
  return row;
}

function buildTaskRow(node: GraphNode): TaskRow {
  const p = node.properties;
  return {
    id: node.id,
    label: node.label === 'Section' ? 'Section' : 'Task',
    name: node.name,
    docId: str(p.docId),
    number: str(p.number),
    path: str(p.path),
    start: typeof p.start === 'number' ? p.start : 0,
  };
}

export function targetInfo(node: GraphNode, docId: string): TargetInfo {
  const p = node.properties;
  const year = numOrNull(p.year);
  return {
    id: node.id,
    label: 'Target',
    name: node.name,
    docId,
    indicator: strOrNull(p.indicator),
    value: numOrNull(p.value),
    unit: strOrNull(p.unit),
    year: year !== null && Number.isInteger(year) ? year : null,
    text: strOrNull(p.text),
  };
}

/** The stored evidence itself (validation left exactly docId/start/end/text): rows are read-only and
 *  MemoryGraphStore.run copies every answer before it leaves the store. */
export function evidenceOf(edge: GraphEdge): EvidenceValue {
  return edge.properties.evidence as Evidence;
}

export function evidenceOrNull(edge: GraphEdge): EvidenceValue | null {
  return edge.properties.evidence ? evidenceOf(edge) : null;
}

type NodeLookup = (id: string) => GraphNode;

/** `ref`: the ref of a Unit or entity node by id (the memory store keeps one per node and graph version). */
export function dutyRow(edge: GraphEdge, node: NodeLookup, ref: (id: string) => NodeRef): DutyRow {
  return {
    unit: ref(edge.source) as UnitRef,
    task: taskRow(node(edge.target)),
    role: ROLE_OF[edge.type as DutyType],
    evidence: evidenceOf(edge),
  };
}

export function mentionRow(edge: GraphEdge, node: NodeLookup, ref: (id: string) => NodeRef): MentionRow {
  return { task: taskRow(node(edge.source)), entity: ref(edge.target) as EntityRef, evidence: evidenceOf(edge) };
}

export function touchRow(edge: GraphEdge, node: NodeLookup): TouchRow {
  return { from: entityRef(node(edge.source)), to: entityRef(node(edge.target)), evidence: evidenceOf(edge) };
}
