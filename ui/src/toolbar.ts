// The graph toolbar: fit, zoom, layout, overview, clear highlight, and the export buttons.
import { append, clear, h } from './dom.ts';
import { EXPORT_KINDS, type ExportKind } from './exporting.ts';
import { t, type MessageKey } from './i18n.ts';
import { LAYOUTS, type LayoutName } from './layouts.ts';

export interface ToolbarActions {
  fit(): void;
  zoom(factor: number): void;
  layout(name: LayoutName): void;
  overview(): void;
  clearHighlight(): void;
  exportAs(kind: ExportKind): void;
}

const ZOOM_STEP = 1.25;

export function renderToolbar(root: HTMLElement, actions: ToolbarActions): void {
  const button = (id: string, key: MessageKey, run: () => void, text?: string) =>
    h('button', { id, title: t(key), onclick: run }, text ?? t(key));
  const layout = h('select', { id: 'layout-select', title: t('tool.layout') },
    h('option', { value: '' }, `${t('tool.layout')}…`), ...LAYOUTS.map((name) => h('option', { value: name }, t(`layout.${name}` as MessageKey))));
  layout.addEventListener('change', () => {
    if (layout.value) actions.layout(layout.value as LayoutName);
    layout.value = '';
  });
  append(clear(root), 
    button('btn-overview', 'tool.overview', actions.overview),
    button('btn-fit', 'tool.fit', actions.fit, '⤢'),
    button('btn-zoom-in', 'tool.zoomIn', () => actions.zoom(ZOOM_STEP), '+'),
    button('btn-zoom-out', 'tool.zoomOut', () => actions.zoom(1 / ZOOM_STEP), '−'),
    layout,
    button('btn-clear', 'tool.clear', actions.clearHighlight),
    h('span', { class: 'spacer' }),
    h('span', { class: 'muted small' }, `${t('tool.export')}:`),
    ...EXPORT_KINDS.map((kind) => button(`export-${kind}`, `export.${kind}` as MessageKey, () => actions.exportAs(kind))),
  );
}
