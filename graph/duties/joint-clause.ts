// A duty stated inside the item's sentence: 由X会同A、B等部门研究提出落实意见 — X leads, A and B support.
import { isCollective, patternKind } from '../units/surface.ts';
import type { Annotation, RoleList, Span } from './annotation-types.ts';
import { splitItems, splitJoinedNames } from './list-items.ts';

/**
 * 由 and the leading units, 会同 and the units it brings in, closed by 等部门 / 等单位 or by the verb of the
 * work they do together. The national 分工 notices (国办函〔2014〕31号) assign every item this way; an older one
 * (国办函〔2004〕21号) names the lead's role before it: 由X牵头,会同A、B等部门负责落实, 由X、Y分别牵头,会同… (two leads).
 */
const JOINT_RE = /由([^,，。;；:：()（）由]{2,40}?)(?:(?:分别)?牵头[,，]?)?会同([^,，。;；:：()（）]{2,160}?)(?:等(?:有关|相关)?(?:部门|单位)|(?=负责|研究|提出|制定|落实|共同|组织|推进|抓紧|做好|开展|按职责))/gu;

const isUnit = (text: string) => patternKind(text) !== null || isCollective(text);

/**
 * The same clause cut by the excerpt's end before its verb (──由市环保局会同有关部门和各县市区, 黄冈 2007): the leads are
 * whole; of the names brought in, the last may be cut mid-word (各县市区 of 各县市区组织落实, or 各县 of 各县市区), so it is
 * left out.
 */
const CUT_JOINT_RE = /由([^,，。;；:：()（）由\n]{2,40}?)会同([^,，。;；:：()（）\n]{2,160})$/u;

/** Each 由X会同A、B… clause outside an annotation already found, when every name in it reads as a unit. */
export function jointClauses(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  const cut = CUT_JOINT_RE.exec(text.trimEnd());
  for (const m of [...text.matchAll(JOINT_RE), ...(cut ? [cut] : [])]) {
    if (taken(m.index!)) continue;
    const leadAt = m.index! + 1;
    const leads = splitJoinedNames(splitItems(m[1], leadAt), isUnit);
    const supports = splitJoinedNames(splitItems(m[2], leadAt + m[1].length + 2), isUnit).slice(0, m === cut ? -1 : undefined);
    if (!leads.every((s) => isUnit(s.text)) || !supports.every((s) => isUnit(s.text))) continue;
    found.push({
      start: m.index!, end: m.index! + m[0].length, kind: 'line', truncated: false, others: [],
      lists: [{ role: 'lead', label: '会同(牵头)', items: leads }, { role: 'support', label: '会同', items: supports }],
    });
  }
  return found;
}

/**
 * One clause of a bracket annotation that names its lead and those it brings in, with no role label: `X会同A、B` (X
 * leads, A and B support; a 市 依法行政 plan, ≈2005, `(市监察局会同市府办,市信访局、法制局)`), and `X组织有关单位`, a lead
 * that organises a collective (`(市法制局组织有关单位)`). A verb closing the clause (负责, 实施) is no part of the names.
 */
const JOINT_CLAUSE_RE = /^由?(.+?)(会同|组织(?=各|有关|相关))(.+?)(?:等(?:有关|相关)?(?:部门|单位))?(?:共同|具体)?(?:负责|实施|落实|办理)?$/su;

/** The lead and support lists of a `X会同Y` / `X组织有关单位` clause when every name on both sides reads as a unit, else null. */
export function jointClauseLists(clause: Span): RoleList[] | null {
  const m = JOINT_CLAUSE_RE.exec(clause.text);
  if (!m) return null;
  const leadAt = clause.start + (clause.text.startsWith('由') ? 1 : 0);
  const leads = splitJoinedNames(splitItems(m[1], leadAt), isUnit);
  const supports = splitJoinedNames(splitItems(m[3], leadAt + m[1].length + m[2].length), isUnit);
  if (!leads.every((s) => isUnit(s.text)) || !supports.every((s) => isUnit(s.text))) return null;
  return [{ role: 'lead', label: `${m[2]}(牵头)`, items: leads }, { role: 'support', label: m[2], items: supports }];
}

/** The annotation's first clause is a joint clause (X会同Y…): it is read clause by clause, not as a bare list of names. */
export function opensJointClause(body: string, offset: number): boolean {
  const first = /^[^,，;；]*/u.exec(body)![0];
  return jointClauseLists({ text: first.trim(), start: offset, end: offset + first.length }) !== null;
}
