// Row order and repeats never change an answer: the guarantee that lets two stores agree answer for answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../../graph/catalogue/catalogue.ts';
import { seededRandom } from '../../../graph/catalogue/communities.ts';
import { runQuery } from '../../../graph/catalogue/execute.ts';
import type { RowSource } from '../../../graph/catalogue/rows.ts';
import { MemoryIndex } from '../../../graph/store/memory/memory-index.ts';
import { MemoryRowSource } from '../../../graph/store/memory/memory-rows.ts';
import { batchContentHash, summarizeBatch } from '../../../graph/store/batch/batch-content.ts';
import { validateBatch } from '../../../graph/store/batch/batch-validate.ts';
import { allBatches } from '../../support/fixtures.ts';
import { SAMPLE_INPUTS } from '../store/contract-graph.ts';

/** Methods returning whole nodes/edges: their inner arrays are data, not row sets. */
const OPAQUE = new Set(['nodes', 'edgesAmong']);

function shuffled<T>(items: T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Shuffle every array (deeply, for row objects) and repeat some rows. */
function scramble(value: unknown, random: () => number, deep: boolean): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => (deep ? scramble(v, random, deep) : v));
    const repeats = items.filter(() => random() < 0.2);
    return shuffled([...items, ...repeats], random);
  }
  if (deep && value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scramble(v, random, deep)]));
  }
  return value;
}

function chaos(source: RowSource, seed: number): RowSource {
  const random = seededRandom(seed);
  return new Proxy(source, {
    get(target, key: string) {
      // No adjacency arrays: traversals read the scrambled links(), and must still match the arrays' answers.
      if (key === 'adjacency') return undefined;
      const method = (target as unknown as Record<string, ((...args: unknown[]) => Promise<unknown>) | undefined>)[key];
      // An optional method the source lacks (RowSource.neighborhoodGraph, shortestPathGraph) stays absent.
      if (method === undefined) return undefined;
      return async (...args: unknown[]) => scramble(await method.apply(target, args), random, !OPAQUE.has(key));
    },
  });
}

function fixtureRows(): RowSource {
  const index = new MemoryIndex();
  for (const raw of allBatches()) {
    const batch = validateBatch(raw);
    index.add({ docId: batch.docId, hash: batchContentHash(batch), batch, summary: summarizeBatch(batch) });
  }
  return new MemoryRowSource(index);
}

const EXTRA_INPUTS: [QueryName, unknown][] = [
  ['unitTasks', { unit: '区发展改革委' }],
  ['unitPartners', { unit: '区发展改革委' }],
  ['sharedTasks', { a: '发改委', b: '区经济信息委' }],
  ['overlaps', { minShared: 1, docId: 'doc:report' }],
  ['accountabilityGaps', { crowdedThreshold: 2 }],
  ['search', { text: '涪江' }],
  ['neighborhood', { id: 'doc:plan', depth: 3 }],
  ['shortestPath', { a: '区科技局', b: '区财政局' }],
];

describe('catalogue shaping', () => {
  const rows = fixtureRows();
  const cases: [QueryName, unknown][] = [...QUERY_NAMES.map((n) => [n, SAMPLE_INPUTS[n]] as [QueryName, unknown]), ...EXTRA_INPUTS];

  it.each(cases)('%s gives the same answer whatever the row order and repeats', async (name, input) => {
    const expected = await runQuery(rows, name, input as QueryInput<typeof name>);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (seed) => {
        expect(await runQuery(chaos(rows, seed), name, input as QueryInput<typeof name>)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});
