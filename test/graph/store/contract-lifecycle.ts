// Contract: applying, re-applying, replacing and removing documents, and the merged view of shared nodes.
import { describe, expect, it } from 'vitest';
import type { GraphBatch, GraphExport } from '../../../graph/model.ts';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { ID, NEIGHBOR, PLAN, REPORT, allBatches, neighborBatch, planBatch, reportBatch } from '../../support/fixtures.ts';
import { unitId } from '../../support/batch-builder.ts';
import { freshStore, query, type GraphStoreContractOptions } from './contract-support.ts';

/**
 * Empty the store and apply `batches` again: what a store that only ever saw them holds. Done in
 * one store, not two side by side, so stores with a single database (Neo4j Community) can run it.
 */
async function rebuilt(store: GraphStore, batches: GraphBatch[]): Promise<GraphExport> {
  for (const doc of await store.listDocuments()) await store.removeDocument(doc.id);
  expect(await store.exportGraph()).toEqual({ format: 'policy-graph/v1', nodes: [], edges: [] });
  for (const batch of batches) await store.applyBatch(batch);
  return store.exportGraph();
}

export function lifecycleContract(opts: GraphStoreContractOptions): void {
  describe('empty store', () => {
    const store = freshStore(opts);

    it('lists no documents and exports an empty graph', async () => {
      expect(await store().listDocuments()).toEqual([]);
      expect(await store().exportGraph()).toEqual({ format: 'policy-graph/v1', nodes: [], edges: [] });
      expect((await query(store(), 'stats', {})).documents).toBe(0);
    });

    it('answers lookups of unknown ids with null', async () => {
      expect(await store().getNode('nope')).toBeNull();
      expect(await store().getDocument('doc:nope')).toBeNull();
      expect(await store().getDocumentText('doc:nope')).toBeNull();
      expect(await store().removeDocument('doc:nope')).toBe(false);
    });
  });

  describe('applying a document', () => {
    const store = freshStore(opts, () => [planBatch()]);

    it('summarises the document', async () => {
      expect(await store().getDocument(PLAN)).toEqual({
        id: PLAN, title: '关于推动双城经济圈建设行动方案', source: 'seeds/plan.txt', sha256: 'sha-plan', jurisdiction: '区',
        ingestedAt: '2024-06-01T08:00:00.000Z', counts: { tasks: 4, sections: 3, units: 9, edges: 28, warnings: 1 },
        metadata: { issuer: null, docNumber: null, date: null, level: '区', kind: '行动方案', period: null, implements: null },
      });
    });

    it('treats the same batch again as a no-op', async () => {
      const before = await store().exportGraph();
      expect(await store().applyBatch(planBatch())).toEqual({ docId: PLAN, changed: false });
      expect(await store().exportGraph()).toEqual(before);
    });

    it('ignores a later ingestedAt when the content is the same, keeping the first', async () => {
      expect(await store().applyBatch(planBatch('2025-01-01T00:00:00.000Z'))).toEqual({ docId: PLAN, changed: false });
      expect((await store().getDocument(PLAN))?.ingestedAt).toBe('2024-06-01T08:00:00.000Z');
    });

    it('ignores the order of nodes and edges', async () => {
      const b = planBatch();
      const shuffled: GraphBatch = { ...b, nodes: [...b.nodes].reverse(), edges: [...b.edges].reverse() };
      expect((await store().applyBatch(shuffled)).changed).toBe(false);
    });

    it('keeps its own copy of the batch, of returned nodes and of answers', async () => {
      const batch = planBatch();
      await store().removeDocument(PLAN);
      await store().applyBatch(batch);
      batch.nodes[1].name = 'changed';
      (batch.edges.find((e) => e.properties.evidence)!.properties.evidence!).text = 'changed';
      const node = await store().getNode(ID.a1);
      node!.properties.title = 'changed';
      expect((await store().getNode(ID.a1))?.properties.title).toBe('推动制造业高质量发展');
      const answer = await query(store(), 'unitTasks', { unit: '区经济信息委' });
      answer.tasks.items[0].evidence.text = 'changed';
      answer.units[0].aliases.push('changed');
      expect(await query(store(), 'unitTasks', { unit: '区经济信息委' })).not.toEqual(answer);
      expect((await store().exportGraph()).nodes.map((n) => n.name)).not.toContain('changed');
      expect(JSON.stringify(await store().exportGraph())).not.toContain('changed');
    });

    it('serves the normalised text that evidence spans index into', async () => {
      const text = await store().getDocumentText(PLAN);
      expect(text).toBe(planBatch().nodes[0].properties.text);
      const { edges } = await store().exportGraph();
      for (const edge of edges.filter((e) => e.properties.evidence)) {
        const ev = edge.properties.evidence!;
        expect(text!.slice(ev.start, ev.end)).toBe(ev.text);
      }
    });
  });

  describe('shared nodes', () => {
    const store = freshStore(opts, allBatches);

    it('merge docIds and aliases across documents of one jurisdiction', async () => {
      const ndrc = await store().getNode(ID.ndrc);
      expect(ndrc?.properties.docIds).toEqual([PLAN, REPORT]);
      expect(ndrc?.properties.aliases).toEqual(['区发展改革委', '发改委']);
      expect((await store().getNode(ID.fujiang))?.properties.docIds).toEqual([PLAN, REPORT]);
      expect((await store().getNode(ID.neighborNdrc))?.properties).toMatchObject({ jurisdiction: '邻区', docIds: [NEIGHBOR] });
    });

    it('give the same graph whatever order documents arrive in', async () => {
      const forward = await store().exportGraph();
      expect(await rebuilt(store(), [...allBatches()].reverse())).toEqual(forward);
    });
  });

  describe('replacing a document', () => {
    const store = freshStore(opts, allBatches);

    it('swaps in the new contribution and recomputes aliases', async () => {
      expect(await store().applyBatch(reportBatch({ revised: true }))).toEqual({ docId: REPORT, changed: true });
      expect((await store().getNode(ID.ndrc))?.properties.aliases).toEqual(['区发展改革委']);
      expect((await query(store(), 'unitTasks', { unit: '发改委' })).units).toEqual([]);
      expect(await store().getNode(ID.b3)).toBeNull();
      expect(await store().getNode(ID.reportBusiness)).toBeNull();
      expect(await store().getNode(unitId('区', '区司法局'))).toBeNull();
      expect(await store().warnings(REPORT)).toEqual([]);
      expect((await store().getDocument(REPORT))?.counts).toEqual({ tasks: 2, sections: 1, units: 4, edges: 14, warnings: 0 });
    });

    it('equals a store that only ever saw the new version', async () => {
      await store().applyBatch(reportBatch({ revised: true }));
      const replaced = await store().exportGraph();
      expect(await rebuilt(store(), [planBatch(), reportBatch({ revised: true }), neighborBatch()])).toEqual(replaced);
    });
  });

  describe('removing a document', () => {
    const store = freshStore(opts, allBatches);

    it('drops its own nodes and edges and its share of shared nodes', async () => {
      expect(await store().removeDocument(REPORT)).toBe(true);
      expect(await store().getNode(ID.b1)).toBeNull();
      expect(await store().getNode(ID.floodProject)).toBeNull();
      expect(await store().getNode(ID.finance)).toBeNull();
      expect((await store().getNode(ID.railway))?.properties.docIds).toEqual([PLAN]);
      expect((await store().getNode(ID.ndrc))?.properties).toMatchObject({ docIds: [PLAN], aliases: ['区发展改革委'] });
      expect((await query(store(), 'search', { text: '发改委', labels: ['Unit'] })).hits.total).toBe(0);
      expect((await query(store(), 'entityTasks', { label: 'Project', name: '涪江防洪护岸工程' })).entities).toEqual([]);
      expect(await store().getDocumentText(REPORT)).toBeNull();
      expect(await store().warnings(REPORT)).toEqual([]);
      expect(await store().removeDocument(REPORT)).toBe(false);
    });

    it('equals a store that never saw it', async () => {
      await store().removeDocument(REPORT);
      const removed = await store().exportGraph();
      const stats = await query(store(), 'stats', {});
      expect(await rebuilt(store(), [planBatch(), neighborBatch()])).toEqual(removed);
      expect(await query(store(), 'stats', {})).toEqual(stats);
    });
  });

  describe('export and warnings', () => {
    const store = freshStore(opts, allBatches);

    it('exports policy-graph/v1 with nodes and edges sorted by id', async () => {
      const graph = await store().exportGraph();
      expect(graph.format).toBe('policy-graph/v1');
      expect(graph.nodes).toHaveLength(41);
      expect(graph.edges).toHaveLength(54);
      expect(graph.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id).sort());
      expect(graph.edges.map((e) => e.id)).toEqual(graph.edges.map((e) => e.id).sort());
      for (const node of graph.nodes) expect(Object.keys(node).sort()).toEqual(['id', 'label', 'name', 'properties']);
      for (const edge of graph.edges) expect(Object.keys(edge).sort()).toEqual(['id', 'properties', 'source', 'target', 'type']);
      const doc = graph.nodes.find((n) => n.id === PLAN);
      expect(doc?.properties.text).toBe(planBatch().nodes[0].properties.text);
    });

    it('lists warnings by document, then batch order', async () => {
      expect((await store().warnings()).map((w) => [w.docId, w.code])).toEqual([[PLAN, 'NO_LEAD'], [REPORT, 'FUZZY_UNIT']]);
      const [w] = await store().warnings(PLAN);
      expect(w.evidence?.text).toBe('3.推进涪江流域水环境综合治理。实施涪江生态修复工程。(区水利局、区生态环境局负责)');
    });
  });
}
