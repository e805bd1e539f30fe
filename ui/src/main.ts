// The explorer's entry: wires the graph, panels, tabs, drawers, language switch and URL hash together.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import { createAlignPage } from './align-page.ts';
import { api, setApiScope, type Stats } from './api.ts';
import { createAskPanel } from './ask.ts';
import { showDetails } from './details.ts';
import { append, byId, clear, h, setStatus } from './dom.ts';
import { createComparePage } from './compare-page.ts';
import { createDocumentsPage } from './documents-page.ts';
import { initDrawers, isNarrow, openDrawer } from './drawers.ts';
import { Explorer } from './explore.ts';
import { exportView } from './exporting.ts';
import { GraphView } from './graph-view.ts';
import { isPage, parseHash, writeHash, type HashState, type Tab } from './hash-state.ts';
import { applyI18n, onLangChange, getLang, setLang, t } from './i18n.ts';
import { createLegend } from './legend.ts';
import { createOverlapsPage } from './overlaps.ts';
import { loadOverview, refreshBanner, totalElements } from './overview.ts';
import { createSearchBox } from './search-box.ts';
import { forgetSections } from './sections.ts';
import { initSourceView, setDocumentTitles } from './source-view.ts';
import { documentName } from '../../graph/metadata/document-name.ts';
import { createScopeBar } from './scope-bar.ts';
import { scopedDocIds, type Scope } from './scope.ts';
import { forgetStartHere, showStartHere } from './start-here.ts';
import { initTabs, markTab } from './tabs.ts';
import { renderToolbar } from './toolbar.ts';

const state: HashState = { tab: 'explore' };
let stats: Stats | null = null;
let allDocs: DocumentSummary[] = [];

const view = new GraphView(byId('cy'), {
  onTap: (id) => (id ? void explorer.focus(id).catch(report) : explorer.blur()),
  onDoubleTap: (id) => void explorer.expand(id).catch(report),
});
const explorer = new Explorer(view, {
  onFocus(id) {
    state.node = id ?? undefined;
    writeHash(state);
    if (id && isNarrow()) openDrawer('details');
  },
});
const legend = createLegend((hidden) => view.setHiddenLabels(hidden));
const askPanel = createAskPanel(view, explorer, (q) => {
  state.q = q;
  writeHash(state);
});
const overlaps = createOverlapsPage(byId('overlaps-page'), (id) => {
  setTab('explore');
  void explorer.focus(id).catch(report);
});
const documents = createDocumentsPage(byId('documents-page'), {
  onChange: () => void reloadData().catch(report),
  scopeTo: (docId) => void changeScope({ docIds: [docId] }).then(() => setTab('explore')).catch(report),
});
const focusTask = (id: string) => {
  setTab('explore');
  void explorer.focus(id).catch(report);
};
const align = createAlignPage(byId('align-page'), {
  onPair([from, to]) { Object.assign(state, { from, to }); writeHash(state); },
  focus: focusTask,
});
const compare = createComparePage(byId('compare-page'), {
  onPair([before, after]) { Object.assign(state, { before, after }); writeHash(state); },
  focus: focusTask,
});
const scopeBar = createScopeBar((scope) => void changeScope(scope).catch(report));

/** The documents the pickers offer: those in scope. */
function scopedDocs(): DocumentSummary[] {
  const ids = scopedDocIds(state.scope ?? {}, allDocs);
  return ids ? allDocs.filter((d) => ids.has(d.id)) : allDocs;
}

/** A new scope: every later call carries it, and what is on screen is drawn again within it. */
async function changeScope(scope: Scope): Promise<void> {
  state.scope = scope;
  setApiScope(scope, scopedDocIds(scope, allDocs));
  scopeBar.update(allDocs, scope);
  writeHash(state);
  overlaps.reset();
  forgetStartHere();
  forgetSections();
  if (stats) await showOverview();
  if (isPage(state.tab)) setTab(state.tab);
  else await renderDetails();
}

function report(error: unknown): void {
  setStatus(`${t('error.prefix')}: ${(error as Error).message}`, 'error', 0);
}

function setTab(tab: Tab): void {
  state.tab = tab;
  markTab(tab);
  const graphTab = !isPage(tab);
  byId('explore-panel').hidden = tab !== 'explore';
  byId('ask-panel').hidden = tab !== 'ask';
  for (const id of ['side', 'graph-area', 'details']) byId(id).hidden = !graphTab;
  byId('overlaps-page').hidden = tab !== 'overlaps';
  byId('documents-page').hidden = tab !== 'documents';
  byId('align-page').hidden = tab !== 'align';
  byId('compare-page').hidden = tab !== 'compare';
  document.body.dataset.view = tab;
  // On a phone the ask panel is a drawer: asking is what the tab is for, so open it.
  openDrawer(tab === 'ask' && isNarrow() ? 'side' : '');
  if (graphTab) view.cy.resize();
  else if (tab === 'overlaps') void overlaps.show().catch(report);
  else if (tab === 'align') void align.show(scopedDocs(), [state.from, state.to]).catch(report);
  else if (tab === 'compare') void compare.show(scopedDocs(), [state.before, state.after]).catch(report);
  else void documents.show().catch(report);
  writeHash(state);
}

