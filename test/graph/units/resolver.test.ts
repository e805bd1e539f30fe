// UnitResolver: surface forms of unit names → canonical units, or a clear refusal.
import { describe, expect, it } from 'vitest';
import { UnitResolver, type UnitResolution } from '../../../graph/units/resolver.ts';

function one(resolver: UnitResolver, surface: string): UnitResolution {
  const results = resolver.resolve(surface);
  expect(results).toHaveLength(1);
  return results[0];
}

function canonicalOf(resolver: UnitResolver, surface: string): string | null {
  const r = one(resolver, surface);
  return r.status === 'resolved' ? r.canonical : null;
}

describe('UnitResolver: registry names', () => {
  const resolver = new UnitResolver();

  it.each([
    ['区发改委', '区发展改革委'], ['市发改委', '市发展改革委'], ['县发改局', '县发展改革委'],
    ['县人社局', '县人力社保局'], ['区经信委', '区经济信息委'], ['市工信局', '市经济信息委'],
    ['区住建委', '区住房城乡建委'], ['区卫健委', '区卫生健康委'], ['区文旅委', '区文化旅游委'],
    ['区规资局', '区规划自然资源局'], ['区城管局', '区城市管理局'], ['区应急管理局', '区应急局'],
    ['县环保局', '县生态环境局'], ['区农委', '区农业农村委'], ['区金融办', '区金融发展中心'],
  ])('maps the abbreviation %s to %s', (surface, canonical) => {
    expect(canonicalOf(resolver, surface)).toBe(canonical);
  });

  it.each([
    ['区发展和改革委员会', '区发展改革委'], ['市人力资源和社会保障局', '市人力社保局'],
    ['区住房和城乡建设委员会', '区住房城乡建委'], ['区市场监督管理局', '区市场监管局'],
    ['县医疗保障局', '县医保局'], ['区文化和旅游发展委员会', '区文化旅游委'],
  ])('maps the full name %s to %s', (surface, canonical) => {
    expect(canonicalOf(resolver, surface)).toBe(canonical);
  });

  it.each([
    ['区委宣传部', '区委宣传部'], ['中共区委组织部', '区委组织部'], ['县委统一战线工作部', '县委统战部'], ['团县委', '团县委'],
  ])('attaches the level the way party and youth bodies spell it: %s', (surface, canonical) => {
    expect(canonicalOf(resolver, surface)).toBe(canonical);
  });

  it('reports a canonical surface as an exact match', () => {
    expect(one(resolver, '区财政局')).toMatchObject({ status: 'resolved', method: 'exact', score: 1 });
  });

  it('reports an abbreviation as a registry match', () => {
    expect(one(resolver, '区发改委')).toMatchObject({ status: 'resolved', method: 'registry', kind: 'department' });
  });

  it('gives zone committees and enterprises their kind', () => {
    expect(one(resolver, '高新区管委会')).toMatchObject({ kind: 'committee' });
    expect(one(resolver, '国网供电公司')).toMatchObject({ kind: 'enterprise' });
  });
});

describe('UnitResolver: cleaning', () => {
  const resolver = new UnitResolver();

  it.each(['区商务委等', '区商务委等部门', '区商务委等单位', '区商务委等相关部门', '区商务委等)', '(区商务委)', ' 区商务委。'])(
    'strips list residue from %s', (surface) => {
      expect(canonicalOf(resolver, surface)).toBe('区商务委');
    });

  it('strips leading Latin and digit OCR junk', () => {
    expect(canonicalOf(resolver, 'Oy3区商务委')).toBe('区商务委');
  });

  it('keeps the raw text as the surface', () => {
    expect(one(resolver, '区商务委等').surface).toBe('区商务委等');
  });

  it('resolves each name of a list joined by 、', () => {
    const results = resolver.resolve('区发改委、区财政局');
    expect(results.map((r) => r.status === 'resolved' && r.canonical)).toEqual(['区发展改革委', '区财政局']);
  });

  it('resolves a unit named in brackets alongside the main one', () => {
    const results = resolver.resolve('区民政局(区残联)');
    expect(results.map((r) => r.status === 'resolved' && r.canonical)).toEqual(['区民政局', '区残联']);
  });

  it('drops a role note in brackets', () => {
    expect(canonicalOf(resolver, '区教委(牵头)')).toBe('区教委');
  });
});

