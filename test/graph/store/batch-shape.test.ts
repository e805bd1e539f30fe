// The checks compiled from the batch schema (batch-shape.ts) against the zod schema itself: a check may only say
// "zod returns this item unchanged" (or "zod accepts it") when zod does, and validateBatch, which trusts them, answers
// exactly as a whole zod parse would (same batch, same issues), on real batches and on batches broken one value at a
// time; a field added to a schema is checked with no second edit.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isAppError } from '../../../graph/errors.ts';
import type { GraphBatch } from '../../../graph/model.ts';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { PROPERTY_SCHEMAS, batchSchema, edgeSchema, evidenceSchema, nodeSchema, warningSchema } from '../../../graph/store/batch/batch-schema.ts';
import { acceptsCheck, batchLists, keepsCheck } from '../../../graph/store/batch/batch-shape.ts';
import { validateBatch } from '../../../graph/store/batch/batch-validate.ts';
import { allBatches } from '../../support/fixtures.ts';

const SEED_TEXT = readFileSync(new URL('../../../seeds/shuangcheng-action-plan.txt', import.meta.url), 'utf8');
const seedBatch = batchFromDocument({ source: 'seed.txt', format: 'txt', bytes: SEED_TEXT.length, encoding: 'utf-8', sha256: 'a'.repeat(64), title: '双城', text: SEED_TEXT }, { now: () => new Date(0) });
const BATCHES: GraphBatch[] = [seedBatch, ...allBatches()];

const nodeAsIs = keepsCheck(nodeSchema, 'nodeSchema');
const edgeAsIs = keepsCheck(edgeSchema, 'edgeSchema');
const warningAsIs = keepsCheck(warningSchema, 'warningSchema');
const propertiesAccepted = new Map(Object.entries(PROPERTY_SCHEMAS).map(([label, schema]) => [label, acceptsCheck(schema, label)]));
const propertiesOk = (label: string, properties: unknown) => propertiesAccepted.get(label)!(properties);

/** Whether the twin's "unchanged" holds: zod accepts `item` and returns the same value, key order included. */
function zodKeeps(schema: { safeParse(v: unknown): { success: boolean; data?: unknown } }, item: unknown): boolean {
  const parsed = schema.safeParse(item);
  return parsed.success && isDeepStrictEqual(parsed.data, item) && JSON.stringify(parsed.data) === JSON.stringify(item);
}

/** The items of a list that may have been broken into something else. */
const items = (list: unknown): unknown[] => (Array.isArray(list) ? Array.from(list) : []);

function checkTwins(batch: GraphBatch): void {
  for (const n of items(batch.nodes)) {
    if (nodeAsIs(n)) {
      expect(zodKeeps(nodeSchema, n)).toBe(true);
      const node = n as GraphBatch['nodes'][number];
      if (propertiesOk(node.label, node.properties)) expect(PROPERTY_SCHEMAS[node.label].safeParse(node.properties).success).toBe(true);
    }
  }
  for (const e of items(batch.edges)) if (edgeAsIs(e)) expect(zodKeeps(edgeSchema, e)).toBe(true);
  for (const w of items(batch.warnings)) if (warningAsIs(w)) expect(zodKeeps(warningSchema, w)).toBe(true);
}

type Outcome = { batch: string } | { issues: unknown };

function outcome(run: () => GraphBatch): Outcome {
  try {
    return { batch: JSON.stringify(run()) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return { issues: error.issues };
  }
}

/** What validateBatch answered when the whole batch went through batchSchema (its behaviour before the compiled checks). */
function wholeZod(input: unknown): Outcome {
  const parsed = batchSchema.safeParse(structuredClone(input));
  if (parsed.success) return outcome(() => validateBatch(parsed.data));
  const issues = parsed.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
  return { issues: issues.slice(0, 50) };
}

const ODD_VALUES: unknown[] = [undefined, null, '', 'x', -1, 0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, [], {}, ['a', 1], 'Task', 'LEADS', 'NO_LEAD'];

/** Every path to a value inside `value` (object keys and array indexes), `value` itself first. */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (value && typeof value === 'object') for (const key of Object.keys(value)) out.push(...paths((value as Record<string, unknown>)[key], [...at, Array.isArray(value) ? Number(key) : key]));
  return out;
}

type Mutation = 'set' | 'delete' | 'extra' | 'proto' | 'reverse';

