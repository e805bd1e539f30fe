// Builds realistic GraphBatches by writing a plan's text line by line, so every evidence span is real.
import type {
  EntityLabel, Evidence, GraphBatch, GraphEdge, GraphNode, IngestWarning, WarningCode,
} from '../../graph/model.ts';

export type FixtureRole = 'lead' | 'support' | 'responsible';
export interface FixtureDuty { unit: string; role: FixtureRole; surface?: string }
export interface FixtureTarget { indicator: string; value: number; unit: string; year: number }
export interface FixtureItem {
  duties?: FixtureDuty[];
  mentions?: [EntityLabel, string][];
  touches?: [EntityLabel, string, string][];
  targets?: FixtureTarget[];
}

const DUTY_EDGE = { lead: 'LEADS', support: 'SUPPORTS', responsible: 'RESPONSIBLE_FOR' } as const;

export function unitId(jurisdiction: string, name: string): string {
  return `unit:${jurisdiction}:${name}`;
}

export function entityId(label: EntityLabel, name: string): string {
  return `${label.toLowerCase()}:${name}`;
}

export function taskId(doc: string, path: string): string {
  return `task:${doc}:${path}`;
}

export function sectionId(doc: string, path: string): string {
  return `section:${doc}:${path}`;
}

interface Span { id: string; parent: string | null; start: number; end: number }

export class BatchBuilder {
  readonly docId: string;
  /** Document metadata properties (kind, level, …) the fixture gives its Document node. */
  metadata: Record<string, string> = {};
  private text = '';
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  private readonly warnings: IngestWarning[] = [];
  private readonly spans: Span[] = [];

  constructor(
    private readonly key: string,
    private readonly title: string,
    private readonly jurisdiction: string,
  ) {
    this.docId = `doc:${key}`;
    this.line(title);
  }

  private line(content: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += `${content}\n`;
    return { start, end: start + content.length };
  }

  evidence(start: number, end: number): Evidence {
    return { docId: this.docId, start, end, text: this.text.slice(start, end) };
  }

  private edge(type: GraphEdge['type'], source: string, target: string, evidence?: Evidence): void {
    const id = `edge:${this.key}:${type}:${source}->${target}`;
    this.edges.push({ id, type, source, target, properties: evidence ? { evidence } : {} });
  }

  private unit(name: string, surface?: string): string {
    const id = unitId(this.jurisdiction, name);
    const prev = this.nodes.get(id);
    const aliases = new Set([...((prev?.properties.aliases as string[]) ?? []), name, surface ?? name]);
    this.nodes.set(id, {
      id, label: 'Unit', name,
      properties: { jurisdiction: this.jurisdiction, kind: 'department', aliases: [...aliases].sort() },
    });
    return id;
  }

  private entity(label: EntityLabel, name: string): string {
    const id = entityId(label, name);
    this.nodes.set(id, { id, label, name, properties: label === 'Place' ? { kind: 'river' } : {} });
    return id;
  }

  /** A numbered part: Section when `label` says so (it has children), Task otherwise. */
  item(label: 'Section' | 'Task', path: string, number: string, title: string, line: string, parent: string | null, spec: FixtureItem = {}): string {
    const span = this.line(line);
    const id = label === 'Task' ? taskId(this.key, path) : sectionId(this.key, path);
    const parentId = parent === null ? this.docId : sectionId(this.key, parent);
    this.spans.push({ id, parent: parent === null ? null : parentId, ...span });
    this.nodes.set(id, {
      id, label, name: title,
      properties: { docId: this.docId, number, path, title, text: '', start: span.start, end: span.end },
    });
    this.edge('PART_OF', id, parentId);
    const ev = this.evidence(span.start, span.end);
    for (const d of spec.duties ?? []) this.edge(DUTY_EDGE[d.role], this.unit(d.unit, d.surface), id, ev);
    for (const [l, name] of spec.mentions ?? []) this.edge('MENTIONS', id, this.entity(l, name), ev);
    for (const [l, name, place] of spec.touches ?? []) this.edge('TOUCHES', this.entity(l, name), this.entity('Place', place), ev);
    for (const t of spec.targets ?? []) {
      const tid = `target:${this.key}:${t.indicator}`;
      this.nodes.set(tid, { id: tid, label: 'Target', name: `${t.indicator} ${t.value}${t.unit}`, properties: { docId: this.docId, ...t, text: line } });
      this.edge('SETS', id, tid, ev);
    }
    return id;
  }

  warn(code: WarningCode, message: string, nodeId?: string): void {
    const span = this.spans.find((s) => s.id === nodeId);
    this.warnings.push({ code, message, docId: this.docId, ...(span ? { evidence: this.evidence(span.start, span.end) } : {}) });
  }

  /** Sections span their children, as the pipeline's outline does. */
  build(ingestedAt = '2024-06-01T08:00:00.000Z'): GraphBatch {
    for (const span of [...this.spans].reverse()) {
      const children = this.spans.filter((s) => s.parent === span.id);
      span.end = Math.max(span.end, ...children.map((c) => c.end));
      const node = this.nodes.get(span.id) as GraphNode;
      node.properties = { ...node.properties, end: span.end, text: this.text.slice(span.start, span.end) };
    }
    const doc: GraphNode = {
      id: this.docId, label: 'Document', name: this.title,
      properties: {
        title: this.title, source: `seeds/${this.key}.txt`, sha256: `sha-${this.key}`, jurisdiction: this.jurisdiction,
        ...this.metadata, ingestedAt, text: this.text,
      },
    };
    return { docId: this.docId, nodes: [doc, ...this.nodes.values()], edges: [...this.edges], warnings: [...this.warnings] };
  }
}
