// The memory store's search candidates (piece lists, one scan of each document's text) are exactly the nodes a plain scan finds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../graph/catalogue/communities.ts';
import { scoreOf } from '../../../graph/catalogue/search.ts';
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { batchContentHash, summarizeBatch } from '../../../graph/store/batch/batch-content.ts';
import { MemoryIndex, termsOf } from '../../../graph/store/memory/memory-index.ts';
import { MemoryRowSource } from '../../../graph/store/memory/memory-rows.ts';
import { writeCorpus } from '../../bench/corpus/generate.ts';
import type { GraphNode } from '../../../graph/model.ts';

/** What a node is searched by: names, aliases, and a Task, Section or Target text. */
function fields(node: GraphNode): string[] {
  const body = ['Task', 'Section', 'Target'].includes(node.label) && typeof node.properties.text === 'string' ? [node.properties.text] : [];
  return [...termsOf(node), ...body];
}

describe('memory search candidates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'search-candidates-'));
  const index = new MemoryIndex();
  const rows = new MemoryRowSource(index);

  beforeAll(async () => {
    await writeCorpus(dir, { docs: 40, seed: 11, noise: 0 });
    for (const { batch } of await prepareBatches([dir])) {
      index.add({ docId: batch.docId, hash: batchContentHash(batch), batch, summary: summarizeBatch(batch) });
    }
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Needles cut from random nodes' names and texts (1 to 6 characters), so most are found somewhere. */
  function needles(count: number): string[] {
    const random = seededRandom(5);
    const nodes = [...index.nodes.values()];
    return Array.from({ length: count }, () => {
      const source = fields(nodes[Math.floor(random() * nodes.length)]).join('');
      const length = 1 + Math.floor(random() * 6);
      const at = Math.floor(random() * Math.max(1, source.length - length));
      return source.slice(at, at + length) || '区';
    });
  }

  it('finds every node holding the needle in one field, and no other', async () => {
    const all = [...index.nodes.values()];
    for (const text of [...needles(150), '长江', '没有这个词']) {
      const expected = all.filter((n) => fields(n).some((f) => f.includes(text))).map((n) => n.id).sort();
      const got = [...new Set((await rows.searchCandidates(text)).map((r) => r.node.id))].sort();
      expect(got, text).toEqual(expected);
    }
  });

  it('scores a row as the catalogue would, so ranking need not scan its text again, and gives its node once', async () => {
    let checked = 0;
    for (const text of [...needles(150), '长江', '推进']) {
      const found = await rows.searchCandidates(text);
      const scoredIds = new Set(found.filter((r) => r.score !== undefined).map((r) => r.node.id));
      expect(found.filter((r) => scoredIds.has(r.node.id)).length, text).toBe(scoredIds.size);
      for (const row of found) {
        if (row.score === undefined) continue;
        expect(row.score, `${text} in ${row.node.id}`).toBe(scoreOf({ ...row, score: undefined }, text));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('keeps only the labels asked for', async () => {
    const got = await rows.searchCandidates('推进', ['Section']);
    expect(got.length).toBeGreaterThan(0);
    expect(new Set(got.map((r) => r.node.label))).toEqual(new Set(['Section']));
  });
});
