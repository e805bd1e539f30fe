// Export the view (PNG, SVG, JSON elements) and the whole 任务分工表 (CSV).
import { api } from './api.ts';
import { download, setStatus } from './dom.ts';
import type { GraphView } from './graph-view.ts';
import { t } from './i18n.ts';
import { viewToSvg } from './svg-export.ts';
import { taskTableCsv } from './task-table.ts';

export const EXPORT_KINDS = ['png', 'svg', 'json', 'csv'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

function stamp(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function exportView(view: GraphView, kind: ExportKind): Promise<void> {
  const cy = view.cy;
  let name: string;
  if (kind === 'png') {
    name = `policy-graph-${stamp()}.png`;
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
    download(name, blob);
  } else if (kind === 'svg') {
    name = `policy-graph-${stamp()}.svg`;
    download(name, viewToSvg(cy), 'image/svg+xml;charset=utf-8');
  } else if (kind === 'json') {
    name = `policy-graph-view-${stamp()}.json`;
    const elements = cy.elements().map((el) => ({ group: el.group(), data: el.data(), ...(el.isNode() ? { position: el.position() } : {}) }));
    download(name, `${JSON.stringify({ format: 'cytoscape-elements', elements }, null, 2)}\n`, 'application/json');
  } else {
    name = `任务分工表-${stamp()}.csv`;
    download(name, taskTableCsv(await api.exportJson()), 'text/csv;charset=utf-8');
  }
  setStatus(t('toast.copied', { name }));
}
