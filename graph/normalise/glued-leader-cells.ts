// The duty cells of a glued table row (a .docx preview that runs every cell together) whose header puts a leader
// column before the lead and support columns (…主要内容区政府分管领导牵头单位配合单位, 常州 钟楼区 2021): after a
// sentence's 。 the row prints the leader (a person), the one lead unit, then its supporters, all with no separator
// (…5000个。何海平教育局经开区高新园(邹区镇)各街道市国有公司). A row may hold a sub-row with its own content and cells
// (…展陈。何海平文体旅局晋陵公司轨道公司推进大庙弄核心区改造…整治。芮春祥住建局五星街道…), and content may go on after
// the cells (…各街道提升改造8家…). Each block of cells is put on labelled lines; what follows it stays text.
import { defaultRegistry } from '../units/registry.ts';
import { patternKind } from '../units/surface.ts';
import { PERSON_COLUMN_RE, UNIT_END_RE } from './merged-rows.ts';
import type { Column } from './tables.ts';

interface Insert { at: number; s: string }

const LONGEST_LEAD = 10;
/** A supporter's name ends as a unit's does (街道 too); a bracket after it is its own (高新园(邹区镇)). */
const endsAsName = (s: string) => UNIT_END_RE.test(s) || s.endsWith('街道');
const OWN_BRACKET_RE = /^[(（][^()（）]{1,12}[)）]/u;
const HAN_ONLY_RE = /^\p{Script=Han}+$/u;
/** An abbreviated zone or park (经开区, 高新园) is a supporter though no pattern knows it; longer names must read as units. */
const SHORT_NAME = 4;

/** Whether the header reads leader, lead, support as its last columns (other columns ignored after them). */
export function leaderBeforeDuties(columns: Column[], cells: string[]): boolean {
  const at = columns.indexOf('lead');
  return at > 0 && columns[at + 1] === 'support' && columns[at - 1] === 'other' && PERSON_COLUMN_RE.test(cells[at - 1]);
}

/** The longest unit name the registry knows opening `s` (教育局, 文体旅局). */
function knownLead(s: string): string | null {
  const registry = defaultRegistry();
  for (let len = Math.min(LONGEST_LEAD, s.length); len >= 2; len--) if (registry.lookup(s.slice(0, len))) return s.slice(0, len);
  return null;
}

/** A person (two or three characters) and the lead after them; null unless exactly one split reads so. */
function leaderAndLead(s: string): { person: number; lead: string } | null {
  const reads = [3, 2].flatMap((person) => {
    const lead = HAN_ONLY_RE.test(s.slice(0, person)) ? knownLead(s.slice(person)) : null;
    return lead ? [{ person, lead }] : [];
  });
  return reads.length === 1 ? reads[0] : null;
}

/**
 * The supporters glued after the lead, each the shortest run that ends as a unit's name does; they stop at a run that
 * reads as no unit (推进大庙弄核心区: a sub-row's content) or holds more than Han characters (提升改造8家…).
 */
function supporters(s: string): string[] {
  const names: string[] = [];
  let p = 0;
  while (p < s.length) {
    let end = -1;
    for (let q = p + 2; q <= Math.min(s.length, p + 20); q++) {
      if (!HAN_ONLY_RE.test(s.slice(p, q))) break;
      if (endsAsName(s.slice(p, q))) { end = q; break; }
    }
    if (end < 0) break;
    const name = s.slice(p, end);
    if (name.length > SHORT_NAME && !defaultRegistry().lookup(name) && patternKind(name) === null) break;
    const bracket = OWN_BRACKET_RE.exec(s.slice(end));
    names.push(s.slice(p, end + (bracket ? bracket[0].length : 0)));
    p = end + (bracket ? bracket[0].length : 0);
  }
  return names;
}

/**
 * An annotation for each block of cells in the row [from, to) of `line`: `(分管领导:person,牵头单位:lead,配合单位:A、B)`,
 * and a line break before any text after it, so a sub-row is a paragraph closed by its own annotation.
 */
export function leaderDutyCells(line: string, from: number, to: number): Insert[] {
  const out: Insert[] = [];
  for (let stop = line.indexOf('。', from); stop >= 0 && stop < to; stop = line.indexOf('。', stop + 1)) {
    const at = stop + 1;
    const read = leaderAndLead(line.slice(at, to));
    if (!read) continue;
    const leadAt = at + read.person;
    let end = leadAt + read.lead.length;
    out.push({ at, s: '(分管领导:' }, { at: leadAt, s: ',牵头单位:' });
    supporters(line.slice(end, to)).forEach((name, x) => {
      out.push({ at: end, s: x === 0 ? ',配合单位:' : '、' });
      end += name.length;
    });
    out.push({ at: end, s: end < to ? ')\n' : ')' });
  }
  return out;
}
