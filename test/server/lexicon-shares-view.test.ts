// The lexicon is names; the per-document maps it hands out (nodes, mentions) are the reader view's, held once.
import { describe, expect, it } from 'vitest';
import { lexiconFor } from '../../server/ask/lexicon.ts';
import { viewFor } from '../../server/ask/reader/view.ts';
import { seedStore } from './support.ts';

describe('lexiconFor', () => {
  it('hands out the view\'s node and mention maps, not copies of them', async () => {
    const store = await seedStore();
    const [lexicon, view] = await Promise.all([lexiconFor(store), viewFor(store)]);
    expect(lexicon.nodes).toBe(view.nodes);
    expect(lexicon.mentions).toBe(view.mentions);
    // The seed plan mentions places: the shared map is the real one, not an empty stand-in.
    expect(view.mentions.size).toBeGreaterThan(0);
  });
});