function renderStatsLine(): void {
  if (!stats) return;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  byId('stats-line').textContent = t('stats.line', { documents: stats.documents, nodes: sum(stats.nodes), edges: sum(stats.edges) });
}

function renderStatic(): void {
  renderToolbar(byId('toolbar'), {
    openPanel: () => openDrawer('side', true),
    openDetails: () => openDrawer('details', true),
    fit: () => view.fit(),
    zoom: (f) => view.zoomBy(f),
    layout: (name) => void view.layout(name, { root: explorer.focused ?? undefined }),
    overview: () => void showOverview().catch(report),
    clearHighlight: () => view.clearHighlight(),
    exportAs: (kind) => void exportView(view, kind).catch(report),
  });
  renderStatsLine();
}

const startActions = {
  search: () => {
    setTab('explore');
    openDrawer('side');
    byId('search-input').focus();
  },
  ask: (q: string) => {
    setTab('ask');
    void askPanel.ask(q).catch(report);
  },
  overlaps: () => setTab('overlaps'),
  documents: () => setTab('documents'),
  focus: (id: string) => void explorer.focus(id).catch(report),
};

/** The details panel shows the focused node, else "start here". */
function renderDetails(): Promise<unknown> {
  return explorer.focused ? showDetails(explorer.focused, explorer) : showStartHere(startActions);
}

async function showOverview(): Promise<void> {
  if (!stats) return;
  explorer.reset();
  await loadOverview(view, stats);
}

/** After an upload or delete: new counts, titles and overview. */
async function reloadData(): Promise<void> {
  const [s, docs] = await Promise.all([api.stats(), api.documents()]);
  stats = s;
  forgetSections();
  forgetStartHere();
  overlaps.reset();
  useDocuments(docs.documents);
  legend.setCounts(s.nodes);
  renderStatsLine();
  explorer.reset();
  explorer.blur();
  await loadOverview(view, s);
  await showStartHere(startActions);
}

/** The loaded documents: titles for evidence, choices for the scope (a deleted document leaves the scope). */
function useDocuments(docs: DocumentSummary[]): void {
  allDocs = docs;
  setDocumentTitles(new Map(docs.map((d) => [d.id, documentName(d).name])));
  const scope = state.scope ?? {};
  setApiScope(scope, scopedDocIds(scope, docs));
  scopeBar.update(docs, scope);
}

const sameScope = (a: Scope | undefined, b: Scope | undefined) => JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

async function applyHash(): Promise<void> {
  const next = parseHash(location.hash);
  state.node = next.node;
  state.q = next.q;
  Object.assign(state, { from: next.from, to: next.to, before: next.before, after: next.after });
  if (!sameScope(next.scope, state.scope)) await changeScope(next.scope ?? {});
  setTab(next.tab);
  if (next.q && next.tab === 'ask') await askPanel.ask(next.q);
  if (next.node && !isPage(next.tab)) await explorer.focus(next.node);
}

/** A new language re-renders words only: the graph, its viewport and the selection stay where they are. */
function onLanguage(): void {
  renderStatic();
  legend.render();
  refreshBanner();
  askPanel.render();
  overlaps.render();
  documents.render();
  align.render();
  compare.render();
  scopeBar.render();
  if (stats) setStatus(t('status.ready', { n: totalElements(stats) }));
  void renderDetails();
}

async function start(): Promise<void> {
  document.documentElement.lang = getLang() === 'zh' ? 'zh-CN' : 'en';
  applyI18n(document.body);
  initSourceView();
  initDrawers();
  byId('explore-panel').append(createSearchBox((hit) => {
    setTab('explore');
    void explorer.focus(hit.id).catch(report);
  }), legend.element);
  byId('ask-panel').append(askPanel.element);
  byId('scope-slot').append(scopeBar.element);
  initTabs(setTab);
  byId('lang-switch').addEventListener('click', () => setLang(getLang() === 'zh' ? 'en' : 'zh'));
  onLangChange(onLanguage);
  renderStatic();
  const [s, docs] = await Promise.all([api.stats(), api.documents()]);
  stats = s;
  state.scope = parseHash(location.hash).scope;
  useDocuments(docs.documents);
  legend.setCounts(s.nodes);
  renderStatsLine();
  await loadOverview(view, s);
  setStatus(t('status.ready', { n: totalElements(s) }));
  await applyHash();
  if (!explorer.focused) await showStartHere(startActions);
  window.addEventListener('hashchange', () => void applyHash().catch(report));
  document.body.dataset.ready = 'true';
}

// A handle for the browser tests and for poking at the graph from the devtools console.
Object.assign(window, { policyGraph: { get cy() { return view.cy; }, view, explorer } });

start().catch((error: unknown) => {
  report(error);
  append(clear(byId('cy')), h('p', { class: 'error' }, `${t('error.prefix')}: ${(error as Error).message}`));
  document.body.dataset.ready = 'error';
});
