// A path shown as steps (unit —牵头— task —配合— unit), with the other short paths one click away.
import { h } from './dom.ts';
import { t, term } from './i18n.ts';
import type { RankedPath } from './path-steps.ts';

interface PathCardActions {
  show(path: RankedPath): void;
  focus(id: string): void;
}

function stepsList(path: RankedPath, actions: PathCardActions): HTMLElement {
  const node = (n: { id: string; name: string; label: string }) =>
    h('a', { href: `#node=${encodeURIComponent(n.id)}`, onclick: (e: Event) => { e.preventDefault(); actions.focus(n.id); } }, n.name);
  return h('ol', { class: 'path-steps' }, ...path.steps.map((s) => h('li', {},
    node(s.from), ' —', h('span', { class: `edge-type edge-${s.edge.type}` }, term('edge', s.edge.type)), '— ', node(s.to),
    h('span', { class: 'chip' }, term('label', s.to.label)))));
}

export function pathCard(paths: RankedPath[], actions: PathCardActions): HTMLElement {
  const [best, ...others] = paths;
  const a = best.steps[0].from;
  const b = best.steps[best.steps.length - 1].to;
  const how = (p: RankedPath) => `${t('path.steps', { n: p.steps.length })} · ${t(p.viaStructure ? 'path.viaStructure' : 'path.viaDuty')}`;
  return h('section', { id: 'path-card', class: 'path-card' },
    h('h3', {}, t('path.title', { a: a.name, b: b.name })),
    h('p', { class: 'muted small' }, how(best)),
    stepsList(best, actions),
    others.length ? h('h4', {}, t('path.others')) : null,
    ...others.map((p, i) => h('div', { class: 'path-alt', 'data-index': i + 1 },
      h('button', { type: 'button', class: 'link', onclick: () => actions.show(p) }, `${t('path.show')} · ${how(p)}`),
      stepsList(p, actions))));
}
