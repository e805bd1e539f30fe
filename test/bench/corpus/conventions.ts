// Duty annotations in every convention of the genre, rendered from chosen units, with the duties they mean.
import { DEADLINES, GIVEN_NAMES, SURNAMES } from './data/vocabulary.ts';
import type { Noise } from './noise.ts';
import type { Random } from './random.ts';
import type { ConventionId } from './truth.ts';
import { surfaceOf, type CorpusUnit, type SurfaceForm, type UnitPool } from './units.ts';

export interface Duties {
  lead: string[];
  support: string[];
  responsible: string[];
}

export interface Rendered {
  /** Text placed right after the body (a bracketed annotation), or '' when the duties go on own lines. */
  inline: string;
  /** Own-line labels (`牵头单位：X`), one string per line. */
  lines: string[];
  duties: Duties;
  forms: SurfaceForm[];
}

const EMPTY: Duties = { lead: [], support: [], responsible: [] };

/** Picks and writes units; every written unit is recorded with how it was written. */
export class UnitWriter {
  forms: SurfaceForm[] = [];
  constructor(private readonly pool: UnitPool, private readonly rng: Random, private readonly noise: Noise) {}

  pick(count: number, avoid: readonly CorpusUnit[] = []): CorpusUnit[] {
    return this.rng.sample(this.pool.units.filter((u) => !avoid.includes(u)), count);
  }

  write(unit: CorpusUnit): string {
    const { text, form } = surfaceOf(unit, this.rng);
    this.forms.push(form);
    return this.noise.unit(text, unit.canonical);
  }

  /** `Y、Z等` / `Y、Z等部门`, sometimes ending with a collective (各镇街). */
  list(units: CorpusUnit[], full: boolean, allowCollective = true): { text: string; names: string[] } {
    const parts = units.map((u) => this.write(u));
    const names = units.map((u) => u.canonical);
    if (allowCollective && this.rng.chance(0.15)) {
      const c = this.rng.pick(this.pool.collectives);
      parts.push(c);
      names.push(c);
    } else if (this.rng.chance(0.5)) {
      parts[parts.length - 1] += this.rng.pick(full ? ['等', '等部门', '等单位'] : ['等', '等部门']);
    }
    return { text: parts.join('、'), names };
  }

  person(): string {
    return `${this.rng.pick([...SURNAMES])}${this.rng.pick([...GIVEN_NAMES])}${this.rng.chance(0.5) ? this.rng.pick([...GIVEN_NAMES]) : ''}`;
  }
}

const SUPPORT_LABELS = ['责任单位', '配合单位', '参与单位', '协办单位'];

/** Non-duty fields after the duty lists: 责任领导, 联系人, 数据提供单位, 完成时限. */
function otherFields(w: UnitWriter, rng: Random, sep: string, colon: string, avoid: CorpusUnit[]): string[] {
  const fields: string[] = [];
  if (rng.chance(0.5)) fields.push(`责任领导${colon}${w.person()}`);
  if (rng.chance(0.5)) fields.push(`联系人${colon}${w.person()}`);
  const provider = w.pick(1, avoid)[0];
  if (provider && rng.chance(0.6)) fields.push(`数据提供单位${colon}${provider.forms[0].text}`);
  fields.push(`完成时限${colon}${rng.pick(DEADLINES)}`);
  return fields.map((f) => `${sep}${f}`);
}

