// One colour and shape per label, one stroke per relationship type: the Cytoscape stylesheet, legend and SVG export share them.
import type { StylesheetJson } from 'cytoscape';
import { NODE_LABELS, type NodeLabel } from '../../graph/model.ts';

export { NODE_LABELS };

/** Latin-first with CJK fallbacks: the usual stack for Chinese UIs on Windows, macOS and Linux. */
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';

type Shape = 'rectangle' | 'round-rectangle' | 'ellipse' | 'triangle' | 'hexagon' | 'diamond' | 'rhomboid' | 'tag' | 'star';

export const LABEL_STYLE: Record<NodeLabel, { color: string; shape: Shape; size: number }> = {
  Document: { color: '#37474f', shape: 'rectangle', size: 46 },
  Section: { color: '#90a4ae', shape: 'tag', size: 30 },
  Task: { color: '#1e88e5', shape: 'round-rectangle', size: 26 },
  Unit: { color: '#e53935', shape: 'ellipse', size: 30 },
  Place: { color: '#43a047', shape: 'triangle', size: 24 },
  Industry: { color: '#fb8c00', shape: 'hexagon', size: 24 },
  Corridor: { color: '#8e24aa', shape: 'rhomboid', size: 26 },
  Project: { color: '#00897b', shape: 'diamond', size: 24 },
  Target: { color: '#f9a825', shape: 'star', size: 24 },
};

export const EDGE_STYLE: Record<string, { color: string; dashed?: boolean; width: number }> = {
  LEADS: { color: '#c62828', width: 2.5 },
  SUPPORTS: { color: '#ef6c00', width: 1.5, dashed: true },
  RESPONSIBLE_FOR: { color: '#6a1b9a', width: 2 },
  PART_OF: { color: '#b0bec5', width: 1 },
  MENTIONS: { color: '#a5d6a7', width: 1 },
  SETS: { color: '#fbc02d', width: 1 },
  TOUCHES: { color: '#4db6ac', width: 1.5 },
  CO: { color: '#ef9a9a', width: 1 },
};

const STAR_POINTS = Array.from({ length: 10 }, (_, i) => {
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  const r = i % 2 === 0 ? 1 : 0.45;
  return [r * Math.cos(angle), r * Math.sin(angle)];
}).flat();

/** Polygon corners in a unit box [-1, 1]², close to Cytoscape's own shapes. */
const POLYGONS: Partial<Record<Shape, number[]>> = {
  triangle: [0, -1, 1, 1, -1, 1],
  hexagon: [-1, 0, -0.5, -1, 0.5, -1, 1, 0, 0.5, 1, -0.5, 1],
  diamond: [0, -1, 1, 0, 0, 1, -1, 0],
  rhomboid: [-1, -1, 0.333, -1, 1, 1, -0.333, 1],
  tag: [-1, -1, 0.333, -1, 1, 0, 0.333, 1, -1, 1],
  star: STAR_POINTS,
};

/** The SVG markup of a shape centred at (x, y) with the given width and height. */
export function shapeSvg(shape: Shape, x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  const rx = w / 2;
  const ry = h / 2;
  if (shape === 'ellipse') return `<ellipse cx="${x}" cy="${y}" rx="${rx}" ry="${ry}" fill="${fill}"${extra}/>`;
  if (shape === 'rectangle' || shape === 'round-rectangle') {
    const r = shape === 'round-rectangle' ? Math.min(w, h) / 4 : 0;
    return `<rect x="${x - rx}" y="${y - ry}" width="${w}" height="${h}" rx="${r}" fill="${fill}"${extra}/>`;
  }
  const pts = POLYGONS[shape] ?? [];
  const coords: string[] = [];
  for (let i = 0; i < pts.length; i += 2) coords.push(`${(x + pts[i] * rx).toFixed(1)},${(y + pts[i + 1] * ry).toFixed(1)}`);
  return `<polygon points="${coords.join(' ')}" fill="${fill}"${extra}/>`;
}

export function legendSwatch(label: NodeLabel, size = 16): string {
  const s = LABEL_STYLE[label];
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">${shapeSvg(s.shape, size / 2, size / 2, size - 2, size - 2, s.color)}</svg>`;
}

/** The Cytoscape stylesheet; `large` trades edge curves and labels for speed. */
export function graphStyle(large: boolean): StylesheetJson {
  const labelNodes: StylesheetJson = NODE_LABELS.map((label) => ({
    selector: `node[label = "${label}"]`,
    style: {
      'background-color': LABEL_STYLE[label].color,
      shape: LABEL_STYLE[label].shape,
      width: `data(size)`,
      height: `data(size)`,
    },
  }));
  const edgeTypes: StylesheetJson = Object.entries(EDGE_STYLE).map(([type, s]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': s.color,
      'target-arrow-color': s.color,
      width: type === 'CO' ? 'mapData(weight, 1, 10, 1, 8)' : s.width,
      'line-style': s.dashed && !large ? 'dashed' : 'solid',
      'target-arrow-shape': type === 'CO' || large ? 'none' : 'triangle',
      'arrow-scale': 0.8,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(short)',
        'font-size': 'data(labelSize)',
        'font-family': FONT_STACK,
        color: '#263238',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'min-zoomed-font-size': large ? 9 : 5,
        'border-width': 0,
        width: 24,
        height: 24,
      },
    },
    ...labelNodes,
    {
      selector: 'edge',
      style: {
        width: 1,
        'curve-style': large ? 'haystack' : 'bezier',
        'line-color': '#cfd8dc',
        opacity: 0.85,
      },
    },
    ...edgeTypes,
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#212121' } },
    { selector: '.hl', style: { 'border-width': 4, 'border-color': '#ffb300', 'z-index': 10 } },
    { selector: 'edge.hl', style: { width: 4, 'line-color': '#ffb300', 'target-arrow-color': '#ffb300', opacity: 1 } },
    { selector: '.path', style: { 'border-width': 5, 'border-color': '#d500f9', 'z-index': 20 } },
    { selector: 'edge.path', style: { width: 5, 'line-color': '#d500f9', 'target-arrow-color': '#d500f9', opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: 'node.nolabel', style: { label: '' } },
    // Outline mode (rotated tree): labels to the right of their node.
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0 } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -4, 'text-margin-y': 0 } },
    { selector: 'node.outline', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 4, 'text-margin-y': 0, 'text-max-width': '220px' } },
  ];
}
