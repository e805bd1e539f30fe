// Layouts: fcose for overviews, concentric around a unit, breadthfirst for a document's outline.
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import { hashString, withSeededRandom } from './seeded-random.ts';

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** fcose's full quality is quadratic-ish; past this many nodes use its fast spectral draft. */
const FCOSE_DRAFT_MIN_NODES = 400;
const ANIMATE_MAX_NODES = 300;
/** The rotated breadthfirst: columns far enough apart for a label, rows tight. */
const OUTLINE_COLUMN_STRETCH = 2.2;
const OUTLINE_ROW_SQUEEZE = 0.8;

interface RunOptions {
  root?: string;
  animate?: boolean;
  fit?: boolean;
  /** Lay out only these nodes (e.g. a freshly expanded ring), keeping the others still. */
  only?: string[];
  /** Start from scratch (fresh views); default: only when every node still sits at the origin. */
  randomize?: boolean;
}

function hopsFrom(cy: Core, rootId: string): Map<string, number> {
  const hops = new Map<string, number>();
  const root = cy.getElementById(rootId);
  if (root.empty()) return hops;
  cy.elements().bfs({ roots: root, directed: false, visit: (v, _e, _u, _i, depth) => { hops.set(v.id(), depth); } });
  return hops;
}

function options(cy: Core, name: LayoutName, opts: RunOptions, nodeCount: number): LayoutOptions {
  const animate = (opts.animate ?? true) && nodeCount <= ANIMATE_MAX_NODES;
  const fit = opts.fit ?? true;
  const base = { animate, fit, padding: 30, animationDuration: 400 };
  if (name === 'fcose') {
    const randomize = !opts.only && (opts.randomize ?? cy.nodes().every((n) => (n as NodeSingular).position('x') === 0 && (n as NodeSingular).position('y') === 0));
    return {
      // fcose's draft (spectral only) needs randomize; incremental runs always refine with cose.
      ...base, name: 'fcose', quality: randomize && nodeCount >= FCOSE_DRAFT_MIN_NODES ? 'draft' : 'default',
      randomize,
      nodeRepulsion: 9000, idealEdgeLength: 90, nodeSeparation: randomize && nodeCount >= FCOSE_DRAFT_MIN_NODES ? 250 : 75, packComponents: true,
      fixedNodeConstraint: opts.only ? fixedOthers(cy, new Set(opts.only)) : undefined,
    } as LayoutOptions;
  }
  if (name === 'concentric') {
    const hops = opts.root ? hopsFrom(cy, opts.root) : new Map<string, number>();
    const far = Math.max(0, ...hops.values()) + 1;
    return {
      ...base, name: 'concentric', minNodeSpacing: 18, avoidOverlap: true,
      // Higher value = inner ring: the root in the middle, its neighbours next, unreachable nodes outside.
      concentric: (n: NodeSingular) => (opts.root ? far - (hops.get(n.id()) ?? far) : n.degree(false)),
      levelWidth: () => 1,
    } as LayoutOptions;
  }
  if (name === 'breadthfirst') {
    // Left to right, like a table of contents: levels become columns, siblings stack in rows.
    return {
      ...base, name: 'breadthfirst', directed: false, avoidOverlap: true, spacingFactor: 1,
      roots: opts.root ? [opts.root] : undefined,
      transform: (_node: NodeSingular, p: { x: number; y: number }) => ({ x: p.y * OUTLINE_COLUMN_STRETCH, y: p.x * OUTLINE_ROW_SQUEEZE }),
    } as LayoutOptions;
  }
  return { ...base, name: 'grid', avoidOverlap: true } as LayoutOptions;
}

function fixedOthers(cy: Core, moving: Set<string>): { nodeId: string; position: { x: number; y: number } }[] {
  return cy.nodes().filter((n: NodeSingular) => !moving.has(n.id())).map((n: NodeSingular) => ({ nodeId: n.id(), position: { ...n.position() } }));
}

/** Run a layout and resolve when it stops. */
export function runLayout(cy: Core, name: LayoutName, opts: RunOptions = {}): Promise<void> {
  const eles = cy.elements(':visible');
  const nodeCount = eles.nodes().length;
  if (nodeCount === 0) return Promise.resolve();
  if (opts.only && name !== 'fcose') return ringAround(cy, opts.only, opts.root);
  const layout = eles.layout(options(cy, name, opts, nodeCount));
  const done = new Promise<void>((resolve) => layout.one('layoutstop', () => resolve()));
  // Seeded by the ids on screen: the same graph gets the same picture on every load.
  const seed = hashString(eles.nodes().map((n) => n.id()).sort().join('|'));
  withSeededRandom(seed, () => layout.run());
  return done;
}

/** Place new nodes on a ring around their parent: instant, and leaves the rest of the view alone. */
function ringAround(cy: Core, ids: string[], parentId?: string): Promise<void> {
  const parent = parentId ? cy.getElementById(parentId) : undefined;
  const center = parent?.nonempty() ? parent.position() : { x: 0, y: 0 };
  const radius = 60 + ids.length * 6;
  cy.batch(() => {
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length;
      cy.getElementById(id).position({ x: center.x + radius * Math.cos(angle), y: center.y + radius * Math.sin(angle) });
    });
  });
  return Promise.resolve();
}
