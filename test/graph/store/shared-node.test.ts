// SharedNode's incremental merge always equals mergeShared over the contributions still present.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../graph/model.ts';
import { mergeShared } from '../../../graph/store/batch/batch-content.ts';
import { SharedNode } from '../../../graph/store/batch/shared-node.ts';

const DOCS = ['doc:a', 'doc:b', 'doc:c', 'doc:d'];
const FORMS = ['区发展改革委', '发改委', '区发改委', '发展改革委'];

function contribution(doc: string, aliases: string[] | null): GraphNode {
  const properties: Record<string, unknown> = { jurisdiction: '区', kind: 'department', source: doc };
  if (aliases) properties.aliases = aliases;
  return { id: 'unit:区:区发展改革委', label: 'Unit', name: '区发展改革委', properties };
}

const op = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), doc: fc.constantFrom(...DOCS), aliases: fc.option(fc.subarray(FORMS)) }),
  fc.record({ kind: fc.constant('remove' as const), doc: fc.constantFrom(...DOCS) }),
);

describe('SharedNode', () => {
  it('matches mergeShared after any sequence of adds, replacements and removals', () => {
    fc.assert(fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
      const node = new SharedNode();
      const live = new Map<string, GraphNode>();
      for (const o of ops) {
        if (o.kind === 'add') {
          const c = contribution(o.doc, o.aliases);
          node.add(o.doc, c);
          live.set(o.doc, c);
        } else {
          node.remove(o.doc);
          live.delete(o.doc);
        }
        expect(node.merged === null ? null : structuredClone(node.merged)).toEqual(live.size === 0 ? null : mergeShared(live));
      }
    }));
  });

  it('says when the alias set changed', () => {
    const node = new SharedNode();
    expect(node.add('doc:a', contribution('doc:a', ['区发展改革委']))).toBe(true);
    expect(node.add('doc:b', contribution('doc:b', ['区发展改革委']))).toBe(false);
    expect(node.add('doc:c', contribution('doc:c', ['发改委']))).toBe(true);
    expect(node.remove('doc:a')).toBe(false);
    expect(node.remove('doc:c')).toBe(true);
    expect(node.merged?.properties).toMatchObject({ docIds: ['doc:b'], aliases: ['区发展改革委'] });
  });
});
