// Readable labels: the most important nodes (documents, their parts, the busiest units) get bigger labels and win collisions.
import type { Core, NodeSingular } from 'cytoscape';

/** Past this many visible nodes the greedy pass costs more than it helps; Cytoscape's min font size takes over. */
const DECLUTTER_MAX_NODES = 2500;
const GRID_PX = 64;
const RESIZE_MAX_NODES = 600;
const LABEL_MAX_MODEL_PX = 160;
/** Below this rendered size a label is unreadable anyway (Cytoscape hides it too). */
const MIN_RENDERED_FONT_PX = 6;
const BASE_FONT = 10;
/** The busiest units outrank the document's parts: they are what people look for first. */
const TOP_UNITS = 5;
/** Labels this important (documents, parts, the busiest units) may cross other nodes; the rest give way. */
const BODY_BLIND_PRIO = 1500;

interface Box { x1: number; y1: number; x2: number; y2: number }

/** Rank and size labels once per picture: Document 1st, top-level parts next, then units by degree. */
export function rankLabels(cy: Core): void {
  const units = cy.nodes('[label = "Unit"]');
  const maxDegree = Math.max(1, ...units.map((n) => n.degree(false)));
  const degrees = units.map((n) => n.degree(false)).sort((a, b) => b - a);
  const topDegree = degrees[Math.min(TOP_UNITS, degrees.length) - 1] ?? Infinity;
  cy.batch(() => cy.nodes().forEach((n) => {
    const label = String(n.data('label'));
    const degree = n.degree(false);
    const share = Math.sqrt(degree / maxDegree);
    let prio = degree;
    let font = BASE_FONT;
    if (label === 'Document') { prio = 10_000; font = 18; }
    else if (label === 'Section' && n.data('kind') === 'part') { prio = 5_000; font = 14; }
    else if (label === 'Section') { prio = 1_000 + degree; font = 11; }
    else if (label === 'Unit') { prio = (degree >= topDegree && degree > 0 ? 8_000 : 2_000 * share) + degree; font = BASE_FONT + 6 * share; }
    n.data({ prio, fontSize: Math.round(font * 10) / 10, labelSize: Math.round(font * 10) / 10 });
  }));
}

/** Width of a label in model px: CJK glyphs are one em, Latin about half. */
function textWidth(text: string, font: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\uffff]/.test(ch) ? 1 : 0.55;
  return Math.min(em * font, LABEL_MAX_MODEL_PX);
}

/** Label size in model px at this zoom: on screen it grows with √zoom, so zooming in leaves more room between labels. */
function labelSize(n: NodeSingular, zoom: number): number {
  return Math.round((Number(n.data('fontSize') ?? BASE_FONT) / Math.sqrt(zoom)) * 10) / 10;
}

/** Where a label may sit around its node: below first (the style's default), then above, right, left. */
const LABEL_SIDES = ['bottom', 'top', 'right', 'left'] as const;
type Side = (typeof LABEL_SIDES)[number];

function labelBox(n: NodeSingular, zoom: number, size: number, side: Side): Box | null {
  const font = size * zoom;
  if (font < MIN_RENDERED_FONT_PX) return null;
  const p = n.renderedPosition();
  const half = (Number(n.data('size') ?? 24) * zoom) / 2;
  const w = textWidth(String(n.data('short') ?? ''), size) * zoom;
  const gap = 4 * zoom;
  if (n.hasClass('outline') || side === 'right') return { x1: p.x + half + gap, x2: p.x + half + gap + w, y1: p.y - font * 0.65, y2: p.y + font * 0.65 };
  if (side === 'left') return { x1: p.x - half - gap - w, x2: p.x - half - gap, y1: p.y - font * 0.65, y2: p.y + font * 0.65 };
  if (side === 'top') return { x1: p.x - w / 2, x2: p.x + w / 2, y1: p.y - half - 3 * zoom - font * 1.25, y2: p.y - half - 3 * zoom };
  const top = p.y + half + 3 * zoom;
  return { x1: p.x - w / 2, x2: p.x + w / 2, y1: top, y2: top + font * 1.25 };
}

