// Which edge ids name their document: every id the parser gives, none copied into another document or edited.
import { describe, expect, it } from 'vitest';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { readDocumentBuffer } from '../../../graph/read/index.ts';
import { namesItsDocument } from '../../../graph/store/batch/edge-id.ts';
import { seedVariant } from '../../hardening/support.ts';

const parsed = async (i: number) => batchFromDocument(await readDocumentBuffer(new TextEncoder().encode(seedVariant(i)), `variant-${i}.txt`));

describe('namesItsDocument', () => {
  it('holds for every edge the parser makes, of every type it makes', async () => {
    const batch = await parsed(1);
    expect(batch.edges.filter((e) => !namesItsDocument(e, batch.docId))).toEqual([]);
    expect(new Set(batch.edges.map((e) => e.type)).size).toBeGreaterThanOrEqual(5);
  });

  it('fails for the same edge in another document, and for an edited id', async () => {
    const [one, two] = [await parsed(1), await parsed(3)];
    expect(one.edges.filter((e) => namesItsDocument(e, two.docId))).toEqual([]);
    const edited = { ...one.edges[0], id: `${one.edges[0].id}0` };
    expect(namesItsDocument(edited, one.docId)).toBe(false);
  });
});
