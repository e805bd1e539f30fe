// CSV export: one row per relationship with both ends named and the evidence sentence; opens in Excel (UTF-8 BOM).
import type { ExportWithLinks } from '../align/link-edges.ts';
import type { Evidence } from '../model.ts';

export const UTF8_BOM = '\ufeff';

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  // Guard against spreadsheet formula injection from document text.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: unknown[]): string {
  return cells.map(csvCell).join(',');
}

export function toCsv(graph: ExportWithLinks): string {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const header = ['type', 'source_id', 'source_label', 'source_name', 'target_id', 'target_label', 'target_name', 'doc_id', 'evidence_start', 'evidence_end', 'evidence_text'];
  const rows = graph.edges.map((e) => {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    const ev = e.properties.evidence as Evidence | undefined;
    return csvLine([e.type, e.source, s?.label, s?.name, e.target, t?.label, t?.name, ev?.docId, ev?.start, ev?.end, ev?.text]);
  });
  return UTF8_BOM + [csvLine(header), ...rows].join('\r\n') + '\r\n';
}
