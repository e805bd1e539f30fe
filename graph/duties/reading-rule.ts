// The document's own rule for lists that name no lead: the first unit listed leads (列第一位的为牵头单位,下同).
import type { ResolvedAnnotation } from './assign.ts';

/** Where the first unit is named: 列第一位的, 列第一位者, 第一责任单位, 排在首位的, 排名第一的, 列在任务分工首位的, 首位单位. */
const FIRST_PLACE = '(?:列(?:在)?第一位(?:的|者)?|(?:排在|列在|排名|位列)(?:任务分工|分工)?(?:第一位?|首位)(?:的|者)?|(?:第一|首位)(?:的)?(?=责任单位|单位|部门))';
/**
 * The rule as documents state it, in an annotation or the cover notice: 列第一位的为(工作)牵头单位(或汇总单位),
 * 列第一位的责任单位为牵头单位或汇总单位, 第一责任单位为牵头单位, 排在首位的为牵头单位, 列第一位者为牵头或汇总单位,
 * and with the verb for 为 (由排名首位的部门牵头负责).
 * Traditional script is converted before parsing, so 為/爲 arrive as 为.
 */
const FIRST_IS_LEAD_RE = new RegExp(`${FIRST_PLACE}(?:(?:责任单位|单位|部门)?为(?:工作)?牵头|(?:责任单位|单位|部门)牵头)`, 'u');

/** The rule's condition, just before it: 由多个单位负责的, 涉及两个以上部门的. */
const FOR_SEVERAL_RE = /(?:多个|两个(?:及|或)?以上|二个(?:及|或)?以上)(?:责任)?(?:单位|部门)[^,，;；。]{0,4}[,，]?\s*$/u;

/** Whether a note states the rule (排名第一的为牵头单位,下同). */
export function statesFirstIsLead(note: string): boolean {
  return FIRST_IS_LEAD_RE.test(note);
}

/** A list's last clause that is the rule alone (…、市退役军人事务局,各县市、区政府,列第一位的为牵头单位,下同). */
const RULE_CLAUSE_RE = new RegExp(`[,，;；]\\s*(?=${FIRST_IS_LEAD_RE.source})[^,，;；。]{2,20}(?:单位|部门)(?:[,，]\\s*下同)?\\s*$`, 'u');

/** Where a bare list's closing rule clause starts (its comma), or -1: the names end there. */
export function ruleClauseAt(body: string): number {
  return body.search(RULE_CLAUSE_RE);
}

/**
 * From where the text states the rule on (an annotation saying 下同, or the notice), a 责任单位 list without
 * a lead reads its first unit as the lead and the rest as supporters; lists before the rule stay undifferentiated.
 * Where the rule says it is for lists of several units (由多个单位负责的,排在第一位的为牵头单位, 咸宁 2016), a unit
 * named alone has no one to lead and stays responsible for its item; stated bare, it makes a lone unit the lead too.
 */
export function readFirstAsLead(text: string, annotations: ResolvedAnnotation[]): ResolvedAnnotation[] {
  const ruleAt = text.search(FIRST_IS_LEAD_RE);
  const fewest = ruleAt >= 0 && FOR_SEVERAL_RE.test(text.slice(Math.max(0, ruleAt - 16), ruleAt)) ? 2 : 1;
  for (const a of annotations) {
    const active = ruleAt >= 0 && ruleAt < a.annotation.end;
    if (!active || a.units.length < fewest || a.units.some((u) => u.role !== 'responsible')) continue;
    const first = a.units[0].start;
    a.units = a.units.map((u) => ({ ...u, role: u.start === first ? 'lead' : 'support' }));
  }
  return annotations;
}
