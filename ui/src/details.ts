// The details panel: a node's properties, aliases, tasks and roles (units), and the evidence of its relationships.
import type { GraphEdge, GraphNode, NodeLabel } from '../../graph/model.ts';
import { api } from './api.ts';
import { append, byId, clear, h } from './dom.ts';
import { legendSwatch } from './graph-style.ts';
import { t, term } from './i18n.ts';
import { exportSheet, type SheetKind } from './exporting.ts';
import { loadSections, sectionTitle } from './sections.ts';
import { evidenceLink, openSource } from './source-view.ts';

export interface DetailsActions {
  focus(id: string): void;
  expand(id: string): void;
  collapse(id: string): void;
  pathFrom(node: GraphNode): void;
  pathTo(id: string): void;
  layoutAround(id: string): void;
  outline(id: string): void;
  pathStart(): GraphNode | null;
  isExpanded(id: string): boolean;
  /** The steps of the last path found to this node, if any. */
  pathCard(id: string): HTMLElement | null;
}

/** Properties a reader understands, in this order; the rest (offsets, ids, hashes, raw text) stay hidden. */
const SHOWN_PROPS = ['kind', 'number', 'jurisdiction', 'level', 'issuer', 'docNumber', 'date', 'period', 'indicator', 'value', 'unit', 'year', 'source', 'ingestedAt', 'inferred'];
const UNIT_SHEETS: { kind: SheetKind; key: 'export.unitXlsx' | 'export.unitDocx' | 'export.unitCsv' }[] = [
  { kind: 'xlsx', key: 'export.unitXlsx' }, { kind: 'docx', key: 'export.unitDocx' }, { kind: 'csv', key: 'export.unitCsv' },
];
const RELATIONS_MAX = 100;

function nodeLink(ref: { id: string; name: string; label?: string }, actions: DetailsActions): HTMLElement {
  return h('a', { href: `#node=${encodeURIComponent(ref.id)}`, class: 'node-link', onclick: (e: Event) => { e.preventDefault(); actions.focus(ref.id); } }, ref.name);
}

