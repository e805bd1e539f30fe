// The Neo4j store's incremental shared-node state always merges to what mergeShared gives from every contribution.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../graph/model.ts';
import { mergeShared } from '../../../graph/store/batch/batch-content.ts';
import { EMPTY_SHARED, mergedSharedNode, nextSharedState, sharedChanges, sharedProps, type SharedNext, type SharedState } from '../../../graph/store/neo4j/neo4j-shared.ts';

const ID = 'unit:区:区水利局';

function contribution(aliases: string[] | null, kind: string): GraphNode {
  const properties: Record<string, unknown> = { jurisdiction: '区', kind };
  if (aliases) properties.aliases = aliases;
  return { id: ID, label: 'Unit', name: '区水利局', properties };
}

const op = fc.record({
  doc: fc.constantFrom('doc:a', 'doc:b', 'doc:c', 'doc:d'),
  remove: fc.boolean(),
  aliases: fc.option(fc.array(fc.constantFrom('区水利局', '水利局', '区水务局'), { maxLength: 3 }), { nil: null }),
  kind: fc.constantFrom('department', 'committee'),
});

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

/**
 * Replays ops as the store does: each op's document contribution added, replaced or removed, the next state computed,
 * and its base read back as fetchBases reads the base document's own stored contribution. `each` sees every step.
 */
function replay(ops: Op[], each: (step: { state: SharedState; next: SharedNext; live: Map<string, GraphNode> }) => void): void {
  const live = new Map<string, GraphNode>();
  let state: SharedState = EMPTY_SHARED;
  for (const o of ops) {
    const before = live.get(o.doc);
    const after = o.remove ? undefined : contribution(o.aliases, o.kind);
    if (after) live.set(o.doc, after);
    else live.delete(o.doc);
    const next = nextSharedState(ID, o.doc, state, before, after);
    if (next.base === null && next.baseDoc !== null) next.base = live.get(next.baseDoc) ?? null;
    each({ state, next, live });
    state = next;
  }
}

describe('neo4j shared-node state', () => {
  it('matches mergeShared over the live contributions after any sequence of adds, replacements and removals', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      replay(ops, ({ next, live }) => {
        expect(next.docIds).toEqual([...live.keys()].sort());
        if (live.size > 0) expect(JSON.stringify(mergedSharedNode(next))).toBe(JSON.stringify(mergeShared(live)));
      });
    }), { numRuns: 300 });
  });

  it('asks for the base contribution when the base document leaves', () => {
    const a = contribution(['水利局'], 'department');
    const b = contribution(null, 'committee');
    const one = nextSharedState(ID, 'doc:a', { docIds: [], base: null, aliasCounts: {}, aliased: 0 }, undefined, a);
    const two = nextSharedState(ID, 'doc:b', one, undefined, b);
    const three = nextSharedState(ID, 'doc:a', two, a, undefined);
    expect([two.baseDoc, two.base, three.baseDoc, three.base]).toEqual(['doc:a', a, 'doc:b', null]);
  });

  it('writes only what changes: a stored node written with its changes equals the node written whole', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
      let stored: Record<string, unknown> = {};
      replay(ops, ({ state, next, live }) => {
        if (live.size === 0) {
          stored = {};
        } else {
          const changes = sharedChanges(ID, state, next);
          // SET n += changes, or SET n = every property.
          stored = changes ? { ...stored, ...changes } : sharedProps(next);
          expect(stored).toEqual(sharedProps(next));
        }
      });
    }), { numRuns: 300 });
  });

  it('a document more for a known node rewrites its docIds and bookkeeping, not its base properties', () => {
    const a = contribution(['水利局'], 'department');
    const one = nextSharedState(ID, 'doc:a', EMPTY_SHARED, undefined, a);
    const two = nextSharedState(ID, 'doc:b', one, undefined, contribution(['水利局'], 'committee'));
    expect(sharedChanges(ID, EMPTY_SHARED, one)).toBeNull();
    expect(Object.keys(sharedChanges(ID, one, two) ?? {}).sort()).toEqual(['docIds', 'pg_alias_counts_json', 'pg_aliased', 'pg_base_json']);
  });
});

