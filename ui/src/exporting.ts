// Export the view (PNG, SVG, JSON elements) and the staff sheets (任务分工表 as CSV, Excel, Word; one unit's 任务清单).
import { api } from './api.ts';
import { download, setStatus } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { t } from './i18n.ts';
import { taskTableDocx, taskTableXlsx } from './sheets.ts';
import { viewToSvg } from './svg-export.ts';
import { taskTableCsv, taskTableRows } from './task-table.ts';

export const EXPORT_KINDS = ['xlsx', 'docx', 'csv', 'png', 'svg', 'json'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type SheetKind = 'xlsx' | 'docx' | 'csv';

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The 任务分工表 of every document, or one unit's 任务清单 when `unit` is given. */
export async function exportSheet(kind: SheetKind, unit?: { id: string; name: string }): Promise<void> {
  const rows = taskTableRows(await api.exportJson(), unit?.id);
  const title = unit ? `${unit.name}任务清单` : '任务分工表';
  const name = `${title}-${stamp()}.${kind}`;
  if (kind === 'csv') download(name, taskTableCsv(rows), 'text/csv;charset=utf-8');
  else download(name, kind === 'xlsx' ? await taskTableXlsx(rows) : await taskTableDocx(rows, title));
  setStatus(t('export.done', { name }));
}

export async function exportView(view: GraphView, kind: ExportKind): Promise<void> {
  if (kind === 'xlsx' || kind === 'docx' || kind === 'csv') return exportSheet(kind);
  const cy = view.cy;
  let name: string;
  if (kind === 'png') {
    name = `policy-graph-${stamp()}.png`;
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    download(name, blob);
  } else if (kind === 'svg') {
    name = `policy-graph-${stamp()}.svg`;
    download(name, viewToSvg(cy), 'image/svg+xml;charset=utf-8');
  } else {
    name = `policy-graph-view-${stamp()}.json`;
    const elements = cy.elements().map((el) => ({ group: el.group(), data: el.data(), ...(el.isNode() ? { position: el.position() } : {}) }));
    download(name, `${JSON.stringify({ format: 'cytoscape-elements', elements }, null, 2)}\n`, 'application/json');
  }
  setStatus(t('export.done', { name }));
}
