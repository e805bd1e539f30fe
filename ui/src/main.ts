// The explorer's entry: wires the graph, panels, tabs, language switch and URL hash together.
import { api, type Stats } from './api.ts';
import { createAskPanel } from './ask.ts';
import { append, byId, clear, h, setStatus } from './dom.ts';
import { Explorer } from './explore.ts';
import { exportView } from './exporting.ts';
import { GraphView } from './graph-view.ts';
import { parseHash, writeHash, type HashState, type Tab } from './hash-state.ts';
import { applyI18n, getLang, onLangChange, setLang, t } from './i18n.ts';
import { createLegend } from './legend.ts';
import { createOverlapsPage } from './overlaps.ts';
import { loadOverview, refreshBanner, totalElements } from './overview.ts';
import { createSearchBox } from './search-box.ts';
import { initSourceView, setDocumentTitles } from './source-view.ts';
import { renderToolbar } from './toolbar.ts';

const state: HashState = { tab: 'explore' };
let stats: Stats | null = null;

const view = new GraphView(byId('cy'), {
  onTap: (id) => (id ? void explorer.focus(id).catch(report) : explorer.blur()),
  onDoubleTap: (id) => void explorer.expand(id).catch(report),
});
const explorer = new Explorer(view, {
  onFocus(id) {
    state.node = id ?? undefined;
    writeHash(state);
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

function report(error: unknown): void {
  setStatus(`${t('error.prefix')}: ${(error as Error).message}`, 'error', 0);
}

function setTab(tab: Tab): void {
  state.tab = tab;
  document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]').forEach((b) => b.setAttribute('aria-selected', String(b.dataset.tab === tab)));
  const graphTab = tab !== 'overlaps';
  byId('explore-panel').hidden = tab !== 'explore';
  byId('ask-panel').hidden = tab !== 'ask';
  byId('side').hidden = !graphTab;
  byId('graph-area').hidden = !graphTab;
  byId('overlaps-page').hidden = graphTab;
  byId('details').hidden = !graphTab;
  document.body.dataset.view = tab;
  if (graphTab) view.cy.resize();
  else void overlaps.show().catch(report);
  writeHash(state);
}

function renderStatsLine(): void {
  if (!stats) return;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  byId('stats-line').textContent = t('stats.line', { documents: stats.documents, nodes: sum(stats.nodes), edges: sum(stats.edges) });
}

function renderStatic(): void {
  byId('lang-switch').textContent = getLang() === 'zh' ? 'English' : '中文';
  renderToolbar(byId('toolbar'), {
    fit: () => view.fit(),
    zoom: (f) => view.zoomBy(f),
    layout: (name) => void view.layout(name, { root: explorer.focused ?? undefined }),
    overview: () => void showOverview().catch(report),
    clearHighlight: () => view.clearHighlight(),
    exportAs: (kind) => void exportView(view, kind).catch(report),
  });
  renderStatsLine();
}

async function showOverview(): Promise<void> {
  if (!stats) return;
  explorer.reset();
  await loadOverview(view, stats);
}

async function applyHash(): Promise<void> {
  const next = parseHash(location.hash);
  state.node = next.node;
  state.q = next.q;
  setTab(next.tab);
  if (next.q && next.tab === 'ask') await askPanel.ask(next.q);
  if (next.node && next.tab !== 'overlaps') await explorer.focus(next.node);
}

async function start(): Promise<void> {
  applyI18n(document.body);
  initSourceView();
  byId('explore-panel').append(createSearchBox((hit) => {
    setTab('explore');
    void explorer.focus(hit.id).catch(report);
  }), legend.element);
  byId('ask-panel').append(askPanel.element);
  document.querySelectorAll<HTMLButtonElement>('.tabs [data-tab]').forEach((b) => b.addEventListener('click', () => setTab(b.dataset.tab as Tab)));
  byId('lang-switch').addEventListener('click', () => setLang(getLang() === 'zh' ? 'en' : 'zh'));
  onLangChange(() => {
    renderStatic();
    legend.render();
    refreshBanner();
    askPanel.render();
    overlaps.render();
    if (explorer.focused) void explorer.focus(explorer.focused);
  });
  renderStatic();
  const [s, docs] = await Promise.all([api.stats(), api.documents()]);
  stats = s;
  setDocumentTitles(new Map(docs.documents.map((d) => [d.id, d.title])));
  legend.setCounts(s.nodes);
  renderStatsLine();
  await loadOverview(view, s);
  setStatus(`${totalElements(s)} · ${t('hint.graph')}`);
  await applyHash();
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
