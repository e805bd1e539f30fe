// Pick two documents (lower/higher for alignment, before/after for comparison), with suggested pairs read from the documents' metadata.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import { h } from './dom.ts';
import { t, type MessageKey } from './i18n.ts';

export type Pair = [string, string];

const bare = (title: string) => title.replace(/[\u300a\u300b\u3008\u3009()\uff08\uff09\s]/g, '');

/** Lower → higher where a document names the plan it implements (为贯彻落实《…》) and that plan is loaded. */
export function implementsPairs(docs: readonly DocumentSummary[]): Pair[] {
  const byTitle = new Map(docs.map((d) => [bare(d.title), d.id]));
  return docs.flatMap((d) => {
    const higher = d.metadata.implements ? byTitle.get(bare(d.metadata.implements)) : undefined;
    return higher && higher !== d.id ? [[d.id, higher] as Pair] : [];
  });
}

/** Older → newer plans of one jurisdiction and kind (a year's plan and the next, a draft and a final). */
export function versionPairs(docs: readonly DocumentSummary[]): Pair[] {
  const groups = new Map<string, DocumentSummary[]>();
  for (const d of docs) {
    if (!d.jurisdiction) continue;
    const key = `${d.jurisdiction}|${d.metadata.kind ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].flatMap((g) => {
    const sorted = [...g].sort((a, b) => (a.metadata.date ?? '').localeCompare(b.metadata.date ?? ''));
    return sorted.slice(1).map((d, i) => [sorted[i].id, d.id] as Pair);
  });
}

interface PairPicker {
  element: HTMLElement;
  value(): Pair | null;
}

/** Two labelled selects, a go button, and the suggested pairs as one-click buttons. */
export function pairPicker(
  prefix: string, labels: [MessageKey, MessageKey], docs: readonly DocumentSummary[], chosen: Partial<Pair>, suggested: Pair[], go: (pair: Pair) => void,
): PairPicker {
  const titles = new Map(docs.map((d) => [d.id, d.title]));
  const select = (id: string, value: string | undefined) => h('select', { id },
    h('option', { value: '' }, t('pair.choose')),
    ...docs.map((d) => h('option', { value: d.id, selected: d.id === value }, d.title)));
  const [a, b] = [select(`${prefix}-a`, chosen[0]), select(`${prefix}-b`, chosen[1])];
  const value = (): Pair | null => (a.value && b.value && a.value !== b.value ? [a.value, b.value] : null);
  const run = () => { const p = value(); if (p) go(p); };
  const field = (label: MessageKey, el: HTMLSelectElement) => h('label', { class: 'filter' }, h('span', {}, t(label)), el);
  const suggestions = suggested.length === 0 ? null : h('div', { class: 'pair-suggestions' },
    h('span', { class: 'muted small' }, t('pair.suggested')),
    ...suggested.map(([x, y]) => h('button', { type: 'button', class: 'link pair-suggestion', onclick: () => { a.value = x; b.value = y; go([x, y]); } },
      `${titles.get(x) ?? x} → ${titles.get(y) ?? y}`)));
  const element = h('div', { class: 'pair-picker' },
    h('div', { class: 'filters' }, field(labels[0], a), field(labels[1], b), h('button', { type: 'button', id: `${prefix}-go`, onclick: run }, t('pair.go'))),
    suggestions);
  return { element, value };
}
