// The graph toolbar: drawers (phones), overview, fit, zoom, layout, clear highlight, and the export menu.
import { append, clear, h } from './dom.ts';
import { EXPORT_KINDS, type ExportKind } from './exporting.ts';
import { t, type MessageKey } from './i18n.ts';
import { LAYOUTS, type LayoutName } from './layouts.ts';

interface ToolbarActions {
  openPanel(): void;
  openDetails(): void;
  fit(): void;
  zoom(factor: number): void;
  layout(name: LayoutName): void;
  overview(): void;
  clearHighlight(): void;
  exportAs(kind: ExportKind): void;
}

const ZOOM_STEP = 1.25;

/** A disclosure menu (<details>): keyboard-ready without script; Escape closes it and returns focus. */
function menu(id: string, label: string, items: HTMLElement[]): HTMLElement {
  const summary = h('summary', { id: `${id}-button` }, `${label} ▾`);
  const list = h('div', { class: 'menu-list', role: 'group', 'aria-label': label }, ...items);
  const box = h('details', { class: 'menu', id }, summary, list);
  box.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !box.open) return;
    box.open = false;
    summary.focus();
  });
  list.addEventListener('click', () => { box.open = false; });
  return box;
}

export function renderToolbar(root: HTMLElement, actions: ToolbarActions): void {
  const button = (id: string, key: MessageKey, run: () => void, text?: string, cls?: string) =>
    h('button', { id, class: cls, title: t(key), 'aria-label': text ? t(key) : undefined, onclick: run }, text ?? t(key));
  const layout = h('select', { id: 'layout-select', title: t('tool.layout'), 'aria-label': t('tool.layout'), class: 'wide-only' },
    h('option', { value: '' }, `${t('tool.layout')}…`), ...LAYOUTS.map((name) => h('option', { value: name }, t(`layout.${name}` as MessageKey))));
  layout.addEventListener('change', () => {
    if (layout.value) actions.layout(layout.value as LayoutName);
    layout.value = '';
  });
  const exports = EXPORT_KINDS.map((kind) => button(`export-${kind}`, `export.${kind}` as MessageKey, () => actions.exportAs(kind)));
  append(clear(root),
    button('btn-panel', 'nav.panel', actions.openPanel, undefined, 'narrow-only'),
    button('btn-details', 'nav.details', actions.openDetails, undefined, 'narrow-only'),
    button('btn-overview', 'tool.overview', actions.overview),
    button('btn-fit', 'tool.fit', actions.fit, '⤢'),
    button('btn-zoom-in', 'tool.zoomIn', () => actions.zoom(ZOOM_STEP), '+'),
    button('btn-zoom-out', 'tool.zoomOut', () => actions.zoom(1 / ZOOM_STEP), '−'),
    layout,
    button('btn-clear', 'tool.clear', actions.clearHighlight, undefined, 'wide-only'),
    h('span', { class: 'spacer' }),
    menu('export-menu', t('tool.export'), exports),
  );
}
