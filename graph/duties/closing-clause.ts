// A paragraph's last sentence that is nothing but its duties, with no brackets: …新增旱田节水灌溉面积200万亩。省水利厅牵头,
// 省发改委、农垦总局、国土资源厅、环保厅等单位配合。 (黑龙江 2009), or a labelled line under a heading that says who
// answers for the whole project: 任务分工:吕维峰副省长负责,省农委总牵头。 With no lead, 由A、B,C负责落实。 names the
// units responsible (a 市 notice splitting its 政府工作报告, 2006).
import { readsAsUnit } from '../units/prose-names.ts';
import type { Annotation, OtherField } from './annotation-types.ts';
import { clauseLists } from './labelled-lists.ts';
import { splitItems, splitJoinedNames } from './list-items.ts';
import { CLAUSE_ROLES, LEADER_POST } from './roles.ts';

/**
 * A sentence closing its line: after a 。 or :, or the line's start, up to the 。 that ends the line. A dash may set
 * it off on its own line (──由X和Y组织落实。, 黄冈 2007); the sentence starts after it.
 */
const CLOSING_RE = /(?:^|(?<=[。:：]))[ \t\u3000]*(?:[─━—]+[ \t\u3000]*)?([^\n。:：─━—]{4,160})。[ \t\u3000]*$/gmu;
const LEADER_CLAUSE_RE = new RegExp(`^([^,，、]{0,12}?${LEADER_POST})(?:牵头)?(?:负责|分管|协调)$`, 'u');

/** 由 and the names, then the verb of carrying the work out: the whole sentence. */
const CARRIED_BY_RE = /^由([^。]{2,150}?)(?:负责落实|负责实施|组织实施|组织落实|负责)$/u;

const isDutyClause = (c: string) => CLAUSE_ROLES.some(({ re }) => re.exec(c)?.[1]?.trim());

/** The closing sentence as an annotation: leader clauses first, then duty clauses only, a lead among them, every item a name. */
function closingAnnotation(sentence: string, start: number): Annotation | null {
  const others: OtherField[] = [];
  let at = 0;
  for (const m of sentence.matchAll(/[^,，]+/gu)) {
    const leader = LEADER_CLAUSE_RE.exec(m[0].trim());
    if (!leader) break;
    others.push({ field: '负责领导', value: leader[1], start: start + m.index!, end: start + m.index! + m[0].length });
    at = m.index! + m[0].length + 1;
  }
  const body = sentence.slice(at);
  const clauses = body.split(/[,，]/u).map((c) => c.trim());
  // A clause of names with no verb shares the verb after it (A、B等部门,C配合); the last clause must carry one.
  if (clauses.length === 0 || !isDutyClause(clauses[clauses.length - 1])) return null;
  // Every clause is a duty or names only: a clause of body words (建立健全工作机制) makes it a sentence of the body.
  if (!clauses.every((c) => isDutyClause(c) || splitItems(c, 0).every((i) => readsAsUnit(i.text)))) return null;
  const lists = clauseLists(body, start + at);
  if (!lists.some((l) => l.role === 'lead') || !lists.every((l) => l.items.length > 0 && l.items.every((i) => readsAsUnit(i.text)))) return null;
  return { start: start + (others.length > 0 ? 0 : at), end: start + sentence.length, kind: 'line', truncated: false, lists, others };
}

/** 由A、B,C负责落实: every item a name, all of them responsible. */
function carriedBy(sentence: string, start: number): Annotation | null {
  const m = CARRIED_BY_RE.exec(sentence.trim());
  if (!m) return null;
  const at = start + sentence.indexOf(m[1]);
  // A、B等部门和C: 等部门 closes the first run and 和 adds one more name (one character for one, offsets kept).
  const items = splitJoinedNames(splitItems(m[1].replace(/(?<=等(?:有关|相关)?(?:部门|单位))[和及]/gu, '、'), at), readsAsUnit);
  if (items.length === 0 || !items.every((i) => readsAsUnit(i.text))) return null;
  return { start, end: start + sentence.length, kind: 'line', truncated: false, others: [], lists: [{ role: 'responsible', label: '负责落实', items }] };
}

/** Closing duty sentences outside any annotation already found. */
export function closingClauses(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  for (const m of text.matchAll(CLOSING_RE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    if (taken(start)) continue;
    const ann = /牵头/u.test(m[1]) ? closingAnnotation(m[1], start) : carriedBy(m[1], start);
    if (ann) found.push(ann);
  }
  return found;
}
