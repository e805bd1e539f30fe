// The 任务分工表 as rows (序号, 章节, 任务, 牵头单位, 责任单位, 原文依据, 文件): tasks and units in the document's order.
import { UTF8_BOM, csvLine } from '../../graph/export/csv.ts';
import type { Evidence, GraphEdge, GraphExport, GraphNode } from '../../graph/model.ts';

/** The columns staff expect; the same for CSV, Excel and Word, whatever the UI language. */
export const TASK_TABLE_HEADER = ['序号', '章节', '任务', '牵头单位', '责任单位', '原文依据', '文件'] as const;

export interface TaskRow {
  seq: number;
  docId: string;
  document: string;
  section: string;
  task: string;
  lead: string[];
  responsible: string[];
  basis: string;
}

const DUTY_TYPES = new Set(['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR']);

function offset(node: GraphNode): number {
  return typeof node.properties.start === 'number' ? node.properties.start : 0;
}

/** Where the unit's name stands in the document: the annotation's start plus the name's place inside it. */
function dutyPosition(edge: GraphEdge, unitName: string): number {
  const ev = edge.properties.evidence as Evidence | undefined;
  if (!ev) return Number.MAX_SAFE_INTEGER;
  const surface = typeof edge.properties.surface === 'string' ? edge.properties.surface : unitName;
  const at = ev.text.indexOf(surface);
  return ev.start + (at >= 0 ? at : ev.text.length);
}

interface Duty { unit: GraphNode; edge: GraphEdge; pos: number }

function dutiesByTask(graph: GraphExport, byId: Map<string, GraphNode>): Map<string, Duty[]> {
  const out = new Map<string, Duty[]>();
  for (const edge of graph.edges) {
    const unit = byId.get(edge.source);
    if (!DUTY_TYPES.has(edge.type) || !unit) continue;
    const list = out.get(edge.target) ?? [];
    list.push({ unit, edge, pos: dutyPosition(edge, unit.name) });
    out.set(edge.target, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.pos - b.pos || a.unit.name.localeCompare(b.unit.name, 'zh-Hans-CN'));
  return out;
}

/** "一、总体要求 / （三）推进…": the sections above a task, outermost first, as printed. */
function sectionTitles(graph: GraphExport, byId: Map<string, GraphNode>): (id: string) => string {
  const parent = new Map<string, string>();
  for (const e of graph.edges) if (e.type === 'PART_OF') parent.set(e.source, e.target);
  return (id) => {
    const chain: string[] = [];
    for (let at = parent.get(id), guard = 0; at && guard < 20; at = parent.get(at), guard++) {
      const node = byId.get(at);
      if (node?.label !== 'Section') break;
      chain.unshift(`${node.properties.number ?? ''}${node.name}`.trim());
    }
    return chain.join(' / ');
  };
}

function names(duties: Duty[], types: string[]): string[] {
  const seen: string[] = [];
  for (const d of duties) if (types.includes(d.edge.type) && !seen.includes(d.unit.name)) seen.push(d.unit.name);
  return seen;
}

/** Every task (and every section with duties of its own) in document order; `unitId` keeps one unit's 任务清单. */
export function taskTableRows(graph: GraphExport, unitId?: string): TaskRow[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const duties = dutiesByTask(graph, byId);
  const sectionOf = sectionTitles(graph, byId);
  const docTitle = new Map(graph.nodes.filter((n) => n.label === 'Document').map((n) => [n.id, n.name]));
  const holders = graph.nodes
    .filter((n) => n.label === 'Task' || (n.label === 'Section' && duties.has(n.id)))
    .filter((n) => !unitId || (duties.get(n.id) ?? []).some((d) => d.unit.id === unitId))
    .sort((a, b) => String(a.properties.docId).localeCompare(String(b.properties.docId)) || offset(a) - offset(b));
  return holders.map((n, i) => {
    const mine = duties.get(n.id) ?? [];
    const docId = String(n.properties.docId ?? '');
    const basis = [...new Set(mine.map((d) => (d.edge.properties.evidence as Evidence | undefined)?.text).filter(Boolean))];
    return {
      seq: i + 1, docId, document: docTitle.get(docId) ?? docId, section: sectionOf(n.id),
      task: `${n.properties.number ?? ''}${n.properties.number ? ' ' : ''}${n.name}`,
      lead: names(mine, ['LEADS']), responsible: names(mine, ['SUPPORTS', 'RESPONSIBLE_FOR']), basis: basis.join(' '),
    };
  });
}

/** A row as the seven cells of TASK_TABLE_HEADER (units joined with 、 as the plans write them). */
export function taskRowCells(row: TaskRow): string[] {
  return [String(row.seq), row.section, row.task, row.lead.join('、'), row.responsible.join('、'), row.basis, row.document];
}

export function taskTableCsv(rows: TaskRow[]): string {
  return UTF8_BOM + [csvLine([...TASK_TABLE_HEADER]), ...rows.map((r) => csvLine(taskRowCells(r)))].join('\r\n') + '\r\n';
}
