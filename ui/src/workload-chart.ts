// Per-unit workload as a stacked horizontal bar chart (lead / support / responsible), plain SVG.
import type { QueryOutput } from './api.ts';
import { h } from './dom.ts';
import { EDGE_STYLE } from './graph-style.ts';
import { t, term } from './i18n.ts';

const ROW_PX = 20;
const LABEL_PX = 170;
const BAR_PX = 360;
const SVG_NS = 'http://www.w3.org/2000/svg';

const SEGMENTS = [
  { key: 'lead', color: EDGE_STYLE.LEADS.color },
  { key: 'support', color: EDGE_STYLE.SUPPORTS.color },
  { key: 'responsible', color: EDGE_STYLE.RESPONSIBLE_FOR.color },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function renderWorkload(workload: QueryOutput<'workload'>, openNode: (id: string) => void): HTMLElement {
  const items = workload.units.items;
  const max = Math.max(1, ...items.map((w) => w.total));
  const height = items.length * ROW_PX + 24;
  const width = LABEL_PX + BAR_PX + 40;
  // viewBox: the chart shrinks with a narrow screen instead of pushing the page sideways.
  const chart = svg('svg', { id: 'workload-chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': t('ov.workload') });
  items.forEach((w, i) => {
    const y = i * ROW_PX;
    const row = svg('g', { class: 'bar', 'data-id': w.unit.id, transform: `translate(0 ${y})` });
    row.append(svg('text', { x: LABEL_PX - 6, y: ROW_PX * 0.7, 'text-anchor': 'end', 'font-size': 12 }, w.unit.name));
    let x = LABEL_PX;
    for (const seg of SEGMENTS) {
      const value = w[seg.key];
      if (value === 0) continue;
      const width = (value / max) * BAR_PX;
      const rect = svg('rect', { x, y: 3, width: Math.max(1, width), height: ROW_PX - 6, fill: seg.color });
      rect.append(svg('title', {}, `${w.unit.name} · ${term('role', seg.key)} ${value}`));
      row.append(rect);
      x += width;
    }
    row.append(svg('text', { x: x + 4, y: ROW_PX * 0.7, 'font-size': 11, fill: '#546e7a' }, String(w.total)));
    row.addEventListener('click', () => openNode(w.unit.id));
    chart.append(row);
  });
  const legend = h('p', { class: 'small' }, ...SEGMENTS.map((s) => h('span', { class: 'key' }, h('i', { style: `background:${s.color}` }), term('role', s.key))));
  return h('div', { class: 'workload' }, legend, chart);
}
