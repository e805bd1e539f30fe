// The details panel before anything is selected: a short "start here" (search, a question, overlaps, the busiest units).
import { api } from './api.ts';
import { append, byId, clear, h } from './dom.ts';
import { t } from './i18n.ts';

interface StartActions {
  search(): void;
  ask(question: string): void;
  overlaps(): void;
  documents(): void;
  focus(id: string): void;
}

const BUSIEST_SHOWN = 5;
const EXAMPLE_QUESTION = '哪些单位共同负责的任务最多？';

let busiest: Promise<{ id: string; name: string; total: number }[]> | undefined;

/** The scope changed: the busiest units are counted again. */
export function forgetStartHere(): void {
  busiest = undefined;
}

export async function showStartHere(actions: StartActions): Promise<void> {
  const panel = byId('details-body');
  busiest ??= api.query('workload', { limit: BUSIEST_SHOWN }).then((w) => w.units.items.map((u) => ({ ...u.unit, total: u.total })));
  const units = await busiest.catch(() => []);
  const link = (text: string, run: () => void, id: string) => h('button', { class: 'link', id: id || undefined, type: 'button', onclick: run }, text);
  append(clear(panel), h('section', { class: 'start', id: 'start-here' },
    h('h2', {}, t('start.title')),
    h('ol', {},
      h('li', {}, link(t('start.search'), actions.search, 'start-search')),
      h('li', {}, `${t('start.ask')}：`, link(EXAMPLE_QUESTION, () => actions.ask(EXAMPLE_QUESTION), 'start-ask')),
      h('li', {}, link(t('start.overlaps'), actions.overlaps, 'start-overlaps')),
      h('li', {}, link(t('start.documents'), actions.documents, 'start-documents'))),
    units.length ? h('h4', {}, t('start.busiest')) : null,
    units.length ? h('ul', { id: 'start-busiest' }, ...units.map((u) => h('li', {}, link(u.name, () => actions.focus(u.id), ''),
      h('span', { class: 'muted small' }, ` ${t('count.tasks', { n: u.total })}`)))) : null,
    h('p', { class: 'muted small' }, t('hint.graph'))));
}
