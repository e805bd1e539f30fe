// The Cytoscape canvas: one instance, remounted with the WebGL renderer once the view grows past WEBGL_MIN_ELEMENTS.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graph-style.ts';
import { declutterLabels, rankLabels } from './labels.ts';
import { runLayout, type LayoutName } from './layouts.ts';
import { hashString } from './seeded-random.ts';

cytoscape.use(fcose);

/** Above this many elements the canvas renderer gets sluggish; WebGL (Cytoscape ≥ 3.31) takes over. */
const WEBGL_MIN_ELEMENTS = 1000;
/** Above this the stylesheet drops curves, dashes and small labels. */
const LARGE_STYLE_MIN_ELEMENTS = 600;

interface GraphViewEvents {
  onTap(id: string | null): void;
  onDoubleTap(id: string): void;
}

const FIT_MAX_ZOOM = 1.3;
const RELABEL_SETTLE_MS = 150;

function centerOf(box: { x1: number; x2: number; y1: number; y2: number }): { x: number; y: number } {
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}

let webglSupport: { context: boolean; hardware: boolean } | undefined;

/** Software WebGL (SwiftShader, llvmpipe) is slower than Canvas 2D: measured 2x slower per frame at 2,000 elements. */
const SOFTWARE_GL = /swiftshader|llvmpipe|software|softpipe/i;

function probeWebgl(): { context: boolean; hardware: boolean } {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { context: false, hardware: false };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { context: true, hardware: !SOFTWARE_GL.test(renderer) };
  } catch {
    return { context: false, hardware: false };
  }
}

/**
 * Whether big views use Cytoscape's WebGL mode: it needs a WebGL2 context on a real GPU.
 * `?renderer=canvas` or `?renderer=webgl` in the page URL overrides the choice.
 */
function webglAvailable(): boolean {
  const forced = new URLSearchParams(location.search).get('renderer');
  if (forced === 'canvas') return false;
  webglSupport ??= probeWebgl();
  return forced === 'webgl' ? webglSupport.context : webglSupport.hardware;
}

export class GraphView {
  cy: Core;
  webgl = false;
  private large = false;
  private hiddenLabels = new Set<string>();

  constructor(private readonly container: HTMLElement, private readonly events: GraphViewEvents) {
    this.cy = this.mount([], false);
  }

  private mount(elements: ElementDefinition[], webgl: boolean): Core {
    this.webgl = webgl;
    this.large = elements.length >= LARGE_STYLE_MIN_ELEMENTS;
    const cy = cytoscape({
      container: this.container,
      elements,
      style: graphStyle(this.large),
      minZoom: 0.05,
      maxZoom: 4,
      textureOnViewport: this.large && !webgl,
      hideEdgesOnViewport: this.large && !webgl,
      // HiDPI doubles the pixels to paint; big views trade that sharpness for frame rate.
      pixelRatio: this.large ? 1 : 'auto',
      // WebGL is new in Cytoscape 3.31; the typings know it under the canvas renderer options.
      ...(webgl ? { renderer: { name: 'canvas', webgl: true } as unknown as { name: string } } : {}),
    });
    cy.on('tap', (event) => {
      const target = event.target as Core | NodeSingular;
      this.events.onTap(target === cy || !('isNode' in target) || !target.isNode() ? null : target.id());
    });
    cy.on('dbltap', 'node', (event) => this.events.onDoubleTap((event.target as NodeSingular).id()));
    // Touch: a long press expands, like a double click with a mouse.
    cy.on('taphold', 'node', (event) => this.events.onDoubleTap((event.target as NodeSingular).id()));
    cy.on('viewport resize layoutstop', () => this.relabel());
    return cy;
  }

  /** Recreate the instance when the size class changes (renderer and stylesheet are fixed at creation). */
  private remountFor(total: number, elements: ElementDefinition[]): void {
    const wantWebgl = total >= WEBGL_MIN_ELEMENTS && webglAvailable();
    const wantLarge = total >= LARGE_STYLE_MIN_ELEMENTS;
    if (wantWebgl === this.webgl && wantLarge === this.large) {
      this.cy.elements().remove();
      this.cy.add(elements);
      return;
    }
    this.cy.destroy();
    this.cy = this.mount(elements, wantWebgl);
  }

  /** Replace everything in the view. */
  setElements(elements: ElementDefinition[]): void {
    this.remountFor(elements.length, elements);
    this.applyHidden();
    rankLabels(this.cy);
  }

