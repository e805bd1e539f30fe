// The explorer's actions over the graph: focus a node, expand and collapse neighbours, shortest paths, outlines.
import type { NodeSingular } from 'cytoscape';
import type { GraphNode } from '../../graph/model.ts';
import { api } from './api.ts';
import { byId, clear, h, setStatus } from './dom.ts';
import { showDetails, type DetailsActions } from './details.ts';
import { graphElements, shortName } from './elements.ts';
import type { GraphView } from './graph-view.ts';
import { t } from './i18n.ts';
import { pathCard } from './path-card.ts';
import { rankedPaths, type RankedPath } from './path-steps.ts';

/** Neighbours added per expansion; "more…" asks for EXPAND_STEP more each time. */
const EXPAND_STEP = 20;
/** Below this many nodes new neighbours are settled by fcose; above it they go on a ring. */
const INCREMENTAL_FCOSE_MAX_NODES = 400;
const OUTLINE_LIMIT = 400;
const OUTLINE_LABEL_CHARS = 24;
/** Around each end of a path: units, tasks and sections two hops out hold every unit → task → unit → task → unit path. */
const PATH_NEIGHBOURHOOD = { depth: 2, limit: 300, labels: ['Unit', 'Task', 'Section'] as ('Unit' | 'Task' | 'Section')[] };

interface ExploreHooks {
  /** Called when the focused node changes (to update the URL). */
  onFocus(id: string | null): void;
}

export class Explorer implements DetailsActions {
  private readonly expandedBy = new Map<string, Set<string>>();
  private readonly expandLimit = new Map<string, number>();
  private start: GraphNode | null = null;
  private paths: { to: string; paths: RankedPath[] } | null = null;
  focused: string | null = null;

  constructor(private readonly view: GraphView, private readonly hooks: ExploreHooks) {}

  /** Select a node, bringing it (and a few neighbours) into the view first if needed; show its details. */
  async focus(id: string): Promise<void> {
    if (!this.view.has(id)) {
      const sub = await api.query('neighborhood', { id, depth: 1, limit: 12 });
      if (!sub.found) {
        setStatus(`${t('error.prefix')}: ${id}`, 'error');
        return;
      }
      const added = this.view.add(graphElements(sub.nodes, sub.edges));
      await this.settle(added, id);
    }
    this.focused = id;
    this.view.select(id);
    this.view.spotlight(id);
    this.hooks.onFocus(id);
    await showDetails(id, this);
  }

  /** Tap on empty canvas. */
  blur(): void {
    this.focused = null;
    this.view.clearHighlight();
    this.hooks.onFocus(null);
  }

  isExpanded(id: string): boolean {
    return (this.expandedBy.get(id)?.size ?? 0) > 0;
  }

  async expand(id: string, limit = EXPAND_STEP): Promise<void> {
    const sub = await api.query('neighborhood', { id, depth: 1, limit });
    const added = this.view.add(graphElements(sub.nodes, sub.edges), id);
    const mine = this.expandedBy.get(id) ?? new Set<string>();
    for (const n of added) mine.add(n);
    this.expandedBy.set(id, mine);
    this.expandLimit.set(id, limit);
    await this.settle(added, id);
    this.moreBar(sub.truncated ? id : null, sub.nodes.length - 1);
    setStatus(t('status.added', { n: added.length }));
    if (this.focused === id) {
      this.view.spotlight(id);
      await showDetails(id, this); // now with a collapse button
    }
  }

  /** Remove the neighbours an expansion brought in, unless something else now holds them. */
  collapse(id: string): void {
    const mine = this.expandedBy.get(id);
    if (!mine) return;
    const cy = this.view.cy;
    const drop = [...mine].filter((nid) => {
      const node = cy.getElementById(nid);
      return node.nonempty() && nid !== this.focused && node.neighborhood().nodes().every((n) => (n as NodeSingular).id() === id || mine.has((n as NodeSingular).id()));
    });
    this.view.remove(drop);
    this.expandedBy.delete(id);
    this.expandLimit.delete(id);
    this.moreBar(null, 0);
    if (this.focused === id) void showDetails(id, this);
  }

  private async settle(added: string[], around: string): Promise<void> {
    if (added.length === 0) return;
    const big = this.view.cy.nodes().length > INCREMENTAL_FCOSE_MAX_NODES;
    await this.view.layout(big ? 'concentric' : 'fcose', { only: added, root: around, fit: false });
    this.view.fit([around, ...added]);
  }