describe('UnitResolver: OCR damage', () => {
  // OCR damage is repaired into a name the same document writes cleanly somewhere (as the seed does).
  const resolver = new UnitResolver();
  resolver.prime(['区农业农村委', '区经济信息委、区规划自然资源局']);

  it('repairs two characters merged into one (区越农村委)', () => {
    expect(one(resolver, '区越农村委')).toMatchObject({ status: 'resolved', canonical: '区农业农村委', method: 'fuzzy' });
  });

  it('repairs substituted characters (区经流言息委)', () => {
    expect(one(resolver, '区经流言息委')).toMatchObject({ status: 'resolved', canonical: '区经济信息委', method: 'fuzzy' });
  });

  it('scores a repair below an exact match', () => {
    const r = one(resolver, '区越农村委');
    expect(r.status === 'resolved' && r.score).toBeGreaterThan(0);
    expect(r.status === 'resolved' && r.score).toBeLessThan(1);
  });

  it('ignores a space inside a name (区招商投资 局)', () => {
    expect(canonicalOf(resolver, '区招商投资 局')).toBe('区招商投资局');
  });

  it('does not repair short names: 区公路局 is not 区公安局', () => {
    expect(one(resolver, '区公路局')).toMatchObject({ status: 'resolved', canonical: '区公路局', method: 'pattern' });
  });

  it('does not repair a change into real vocabulary: 区城市规划局 is not 区城市管理局', () => {
    expect(one(resolver, '区城市规划局')).toMatchObject({ canonical: '区城市规划局', method: 'pattern' });
  });

  it('keeps a well-formed name the document never writes cleanly as written, never bent into a registry form', () => {
    const alone = new UnitResolver();
    expect(one(alone, '区经流言息委')).toMatchObject({ canonical: '区经流言息委', method: 'pattern', written: '区经流言息委' });
    expect(one(alone, '区营商环境局')).toMatchObject({ canonical: '区营商环境局', written: '区营商环境局' });
    expect(one(alone, '区统筹城乡局')).toMatchObject({ canonical: '区统筹城乡局', method: 'pattern' });
  });

  it('gives a repaired name no written form: OCR damage is never a name to show', () => {
    const r = one(resolver, '区经流言息委');
    expect(r.status === 'resolved' && r.written).toBeUndefined();
  });

  it('does not fuzz one named zone into another: 两江新区管委会 is not 高新区管委会', () => {
    expect(one(resolver, '两江新区管委会')).toMatchObject({ canonical: '两江新区管委会', method: 'pattern' });
  });
});

describe('UnitResolver: run-together names', () => {
  const resolver = new UnitResolver();
  resolver.prime(['区经济信息委', '区规划自然资源局']);

  it('splits 区招区教委 into an unresolved fragment and 区教委', () => {
    const [first, second] = resolver.resolve('区招区教委');
    expect(first).toMatchObject({ status: 'unresolved', surface: '区招' });
    expect(second).toMatchObject({ status: 'resolved', canonical: '区教委' });
  });

  it('splits and repairs OyaJ自然资频区经流言息委', () => {
    const results = resolver.resolve('OyaJ自然资频区经流言息委');
    expect(results.map((r) => r.status === 'resolved' && r.canonical)).toEqual(['区规划自然资源局', '区经济信息委']);
  });

  it('splits two names where the second lost its level prefix', () => {
    const results = resolver.resolve('区发改委财政局');
    expect(results.map((r) => r.status === 'resolved' && r.canonical)).toEqual(['区发展改革委', '区财政局']);
  });
});

describe('UnitResolver: collectives', () => {
  const resolver = new UnitResolver();

  it.each(['各镇街', '各街道', '各镇(街道)', '区级相关部门', '有关银行部门', '各相关单位', '区属重点国有企业', '各区县', '市级有关部门', '区双城办各成员单位'])(
    'keeps %s as a collective in its own words', (surface) => {
      expect(one(resolver, surface)).toMatchObject({ status: 'resolved', kind: 'collective', method: 'collective', canonical: surface });
    });
});

describe('UnitResolver: not units', () => {
  const resolver = new UnitResolver();

  it.each([
    '方式', '单位GDP委', '人与自然和谐共生的现代化', '加快推进产业发展', '市委六届二次全会', '特色小镇', '开拓新局',
    '推动区发改委', '区发改委，推进', '成渝地区双城经济圈建设是党中央作出的重大战略部署的一项重要内容',
  ])('leaves %s unresolved', (surface) => {
    expect(resolver.resolve(surface).every((r) => r.status === 'unresolved')).toBe(true);
  });

  it('leaves an empty item unresolved', () => {
    expect(one(resolver, ' 等 ')).toMatchObject({ status: 'unresolved' });
  });
});

