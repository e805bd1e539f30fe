// Accountability gaps: tasks without a lead, with several leads, or with a crowd of co-owners.
import type { QueryOutput } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { sectionTitle } from './sections.ts';

type Gaps = QueryOutput<'accountabilityGaps'>;

/** A task with this many units or more counts as crowded. */
export const CROWDED_THRESHOLD = 8;

function taskLink(task: { id: string; name: string; path: string; docId: string }, openNode: (id: string) => void): HTMLElement {
  const section = sectionTitle(task.docId, task.path);
  return h('span', {},
    h('a', { href: `#node=${encodeURIComponent(task.id)}`, onclick: (e: Event) => { e.preventDefault(); openNode(task.id); } }, task.name),
    section ? h('span', { class: 'muted small' }, ` · ${section}`) : null);
}

export function renderGaps(gaps: Gaps, openNode: (id: string) => void): HTMLElement {
  const block = (id: string, title: string, total: number, items: HTMLElement[]) =>
    h('div', { id }, h('h4', {}, `${title} (${total})`), items.length ? h('ul', {}, ...items) : h('p', { class: 'muted' }, t('ov.empty')));
  return h('div', { class: 'gaps' },
    block('gaps-no-lead', t('ov.noLead'), gaps.noLead.total,
      gaps.noLead.items.map((g) => h('li', {}, taskLink(g, openNode), h('span', { class: 'muted small' }, ` · ${t('ov.units', { n: g.units })}`)))),
    block('gaps-multi-lead', t('ov.multiLead'), gaps.multiLead.total,
      gaps.multiLead.items.map((g) => h('li', {}, taskLink(g, openNode), h('span', { class: 'muted small' }, ` · ${g.leads.map((u) => u.name).join('、')}`)))),
    block('gaps-crowded', t('ov.crowded', { n: CROWDED_THRESHOLD }), gaps.crowded.total,
      gaps.crowded.items.map((g) => h('li', {}, taskLink(g, openNode), h('span', { class: 'muted small' }, ` · ${t('ov.units', { n: g.units })}`)))));
}
