// Property tests: the pipeline never throws on arbitrary or mutated text, and evidence always points into the document.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../graph/model.ts';
import { batchOf } from '../../support/ingest-text.ts';

const SEED = readFileSync(new URL('../../../seeds/shuangcheng-action-plan.txt', import.meta.url), 'utf8');
const PIECES = ['一、', '(一)', '（二）', '1.', '2 .', 'L', '(牵头单位:', '责任单位：', '区发展改革委', '、', ',', '。', ')', '）', '\n', '涪江', '到2027年', '突破1200亿元', '等)', '钙单位:', '配合'];

function checkEvidence(batch: GraphBatch): void {
  const text = batch.nodes.find((n) => n.label === 'Document')!.properties.text as string;
  for (const e of batch.edges) {
    const ev = e.properties.evidence;
    if (!ev) continue;
    expect(ev.start).toBeGreaterThanOrEqual(0);
    expect(ev.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  }
  const ids = new Set(batch.nodes.map((n) => n.id));
  for (const e of batch.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
}

describe('pipeline properties', () => {
  it('never throws on arbitrary text and keeps evidence inside the document', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => checkEvidence(batchOf(s))), { numRuns: 200 });
  });

  it('never throws on text built from the genre’s own markers', () => {
    const genre = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((a) => a.join(''));
    fc.assert(fc.property(genre, (s) => checkEvidence(batchOf(s))), { numRuns: 200 });
  });

  it('never throws on the seed with random cuts, insertions and deletions', () => {
    const mutated = fc.array(fc.tuple(fc.nat(SEED.length), fc.nat(40), fc.constantFrom(...PIECES, '')), { minLength: 1, maxLength: 12 })
      .map((edits) => edits.reduce((s, [at, del, ins]) => s.slice(0, at) + ins + s.slice(Math.min(s.length, at + del)), SEED));
    fc.assert(fc.property(mutated, (s) => checkEvidence(batchOf(s))), { numRuns: 40 });
  });
});
