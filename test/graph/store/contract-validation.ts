// Contract: a batch that breaks the model is refused with BAD_INPUT and leaves the store exactly as it was.
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../graph/model.ts';
import { ID, PLAN, allBatches, planBatch, thiefBatch } from '../../support/fixtures.ts';
import { errorCode, freshStore, type GraphStoreContractOptions } from './contract-support.ts';

type Breakage = [string, (b: GraphBatch) => unknown];

function edgeOf(b: GraphBatch, type: string) {
  const edge = b.edges.find((e) => e.type === type);
  if (!edge) throw new Error(`fixture has no ${type} edge`);
  return edge;
}

const BREAKAGES: Breakage[] = [
  ['an edge to a node outside the batch', (b) => { edgeOf(b, 'MENTIONS').target = 'place:不存在'; }],
  ['LEADS starting at a Task', (b) => { edgeOf(b, 'LEADS').source = ID.a2; }],
  ['MENTIONS ending at a Unit', (b) => { edgeOf(b, 'MENTIONS').target = ID.ndrc; }],
  ['a duty without evidence', (b) => { delete edgeOf(b, 'SUPPORTS').properties.evidence; }],
  ['evidence from another document', (b) => { edgeOf(b, 'TOUCHES').properties.evidence!.docId = 'doc:other'; }],
  ['a label outside the allow-list', (b) => { (b.nodes[3] as { label: string }).label = 'Person'; }],
  ['a relationship type outside the allow-list', (b) => { (b.edges[0] as { type: string }).type = 'OWNS'; }],
  ['a Task claiming another document', (b) => { b.nodes.find((n) => n.id === ID.a1)!.properties.docId = 'doc:other'; }],
  ['a Task without its path', (b) => { delete b.nodes.find((n) => n.id === ID.a1)!.properties.path; }],
  ['no Document node', (b) => { b.nodes = b.nodes.filter((n) => n.label !== 'Document'); }],
  ['a duplicate node id', (b) => { b.nodes.push(structuredClone(b.nodes[1])); }],
  ['a node whose id prefix names another label', (b) => { b.nodes.push({ ...structuredClone(b.nodes.find((n) => n.label === 'Place')!), id: 'task:不是任务' }); }],
  ['a warning of another document', (b) => { b.warnings[0].docId = 'doc:other'; }],
  ['not an object at all', () => 'batch'],
];

function broken(breakage: Breakage[1]): GraphBatch {
  const b = planBatch();
  const replaced = breakage(b);
  return (replaced === undefined ? b : replaced) as GraphBatch;
}

export function validationContract(opts: GraphStoreContractOptions): void {
  describe('invalid batches', () => {
    const store = freshStore(opts, allBatches);

    it.each(BREAKAGES)('refuses %s and changes nothing', async (_name, breakage) => {
      const before = await store().exportGraph();
      expect(await errorCode(store().applyBatch(broken(breakage)))).toBe('BAD_INPUT');
      expect(await store().exportGraph()).toEqual(before);
      expect((await store().getDocument(PLAN))?.counts.tasks).toBe(4);
    });

    it('refuses a batch that reuses another document’s ids', async () => {
      const before = await store().exportGraph();
      const thief = thiefBatch();
      expect(await errorCode(store().applyBatch(thief))).toBe('BAD_INPUT');
      expect(await store().exportGraph()).toEqual(before);
    });
  });
}