describe('UnitResolver: pattern fallback', () => {
  const resolver = new UnitResolver();

  it.each([
    ['安居华夏公司', 'enterprise'], ['淮远新区管委会', 'committee'], ['安居镇', 'town'], ['东城街道', 'town'], ['区港航管理中心', 'department'],
  ])('accepts the well-formed name %s as a %s', (surface, kind) => {
    expect(one(resolver, surface)).toMatchObject({ status: 'resolved', method: 'pattern', canonical: surface, kind });
  });
});

describe('UnitResolver: named jurisdictions', () => {
  const resolver = new UnitResolver();

  it('strips a named district into the jurisdiction field', () => {
    expect(one(resolver, '铜梁区发改委')).toMatchObject({ status: 'resolved', canonical: '区发展改革委', jurisdiction: '铜梁区' });
  });

  it('takes the level from the named prefix', () => {
    expect(one(resolver, '重庆市市场监管局')).toMatchObject({ canonical: '市市场监管局', jurisdiction: '重庆市' });
  });

  it('keeps nested named prefixes together', () => {
    expect(one(resolver, '重庆市荣昌区发改委')).toMatchObject({ canonical: '区发展改革委', jurisdiction: '重庆市荣昌区' });
  });

  it('strips a named province', () => {
    expect(one(resolver, '四川省发改委')).toMatchObject({ canonical: '省发展改革委', jurisdiction: '四川省' });
  });

  it('adds no jurisdiction when none is named', () => {
    expect(one(resolver, '区发改委')).not.toHaveProperty('jurisdiction');
  });
});

describe('UnitResolver: user aliases and the corpus', () => {
  it('lets a user alias override the registry', () => {
    const resolver = new UnitResolver({ userAliases: { 区发改委: '区发改局' } });
    expect(one(resolver, '区发改委')).toMatchObject({ status: 'resolved', canonical: '区发改局', method: 'user', score: 1 });
  });

  it('applies a user alias to the cleaned surface too', () => {
    const resolver = new UnitResolver({ userAliases: { 区招区教委: '区教委' } });
    expect(one(resolver, '区招区教委等')).toMatchObject({ canonical: '区教委', method: 'user' });
  });

  it('leaves a bare name without a level when nothing says which', () => {
    expect(canonicalOf(new UnitResolver(), '发改委')).toBe('发展改革委');
  });

  it('gives a bare name the configured default level', () => {
    expect(canonicalOf(new UnitResolver({ defaultLevel: '县' }), '发改委')).toBe('县发展改革委');
  });

  it('gives a bare name the only level the corpus uses for it', () => {
    expect(canonicalOf(new UnitResolver({ known: ['区发展改革委'] }), '发改委')).toBe('区发展改革委');
  });

  it('matches a learned corpus name exactly', () => {
    const resolver = new UnitResolver();
    resolver.learn('区双城经济圈建设领导小组办公室');
    expect(one(resolver, '区双城经济圈建设领导小组办公室')).toMatchObject({ status: 'resolved', method: 'exact' });
  });

  it('keeps a learned collective a collective', () => {
    const resolver = new UnitResolver({ known: ['各镇街'] });
    expect(one(resolver, '各镇街')).toMatchObject({ kind: 'collective', method: 'collective' });
  });

  it('repairs towards a learned corpus name', () => {
    const resolver = new UnitResolver({ known: ['区港航管理中心'] });
    expect(one(resolver, '区港航管埋中心')).toMatchObject({ canonical: '区港航管理中心', method: 'fuzzy' });
  });

  it('forgets cached answers when it learns', () => {
    const resolver = new UnitResolver();
    expect(canonicalOf(resolver, '发改委')).toBe('发展改革委');
    resolver.learn('区发展改革委');
    expect(canonicalOf(resolver, '发改委')).toBe('区发展改革委');
  });

  it('returns a fresh array each call', () => {
    const resolver = new UnitResolver();
    resolver.resolve('区发改委').pop();
    expect(resolver.resolve('区发改委')).toHaveLength(1);
  });
});
