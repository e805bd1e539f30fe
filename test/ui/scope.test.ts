// The scope: its URL/query form round-trips, and it keeps exactly the documents of the chosen levels, years, places and ids.
import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../ui/src/hash-state.ts';
import { readScope, scopeChoices, scopedDocIds, scopeParams, visibleOptions } from '../../ui/src/scope.ts';

const meta = { issuer: null, docNumber: null, kind: '行动方案', implements: null };
const DOCS = [
  { id: 'd1', title: '某市行动方案', jurisdiction: '某市', metadata: { ...meta, level: '市' as const, date: '2023-03-05', period: '2023-2025' } },
  { id: 'd2', title: '某区行动方案', jurisdiction: '某区', metadata: { ...meta, level: '区' as const, date: '2024-01-02', period: null } },
  { id: 'd3', title: '2022年工作要点', jurisdiction: '', metadata: { ...meta, level: null, date: null, period: null } },
];

describe('scope', () => {
  it('writes the contract\'s query parameters and reads them back, dropping unknown levels and bad years', () => {
    const scope = { docIds: ['a', 'b'], jurisdictions: ['某区'], levels: ['区' as const, '市' as const], years: [2023, 2024] };
    expect(scopeParams(scope).toString()).toBe(new URLSearchParams({ docs: 'a,b', jurisdictions: '某区', levels: '区,市', years: '2023,2024' }).toString());
    expect(readScope(scopeParams(scope))).toEqual(scope);
    expect(readScope(new URLSearchParams('levels=区,国&years=abc,1800,2023'))).toEqual({ levels: ['区'], years: [2023] });
    expect(scopeParams({}).toString()).toBe('');
  });

  it('keeps all documents for no scope, and the intersection of every part that is set', () => {
    expect(scopedDocIds({}, DOCS)).toBeNull();
    expect([...scopedDocIds({ levels: ['区', '市'] }, DOCS)!]).toEqual(['d1', 'd2']);
    expect([...scopedDocIds({ levels: ['市'], years: [2024] }, DOCS)!]).toEqual([]);
    expect([...scopedDocIds({ jurisdictions: ['某区'] }, DOCS)!]).toEqual(['d2']);
    expect([...scopedDocIds({ docIds: ['d3', 'zz'] }, DOCS)!]).toEqual(['d3']);
  });

  it('counts a document in a year by its date, its period or its title', () => {
    expect([...scopedDocIds({ years: [2025] }, DOCS)!]).toEqual(['d1']); // period 2023-2025
    expect([...scopedDocIds({ years: [2022] }, DOCS)!]).toEqual(['d3']); // title
    expect([...scopedDocIds({ years: [2024] }, DOCS)!]).toEqual(['d2']); // date
  });

  it('offers the levels in administrative order, the years and places present', () => {
    expect(scopeChoices(DOCS)).toEqual({ jurisdictions: ['某区', '某市'].sort((a, b) => a.localeCompare(b, 'zh-CN')), levels: ['市', '区'], years: [2023, 2024] });
  });

  it('keeps the scope and the pair in the URL hash of every tab', () => {
    const state = { tab: 'align' as const, from: 'doc:a', to: 'doc:b', scope: { levels: ['区' as const] } };
    expect(parseHash(formatHash(state))).toMatchObject(state);
    expect(parseHash(formatHash({ tab: 'compare', before: 'x', after: 'y' }))).toMatchObject({ tab: 'compare', before: 'x', after: 'y' });
    expect(parseHash('#docs=d1').scope).toEqual({ docIds: ['d1'] });
    expect(formatHash({ tab: 'explore', from: 'doc:a' })).toBe('');
  });

  it('lists a long group behind a filter: chosen options always, then matches up to the cap, and counts the rest', () => {
    const options = Array.from({ length: 100 }, (_, i) => ({ value: `d${i}`, label: i % 2 ? `某区方案${i}` : `某市方案${i}` }));
    const all = visibleOptions(options, [], '', 30);
    expect(all.shown).toHaveLength(30);
    expect(all.hidden).toBe(70);
    const chosen = visibleOptions(options, ['d99'], '某市', 30);
    expect(chosen.shown[0].value).toBe('d99');
    expect(chosen.shown.slice(1).every((o) => o.label.startsWith('某市'))).toBe(true);
    expect(chosen.shown).toHaveLength(30);
    expect(chosen.hidden).toBe(70);
    expect(visibleOptions(options, [], '方案7', 30).shown.map((o) => o.value)).toEqual(['d7', ...Array.from({ length: 10 }, (_, i) => `d${70 + i}`)]);
    expect(visibleOptions(options.slice(0, 5), [], '', 30)).toEqual({ shown: options.slice(0, 5), hidden: 0 });
  });
});
