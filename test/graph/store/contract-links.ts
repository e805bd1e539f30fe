// Contract: reviewers' decisions on IMPLEMENTS links survive re-ingest of either plan, export/import, and both stores.
import { describe, expect, it } from 'vitest';
import { documentKey, linkId } from '../../../graph/align/decisions.ts';
import type { AlignmentLink, PairAlignment } from '../../../graph/align/schemas.ts';
import { sha256 } from '../../../graph/ids.ts';
import type { GraphBatch } from '../../../graph/model.ts';
import { buildBatch } from '../../../graph/pipeline/build-batch.ts';
import { parseDocumentText } from '../../../graph/pipeline/parse.ts';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import { alignStore, decideLink, importLinkDecisions, withLinkEdges } from '../../../server/alignment.ts';
import { DEFAULT_HIERARCHY, generateHierarchies, type GeneratedDoc } from '../../bench/hierarchy/generate.ts';
import { closeStore, errorCode, freshStore, openStore, type GraphStoreContractOptions } from './contract-support.ts';

const { docs } = generateHierarchies({ ...DEFAULT_HIERARCHY, seed: 3, provinces: 1, citiesPerProvince: 1, districtsPerCity: 1, tasksPerProvince: 12 });
const doc = (key: string) => docs.find((d) => d.key === key) as GeneratedDoc;

function batchOf(d: GeneratedDoc, text = d.text): GraphBatch {
  const parsed = parseDocumentText(text, new UnitResolver());
  return buildBatch(parsed, { source: `${d.key}.txt`, sha256: sha256(text), title: d.title, ingestedAt: '2026-01-01T00:00:00.000Z' });
}
const DISTRICT = () => batchOf(doc('p0c0d0'));
const CITY = () => batchOf(doc('p0c0'));
/** The district plan lightly edited: one task's wording changed, its title and numbering kept (so a new document id). */
const EDITED_DISTRICT = () => {
  const d = doc('p0c0d0');
  const edited = d.text.replace(/推进|加快|推动/, '着力');
  expect(edited).not.toBe(d.text);
  return batchOf(d, edited);
};

async function districtPair(store: GraphStore): Promise<PairAlignment> {
  const pair = (await alignStore(store)).find((p) => p.lower.title === doc('p0c0d0').title && p.higher.title === doc('p0c0').title);
  expect(pair, 'the district → city pair is found').toBeDefined();
  return pair as PairAlignment;
}

/** Two links whose source and target no other link shares: rejecting one must make an orphan and a gap. */
function lonelyLinks(pair: PairAlignment): [AlignmentLink, AlignmentLink] {
  const count = (key: 'source' | 'target', id: string) => pair.links.filter((l) => l[key] === id).length;
  const lonely = pair.links.filter((l) => count('source', l.source) === 1 && count('target', l.target) === 1);
  expect(lonely.length).toBeGreaterThanOrEqual(2);
  return [lonely[0], lonely[1]];
}

const MEMORY: GraphStoreContractOptions = { name: 'memory', create: async () => new MemoryGraphStore() };
const statusById = (pair: PairAlignment) => Object.fromEntries(pair.links.map((l) => [l.id, l.status]));