function propertyValue(key: string, value: unknown): string {
  if (typeof value === 'boolean') return t(value ? 'value.true' : 'value.false');
  if (key === 'kind') return term('kind', String(value));
  if (key === 'ingestedAt' && typeof value === 'string') return new Date(value).toLocaleString();
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function propertyTable(node: GraphNode): HTMLElement {
  const p = node.properties;
  const rows: [string, string][] = SHOWN_PROPS.filter((k) => p[k] !== null && p[k] !== undefined && p[k] !== '').map((k) => [term('prop', k), propertyValue(k, p[k])]);
  if (typeof p.docId === 'string' && typeof p.path === 'string') {
    const section = sectionTitle(p.docId, p.path);
    if (section) rows.unshift([t('details.section'), section]);
  }
  return h('table', { class: 'props', id: 'details-props' }, ...rows.map(([k, v]) => h('tr', {}, h('th', { scope: 'row' }, k), h('td', {}, v))));
}

function actionButtons(node: GraphNode, actions: DetailsActions): HTMLElement {
  const bar = h('div', { class: 'actions' });
  const button = (key: Parameters<typeof t>[0], fn: () => void, id?: string) => bar.append(h('button', { id, onclick: fn }, t(key)));
  button('details.expand', () => actions.expand(node.id), 'btn-expand');
  if (actions.isExpanded(node.id)) button('details.collapse', () => actions.collapse(node.id), 'btn-collapse');
  const start = actions.pathStart();
  if (start && start.id !== node.id) button('details.pathTo', () => actions.pathTo(node.id), 'btn-path-to');
  else button('details.pathFrom', () => actions.pathFrom(node), 'btn-path-from');
  if (node.label === 'Unit') button('details.layoutAround', () => actions.layoutAround(node.id));
  if (node.label === 'Document') button('details.outline', () => actions.outline(node.id), 'btn-outline');
  if (node.label === 'Unit') for (const s of UNIT_SHEETS) button(s.key, () => void exportSheet(s.kind, node), `unit-export-${s.kind}`);
  const p = node.properties;
  if (typeof p.docId === 'string' && typeof p.start === 'number' && typeof p.end === 'number') {
    const { docId, start, end } = p as { docId: string; start: number; end: number };
    button('details.source', () => void openSource(docId, start, end), 'btn-source');
  }
  return bar;
}

async function unitTasksSection(node: GraphNode, actions: DetailsActions): Promise<HTMLElement> {
  const out = await api.query('unitTasks', { unit: node.id, limit: RELATIONS_MAX });
  await loadSections(out.tasks.items.map((i) => i.docId));
  const list = h('ul', { class: 'tasks' });
  for (const item of out.tasks.items) {
    list.append(h('li', {}, h('span', { class: `role role-${item.role}` }, term('role', item.role)), ' ',
      nodeLink(item, actions), h('div', { class: 'muted small' }, sectionTitle(item.docId, item.path)), h('div', { class: 'quote' }, evidenceLink(item.evidence))));
  }
  const more = out.tasks.truncated ? h('p', { class: 'muted' }, t('details.truncated', { n: out.tasks.items.length })) : null;
  return h('section', { id: 'details-tasks' }, h('h4', {}, `${t('details.tasks')} (${out.tasks.total})`), list, more);
}

async function partnersSection(node: GraphNode, actions: DetailsActions): Promise<HTMLElement> {
  const out = await api.query('unitPartners', { unit: node.id, limit: 10 });
  const list = h('ul', { class: 'partners' }, ...out.partners.items.map((p) => h('li', {}, nodeLink(p.unit, actions), h('span', { class: 'muted small' }, ` ${t('count.tasks', { n: p.shared })}`))));
  return h('section', { id: 'details-partners' }, h('h4', {}, `${t('details.partners')} (${out.partners.total})`), list);
}

function relationLine(edge: GraphEdge, self: string, names: Map<string, GraphNode>, actions: DetailsActions): HTMLElement {
  const other = names.get(edge.source === self ? edge.target : edge.source);
  const ev = edge.properties.evidence;
  const arrow = edge.source === self ? '→' : '←';
  return h('li', {}, h('span', { class: `edge-type edge-${edge.type}` }, term('edge', edge.type)), ` ${arrow} `,
    other ? nodeLink(other, actions) : edge.target, other ? h('span', { class: 'chip' }, term('label', other.label)) : null,
    ev ? h('div', { class: 'quote' }, evidenceLink(ev)) : null);
}

async function relationsSection(node: GraphNode, actions: DetailsActions): Promise<HTMLElement> {
  const sub = await api.query('neighborhood', { id: node.id, depth: 1, limit: RELATIONS_MAX });
  const names = new Map(sub.nodes.map((n) => [n.id, n]));
  // Evidence-bearing relationships first: those are the facts a reader wants to check.
  const edges = sub.edges.filter((e) => e.source === node.id || e.target === node.id).sort((a, b) => Number(Boolean(b.properties.evidence)) - Number(Boolean(a.properties.evidence)));
  const list = h('ul', { class: 'relations' }, ...edges.map((e) => relationLine(e, node.id, names, actions)));
  const more = sub.truncated ? h('p', { class: 'muted' }, t('details.truncated', { n: sub.nodes.length - 1 })) : null;
  return h('section', { id: 'details-relations' }, h('h4', {}, `${t('details.relations')} (${edges.length})`), list, more);
}

/** Render the panel for one node; resolves once every section is in. */
export async function showDetails(id: string, actions: DetailsActions): Promise<GraphNode | null> {
  const panel = byId('details-body');
  append(clear(panel), h('p', { class: 'muted' }, t('loading')));
  let node: GraphNode;
  try {
    node = await api.node(id);
    const docIds = node.properties.docIds;
    // A unit's outlines load beside its task list (not after it); a task's before its properties show.
    if (Array.isArray(docIds)) void loadSections(docIds as string[]);
    if (typeof node.properties.docId === 'string') await loadSections([node.properties.docId]);
  } catch (error) {
    append(clear(panel), h('p', { class: 'error' }, `${t('error.prefix')}: ${(error as Error).message}`));
    return null;
  }
  const swatch = h('span', { class: 'swatch' });
  swatch.innerHTML = legendSwatch(node.label as NodeLabel);
  const aliases = Array.isArray(node.properties.aliases) ? (node.properties.aliases as string[]).filter((a) => a !== node.name) : [];
  const text = typeof node.properties.text === 'string' ? node.properties.text : null;
  append(clear(panel), 
    h('h2', { id: 'details-name', tabindex: -1 }, swatch, node.name), h('span', { class: 'chip' }, term('label', node.label)),
    actions.pathCard(node.id),
    actionButtons(node, actions),
    h('h4', {}, t('details.properties')), propertyTable(node),
    aliases.length ? h('div', { id: 'details-aliases' }, h('h4', {}, t('details.aliases')), h('p', {}, aliases.join('、'))) : null,
    text ? h('blockquote', { class: 'task-text' }, text) : null,
  );
  const sections = node.label === 'Unit' ? [unitTasksSection(node, actions), partnersSection(node, actions)] : [relationsSection(node, actions)];
  for (const section of sections) {
    try {
      panel.append(await section);
    } catch (error) {
      panel.append(h('p', { class: 'error' }, `${t('error.prefix')}: ${(error as Error).message}`));
    }
  }
  return node;
}
