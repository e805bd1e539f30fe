// Fuzzy matching: length-relative thresholds, unique nearest candidates, fragments of names.
import { describe, expect, it } from 'vitest';
import { allowedDistance, changedChunk, FuzzyIndex, infixMatch, type FuzzyCandidate } from '../../../graph/units/fuzzy.ts';

function index(...forms: Array<[string, string]>): FuzzyIndex {
  const idx = new FuzzyIndex();
  for (const [form, id] of forms) idx.add({ form, id, level: '', strict: false, known: false });
  return idx;
}

describe('allowedDistance', () => {
  it.each([[3, 0], [4, 0], [5, 1], [6, 2], [11, 2], [12, 3]])('allows %i characters %i edits', (len, edits) => {
    expect(allowedDistance(len)).toBe(edits);
  });
});

describe('FuzzyIndex.nearest', () => {
  it('over a shared base, answers as one index holding the base and then its own forms', () => {
    // Base and own forms at equal and different distances and lengths, levels that tie, a known name that breaks a tie.
    const base: FuzzyCandidate[] = [
      { form: '区农业农村委', id: 'e:1', level: '区', strict: false, known: false },
      { form: '农业农村委', id: 'e:1', level: '', strict: false, known: false },
      { form: '区甲乙丙丁局', id: 'e:2', level: '区', strict: false, known: false },
      { form: '区经济信息化委', id: 'e:3', level: '区', strict: false, known: false },
    ];
    const own: FuzzyCandidate[] = [
      { form: '区甲乙丙戊局', id: 'k:区甲乙丙戊局', level: '区', strict: false, known: true },
      { form: '区农业农村局', id: 'e:1', level: '区', strict: false, known: true },
      { form: '区经济信息委', id: 'k:区经济信息委', level: '区', strict: false, known: true },
    ];
    const whole = new FuzzyIndex();
    for (const c of [...base, ...own]) whole.add(c);
    const shared = new FuzzyIndex();
    for (const c of base) shared.add(c);
    const layered = new FuzzyIndex(shared);
    for (const c of own) layered.add(c);
    const probes = ['区越农村委', '区农业农村', '区甲乙丙己局', '区经济信息委', '区经流言息委', '区经济信息化局', '农业农村局', '无关的名字'];
    // Twice: the second time the base answers from what it remembers.
    for (const probe of [...probes, ...probes]) expect(layered.nearest(probe)).toEqual(whole.nearest(probe));
    expect(probes.filter((p) => whole.nearest(p) !== null).length).toBeGreaterThan(3);
  });

  it('finds the unique nearest form', () => {
    expect(index(['区农业农村委', 'e:1'], ['区经济信息委', 'e:2']).nearest('区越农村委')).toMatchObject({ id: 'e:1', distance: 2 });
  });

  it('refuses when two things are equally near', () => {
    expect(index(['区甲乙丙丁局', 'e:1'], ['区甲乙丙戊局', 'e:2']).nearest('区甲乙丙己局')).toBeNull();
  });

  it('lets one corpus name break a tie', () => {
    const idx = index(['区甲乙丙丁局', 'e:1']);
    idx.add({ form: '区甲乙丙戊局', id: 'k:区甲乙丙戊局', level: '区', strict: false, known: true });
    expect(idx.nearest('区甲乙丙己局')).toMatchObject({ id: 'k:区甲乙丙戊局' });
  });

  it('refuses when nothing is within reach', () => {
    expect(index(['区农业农村委', 'e:1']).nearest('区文化旅游委')).toBeNull();
  });

  it('allows a strict (named) candidate one edit and no lost characters', () => {
    const idx = new FuzzyIndex();
    idx.add({ form: '高新区管委会', id: 'e:1', level: '', strict: true, known: false });
    expect(idx.nearest('高新区管委合')).toMatchObject({ id: 'e:1' });
    expect(idx.nearest('新区管委会')).toBeNull();
  });
});

describe('changedChunk', () => {
  it('returns the differing middle of the surface', () => {
    expect(changedChunk('区城市建设局', '区城市管理局')).toBe('建设');
  });
});

describe('infixMatch', () => {
  const contents = [{ text: '规划自然资源局', id: 'e:1' }, { text: '自然资源局', id: 'e:1' }, { text: '招商投资局', id: 'e:2' }];

  it('matches a fragment holding all but one character of a single entry', () => {
    expect(infixMatch('自然资频', contents)).toMatchObject({ id: 'e:1' });
  });

  it('needs at least three characters of evidence', () => {
    expect(infixMatch('区招', contents)).toBeNull();
  });
});
