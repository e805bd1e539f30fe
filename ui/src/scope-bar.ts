// The scope selector in the top bar: documents, jurisdictions, levels, years as checkboxes; every change narrows every view.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import { append, clear, h } from './dom.ts';
import { t, term } from './i18n.ts';
import { isEmptyScope, scopeChoices, scopedDocIds, type Scope } from './scope.ts';

export interface ScopeBar {
  element: HTMLElement;
  /** The documents loaded (after an upload or delete) and the scope to show. */
  update(docs: readonly DocumentSummary[], scope: Scope): void;
  render(): void;
}

type ListKey = 'docIds' | 'jurisdictions' | 'levels' | 'years';

export function createScopeBar(onChange: (scope: Scope) => void): ScopeBar {
  const summary = h('summary', { id: 'scope-summary' });
  const body = h('div', { class: 'menu-list scope-list', id: 'scope-panel' });
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

  const group = (key: ListKey, legend: string, options: { value: string | number; label: string }[]) => options.length === 0 ? null :
    h('fieldset', { class: `scope-group scope-${key}` }, h('legend', {}, legend),
      ...options.map((o) => {
        const box = h('input', { type: 'checkbox', value: String(o.value), checked: ((scope[key] ?? []) as (string | number)[]).includes(o.value) });
        box.addEventListener('change', () => toggle(key, o.value, box.checked));
        return h('label', { class: 'scope-option' }, box, ' ', o.label);
      }));

  const render = () => {
    const inScope = scopedDocIds(scope, docs);
    summary.textContent = isEmptyScope(scope) ? t('scope.all') : t('scope.some', { n: inScope?.size ?? 0, total: docs.length });
    element.classList.toggle('scoped', !isEmptyScope(scope));
    const choices = scopeChoices(docs);
    append(clear(body),
      group('levels', t('meta.level'), choices.levels.map((l) => ({ value: l, label: term('level', l) }))),
      group('years', t('library.year'), choices.years.map((y) => ({ value: y, label: String(y) }))),
      group('jurisdictions', t('meta.jurisdiction'), choices.jurisdictions.map((j) => ({ value: j, label: j }))),
      group('docIds', t('scope.documents'), docs.map((d) => ({ value: d.id, label: d.title }))),
      h('button', { type: 'button', id: 'scope-clear', disabled: isEmptyScope(scope), onclick: () => { scope = {}; render(); onChange(scope); } }, t('scope.clear')));
  };

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