  private relabelFrame = 0;
  private relabelTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Re-decide which labels show: once per frame on small views; on big ones only after the viewport
   * settles, so a wheel or pinch gesture on thousands of elements pays nothing extra per frame.
   */
  relabel(): void {
    if (this.large) {
      clearTimeout(this.relabelTimer);
      this.relabelTimer = setTimeout(() => declutterLabels(this.cy), RELABEL_SETTLE_MS);
      return;
    }
    if (this.relabelFrame) return;
    this.relabelFrame = requestAnimationFrame(() => {
      this.relabelFrame = 0;
      declutterLabels(this.cy);
    });
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Add what is missing; returns the ids of the new nodes. New nodes start at `near` when given. */
  add(elements: ElementDefinition[], near?: string): string[] {
    const fresh = elements.filter((el) => el.data.id && !this.has(String(el.data.id)));
    const nodes = fresh.filter((el) => el.group === 'nodes' || !el.data.source);
    const edges = fresh.filter((el) => el.group === 'edges' || el.data.source);
    // An edge needs both ends present.
    const known = (id: unknown) => this.has(String(id)) || nodes.some((n) => n.data.id === id);
    const usable = [...nodes, ...edges.filter((e) => known(e.data.source) && known(e.data.target))];
    if (usable.length === 0) return [];
    const total = this.cy.elements().length + usable.length;
    const placed = usable.map((el) => (el.data.source ? el : { ...el, position: this.startPosition(String(el.data.id), near, edges) }));
    if ((total >= WEBGL_MIN_ELEMENTS && !this.webgl && webglAvailable()) || (total >= LARGE_STYLE_MIN_ELEMENTS && !this.large)) {
      const current = this.cy.elements().jsons() as unknown as ElementDefinition[];
      this.cy.destroy();
      this.cy = this.mount([...current, ...placed], total >= WEBGL_MIN_ELEMENTS && webglAvailable());
    } else {
      this.cy.add(placed);
    }
    this.applyHidden();
    rankLabels(this.cy);
    this.relabel();
    return nodes.map((n) => String(n.data.id));
  }

  /** Where a new node first appears: next to `near`, else next to a neighbour already shown, else mid-view. */
  private startPosition(id: string, near: string | undefined, edges: ElementDefinition[]): { x: number; y: number } {
    let anchor = near && this.has(near) ? near : undefined;
    for (const e of edges) {
      if (anchor) break;
      const other = e.data.source === id ? e.data.target : e.data.target === id ? e.data.source : undefined;
      if (other !== undefined && this.has(String(other))) anchor = String(other);
    }
    const base = anchor ? this.cy.getElementById(anchor).position() : this.viewCenter();
    // A little jitter (from the id, so repeatable): force layouts cannot separate nodes that sit exactly on top of each other.
    const h = hashString(id);
    return { x: base.x + ((h & 0xffff) / 0xffff - 0.5) * 40, y: base.y + ((h >>> 16) / 0xffff - 0.5) * 40 };
  }

  private viewCenter(): { x: number; y: number } {
    const ext = this.cy.extent();
    return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
  }

  remove(ids: string[]): void {
    this.cy.batch(() => { for (const id of ids) this.cy.getElementById(id).remove(); });
  }

  layout(name: LayoutName, options: { root?: string; animate?: boolean; fit?: boolean; only?: string[]; randomize?: boolean } = {}): Promise<void> {
    return runLayout(this.cy, name, options);
  }

  setHiddenLabels(labels: Set<string>): void {
    this.hiddenLabels = new Set(labels);
    this.applyHidden();
  }

  private applyHidden(): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        if (this.hiddenLabels.has(String(n.data('label')))) n.addClass('hidden');
        else n.removeClass('hidden');
      });
    });
  }

  /** Highlight these ids (and edges between them), fade everything else. */
  highlight(ids: Iterable<string>, cls: 'hl' | 'path' = 'hl'): void {
    const set = new Set(ids);
    this.cy.batch(() => {
      this.cy.elements().removeClass('hl path faded');
      if (set.size === 0) return;
      const hit = this.cy.elements().filter((el) => set.has(el.id()) || (el.isEdge() && set.has(el.source().id()) && set.has(el.target().id())));
      hit.addClass(cls);
      this.cy.elements().difference(hit).addClass('faded');
    });
    this.relabel();
  }

  /** Fade everything but a node and its neighbours. */
  spotlight(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.batch(() => {
      this.cy.elements().removeClass('hl path faded');
      this.cy.elements().difference(node.closedNeighborhood()).addClass('faded');
    });
    this.relabel();
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('hl path faded');
    this.relabel();
  }

  select(id: string, center = true): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    this.cy.elements().unselect();
    node.select();
    this.relabel();
    if (center) this.cy.animate({ center: { eles: node }, zoom: Math.max(this.cy.zoom(), 0.9) }, { duration: 250 });
  }

  fit(ids?: string[]): void {
    const wanted = ids ? new Set(ids) : null;
    const eles = wanted ? this.cy.elements().filter((el) => wanted.has(el.id())) : this.cy.elements(':visible');
    this.cy.fit(eles, 40);
    // A fit around one or two nodes would zoom far in; keep it readable.
    if (this.cy.zoom() > FIT_MAX_ZOOM) this.cy.zoom({ level: FIT_MAX_ZOOM, position: centerOf(eles.boundingBox({})) });
  }

  zoomBy(factor: number): void {
    const { width, height } = this.container.getBoundingClientRect();
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  count(): { nodes: number; edges: number } {
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }
}
