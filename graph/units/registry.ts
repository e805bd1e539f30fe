// Indexes over the unit registry: every form of every entry, composed with every level prefix.
import type { UnitKind } from '../model.ts';
import { UNIT_REGISTRY, type RegistryEntry } from './registry-data.ts';

export const LEVELS = ['区', '县', '市', '省'] as const;
/** A level prefix, or '' for a form seen without one. */
export type Level = (typeof LEVELS)[number] | '';

export function isLevelChar(ch: string | undefined): ch is Exclude<Level, ''> {
  return ch === '区' || ch === '县' || ch === '市' || ch === '省';
}

/**
 * The level a name's own ending gives: only a province's departments are 厅 (交通厅, 财政厅), so a 厅 is a
 * province's, never the district or city level a corpus's other names have (区交通局); 办公厅 (a big city's too) gives none.
 */
export function writtenLevel(name: string): Level {
  return name.endsWith('厅') && !name.endsWith('办公厅') ? '省' : '';
}

/** One form of an entry at one level. */
export interface RegistryHit {
  entry: number;
  level: Level;
}

function allForms(entry: RegistryEntry): string[] {
  return [entry.stem, ...(entry.full ?? []), ...(entry.abbr ?? [])];
}

/** A form with its level prefix attached the way the entry's kind of body spells it. */
export function composeForm(entry: RegistryEntry, form: string, level: Level): string[] {
  if (level === '') return [form];
  switch (entry.style ?? 'gov') {
    case 'party': return [`${level}委${form}`, `中共${level}委${form}`];
    case 'youth': return [form.replace(/^(共青团|团)/u, `$1${level}`)];
    default: return [`${level}${form}`];
  }
}

export class UnitRegistry {
  readonly entries: readonly RegistryEntry[];
  /** Form → hit; forms claimed by two entries are left out (and listed in `ambiguous`). */
  private readonly forms = new Map<string, RegistryHit>();
  readonly ambiguous = new Set<string>();
  /** Bare forms of every entry, for matching fragments that lost their level and suffix. */
  readonly contents: ReadonlyArray<{ text: string; entry: number }>;

  constructor(entries: readonly RegistryEntry[] = UNIT_REGISTRY) {
    this.entries = entries;
    const contents: Array<{ text: string; entry: number }> = [];
    entries.forEach((entry, i) => {
      for (const level of LEVELS) {
        for (const form of allForms(entry)) for (const f of composeForm(entry, form, level)) this.add(f, { entry: i, level });
      }
      for (const form of entry.bare ?? allForms(entry)) this.add(form, { entry: i, level: '' });
      for (const form of allForms(entry)) if (form.length >= 2) contents.push({ text: form, entry: i });
    });
    this.contents = contents;
  }

  private add(form: string, hit: RegistryHit): void {
    if (!form || this.ambiguous.has(form)) return;
    const prior = this.forms.get(form);
    if (prior && (prior.entry !== hit.entry || prior.level !== hit.level)) {
      this.forms.delete(form);
      this.ambiguous.add(form);
      return;
    }
    this.forms.set(form, hit);
  }

  lookup(form: string): RegistryHit | null {
    return this.forms.get(form) ?? null;
  }

  /** Every indexed form with its hit: the candidate list for fuzzy matching. */
  allForms(): IterableIterator<[string, RegistryHit]> {
    return this.forms.entries();
  }

  /** The canonical name of an entry at a level: 区发展改革委, 区委宣传部, 团区委; the stem when level is ''. */
  canonical(entry: number, level: Level): string {
    const e = this.entries[entry];
    return level === '' ? e.stem : composeForm(e, e.stem, level)[0];
  }

  /**
   * The body a levelled name denotes, as its entry's canonical name at that level (区水务局 → 区水利局, 中共区委统一战线
   * 工作部 → 区委统战部); null for a name without a level, one the registry does not know or two bodies share, and a
   * name whose ending says another level than its prefix (区水利厅: only provinces have 厅), which names no one body.
   */
  levelledBody(name: string): string | null {
    const hit = this.lookup(name);
    if (!hit?.level) return null;
    const ending = writtenLevel(name);
    return ending && ending !== hit.level ? null : this.canonical(hit.entry, hit.level);
  }

  kind(entry: number): UnitKind {
    return this.entries[entry].kind;
  }

  /** Whether an entry can stand without a level prefix at all. */
  hasBare(entry: number): boolean {
    const bare = this.entries[entry].bare;
    return bare === undefined || bare.length > 0;
  }
}

let shared: UnitRegistry | null = null;

/** The registry over the built-in data, built once per process. */
export function defaultRegistry(): UnitRegistry {
  shared ??= new UnitRegistry();
  return shared;
}
