// The scope selector in the top bar: documents, jurisdictions, levels, years as checkboxes (long lists behind a filter); every change narrows every view.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import { append, clear, h } from './dom.ts';
import { t, term } from './i18n.ts';
import { isEmptyScope, scopeChoices, scopedDocIds, visibleOptions, type Option, type Scope } from './scope.ts';

interface ScopeBar {
  element: HTMLElement;
  /** The documents loaded (after an upload or delete) and the scope to show. */
  update(docs: readonly DocumentSummary[], scope: Scope): void;
  render(): void;
}

type ListKey = 'docIds' | 'jurisdictions' | 'levels' | 'years';
/** Checkboxes a long group (documents, places) shows before asking for a filter. */
const LIST_CAP = 30;

export function createScopeBar(onChange: (scope: Scope) => void): ScopeBar {
  const summary = h('summary', { id: 'scope-summary' });
  const find = h('input', { type: 'search', id: 'scope-find', class: 'scope-find', placeholder: t('scope.find'), 'aria-label': t('scope.find') });
  const lists = h('div', { class: 'scope-groups' });
  const body = h('div', { class: 'menu-list scope-list', id: 'scope-panel' }, find, lists);
  const element = h('details', { class: 'menu scope-menu', id: 'scope-menu' }, summary, body);
  let docs: readonly DocumentSummary[] = [];
  let scope: Scope = {};

  const toggle = (key: ListKey, value: string | number, on: boolean) => {
    const list = ((scope[key] ?? []) as (string | number)[]).filter((v) => v !== value);
    const next = { ...scope, [key]: on ? [...list, value] : list };
    if (!next[key]?.length) delete next[key];
    scope = next;
    render();
    onChange(scope);
  };

  const group = (key: ListKey, legend: string, options: Option<string | number>[], long = false) => {
    if (options.length === 0) return null;
    const chosen = (scope[key] ?? []) as (string | number)[];
    const { shown, hidden } = long ? visibleOptions(options, chosen, find.value, LIST_CAP) : { shown: options, hidden: 0 };
    return h('fieldset', { class: `scope-group scope-${key}` }, h('legend', {}, legend),
      ...shown.map((o) => {
        const box = h('input', { type: 'checkbox', value: String(o.value), checked: chosen.includes(o.value) });
        box.addEventListener('change', () => toggle(key, o.value, box.checked));
        return h('label', { class: 'scope-option' }, box, ' ', o.label);
      }),
      hidden > 0 ? h('p', { class: 'scope-more' }, t('scope.more', { n: hidden })) : null);
  };

  const render = () => {
    const inScope = scopedDocIds(scope, docs);
    summary.textContent = isEmptyScope(scope) ? t('scope.all') : t('scope.some', { n: inScope?.size ?? 0, total: docs.length });
    element.classList.toggle('scoped', !isEmptyScope(scope));
    const choices = scopeChoices(docs);
    find.placeholder = t('scope.find');
    find.setAttribute('aria-label', t('scope.find'));
    find.hidden = docs.length <= LIST_CAP && choices.jurisdictions.length <= LIST_CAP;
    append(clear(lists),
      group('levels', t('meta.level'), choices.levels.map((l) => ({ value: l, label: term('level', l) }))),
      group('years', t('library.year'), choices.years.map((y) => ({ value: y, label: String(y) }))),
      group('jurisdictions', t('meta.jurisdiction'), choices.jurisdictions.map((j) => ({ value: j, label: j })), true),
      group('docIds', t('scope.documents'), docs.map((d) => ({ value: d.id, label: d.title })), true),
      h('button', { type: 'button', id: 'scope-clear', disabled: isEmptyScope(scope), onclick: () => { scope = {}; render(); onChange(scope); } }, t('scope.clear')));
  };

  find.addEventListener('input', render);

  return {
    element,
    update(nextDocs, nextScope) {
      docs = nextDocs;
      scope = nextScope;
      render();
    },
    render,
  };
}