  private moreBar(id: string | null, shown: number): void {
    const bar = byId('more-bar');
    bar.hidden = !id;
    clear(bar);
    if (!id) return;
    const next = (this.expandLimit.get(id) ?? EXPAND_STEP) + EXPAND_STEP;
    bar.append(t('details.truncated', { n: shown }), ' ',
      h('button', { id: 'btn-more', class: 'link', onclick: () => void this.expand(id, Math.min(next, 500)) }, t('details.more')));
  }

  pathStart(): GraphNode | null {
    return this.start;
  }

  pathFrom(node: GraphNode): void {
    this.start = node;
    setStatus(t('details.pathStart', { name: node.name }), 'info', 0);
    void showDetails(node.id, this);
  }

  /**
   * Paths between the chosen start and this node, preferring shared duties: ranked on the union of both
   * ends' neighbourhoods; the server's shortestPath (any links) when they do not meet there.
   */
  async pathTo(id: string): Promise<void> {
    if (!this.start) return;
    const a = this.start.id;
    this.start = null;
    const [near, far] = await Promise.all([
      api.query('neighborhood', { id: a, ...PATH_NEIGHBOURHOOD }),
      api.query('neighborhood', { id, ...PATH_NEIGHBOURHOOD }),
    ]);
    let paths = rankedPaths({ nodes: [...near.nodes, ...far.nodes], edges: [...near.edges, ...far.edges] }, a, id);
    if (paths.length === 0) {
      const out = await api.query('shortestPath', { a, b: id });
      paths = out.found ? rankedPaths(out, a, id) : [];
    }
    if (paths.length === 0) {
      setStatus(t('details.pathNone'), 'error');
      return;
    }
    this.paths = { to: id, paths };
    await this.showPath(paths[0]);
    void showDetails(id, this);
  }

  private async showPath(path: RankedPath): Promise<void> {
    const nodes = [path.steps[0].from, ...path.steps.map((s) => s.to)];
    const edges = path.steps.map((s) => s.edge);
    const added = this.view.add(graphElements(nodes, edges));
    await this.settle(added, nodes[nodes.length - 1].id);
    this.view.highlight([...nodes.map((n) => n.id), ...edges.map((e) => e.id)], 'path');
    this.view.fit(nodes.map((n) => n.id));
    setStatus(t('path.steps', { n: path.steps.length }));
  }

  pathCard(id: string): HTMLElement | null {
    if (this.paths?.to !== id) return null;
    return pathCard(this.paths.paths, { show: (p) => void this.showPath(p), focus: (nid) => void this.focus(nid) });
  }

  layoutAround(id: string): void {
    void this.view.layout('concentric', { root: id });
  }

  /** Replace the view with a document's outline: document → sections → tasks, laid out as a tree. */
  async outline(docId: string): Promise<void> {
    const sub = await api.query('neighborhood', { id: docId, depth: 3, limit: OUTLINE_LIMIT, labels: ['Document', 'Section', 'Task'] });
    const edges = sub.edges.filter((e) => e.type === 'PART_OF');
    this.view.setElements(graphElements(sub.nodes, edges));
    const numbered = new Map(sub.nodes.map((n) => [n.id, `${n.properties.number ?? ''} ${n.name}`.trim()]));
    this.view.cy.batch(() => this.view.cy.nodes().forEach((n) => {
      n.addClass('outline');
      n.data('short', shortName(numbered.get(n.id()) ?? String(n.data('name')), OUTLINE_LABEL_CHARS));
    }));
    this.expandedBy.clear();
    await this.view.layout('breadthfirst', { root: docId });
    this.view.select(docId, false);
  }

  /** Show an answer's elements: add what is missing, highlight them all. */
  async highlightElements(ids: string[], added: string[]): Promise<void> {
    if (added.length > 0) {
      const big = this.view.cy.nodes().length > INCREMENTAL_FCOSE_MAX_NODES;
      const anchor = ids.find((id) => !added.includes(id) && this.view.cy.getElementById(id).isNode());
      await this.view.layout(big ? 'concentric' : 'fcose', { only: added, root: anchor, animate: false, fit: false });
    }
    this.view.highlight(ids);
    const nodes = ids.filter((id) => this.view.cy.getElementById(id).isNode());
    if (nodes.length > 0) this.view.fit(nodes);
  }

  reset(): void {
    this.expandedBy.clear();
    this.expandLimit.clear();
    this.moreBar(null, 0);
  }
}