export function renderAnnotation(convention: ConventionId, w: UnitWriter, rng: Random, noise: Noise): Rendered {
  w.forms = [];
  const done = (inline: string, duties: Duties, lines: string[] = []): Rendered => ({ inline, lines, duties, forms: w.forms });
  const leads = w.pick(rng.chance(0.1) ? 2 : 1);
  const others = w.pick(rng.int(1, 5), leads);
  const leadNames = leads.map((u) => u.canonical);
  switch (convention) {
    case 'labelled':
    case 'labelled-fullwidth':
    case 'non-duty-fields': {
      const full = convention === 'labelled-fullwidth';
      const [open, close, colon, sep] = full ? ['（', '）', '：', '；'] : ['(', ')', ':', rng.pick([',', ';'])];
      const lead = `${noise.leadLabel()}${colon}${leads.map((u) => w.write(u)).join('、')}`;
      const list = w.list(others, full);
      const extra = convention === 'non-duty-fields' ? otherFields(w, rng, sep, colon, [...leads, ...others]).join('') : '';
      return done(`${open}${lead}${sep}${rng.pick(SUPPORT_LABELS)}${colon}${list.text}${extra}${close}`, { ...EMPTY, lead: leadNames, support: list.names });
    }
    case 'lead-support-clause': {
      const full = rng.chance(0.5);
      const list = w.list(others, false, false);
      const text = `${leads.map((u) => w.write(u)).join('、')}${rng.pick(['牵头', '牵头负责'])}${full ? '，' : ','}${list.text}${rng.pick(['配合', '参与', '协助'])}`;
      return done(full ? `（${text}）` : `(${text})`, { ...EMPTY, lead: leadNames, support: list.names });
    }
    case 'lead-collective': {
      const c = rng.pick(['各相关单位', '各镇街', '有关部门']);
      return done(`(${leads.map((u) => w.write(u)).join('、')}牵头,${c}按职责分工负责)`, { ...EMPTY, lead: leadNames, support: [c] });
    }
    case 'responsible-bracket': {
      const list = w.list(others.slice(0, 3), true);
      return done(rng.chance(0.7) ? `〔责任单位：${list.text}〕` : `〔责任单位:${list.text}〕`, { ...EMPTY, responsible: list.names });
    }
    case 'responsible-clause': {
      const list = w.list(others.slice(0, 3), false, false);
      return done(`(${list.text}${rng.pick(['负责', '共同负责', '按职责分工负责'])})`, { ...EMPTY, responsible: list.names });
    }
    case 'lead-mark': {
      const [lead] = leads;
      const rest = w.list(others, false);
      return done(`(责任单位:${w.write(lead)}(牵头)、${rest.text})`, { ...EMPTY, lead: [lead.canonical], support: rest.names });
    }
    case 'own-line': {
      const colon = rng.pick(['：', ':']);
      if (rng.chance(0.25)) {
        const list = w.list(others.slice(0, 3), true);
        return done('', { ...EMPTY, responsible: list.names }, [`责任单位${colon}${list.text}`]);
      }
      const list = w.list(others, true);
      const lines = [`${noise.leadLabel()}${colon}${leads.map((u) => w.write(u)).join('、')}`, `${rng.pick(['责任单位', '配合单位'])}${colon}${list.text}`];
      if (rng.chance(0.3)) lines.push(`完成时限${colon}${rng.pick(DEADLINES)}`);
      return done('', { ...EMPTY, lead: leadNames, support: list.names }, lines);
    }
    default:
      return done('', EMPTY);
  }
}

/** Under a section whose heading names the lead: the item's own list (or nothing) names supporters. */
export function renderUnderSectionLead(w: UnitWriter, rng: Random, sectionLead: CorpusUnit[]): Rendered {
  w.forms = [];
  const others = w.pick(rng.int(1, 3), sectionLead);
  const lead = sectionLead.map((u) => u.canonical);
  const kind = rng.weighted([['labelled', 0.5], ['clause', 0.2], ['none', 0.3]] as const);
  if (kind === 'none') return { inline: '', lines: [], duties: { ...EMPTY, lead }, forms: [] };
  const list = w.list(others, false, false);
  const inline = kind === 'labelled' ? `(责任单位:${list.text})` : `(${list.text}负责)`;
  return { inline, lines: [], duties: { ...EMPTY, lead, support: list.names }, forms: w.forms };
}
