// The first view: every unit and task for a small graph; for a large corpus, units by workload and their overlaps.
import { api, type Stats } from './api.ts';
import { append, byId, clear, h, setStatus } from './dom.ts';
import { aggregateOverview, dutyOverview, graphElements } from './elements.ts';
import type { GraphView } from './graph-view.ts';
import { t } from './i18n.ts';

/** Up to this many units + tasks + sections the overview draws them all. */
export const SMALL_GRAPH_MAX_NODES = 300;
/** "Show everything" refuses beyond this (the browser, not the renderer, becomes the limit). */
const SHOW_ALL_MAX_ELEMENTS = 8000;
const AGGREGATE_UNITS = 150;
const AGGREGATE_PAIRS = 400;
const AGGREGATE_MIN_SHARED = 2;
const PORTRAIT_RATIO = 1.2;

type OverviewKind = 'small' | 'aggregate';

export function totalElements(stats: Stats): number {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return sum(stats.nodes) + sum(stats.edges);
}

export function overviewKind(stats: Stats): OverviewKind {
  const n = stats.nodes;
  return (n.Unit ?? 0) + (n.Task ?? 0) + (n.Section ?? 0) <= SMALL_GRAPH_MAX_NODES ? 'small' : 'aggregate';
}

let redraw: () => void = () => {};

/** Re-render the banner in the current language. */
export function refreshBanner(): void {
  redraw();
}

function banner(make: () => string, action?: { label: () => string; id: string; run: () => void }): void {
  redraw = () => draw(make(), action && { ...action, label: action.label() });
  redraw();
}

function draw(text: string, action?: { label: string; id: string; run: () => void }): void {
  const el = byId('banner');
  el.hidden = !text;
  append(clear(el), text, action ? h('button', { id: action.id, class: 'link', onclick: action.run }, action.label) : '');
}

export async function loadOverview(view: GraphView, stats: Stats): Promise<OverviewKind> {
  const kind = overviewKind(stats);
  const total = totalElements(stats);
  const showAll = total <= SHOW_ALL_MAX_ELEMENTS
    ? { id: 'btn-show-all', label: () => ` ${t('overview.showAll', { n: total })}`, run: () => void showEverything(view) }
    : undefined;
  if (kind === 'small') {
    view.setElements(dutyOverview(await api.exportJson()));
    banner(() => `${t('overview.small')} · ${t('hint.graph')}`, showAll);
  } else {
    const [workload, overlaps] = await Promise.all([
      api.query('workload', { limit: AGGREGATE_UNITS }),
      api.query('overlaps', { minShared: AGGREGATE_MIN_SHARED, limit: AGGREGATE_PAIRS }),
    ]);
    view.setElements(aggregateOverview(workload, overlaps));
    banner(() => t('overview.large', { min: AGGREGATE_MIN_SHARED }), showAll);
  }
  await view.layout('fcose', { animate: false, randomize: true });
  turnToFit(view);
  return kind;
}

/** A phone held upright gets a tall picture: a wide layout is turned a quarter so it fills the screen instead of a strip. */
function turnToFit(view: GraphView): void {
  const cy = view.cy;
  const box = cy.elements().boundingBox({});
  if (!(cy.height() > cy.width() * PORTRAIT_RATIO && box.w > box.h * PORTRAIT_RATIO)) return;
  cy.batch(() => cy.nodes().forEach((n) => { const p = n.position(); n.position({ x: p.y, y: p.x }); }));
  view.fit();
}

/** Draw the whole graph (WebGL past 1,000 elements when the browser has it). */
async function showEverything(view: GraphView): Promise<void> {
  setStatus(t('loading'), 'info', 0);
  const graph = await api.exportJson();
  view.setElements(graphElements(graph.nodes, graph.edges));
  await view.layout('fcose', { animate: false, randomize: true });
  banner(() => '');
  setStatus(t('status.drawn', { n: graph.nodes.length + graph.edges.length }));
}
