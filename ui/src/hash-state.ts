// View state in the URL hash (#node=ID, #q=question, #tab=overlaps|documents) so a copied link reopens the same view.
export const TABS = ['explore', 'ask', 'overlaps', 'documents'] as const;
export type Tab = (typeof TABS)[number];

export interface HashState {
  tab: Tab;
  node?: string;
  q?: string;
}

/** Tabs that replace the graph with a page of their own. */
export function isPage(tab: Tab): boolean {
  return tab === 'overlaps' || tab === 'documents';
}

export function parseHash(hash: string): HashState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const tab = params.get('tab');
  const q = params.get('q') ?? undefined;
  const node = params.get('node') ?? undefined;
  const known = TABS.find((x) => x === tab);
  return { tab: known ?? (q ? 'ask' : 'explore'), node, q };
}

export function formatHash(state: HashState): string {
  const params = new URLSearchParams();
  // The tab is implied by q (ask) and by default (explore); spell it out only when it adds something.
  if (isPage(state.tab) || (state.tab === 'ask' && !state.q)) params.set('tab', state.tab);
  if (state.q && state.tab === 'ask') params.set('q', state.q);
  if (state.node && !isPage(state.tab)) params.set('node', state.node);
  const s = params.toString();
  return s ? `#${s}` : '';
}

/** Record the state without a hashchange event (our own writes should not re-trigger the view). */
export function writeHash(state: HashState): void {
  const next = formatHash(state);
  if (next === location.hash || (next === '' && location.hash === '')) return;
  history.replaceState(null, '', `${location.pathname}${location.search}${next}`);
}
