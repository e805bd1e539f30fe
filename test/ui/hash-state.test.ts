// URL state: a copied link reopens the same tab, node or question; pages drop the node.
import { describe, expect, it } from 'vitest';
import { formatHash, isPage, parseHash } from '../../ui/src/hash-state.ts';

describe('hash state', () => {
  it('round-trips a node, a question and each page', () => {
    for (const state of [{ tab: 'explore', node: 'unit:1' }, { tab: 'ask', q: '区水利局牵头哪些任务？' }, { tab: 'overlaps' }, { tab: 'documents' }] as const) {
      expect(parseHash(formatHash({ ...state }))).toMatchObject(state);
    }
  });

  it('opens the ask tab for a bare #q= link and explore for an empty or unknown hash', () => {
    expect(parseHash('#q=abc').tab).toBe('ask');
    expect(parseHash('').tab).toBe('explore');
    expect(parseHash('#tab=nonsense').tab).toBe('explore');
  });

  it('keeps the node out of page links, and the default tab out of the URL', () => {
    expect(formatHash({ tab: 'documents', node: 'unit:1' })).toBe('#tab=documents');
    expect(formatHash({ tab: 'explore' })).toBe('');
    expect(isPage('overlaps') && isPage('documents') && !isPage('ask')).toBe(true);
  });
});
