// The alignment and comparison views' arithmetic: rows in the higher plan's order with gaps and orphans, load changes, suggested pairs.
import { describe, expect, it } from 'vitest';
import type { PairAlignment } from '../../graph/align/schemas.ts';
import { alignmentRows } from '../../ui/src/align-page.ts';
import { loadChanges } from '../../ui/src/compare-page.ts';
import { implementsPairs, versionPairs } from '../../ui/src/pair-picker.ts';

const task = (id: string, docId: string, number: string) => ({ id, docId, number, title: `task ${id}` });
const link = (id: string, lower: ReturnType<typeof task>, higher: ReturnType<typeof task>, score: number) => ({
  id, source: lower.id, target: higher.id, sourceDoc: lower.docId, targetDoc: higher.docId, score, method: 'm', status: 'suggested' as const,
  evidence: { words: [], entities: [], indicators: [] }, sourceTask: lower, targetTask: higher,
});

describe('pair views', () => {
  it('orders rows by the higher plan\'s numbers (10 after 9), best link first, gaps in place, orphans last', () => {
    const [h2, h9, h10] = [task('h2', 'H', '2'), task('h9', 'H', '9'), task('h10', 'H', '10')];
    const [l1, l2, l3] = [task('l1', 'L', '1'), task('l2', 'L', '2'), task('l3', 'L', '3')];
    const pair: PairAlignment = {
      lower: { id: 'L', title: 'L' }, higher: { id: 'H', title: 'H' },
      links: [link('a', l1, h10, 0.5), link('b', l2, h10, 0.9)], gaps: [h9, h2], orphans: [l3],
    };
    expect(alignmentRows(pair).map((r) => `${r.kind}:${r.higher?.id ?? '-'}:${r.lower?.id ?? '-'}`))
      .toEqual(['gap:h2:-', 'gap:h9:-', 'link:h10:l2', 'link:h10:l1', 'orphan:-:l3']);
  });

  it('lists the units whose load changed, biggest change first', () => {
    expect(loadChanges([{ unit: 'A', before: 3, after: 3 }, { unit: 'B', before: 1, after: 4 }, { unit: 'C', before: 3, after: 2 }]))
      .toEqual([{ unit: 'B', before: 1, after: 4, delta: 3 }, { unit: 'C', before: 3, after: 2, delta: -1 }]);
  });

  it('suggests lower → higher where a plan names the one it implements, and older → newer versions of one place', () => {
    const doc = (id: string, title: string, jurisdiction: string, date: string, implementsTitle: string | null) => ({
      id, title, source: `${id}.txt`, sha256: '', jurisdiction, ingestedAt: '', counts: { tasks: 0, sections: 0, units: 0, edges: 0, warnings: 0 },
      metadata: { issuer: null, docNumber: null, date, level: null, kind: '行动方案', period: null, implements: implementsTitle },
    });
    const docs = [
      doc('city', '某市行动方案（2023—2025年）', '某市', '2023-03-01', null),
      doc('city2', '某市行动方案（2024—2026年）', '某市', '2024-03-01', null),
      doc('district', '某区行动方案', '某区', '2023-04-01', '某市行动方案(2023—2025年)'),
    ];
    expect(implementsPairs(docs)).toEqual([['district', 'city']]);
    expect(versionPairs(docs)).toEqual([['city', 'city2']]);
  });
});