function mutate(batch: GraphBatch, path: (string | number)[], how: Mutation, odd: unknown): void {
  const parent = path.slice(0, -1).reduce<any>((v, k) => v[k], batch);
  const key = path[path.length - 1];
  const target = parent[key];
  if (how === 'set') parent[key] = odd;
  else if (how === 'delete') delete parent[key];
  else if (target && typeof target === 'object' && !Array.isArray(target)) {
    if (how === 'extra') target.extra = odd;
    else if (how === 'proto') Object.defineProperty(target, '__proto__', { value: odd, enumerable: true, writable: true, configurable: true });
    else parent[key] = Object.fromEntries(Object.entries(target).reverse());
  }
}

describe('checks compiled from the batch schema', () => {
  it('take the fast path for every node and edge the parser makes', () => {
    for (const batch of BATCHES) {
      expect(batch.nodes.every((n) => nodeAsIs(n) && propertiesOk(n.label, n.properties))).toBe(true);
      expect(batch.edges.every(edgeAsIs)).toBe(true);
      checkTwins(batch);
    }
  });

  it('agree with the zod schema, and validateBatch with a whole zod parse, on batches broken one value at a time', () => {
    const cases = fc.integer({ min: 0, max: BATCHES.length - 1 }).chain((b) => {
      const all = paths(BATCHES[b]).filter((p) => p.length > 0);
      return fc.record({
        b: fc.constant(b),
        path: fc.constantFrom(...all),
        how: fc.constantFrom<Mutation>('set', 'set', 'delete', 'extra', 'proto', 'reverse'),
        odd: fc.constantFrom(...ODD_VALUES),
      });
    });
    fc.assert(fc.property(cases, ({ b, path, how, odd }) => {
      const broken = structuredClone(BATCHES[b]);
      mutate(broken, path, how, odd);
      checkTwins(broken);
      expect(outcome(() => validateBatch(broken))).toEqual(wholeZod(broken));
    }), { numRuns: 150 });
  }, 120_000); // each run parses the seed's whole batch with zod: seconds on a loaded machine

  it('leaves the caller a copy, or validates in place without one when asked', () => {
    const input = structuredClone(seedBatch);
    const copied = validateBatch(input);
    expect(copied.nodes[0]).not.toBe(input.nodes[0]);
    const inPlace = validateBatch(input, { copy: false });
    expect(inPlace.nodes[0]).toBe(input.nodes[0]);
    expect(JSON.stringify(inPlace)).toBe(JSON.stringify(copied));
  });

  it('check a field added to a schema with no second edit, by its type, its optionality and its checks', () => {
    const node = structuredClone(seedBatch.nodes[1]);
    const weighed = keepsCheck(nodeSchema.extend({ weight: z.number().int().nonnegative().optional() }), 'weighed');
    expect(weighed(node)).toBe(true);
    expect(weighed({ ...node, weight: 2 })).toBe(true);
    for (const bad of [1.5, -1, 'x', null]) expect(weighed({ ...node, weight: bad })).toBe(false);
    const ranked = keepsCheck(nodeSchema.extend({ rank: z.string().min(1) }), 'ranked');
    expect(ranked(node)).toBe(false);
    expect(ranked({ ...node, rank: 'a' })).toBe(true);
    expect(ranked({ ...node, rank: '' })).toBe(false);
    const task = acceptsCheck(z.looseObject({ ...(PROPERTY_SCHEMAS.Task as z.ZodObject).shape, owner: z.enum(['a', 'b']) }), 'task');
    expect(task(node.properties)).toBe(false);
    expect(task({ ...node.properties, owner: 'a' })).toBe(true);
    expect(task({ ...node.properties, owner: 'c' })).toBe(false);
  });

  it("run the schema's own refinements, and refuse a schema they cannot read with a message that says where", () => {
    const evidence = keepsCheck(evidenceSchema, 'evidence');
    expect(evidence({ docId: 'doc:1', start: 1, end: 2, text: 'x' })).toBe(true);
    expect(evidence({ docId: 'doc:1', start: 3, end: 2, text: 'x' })).toBe(false);
    expect(() => keepsCheck(z.object({ at: z.date() }), 'dated')).toThrow(/zod date \(at dated\.at/);
  });

  it('read the batch as its schema lists it: its lists in order, the batch object kept only as zod keeps it', () => {
    const { head, lists } = batchLists(batchSchema, 'batchSchema');
    expect(lists.map((l) => l.key)).toEqual(['docId', 'nodes', 'edges', 'warnings'].filter((k) => k !== 'docId'));
    expect(head(seedBatch)).toBe(true);
    expect(head({ ...seedBatch, extra: 1 })).toBe(false);
    expect(head({ nodes: [], docId: 'doc:1', edges: [], warnings: [] })).toBe(false);
    expect(head({ ...seedBatch, docId: '' })).toBe(false);
    expect(head({ ...seedBatch, nodes: {} })).toBe(false);
  });
});
