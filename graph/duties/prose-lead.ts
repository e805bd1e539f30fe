// A lead named inside a sentence of the body, its supporters in the clauses after it, with no annotation:
// `…列为区政府实事项目，由区交通委牵头，区发改委、区建管委配合。` (金山 2019), `区民防办、应急管理局牵头，区发展改革委、…等部门
// 履行相应职责，各镇政府…和头桥集团落实主体责任。` (奉贤 2022), `成立工作专班，由区绿化市容局牵头，区建管委、…及各街镇为成员单位` (松江 2026).
import { readsAsUnitGlossAside } from '../units/prose-names.ts';
import type { Annotation, RoleList, Span } from './annotation-types.ts';
import { splitItems, splitJoinedNames } from './list-items.ts';

/** A clause `(由)X、Y牵头` closed by a comma, opening after a clause or sentence boundary (or a line's start). */
// The task force a sentence sets up may come first (建立由区规划资源局、区农业农村委牵头，…为主要成员的试点工作专班, 崇明 2023).
const LEAD_CLAUSE_RE = /(?<=^|[，,。；;\n])[ \t\u3000]*(?:(?:建立|成立|组建)?(由))?([^，,。；;：:\n]{2,60}?)牵头(?=[，,])/gmu;
/**
 * A supporting clause: names, an optional 等部门, then what they do beside the lead — 配合, 协助, 参与, 为成员单位, 履行相应职责,
 * 落实主体责任 (the units answering for their own ground under the lead), 为主要成员的…专班 (the members of the task force it leads).
 */
const SUPPORT_CLAUSE_RE = /^([^，,。；;：:\n]{2,200}?)(?:等(?:有关|相关)?(?:部门|单位))?(?:按职责分工|按照职责分工|按职责)?(?:配合|协助|协同|参与|参加|为(?:主要)?成员(?:单位)?(?:的\p{Script=Han}{2,16})?|履行(?:相应|各自)?职责|落实主体责任)$/u;


/** A bureau's two-character short name (经委, 科委), its level dropped after the list's first name. */
const SHORT_BODY_RE = /^\p{Script=Han}[委局办](?:[(（]\p{Script=Han}{2,6}[)）])?$/u;

/**
 * The names of a clause split at 、, 和 and 及, or null unless every one reads as a unit. A short name (经委(商务委)) does
 * not stop a list of full ones, but is left out: the registry cannot tell which body it is, and a guess is no unit.
 */
function names(text: string, at: number): Span[] | null {
  const items = splitJoinedNames(splitItems(text, at), readsAsUnitGlossAside, '和及');
  if (!items.every((i) => readsAsUnitGlossAside(i.text) || SHORT_BODY_RE.test(i.text))) return null;
  const full = items.filter((i) => readsAsUnitGlossAside(i.text));
  return full.length > 0 ? full : null;
}

/** The comma-separated clause starting at `from`, up to the next comma or sentence end. */
function clauseAt(text: string, from: number): { text: string; end: number; last: boolean } {
  const m = /[，,。；;\n]/u.exec(text.slice(from, from + 240));
  const end = m ? from + m.index : Math.min(text.length, from + 240);
  return { text: text.slice(from, end), end, last: !m || m[0] !== '，' && m[0] !== ',' };
}

/** A numbered item's marker at a line's start: (一) （二） 1. 2、 */
const ITEM_LINE_RE = /^[ \t\u3000]*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|\d{1,2}[.．、])/u;

/**
 * The sentence sits in an unnumbered paragraph right before numbered items (三、组织领导与责任分工 / 成立工作专班，由X牵头，… /
 * (一)…): read here its lead would pass to every item below as a heading's does, though it leads the task force only.
 */
function opensNumberedItems(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (ITEM_LINE_RE.test(text.slice(lineStart, lineStart + 8))) return false;
  const lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0) return false;
  const nextLine = text.slice(lineEnd + 1, lineEnd + 400).trimStart();
  return ITEM_LINE_RE.test(nextLine.slice(0, 8));
}

/** Each `X牵头，Y配合…` sentence outside an annotation already found, when every name in it reads as a unit and some support. */
export function proseLeads(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  for (const m of text.matchAll(LEAD_CLAUSE_RE)) {
    const at = m.index! + m[0].lastIndexOf(m[2]);
    if (taken(at)) continue;
    const leads = names(m[2], at);
    if (!leads) continue;
    const lists: RoleList[] = [{ role: 'lead', label: '牵头', items: leads }];
    let end = at + m[2].length + 2;
    for (let from = end + 1; from < text.length;) {
      const clause = clauseAt(text, from);
      const s = SUPPORT_CLAUSE_RE.exec(clause.text);
      const supports = s && !taken(from) ? names(s[1], from) : null;
      if (!supports) break;
      lists.push({ role: 'support', label: '配合', items: supports });
      end = clause.end;
      if (clause.last) break;
      from = clause.end + 1;
    }
    if (opensNumberedItems(text, at)) continue;
    // A lead alone (由领导小组办公室牵头，制定考核办法) is how a measure names who drives it, not a division of duties.
    if (lists.length > 1) found.push({ start: at, end, kind: 'line', truncated: false, lists, others: [] });
  }
  return found;
}
