// AnswerBuilder.edgeOf (by the edge's id) highlights the very element edge() (by type and ends) does, the id a later
// edge of the same ends took in the lexicon included: readers citing duties use it to skip building a key per duty.
import { beforeAll, describe, expect, it } from 'vitest';
import { AnswerBuilder } from '../../server/ask/compose-common.ts';
import { lexiconFor, type Lexicon } from '../../server/ask/lexicon.ts';
import type { GraphExport } from '../../graph/model.ts';
import { seedStore } from './support.ts';

describe('AnswerBuilder.edgeOf', () => {
  let lexicon: Lexicon;
  let graph: GraphExport;
  // The seed's lexicon is built in the hook: on a loaded machine it takes longer than a test's own timeout.
  beforeAll(async () => {
    const store = await seedStore();
    [lexicon, graph] = await Promise.all([lexiconFor(store), store.exportGraph()]);
  });

  it('gives every edge of the seed the element edge() gives it', () => {
    const { nodes, edges } = graph;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const elements = (add: (b: AnswerBuilder, e: (typeof edges)[number]) => AnswerBuilder, e: (typeof edges)[number]) =>
      add(new AnswerBuilder(lexicon).node(byId.get(e.source)!).node(byId.get(e.target)!), e).done('').elements;
    // The seed has pairs written in several sentences: their earlier edges are the case edgeOf must map (the lexicon
    // gives their type and ends a later edge's id).
    const replaced = edges.filter((e) => lexicon.edgeIds.get(e.type, e.source, e.target) !== e.id);
    expect(replaced.length).toBeGreaterThan(0);
    for (const e of edges) {
      const byKey = elements((b, x) => b.edge(x.type, x.source, x.target), e);
      expect(elements((b, x) => b.edgeOf(x.id, x.type, x.source, x.target), e)).toEqual(byKey);
    }
    for (const e of replaced) {
      const ids = elements((b, x) => b.edgeOf(x.id, x.type, x.source, x.target), e).map((el) => el.data.id);
      expect(ids).toContain(lexicon.edgeIds.get(e.type, e.source, e.target));
      expect(ids).not.toContain(e.id);
    }
  });
});
