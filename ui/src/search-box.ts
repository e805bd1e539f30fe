// The search box: suggestions from the `search` query (names, aliases, task text) with keyboard navigation.
import { api, type QueryOutput } from './api.ts';
import { debounce, h, clear } from './dom.ts';
import { legendSwatch } from './graph-style.ts';
import { t, term } from './i18n.ts';
import type { NodeLabel } from '../../graph/model.ts';

type SearchHit = QueryOutput<'search'>['hits']['items'][number];

const SUGGESTIONS_MAX = 12;
const TYPE_DELAY_MS = 150;

export function createSearchBox(onPick: (hit: SearchHit) => void): HTMLElement {
  const input = h('input', {
    type: 'search', id: 'search-input', autocomplete: 'off', 'data-i18n-placeholder': 'search.placeholder', placeholder: t('search.placeholder'),
    role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': 'search-list', 'aria-expanded': 'false',
    'data-i18n-label': 'search.label', 'aria-label': t('search.label'),
  });
  const list = h('ul', { id: 'search-list', class: 'suggestions', role: 'listbox', hidden: true });
  let hits: SearchHit[] = [];
  let active = -1;
  let seq = 0;

  const render = () => {
    clear(list);
    list.hidden = hits.length === 0 && !input.value.trim();
    input.setAttribute('aria-expanded', String(!list.hidden && hits.length > 0));
    if (active >= 0 && hits[active]) input.setAttribute('aria-activedescendant', `search-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
    if (hits.length === 0) {
      if (input.value.trim()) list.append(h('li', { class: 'muted', role: 'option', 'aria-disabled': 'true' }, t('search.none')));
      return;
    }
    hits.forEach((hit, i) => {
      const swatch = h('span', { class: 'swatch' });
      swatch.innerHTML = legendSwatch(hit.label as NodeLabel, 12);
      const how = hit.matched === 'name' ? '' : hit.matched === 'alias' ? t('search.alias') : t('search.text');
      const li = h('li', { role: 'option', id: `search-opt-${i}`, class: i === active ? 'active' : '', 'data-id': hit.id, 'aria-selected': String(i === active) },
        swatch, h('span', { class: 'name' }, hit.name), h('span', { class: 'chip' }, term('label', hit.label)),
        how ? h('span', { class: 'muted small' }, how) : null,
        hit.snippet ? h('div', { class: 'snippet' }, hit.snippet) : null);
      li.addEventListener('mousedown', (event) => { event.preventDefault(); pick(i); });
      list.append(li);
    });
  };

  const pick = (i: number) => {
    const hit = hits[i];
    if (!hit) return;
    input.value = hit.name;
    hits = [];
    list.hidden = true;
    onPick(hit);
  };

  const lookup = debounce(async (text: string) => {
    const mine = ++seq;
    if (!text) { hits = []; render(); return; }
    try {
      const out = await api.query('search', { text, limit: SUGGESTIONS_MAX });
      if (mine !== seq) return; // a newer keystroke won
      hits = out.hits.items;
      active = hits.length > 0 ? 0 : -1;
      render();
    } catch {
      hits = [];
      render();
    }
  }, TYPE_DELAY_MS);

  // Enter before the suggestions arrive: search right away and take the best hit.
  const searchNow = async (text: string) => {
    const mine = ++seq;
    const out = await api.query('search', { text, limit: SUGGESTIONS_MAX }).catch(() => null);
    if (mine !== seq || !out) return;
    hits = out.hits.items;
    if (hits.length > 0) pick(0);
    else render();
  };

  input.addEventListener('input', () => lookup(input.value.trim()));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      active = (active + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits.length > 0) pick(Math.max(0, active));
      else if (input.value.trim()) void searchNow(input.value.trim());
    } else if (event.key === 'Escape') {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { list.hidden = true; }, 150));
  input.addEventListener('focus', () => { if (hits.length) list.hidden = false; });
  return h('div', { class: 'search-box' }, input, list);
}