function cellsOf(b: Box): string[] {
  const out: string[] = [];
  for (let gx = Math.floor(b.x1 / GRID_PX); gx <= Math.floor(b.x2 / GRID_PX); gx++) {
    for (let gy = Math.floor(b.y1 / GRID_PX); gy <= Math.floor(b.y2 / GRID_PX); gy++) out.push(`${gx},${gy}`);
  }
  return out;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Hide the labels that would collide with a more important one (class `nolabel`); selected and lit nodes always keep theirs. */
export function declutterLabels(cy: Core): void {
  const nodes = cy.nodes(':visible');
  if (nodes.length > DECLUTTER_MAX_NODES) return;
  const zoom = cy.zoom();
  const { w, h } = { w: cy.width(), h: cy.height() };
  const must = (n: NodeSingular) => n.selected() || n.hasClass('hl') || n.hasClass('path');
  const order = nodes.toArray().sort((a, b) => Number(must(b as NodeSingular)) - Number(must(a as NodeSingular))
    || Number(b.data('prio') ?? 0) - Number(a.data('prio') ?? 0) || (a.id() < b.id() ? -1 : 1)) as NodeSingular[];
  const grid = new Map<string, Box[]>();
  const bodies = new Map<string, Box[]>();
  const put = (box: Box, into = grid) => { for (const c of cellsOf(box)) into.set(c, [...(into.get(c) ?? []), box]); };
  const hits = (box: Box, cells: string[], into: Map<string, Box[]>) => cells.some((c) => into.get(c)?.some((other) => overlaps(box, other)));
  // Node bodies are obstacles too: a label drawn across another node is as unreadable as two labels on top of each other.
  for (const n of order) {
    const p = n.renderedPosition();
    const half = (Number(n.data('size') ?? 24) * zoom) / 2;
    if (p.x + half >= 0 && p.y + half >= 0 && p.x - half <= w && p.y - half <= h) put({ x1: p.x - half, x2: p.x + half, y1: p.y - half, y2: p.y + half }, bodies);
  }
  const hide: NodeSingular[] = [];
  const show: NodeSingular[] = [];
  // Re-sizing every label restyles every node: on big views keep the plain linear zoom and only declutter.
  const resize = order.length <= RESIZE_MAX_NODES;
  const sizes = new Map(order.map((n) => [n, resize ? labelSize(n, zoom) : Number(n.data('labelSize') ?? BASE_FONT)]));
  const sides = new Map<NodeSingular, Side>();
  for (const n of order) {
    const size = sizes.get(n)!;
    const first = labelBox(n, zoom, size, 'bottom');
    if (!first) { hide.push(n); continue; } // too small to read at this zoom
    if (first.x2 < 0 || first.y2 < 0 || first.x1 > w || first.y1 > h) { show.push(n); continue; }
    if (n.hasClass('faded')) { hide.push(n); continue; }
    const important = must(n) || Number(n.data('prio') ?? 0) >= BODY_BLIND_PRIO;
    const fits = (box: Box) => must(n) || !(hits(box, cellsOf(box), grid) || (!important && hits(box, cellsOf(box), bodies)));
    // A label that would collide below its node tries the other sides before it gives way.
    const side = n.hasClass('outline') ? (fits(first) ? 'bottom' : null) : LABEL_SIDES.find((s) => fits(labelBox(n, zoom, size, s)!)) ?? null;
    if (side === null) { hide.push(n); continue; }
    sides.set(n, side);
    show.push(n);
    put(labelBox(n, zoom, size, side)!);
  }
  cy.batch(() => {
    for (const [n, size] of sizes) if (n.data('labelSize') !== size) n.data('labelSize', size);
    for (const n of hide) n.addClass('nolabel');
    for (const n of show) n.removeClass('nolabel');
    for (const n of show) {
      for (const s of LABEL_SIDES) if (s !== 'bottom' && n.hasClass(`label-${s}`) !== (sides.get(n) === s)) n.toggleClass(`label-${s}`, sides.get(n) === s);
    }
  });
}
