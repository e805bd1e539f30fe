// The legend: one swatch per label with its count; clicking a row hides or shows that label in the graph.
import type { NodeLabel } from '../../graph/model.ts';
import { clear, h } from './dom.ts';
import { EDGE_STYLE, NODE_LABELS, legendSwatch } from './graph-style.ts';
import { t, term } from './i18n.ts';

interface Legend {
  element: HTMLElement;
  setCounts(counts: Partial<Record<string, number>>): void;
  render(): void;
}

const DUTY_EDGES = ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR'] as const;

export function createLegend(onChange: (hidden: Set<string>) => void): Legend {
  const hidden = new Set<string>();
  let counts: Partial<Record<string, number>> = {};
  const element = h('div', { class: 'legend', id: 'legend' });

  const render = () => {
    clear(element);
    element.append(h('h3', {}, t('legend.title')));
    const list = h('ul', {});
    for (const label of NODE_LABELS) {
      const swatch = h('span', { class: 'swatch' });
      swatch.innerHTML = legendSwatch(label as NodeLabel);
      const box = h('input', { type: 'checkbox', 'data-label': label, checked: !hidden.has(label) });
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(label);
        else hidden.add(label);
        onChange(new Set(hidden));
      });
      const count = counts[label];
      list.append(h('li', {}, h('label', { class: hidden.has(label) ? 'off' : '' }, box, swatch, term('label', label),
        count === undefined ? null : h('span', { class: 'muted small' }, ` ${count}`))));
    }
    element.append(list);
    const edges = h('ul', { class: 'edge-legend' });
    for (const type of DUTY_EDGES) {
      const s = EDGE_STYLE[type];
      edges.append(h('li', {}, h('span', { class: 'line', style: `border-top: ${Math.max(2, s.width)}px ${s.dashed ? 'dashed' : 'solid'} ${s.color}` }), term('edge', type)));
    }
    element.append(edges);
  };

  render();
  return {
    element,
    setCounts(next) { counts = next; render(); },
    render,
  };
}
