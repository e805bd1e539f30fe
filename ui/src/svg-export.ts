// SVG of the current view drawn from node positions and the shared style (cytoscape-svg is GPL-3.0, so not bundled).
import type { Core } from 'cytoscape';
import type { NodeLabel } from '../../graph/model.ts';
import { escapeXml } from '../../graph/export/xml.ts';
import { EDGE_STYLE, FONT_STACK, LABEL_STYLE, shapeSvg } from './graph-style.ts';

const PADDING_PX = 30;

/** Visible nodes and edges in model coordinates, with the same colours, shapes and highlight classes. */
export function viewToSvg(cy: Core): string {
  const visible = cy.elements(':visible');
  const box = visible.boundingBox({});
  const w = Math.ceil(box.w + 2 * PADDING_PX);
  const hgt = Math.ceil(box.h + 2 * PADDING_PX);
  const dx = PADDING_PX - box.x1;
  const dy = PADDING_PX - box.y1;
  const parts: string[] = [];
  for (const edge of visible.edges()) {
    const s = EDGE_STYLE[String(edge.data('type'))] ?? { color: '#cfd8dc', width: 1 };
    const a = edge.source().position();
    const b = edge.target().position();
    const hl = edge.hasClass('path') ? '#d500f9' : edge.hasClass('hl') ? '#ffb300' : s.color;
    const opacity = edge.hasClass('faded') ? 0.15 : 0.85;
    const width = edge.data('type') === 'CO' ? 1 + Math.min(7, Number(edge.data('weight') ?? 1)) : s.width;
    parts.push(`<line x1="${(a.x + dx).toFixed(1)}" y1="${(a.y + dy).toFixed(1)}" x2="${(b.x + dx).toFixed(1)}" y2="${(b.y + dy).toFixed(1)}" stroke="${hl}" stroke-width="${width}" stroke-opacity="${opacity}"${s.dashed ? ' stroke-dasharray="5 3"' : ''}/>`);
  }
  for (const node of visible.nodes()) {
    const style = LABEL_STYLE[node.data('label') as NodeLabel] ?? LABEL_STYLE.Task;
    const p = node.position();
    const size = Number(node.data('size') ?? style.size);
    const border = node.hasClass('path') ? '#d500f9' : node.hasClass('hl') ? '#ffb300' : node.selected() ? '#212121' : '';
    const extra = `${border ? ` stroke="${border}" stroke-width="4"` : ''}${node.hasClass('faded') ? ' opacity="0.15"' : ''}`;
    parts.push(`<g><title>${escapeXml(String(node.data('name') ?? node.id()))}</title>${shapeSvg(style.shape, p.x + dx, p.y + dy, size, size, style.color, extra)}`
      + `<text x="${(p.x + dx).toFixed(1)}" y="${(p.y + dy + size / 2 + 12).toFixed(1)}" text-anchor="middle" font-size="10">${escapeXml(String(node.data('short') ?? ''))}</text></g>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${hgt}" viewBox="0 0 ${w} ${hgt}" font-family="${escapeXml(FONT_STACK)}">`
    + `<rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>\n`;
}
