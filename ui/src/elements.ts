// Turn API answers (graph nodes/edges, aggregates, ask elements) into Cytoscape element definitions.
import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../../graph/model.ts';
import type { CyElementData, QueryOutput } from './api.ts';
import { LABEL_STYLE } from './graph-style.ts';

const SHORT_NAME_CHARS = 14;
const DEFAULT_FONT = 10;

export function shortName(name: string, max = SHORT_NAME_CHARS): string {
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

function sizeOf(label: string | undefined): number {
  return LABEL_STYLE[label as keyof typeof LABEL_STYLE]?.size ?? 24;
}

export function nodeElement(node: Pick<GraphNode, 'id' | 'label' | 'name'> & { properties?: Record<string, unknown> }): ElementDefinition {
  const props = node.properties ?? {};
  const docId = typeof props.docId === 'string' ? props.docId : undefined;
  const kind = typeof props.kind === 'string' ? props.kind : undefined;
  return {
    group: 'nodes',
    data: { id: node.id, label: node.label, name: node.name, short: shortName(node.name), size: sizeOf(node.label), fontSize: DEFAULT_FONT, labelSize: DEFAULT_FONT, docId, kind },
  };
}

function edgeElement(edge: GraphEdge): ElementDefinition {
  return {
    group: 'edges',
    data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, evidence: edge.properties.evidence },
  };
}

export function graphElements(nodes: GraphNode[], edges: GraphEdge[]): ElementDefinition[] {
  return [...nodes.map(nodeElement), ...edges.map(edgeElement)];
}

/** Elements from `/api/ask`, which may leave out the name or short label. */
export function askElements(elements: { data: CyElementData }[]): ElementDefinition[] {
  return elements.map(({ data }) => {
    if (data.source && data.target) return { group: 'edges', data: { ...data } };
    const name = String(data.name ?? data.id);
    return { group: 'nodes', data: { ...data, name, short: shortName(name), size: sizeOf(data.label), fontSize: DEFAULT_FONT, labelSize: DEFAULT_FONT } };
  });
}

const DUTY_TYPES = new Set(['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR']);

const STRUCTURE = new Set(['Document', 'Section', 'Task']);

/**
 * The small-graph overview: every unit, the document's outline (document, sections, tasks) and the duty
 * edges. The outline gives the picture its shape: tasks gather around their part of the plan.
 */
export function dutyOverview(graph: { nodes: GraphNode[]; edges: GraphEdge[] }): ElementDefinition[] {
  const nodes = graph.nodes.filter((n) => STRUCTURE.has(n.label) || n.label === 'Unit');
  const keep = new Set(nodes.map((n) => n.id));
  const edges = graph.edges.filter((e) => (DUTY_TYPES.has(e.type) || e.type === 'PART_OF') && keep.has(e.source) && keep.has(e.target));
  return graphElements(nodes, edges);
}

const UNIT_SIZE_MIN = 18;
const UNIT_SIZE_MAX = 80;

/** The large-corpus overview: units sized by workload, linked by how many tasks they share. */
export function aggregateOverview(workload: QueryOutput<'workload'>, overlaps: QueryOutput<'overlaps'>): ElementDefinition[] {
  const max = Math.max(1, ...workload.units.items.map((w) => w.total));
  const present = new Set<string>();
  const out: ElementDefinition[] = [];
  const addUnit = (id: string, name: string, total: number) => {
    if (present.has(id)) return;
    present.add(id);
    const size = UNIT_SIZE_MIN + (UNIT_SIZE_MAX - UNIT_SIZE_MIN) * Math.sqrt(total / max);
    out.push({ group: 'nodes', data: { id, label: 'Unit', name, short: shortName(name), size: Math.round(size), fontSize: DEFAULT_FONT, labelSize: DEFAULT_FONT, total } });
  };
  for (const w of workload.units.items) addUnit(w.unit.id, w.unit.name, w.total);
  for (const p of overlaps.pairs.items) {
    addUnit(p.a.id, p.a.name, 0);
    addUnit(p.b.id, p.b.name, 0);
    out.push({ group: 'edges', data: { id: `co:${p.a.id}|${p.b.id}`, source: p.a.id, target: p.b.id, type: 'CO', weight: p.shared } });
  }
  return out;
}
