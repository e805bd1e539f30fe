// Resolve the unit lists of duty annotations into lead / support / responsible units, finding where
// an annotation ran into body text or was spliced with another by a page gap.
import type { UnitKind } from '../model.ts';
import { isLevelChar, type Level } from '../units/registry.ts';
import type { UnitResolution, UnitResolver } from '../units/resolver.ts';
import { isBareOfficeList, isLevelCollective, placesBeforeGovernment } from '../units/surface.ts';
import type { Annotation, OtherField, Span } from './annotation-types.ts';
import { LEADER_RE, type DutyRole } from './roles.ts';

export interface AssignedUnit {
  canonical: string;
  kind: UnitKind;
  surface: string;
  role: DutyRole;
  start: number;
  end: number;
  method: string;
}

export interface ResolvedAnnotation {
  annotation: Annotation;
  /** Where the annotation's own evidence ends (shortened when it ran into body text). */
  end: number;
  units: AssignedUnit[];
  others: OtherField[];
  unresolved: Span[];
  /** Position where the list ran into body text or another annotation's tail: a page gap. */
  gapAt: number | null;
  gapReason: 'orphan-annotation' | 'truncated-annotation' | 'spliced-list' | null;
  /** Units after a splice: their task was lost in the gap. */
  orphaned: AssignedUnit[];
}

const LEAD_MARK_RE = /[(（](?:牵头|牵头单位|主责)[)）]$/;
/** Labels naming a bureau's internal offices (责任科室, 牵头处室, 责任股室). */
const OFFICE_LABEL_RE = /(?:科|处|股)室$/u;

function toRole(listRole: string, hasLead: boolean): DutyRole {
  if (listRole === 'lead') return 'lead';
  if (listRole === 'responsible') return 'responsible';
  return hasLead ? 'support' : 'responsible';
}

/** Where an annotation stands among the others on its item. */
export interface AnnotationContext {
  /** Another annotation on the same item names its lead (a heading X牵头的工作 whose paragraph ends in 协同单位:…). */
  besideLead: boolean;
  /** The item has a lead from another annotation, its own or inherited from the section heading above it. */
  underLead: boolean;
}

/**
 * The role a unit of one annotation takes on its item, given the other annotations there: under a lead named
 * elsewhere, the item's own 负责 list names supporters — a department 负责 for a sentence under another's 牵头
 * (省外办负责, 安徽 RCEP 2022), or a list labelled as support (协同单位:…各市人民政府, 晋政发[2008]8号). But a sentence of
 * the item closed by its own (各区食安办负责) gives the lower places their own part, answered for each in its
 * territory: responsible, not supporters of the item's lead (广东 食品安全, dev s7a).
 */
export function roleOnItem(u: AssignedUnit, ann: ResolvedAnnotation, around: AnnotationContext): DutyRole {
  if (!around.underLead || u.role !== 'responsible') return u.role;
  const namesSupport = ann.annotation.lists.some((l) => l.role === 'support');
  const ownPart = around.besideLead && !namesSupport && isLevelCollective(u.canonical);
  return ownPart ? u.role : 'support';
}

export function resolveAnnotation(annotation: Annotation, resolver: UnitResolver, inheritedLead = false): ResolvedAnnotation {
  const out: ResolvedAnnotation = {
    annotation, end: annotation.end, units: [], others: annotation.others, unresolved: [], gapAt: null,
    gapReason: annotation.kind === 'orphan' ? 'orphan-annotation' : null, orphaned: [],
  };
  if (annotation.kind === 'orphan') out.gapAt = annotation.start;
  // A lead label makes the other lists supporters even when the lead's name itself was lost to OCR.
  const hasLead = inheritedLead || annotation.lists.some((l) => l.role === 'lead' && l.items.length > 0)
    || annotation.lists.some((l) => l.items.some((i) => LEAD_MARK_RE.test(i.text)));
  let stopped = false;
  for (const list of annotation.lists) {
    let listLevel: Level = '';
    const named = new Set<string>();
    const governments = placesBeforeGovernment(list.items.map((i) => i.text));
    const offices = isBareOfficeList(list.items.map((i) => i.text));
    for (const [index, item] of list.items.entries()) {
      if (stopped) break;
      const leadMark = LEAD_MARK_RE.test(item.text);
      const surface = item.text.replace(LEAD_MARK_RE, '');
      const role = leadMark ? 'lead' : toRole(list.role, hasLead);
      const results: UnitResolution[] = OFFICE_LABEL_RE.test(list.label) || offices ? resolver.resolveOffice(surface, offices)
        : governments.has(index) ? resolver.resolvePlaceGovernment(surface) : resolveInList(resolver, surface, listLevel, named);
      const resolved = results.filter((r) => r.status === 'resolved');
      if (resolved.length === 0) {
        // (李政文秘书长、刘俊谦省长助理协助): a leader's part is kept as a non-duty role, never a unit.
        if (LEADER_RE.test(surface)) {
          out.others = [...out.others, { field: '负责领导', value: surface, start: item.start, end: item.end }];
          continue;
        }
        if (annotation.truncated && annotation.kind === 'paren') {
          // The list ran into body text: everything from here on is not a unit.
          stopped = true;
          out.end = item.start;
          out.gapAt = item.start;
          out.gapReason = 'truncated-annotation';
          break;
        }
        out.unresolved.push(item);
        continue;
      }
      const spliced = results.length > 1 && results[0].status !== 'resolved';
      const target = spliced || out.gapReason === 'spliced-list' ? out.orphaned : out.units;
      if (spliced) { out.gapReason = out.gapReason ?? 'spliced-list'; out.unresolved.push({ ...item, text: results[0].surface }); }
      for (const r of resolved) {
        if (r.status !== 'resolved') continue;
        // A part of a joined item (A及B) is located in it, so its span is the name's own.
        const at = r.surface === surface ? -1 : surface.indexOf(r.surface);
        const start = at >= 0 ? item.start + at : item.start;
        const end = at >= 0 ? start + r.surface.length : item.end;
        target.push({ canonical: r.canonical, kind: r.kind, surface: r.surface, role, start, end, method: r.method });
        named.add(r.canonical);
        if (r.kind === 'department' && isLevelChar(r.canonical[0])) listLevel = r.canonical[0];
      }
    }
  }
  out.units = dedupe(out.units);
  return out;
}

/**
 * An item of a list, with the level the list's earlier names carry (省国税局、地税局: the 省 is dropped after the
 * first); but a list never names one body twice, so where that level would make the item a body the list already
 * named under another name (国税局 and 地税局, one registry entry), it is read without it.
 */
function resolveInList(resolver: UnitResolver, surface: string, listLevel: Level, named: ReadonlySet<string>): UnitResolution[] {
  if (!listLevel) return resolver.resolve(surface);
  const clash = resolver.peek(surface, listLevel).some((r) => r.status === 'resolved' && named.has(r.canonical));
  return resolver.resolve(surface, clash ? '' : listLevel);
}

/** One entry per unit and role; a unit named as lead is not also a supporter of the same task. */
function dedupe(units: AssignedUnit[]): AssignedUnit[] {
  const leads = new Set(units.filter((u) => u.role === 'lead').map((u) => u.canonical));
  const seen = new Set<string>();
  return units.filter((u) => {
    if (u.role !== 'lead' && leads.has(u.canonical)) return false;
    const key = `${u.role}\u0000${u.canonical}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
