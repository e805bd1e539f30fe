// View state in the URL hash (#node=ID, #q=question, #tab=…, the scope, the aligned or compared pair) so a copied link reopens the same view.
import { readScope, scopeParams, type Scope } from './scope.ts';

const TABS = ['explore', 'ask', 'overlaps', 'documents', 'align', 'compare'] as const;
export type Tab = (typeof TABS)[number];

export interface HashState {
  tab: Tab;
  node?: string;
  q?: string;
  scope?: Scope;
  /** The alignment view's pair: the lower document and the higher one. */
  from?: string;
  to?: string;
  /** The comparison view's pair. */
  before?: string;
  after?: string;
}

const PAGES: readonly Tab[] = ['overlaps', 'documents', 'align', 'compare'];
const PAIRS = { align: ['from', 'to'], compare: ['before', 'after'] } as const;

/** Tabs that replace the graph with a page of their own. */
export function isPage(tab: Tab): boolean {
  return PAGES.includes(tab);
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tab = params.get('tab');
  const q = params.get('q') ?? undefined;
  const node = params.get('node') ?? undefined;
  const known = TABS.find((x) => x === tab);
  const state: HashState = { tab: known ?? (q ? 'ask' : 'explore'), node, q };
  const scope = readScope(params);
  if (Object.keys(scope).length) state.scope = scope;
  for (const key of ['from', 'to', 'before', 'after'] as const) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  // The tab is implied by q (ask) and by default (explore); spell it out only when it adds something.
  if (isPage(state.tab) || (state.tab === 'ask' && !state.q)) params.set('tab', state.tab);
  if (state.q && state.tab === 'ask') params.set('q', state.q);
  if (state.node && !isPage(state.tab)) params.set('node', state.node);
  if (state.tab === 'align' || state.tab === 'compare') {
    for (const key of PAIRS[state.tab]) if (state[key]) params.set(key, state[key]);
  }
  for (const [name, value] of scopeParams(state.scope ?? {})) params.set(name, value);
  const s = params.toString();
  return s ? `#${s}` : '';
}

/** Record the state without a hashchange event (our own writes should not re-trigger the view). */
export function writeHash(state: HashState): void {
  const next = formatHash(state);
  if (next === location.hash || (next === '' && location.hash === '')) return;
  history.replaceState(null, '', `${location.pathname}${location.search}${next}`);
}
