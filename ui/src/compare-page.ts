// The comparison view: two versions of a plan side by side — tasks kept, reworded, added, dropped; whose load rose or fell; targets raised or lowered.
import type { Comparison, TaskBrief } from '../../graph/align/schemas.ts';
import { api } from './api.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { createPairPage, type PageHooks, type PairPage } from './pair-page.ts';
import { versionPairs } from './pair-picker.ts';

const STATUS_ORDER = ['added', 'dropped', 'reworded', 'kept'] as const;

/** Units whose number of tasks changed, biggest change first. */
export function loadChanges(load: Comparison['load']): (Comparison['load'][number] & { delta: number })[] {
  return load.map((l) => ({ ...l, delta: l.after - l.before })).filter((l) => l.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.unit.localeCompare(b.unit, 'zh-CN'));
}

const title = (task: TaskBrief | null) => (task ? `${task.number}. ${task.title}` : '—');

function tasksTable(c: Comparison, focus: (id: string) => void): HTMLElement {
  const cell = (task: TaskBrief | null) => h('td', {}, task ? h('button', { type: 'button', class: 'link task-link', onclick: () => focus(task.id) }, title(task)) : '—');
  const rows = STATUS_ORDER.flatMap((status) => c.tasks.filter((x) => x.status === status).map((x) =>
    h('tr', { class: `change-${status}` }, h('td', {}, h('span', { class: `badge change ${status}` }, t(`compare.${status}`))), cell(x.before), cell(x.after))));
  return h('table', { class: 'pair-table compare-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('compare.change')), h('th', { scope: 'col' }, t('compare.beforeDoc')), h('th', { scope: 'col' }, t('compare.afterDoc')))),
    h('tbody', {}, ...rows));
}

function loadTable(c: Comparison): HTMLElement {
  const changes = loadChanges(c.load);
  if (changes.length === 0) return h('p', { class: 'muted' }, t('compare.loadSame'));
  return h('table', { class: 'pair-table load-table' },
    h('thead', {}, h('tr', {}, ...[t('compare.unit'), t('compare.before'), t('compare.after'), t('compare.delta')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...changes.map((l) => h('tr', { class: l.delta > 0 ? 'rise' : 'fall' },
      h('td', {}, l.unit), h('td', {}, l.before), h('td', {}, l.after),
      h('td', {}, t(l.delta > 0 ? 'compare.rose' : 'compare.fell', { n: Math.abs(l.delta) }))))));
}

function targetsTable(c: Comparison): HTMLElement {
  if (c.targets.length === 0) return h('p', { class: 'muted' }, t('compare.targetsSame'));
  return h('table', { class: 'pair-table targets-table' },
    h('thead', {}, h('tr', {}, ...[t('compare.indicator'), t('compare.before'), t('compare.after'), t('compare.change')].map((x) => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, ...c.targets.map((x) => h('tr', { class: x.change },
      h('td', {}, x.indicator), h('td', {}, x.before), h('td', {}, x.after), h('td', {}, t(`compare.${x.change}`))))));
}

function draw(c: Comparison, focus: (id: string) => void): HTMLElement[] {
  const count = (s: (typeof STATUS_ORDER)[number]) => c.tasks.filter((x) => x.status === s).length;
  return [
    h('p', { class: 'pair-summary' }, t('compare.summary', { kept: count('kept'), reworded: count('reworded'), added: count('added'), dropped: count('dropped') })),
    h('h3', {}, t('compare.tasks')), tasksTable(c, focus),
    h('h3', {}, t('compare.load')), loadTable(c),
    h('h3', {}, t('compare.targets')), targetsTable(c),
  ];
}

export function createComparePage(root: HTMLElement, hooks: PageHooks): PairPage {
  return createPairPage(root, {
    id: 'compare', title: 'compare.title', intro: 'compare.intro', labels: ['compare.beforeDoc', 'compare.afterDoc'], endpoint: 'GET /api/compare',
    suggest: versionPairs,
    fetch: ([before, after]) => api.compare(before, after),
    draw: (c) => draw(c, hooks.focus),
  }, hooks);
}
