// The library's list: each document with what it says about itself (发文机关, 文号, date, level, kind, period, the plan it implements), filters, warnings on demand.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import { documentName } from '../../graph/metadata/document-name.ts';
import { append, clear, h } from './dom.ts';
import { t, term } from './i18n.ts';
import { inScope, scopeChoices, type Scope } from './scope.ts';
import { documentWarnings } from './writes.ts';

const WARNINGS_SHOWN = 50;

export interface LibraryFilters extends Scope {
  kinds?: string[];
}

interface LibraryActions {
  remove(id: string, title: string): void;
  /** Limit every view to this one document. */
  scopeTo(id: string): void;
}

/** The documents passing the filters, newest first (undated last), then by title. */
export function filterLibrary(docs: readonly DocumentSummary[], filters: LibraryFilters): DocumentSummary[] {
  return docs
    .filter((d) => inScope(filters, d) && (!filters.kinds?.length || (d.metadata.kind !== null && filters.kinds.includes(d.metadata.kind))))
    .sort((a, b) => (b.metadata.date ?? '').localeCompare(a.metadata.date ?? '') || documentName(a).name.localeCompare(documentName(b).name, 'zh-CN'));
}

function metaRow(doc: DocumentSummary): HTMLElement {
  const m = doc.metadata;
  const fields: [string, string | null][] = [
    [t('meta.issuer'), m.issuer], [t('meta.docNumber'), m.docNumber], [t('meta.date'), m.date],
    [t('meta.level'), m.level && term('level', m.level)], [t('meta.jurisdiction'), doc.jurisdiction || null],
    [t('meta.kind'), m.kind], [t('meta.period'), m.period], [t('meta.implements'), m.implements && `《${m.implements}》`],
  ];
  return h('dl', { class: 'doc-meta' }, ...fields.map(([k, v]) => h('div', {}, h('dt', {}, k), h('dd', { class: v ? '' : 'muted' }, v ?? t('meta.unknown')))));
}

/** Warnings are fetched when the reader opens them: a corpus of thousands need not load them all. */
function warningsBlock(doc: DocumentSummary): HTMLElement | null {
  if (!doc.counts.warnings) return null;
  const list = h('ul', { class: 'warn-list' });
  const block = h('details', { class: 'doc-warnings' }, h('summary', {}, t('library.warnings', { n: doc.counts.warnings })), list);
  block.addEventListener('toggle', () => {
    if (!block.open || list.hasChildNodes()) return;
    list.append(h('li', { class: 'muted' }, t('loading')));
    void documentWarnings(doc.id).then((ws) => append(clear(list), ...ws.slice(0, WARNINGS_SHOWN).map((w) =>
      h('li', {}, h('strong', {}, term('warn', w.code)), ' ', w.message))))
      .catch((e: unknown) => append(clear(list), h('li', { class: 'error' }, `${t('error.prefix')}: ${(e as Error).message}`)));
  });
  return block;
}

export function documentItem(doc: DocumentSummary, actions: LibraryActions): HTMLElement {
  // A copy without a title is shown by the name its metadata gives, with where that name comes from.
  const { name, note } = documentName(doc);
  return h('li', { 'data-id': doc.id, class: 'doc-item' },
    h('div', { class: 'doc-head' },
      h('span', { class: 'doc-title' }, name),
      h('button', { type: 'button', class: 'doc-scope', 'aria-label': `${t('library.scopeTo')} ${name}`, onclick: () => actions.scopeTo(doc.id) }, t('library.scopeTo')),
      h('button', { type: 'button', class: 'doc-delete', 'aria-label': `${t('docs.delete')} ${name}`, onclick: () => actions.remove(doc.id, name) }, t('docs.delete'))),
    note ? h('span', { class: 'muted small doc-name-note' }, note) : null,
    metaRow(doc),
    h('span', { class: 'muted small' }, `${doc.source} · ${t('docs.counts', { tasks: doc.counts.tasks, units: doc.counts.units })}`),
    warningsBlock(doc));
}

function select(id: string, label: string, options: [string, string][], chosen: string | undefined, onChange: (value: string) => void): HTMLElement {
  const el = h('select', { id, onchange: () => onChange(el.value) },
    h('option', { value: '' }, t('library.any')),
    ...options.map(([value, text]) => h('option', { value, selected: value === chosen }, text)));
  return h('label', { class: 'filter' }, h('span', {}, label), el);
}

/** One select per facet the loaded documents have; each change re-renders the list. */
export function filterBar(docs: readonly DocumentSummary[], filters: LibraryFilters, onChange: (next: LibraryFilters) => void): HTMLElement {
  const choices = scopeChoices(docs);
  const kinds = [...new Set(docs.map((d) => d.metadata.kind).filter((k): k is string => k !== null))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const set = <K extends keyof LibraryFilters>(key: K, value: LibraryFilters[K] | undefined) => onChange({ ...filters, [key]: value });
  return h('div', { class: 'filters', role: 'group', 'aria-label': t('library.filters') },
    select('filter-level', t('meta.level'), choices.levels.map((l) => [l, term('level', l)]), filters.levels?.[0],
      (v) => set('levels', v ? [v as (typeof choices.levels)[number]] : undefined)),
    select('filter-kind', t('meta.kind'), kinds.map((k) => [k, k]), filters.kinds?.[0], (v) => set('kinds', v ? [v] : undefined)),
    select('filter-year', t('library.year'), choices.years.map((y) => [String(y), String(y)]), filters.years?.[0]?.toString(),
      (v) => set('years', v ? [Number(v)] : undefined)),
    select('filter-jurisdiction', t('meta.jurisdiction'), choices.jurisdictions.map((j) => [j, j]), filters.jurisdictions?.[0],
      (v) => set('jurisdictions', v ? [v] : undefined)));
}
