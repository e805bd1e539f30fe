// Each jurisdiction's units for a synthetic corpus: registry stems at its level, with every surface form the registry knows.
import { UNIT_REGISTRY, type RegistryEntry } from '../../../graph/units/registry-data.ts';
import { composeForm, defaultRegistry, type Level } from '../../../graph/units/registry.ts';
import { levelOf } from './data/jurisdictions.ts';
import { LOCAL_FIRST, LOCAL_SECOND } from './data/vocabulary.ts';
import type { Random } from './random.ts';

/** How a unit is written: its canonical name, a full official name, an abbreviation, with the district's own name, or a local name. */
export type SurfaceForm = 'canonical' | 'full' | 'abbr' | 'named' | 'local';

export interface CorpusUnit {
  canonical: string;
  forms: { text: string; form: SurfaceForm }[];
}

export interface UnitPool {
  jurisdiction: string;
  level: '区' | '县';
  units: CorpusUnit[];
  /** Collective mentions (各镇街, 区级相关部门): kept as written by the parser. */
  collectives: string[];
}

const DEPARTMENTS_PER_POOL = 28;
const LOCAL_COMPANY_TYPES = ['实业公司', '农业开发公司', '文旅公司', '建设投资公司'];
const FORM_WEIGHTS: Record<SurfaceForm, number> = { canonical: 0.55, abbr: 0.2, full: 0.17, named: 0.08, local: 1 };

/** Only forms the registry maps back to this very entry and level: ambiguous forms would test nothing. */
function formsAt(index: number, entry: RegistryEntry, level: Level, jurisdiction: string): CorpusUnit | null {
  const registry = defaultRegistry();
  const owns = (text: string) => {
    const hit = registry.lookup(text);
    return hit !== null && hit.entry === index && hit.level === level;
  };
  const canonical = composeForm(entry, entry.stem, level)[0];
  if (!owns(canonical)) return null;
  const forms: CorpusUnit['forms'] = [{ text: canonical, form: 'canonical' }];
  const add = (names: readonly string[] | undefined, form: SurfaceForm) => {
    for (const name of names ?? []) {
      for (const text of composeForm(entry, name, level)) if (text !== canonical && owns(text)) forms.push({ text, form });
    }
  };
  add(entry.full, 'full');
  add(entry.abbr, 'abbr');
  if (level !== '' && (entry.style ?? 'gov') === 'gov') {
    for (const name of [entry.stem, ...(entry.abbr ?? [])]) {
      if (owns(`${level}${name}`)) forms.push({ text: `${jurisdiction}${name}`, form: 'named' });
    }
  }
  return { canonical, forms };
}

function eligible(entry: RegistryEntry): 'level' | 'bare' | null {
  if (!entry.stem || entry.stem === '政府' || entry.stem === '办') return null;
  if (entry.kind === 'department') return 'level';
  if (entry.kind === 'committee') return entry.stem.includes('区') ? 'bare' : 'level';
  return entry.kind === 'enterprise' ? 'bare' : null;
}

export function unitPool(jurisdiction: string, rng: Random): UnitPool {
  const level = levelOf(jurisdiction);
  const leveled: CorpusUnit[] = [];
  const bare: CorpusUnit[] = [];
  UNIT_REGISTRY.forEach((entry, i) => {
    const how = eligible(entry);
    const unit = how === 'level' ? formsAt(i, entry, level, jurisdiction) : how === 'bare' ? formsAt(i, entry, '', jurisdiction) : null;
    if (unit) (how === 'level' ? leveled : bare).push(unit);
  });
  const locals = Array.from({ length: 2 }, (_, k): CorpusUnit => {
    const name = `${rng.pick([...LOCAL_FIRST])}${rng.pick([...LOCAL_SECOND])}${LOCAL_COMPANY_TYPES[(k + rng.int(0, 3)) % 4]}`;
    return { canonical: name, forms: [{ text: name, form: 'local' }] };
  });
  const units = [...rng.sample(leveled, DEPARTMENTS_PER_POOL), ...rng.sample(bare, 3), ...locals];
  const unique = [...new Map(units.map((u) => [u.canonical, u])).values()];
  return { jurisdiction, level, units: unique, collectives: ['各镇街', '各相关单位', `${level}级相关部门`, '各街道'] };
}

/** One written form of a unit, canonical most often. */
export function surfaceOf(unit: CorpusUnit, rng: Random): { text: string; form: SurfaceForm } {
  return rng.weighted(unit.forms.map((f) => [f, FORM_WEIGHTS[f.form]] as const));
}
