// Scope: which documents a scope selects, and that a scoped query answers as if only those documents were loaded.
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES, type QueryInput, type QueryName } from '../../../graph/catalogue/catalogue.ts';
import { parseQueryInput, runQuery } from '../../../graph/catalogue/execute.ts';
import type { RowSource } from '../../../graph/catalogue/rows.ts';
import type { Scope } from '../../../graph/catalogue/schemas.ts';
import { ScopedRows } from '../../../graph/catalogue/scope-rows.ts';
import { documentsInScope } from '../../../graph/catalogue/scope.ts';
import type { GraphBatch } from '../../../graph/model.ts';
import { batchContentHash, summarizeBatch } from '../../../graph/store/batch/batch-content.ts';
import { validateBatch } from '../../../graph/store/batch/batch-validate.ts';
import { MemoryIndex } from '../../../graph/store/memory/memory-index.ts';
import { MemoryRowSource } from '../../../graph/store/memory/memory-rows.ts';
import { allBatches, ID, NEIGHBOR, PLAN, REPORT } from '../../support/fixtures.ts';
import { SAMPLE_INPUTS } from '../store/contract-graph.ts';

function indexOf(batches: GraphBatch[]): MemoryIndex {
  const index = new MemoryIndex();
  for (const raw of batches) {
    const batch = validateBatch(raw);
    index.add({ docId: batch.docId, hash: batchContentHash(batch), batch, summary: summarizeBatch(batch) });
  }
  return index;
}

/** The memory store's rows with the reference filter (scope-rows.ts) in place of its own pushed-down reads. */
class FilteredRows extends MemoryRowSource {
  constructor(private readonly idx: MemoryIndex) {
    super(idx);
  }

  override within(docIds: ReadonlySet<string>): RowSource {
    return new ScopedRows(new MemoryRowSource(this.idx), docIds, () => new MemoryRowSource(this.idx).within(docIds).stats());
  }
}

const INPUTS: [QueryName, Record<string, unknown>][] = [
  ...QUERY_NAMES.map((n) => [n, SAMPLE_INPUTS[n]] as [QueryName, Record<string, unknown>]),
  ['unitTasks', { unit: '区发展改革委' }],
  ['unitPartners', { unit: '区发展改革委' }],
  ['sharedTasks', { a: '区发展改革委', b: '区财政局' }],
  ['overlaps', { minShared: 1, docId: REPORT }],
  ['overlaps', { minShared: 1, entity: ID.fujiang }],
  ['entityTasks', { label: 'Project', name: '中线高铁' }],
  ['entityUnits', { label: 'Project', name: '中线高铁' }],
  ['workload', { docId: PLAN }],
  ['accountabilityGaps', { crowdedThreshold: 2 }],
  ['neighborhood', { id: ID.ndrc, depth: 3 }],
  ['neighborhood', { id: PLAN, depth: 3 }],
  ['shortestPath', { a: '区经济信息委', b: '区财政局' }],
  ['shortestPath', { a: PLAN, b: REPORT }],
  ['search', { text: '涪江' }],
  ['search', { text: '区发展改革委' }],
];

const SCOPES: Scope[] = [
  { docIds: [PLAN] }, { docIds: [REPORT] }, { docIds: [NEIGHBOR] }, { docIds: [PLAN, REPORT] }, { docIds: [PLAN, NEIGHBOR] },
  { docIds: ['doc:nothing'] }, { jurisdictions: ['邻区'] }, { levels: ['区'] }, { years: [2024] },
];

describe('scope selects documents', () => {
  const docs = indexOf(allBatches());
  const summaries = [...docs.docs.values()].map((d) => d.summary);
  const select = (scope: Scope) => [...documentsInScope(summaries, scope)].sort();

  it('by id, jurisdiction, level and year; fields narrow, values within a field widen', () => {
    expect(select({ docIds: [PLAN, 'doc:nothing'] })).toEqual([PLAN]);
    expect(select({ jurisdictions: ['区'] })).toEqual([PLAN, REPORT]);
    expect(select({ jurisdictions: ['区', '邻区'] })).toEqual([NEIGHBOR, PLAN, REPORT]);
    expect(select({ levels: ['区'] })).toEqual([PLAN]);
    expect(select({ years: [2024] })).toEqual([REPORT]);
    expect(select({ jurisdictions: ['区'], years: [2023] })).toEqual([]);
  });

  it('refuses an unknown level or a year that is not a number, naming the field', () => {
    const issues = (input: unknown) => {
      try {
        parseQueryInput('workload', input);
        return null;
      } catch (error) {
        return ((error as { issues?: { path: (string | number)[] }[] }).issues ?? []).map((i) => i.path.join('.'));
      }
    };
    expect(issues({ scope: { levels: ['村'] } })).toEqual(['scope.levels.0']);
    expect(issues({ scope: { years: ['2024'] } })).toEqual(['scope.years.0']);
    expect(issues({ scope: { place: '区' } })).toEqual(['scope']);
    expect(issues({ scope: {} })).toBeNull();
  });
});

describe('scoped queries', () => {
  const full = indexOf(allBatches());
  const pushed = new MemoryRowSource(full);
  const filtered = new FilteredRows(full);

  it('no scope and an empty scope answer exactly as before', async () => {
    for (const [name, input] of INPUTS) {
      const plain = await runQuery(pushed, name, input as QueryInput<typeof name>);
      expect(await runQuery(pushed, name, { ...input, scope: {} } as QueryInput<typeof name>)).toEqual(plain);
    }
  });

  it.each(SCOPES.map((s) => [JSON.stringify(s), s] as const))('the memory store pushes %s down with the reference filter’s answers', async (_, scope) => {
    for (const [name, input] of INPUTS) {
      const scoped = { ...input, scope } as QueryInput<typeof name>;
      expect(await runQuery(pushed, name, scoped), `${name} ${JSON.stringify(input)}`).toEqual(await runQuery(filtered, name, scoped));
    }
  });

  it.each([PLAN, REPORT, NEIGHBOR])('scoped to %s answers as a graph of that document alone', async (docId) => {
    const alone = new MemoryRowSource(indexOf(allBatches().filter((b) => b.docId === docId)));
    for (const [name, input] of INPUTS) {
      const scoped = await runQuery(pushed, name, { ...input, scope: { docIds: [docId] } } as QueryInput<typeof name>);
      expect(withoutMergedFields(scoped), `${name} ${JSON.stringify(input)}`).toEqual(withoutMergedFields(await runQuery(alone, name, input as QueryInput<typeof name>)));
    }
  });

  it('items say which document they are from', async () => {
    const out = await runQuery(pushed, 'unitTasks', { unit: '区发展改革委', scope: { docIds: [REPORT] } });
    expect(out.tasks.items.length).toBeGreaterThan(0);
    expect(new Set(out.tasks.items.map((t) => t.docId))).toEqual(new Set([REPORT]));
  });
});

/** A shared node's merged docIds and aliases come from every document that holds it, scoped or not. */
function withoutMergedFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMergedFields);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([k]) => k !== 'docIds' && k !== 'aliases')
    .map(([k, v]) => [k, withoutMergedFields(v)]));
}