export function linkDecisionsContract(opts: GraphStoreContractOptions): void {
  // Each test re-ingests plans and aligns them several times: a loaded machine with Neo4j needs more than the default.
  describe('IMPLEMENTS link decisions', { timeout: 180_000 }, () => {
    const store = freshStore(opts, () => [DISTRICT(), CITY()]);

    it('every link starts suggested; accept and reject are applied, stored and undone by reset', async () => {
      const pair = await districtPair(store());
      expect(pair.links.every((l) => l.status === 'suggested')).toBe(true);
      const [keep, drop] = lonelyLinks(pair);
      expect(pair.orphans.map((o) => o.id)).not.toContain(drop.source);
      expect((await decideLink(store(), keep.id, 'accepted', '已核对原文')).status).toBe('accepted');
      expect((await decideLink(store(), drop.id, 'rejected')).status).toBe('rejected');
      const after = await districtPair(store());
      expect(after.links.find((l) => l.id === keep.id)).toMatchObject({ status: 'accepted', note: '已核对原文' });
      expect(after.links.find((l) => l.id === drop.id)?.status).toBe('rejected');
      expect(after.orphans.map((o) => o.id)).toContain(drop.source);
      expect(after.gaps.map((g) => g.id)).toContain(drop.target);
      expect((await store().linkDecisions()).map((d) => d.id).sort()).toEqual([keep.id, drop.id].sort());
      expect((await decideLink(store(), drop.id, 'suggested')).status).toBe('suggested');
      expect((await store().linkDecisions()).map((d) => d.id)).toEqual([keep.id]);
      expect(await errorCode(decideLink(store(), 'implements:0000000000000000', 'accepted'))).toBe('NOT_FOUND');
    });

    it('decisions survive re-ingest of either plan, and of a lightly edited plan under a new document id', async () => {
      const [keep, drop] = lonelyLinks(await districtPair(store()));
      await decideLink(store(), keep.id, 'accepted');
      await decideLink(store(), drop.id, 'rejected');
      const district = DISTRICT();
      const city = CITY();
      expect(await store().removeDocument(district.docId)).toBe(true);
      expect(await store().removeDocument(city.docId)).toBe(true);
      expect((await store().linkDecisions()).length).toBe(2);
      await store().applyBatch(city);
      await store().applyBatch(district);
      expect(statusById(await districtPair(store()))).toMatchObject({ [keep.id]: 'accepted', [drop.id]: 'rejected' });
      const edited = EDITED_DISTRICT();
      expect(edited.docId).not.toBe(district.docId);
      await store().removeDocument(district.docId);
      await store().applyBatch(edited);
      const pair = await districtPair(store());
      expect(pair.lower.id).toBe(edited.docId);
      expect(statusById(pair)).toMatchObject({ [keep.id]: 'accepted', [drop.id]: 'rejected' });
    });

    it('an accepted link the scorer does not suggest still shows, scored, and counts against gaps', async () => {
      const pair = await districtPair(store());
      const suggested = new Set(pair.links.map((l) => `${l.source}>${l.target}`));
      const lower = pair.orphans[0] ?? pair.links[0].sourceTask;
      const higher = pair.gaps[0];
      expect(higher, 'the city plan has a task the district does not carry out').toBeDefined();
      expect(suggested.has(`${lower.id}>${higher.id}`)).toBe(false);
      const views = await store().exportGraph();
      const path = (id: string) => views.nodes.find((n) => n.id === id)?.properties.path as string;
      const lowerKey = { doc: documentKey({ title: pair.lower.title }), path: path(lower.id) };
      const higherKey = { doc: documentKey({ title: pair.higher.title }), path: path(higher.id) };
      const id = linkId(lowerKey, higherKey);
      await store().saveLinkDecisions([{ id, status: 'accepted', decidedAt: '2026-12-01T00:00:00.000Z', lower: lowerKey, higher: higherKey }]);
      const after = await districtPair(store());
      const shown = after.links.find((l) => l.id === id);
      expect(shown).toMatchObject({ source: lower.id, target: higher.id, status: 'accepted' });
      expect(shown?.score).toBeLessThan(0.3);
      expect(after.gaps.map((g) => g.id)).not.toContain(higher.id);
    });

    it('the export carries decided links as IMPLEMENTS edges, and import restores them in either store', async () => {
      const [keep, drop] = lonelyLinks(await districtPair(store()));
      await decideLink(store(), keep.id, 'accepted', '对应');
      await decideLink(store(), drop.id, 'rejected');
      const exported = JSON.parse(JSON.stringify(await withLinkEdges(store(), await store().exportGraph())));
      const edges = exported.edges.filter((e: { type: string }) => e.type === 'IMPLEMENTS');
      expect(edges.map((e: { id: string; properties: { status: string } }) => [e.id, e.properties.status]).sort())
        .toEqual([[keep.id, 'accepted'], [drop.id, 'rejected']].sort());
      for (const receiverOpts of [opts, MEMORY]) {
        const receiver = await openStore(receiverOpts, [CITY(), DISTRICT()]);
        try {
          expect((await importLinkDecisions(receiver, exported, 'export.json')).length).toBe(2);
          const pair = await districtPair(receiver);
          expect(statusById(pair)).toMatchObject({ [keep.id]: 'accepted', [drop.id]: 'rejected' });
          expect(pair.links.find((l) => l.id === keep.id)?.note).toBe('对应');
          expect(pair).toEqual(await districtPair(store()));
        } finally {
          await closeStore(receiverOpts, receiver);
        }
      }
    });

    it('a memory store\'s decisions import into this store and answer the same', async () => {
      const memory = await openStore(MEMORY, [DISTRICT(), CITY()]);
      const [keep, drop] = lonelyLinks(await districtPair(memory));
      await decideLink(memory, keep.id, 'accepted');
      await decideLink(memory, drop.id, 'rejected');
      await importLinkDecisions(store(), await withLinkEdges(memory, await memory.exportGraph()), 'memory.json');
      expect(await alignStore(store())).toEqual(await alignStore(memory));
      await closeStore(MEMORY, memory);
    });

    it('an export that is not policy-graph/v1 is refused and nothing is written', async () => {
      expect(await errorCode(importLinkDecisions(store(), { format: 'other', nodes: [], edges: [] }, 'bad.json'))).toBe('BAD_INPUT');
      const dangling = { format: 'policy-graph/v1', nodes: [], edges: [{ id: 'x', type: 'IMPLEMENTS', source: 'a', target: 'b', properties: { status: 'accepted' } }] };
      expect(await errorCode(importLinkDecisions(store(), dangling, 'bad.json'))).toBe('BAD_INPUT');
      expect(await store().linkDecisions()).toEqual([]);
    });
  });
}
