// The 任务分工表 (task, lead / support / responsible units) as CSV with a UTF-8 BOM, so Excel opens it as Chinese.
import { UTF8_BOM, csvLine } from '../../graph/export/csv.ts';
import type { GraphExport, GraphNode } from '../../graph/model.ts';

export const TASK_TABLE_HEADER = ['序号', '文件', '章节路径', '编号', '任务', '牵头单位', '配合单位', '负责单位'];

const ROLE_COLUMN = { LEADS: 0, SUPPORTS: 1, RESPONSIBLE_FOR: 2 } as const;

function offset(node: GraphNode): number {
  return typeof node.properties.start === 'number' ? node.properties.start : 0;
}

/** Every task, and every section that has duties of its own, in document order. */
export function taskTableRows(graph: GraphExport): string[][] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const duties = new Map<string, [string[], string[], string[]]>();
  for (const e of graph.edges) {
    const column = ROLE_COLUMN[e.type as keyof typeof ROLE_COLUMN];
    if (column === undefined) continue;
    const unit = byId.get(e.source);
    if (!unit) continue;
    const cols = duties.get(e.target) ?? [[], [], []];
    if (!cols[column].includes(unit.name)) cols[column].push(unit.name);
    duties.set(e.target, cols);
  }
  const docTitle = new Map(graph.nodes.filter((n) => n.label === 'Document').map((n) => [n.id, n.name]));
  const rows = graph.nodes
    .filter((n) => n.label === 'Task' || (n.label === 'Section' && duties.has(n.id)))
    .sort((a, b) => String(a.properties.docId).localeCompare(String(b.properties.docId)) || offset(a) - offset(b));
  return rows.map((n, i) => {
    const [lead, support, responsible] = duties.get(n.id) ?? [[], [], []];
    const docId = String(n.properties.docId ?? '');
    return [String(i + 1), docTitle.get(docId) ?? docId, String(n.properties.path ?? ''), String(n.properties.number ?? ''), n.name,
      lead.join('、'), support.join('、'), responsible.join('、')];
  });
}

export function taskTableCsv(graph: GraphExport): string {
  return UTF8_BOM + [csvLine(TASK_TABLE_HEADER), ...taskTableRows(graph).map(csvLine)].join('\r\n') + '\r\n';
}
