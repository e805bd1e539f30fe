// Roles written in running prose, for an item no annotation gives a unit: the units that open its sentences and
// clauses before a duty verb (`区规土局要在局公共外网设立…专栏`, `各街镇（管委会）应在每月20日之前…`, 嘉定 2014), the unit
// named by 由 (`由区级财政承担`, 虹口 2026), a named unit after 会同 (`区规土局将会同区监察局等部门…`), and 牵头 making a lead
// whose item's other duty units support it (`由项目办牵头`, 金汇镇 2019). A body an item only serves — assisted (配合/协助 with
// no lead), reported to (报/向X报告), approved by (经X审核) — stands in no subject position, so it is no duty unit here.
import { leavesOf, type Outline, type OutlineNode } from '../outline/outline.ts';
import { isFramingSection } from '../outline/decimal.ts';
import { nameAt, readsAsUnit, type NameSpan } from '../units/prose-names.ts';
import { cleanSurface, isCollective } from '../units/surface.ts';
import type { Annotation, RoleList } from './annotation-types.ts';
import { splitJoinedNames } from './list-items.ts';
import { LABEL_RE, labelMeaning } from './roles.ts';

/** Where a clause opens: after sentence or clause punctuation, a line break, or the item's marker. */
const CLAUSE_END_RE = /[。；;，,：:！!？?\n]/u;
/** An item's marker at its start: (一) （二） 1. 2、 3.3.1 ① 一、 第三条 — what the item's first clause opens after. */
const MARKER_RE = /^[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}(?:\.\d{1,2}){1,2}|\d{1,2}[.．、]|[①-⑳]|第[一二三四五六七八九十]{1,3}条)?[ \t\u3000]*/u;
/** What may stand between the names and the verb: a bracketed short name (（以下简称区规土局）), 等部门, 等行业主管部门. */
const BETWEEN_RE = /^(?:[(（][^()（）]{1,16}[)）])?(?:等(?:有关|相关|其他)?(?:行业主管|主管|职能)?(?:部门|单位))?/u;
/**
 * The verb of a duty, a few characters after the subject: modal, 负责, 牵头, 会同, a verb of doing the work, or the
 * subject's duties stated after it (a 预案's `区建设管理委主要职责：…`, `管委会主要职责为：…`); 对 opens the object of the work that
 * follows (市生态环境局对各区…初步调查报告组织抽查, 市审定办对未入围…反馈资料评审结果, 上海 2022 and 2025); a body that 是…主管部门
 * is named to answer for the work (青浦区建设管理委员会…是本区村民建房的建筑活动主管部门，负责…, 青浦 2023).
 */
const DUTY_VERB_RE = /^(?:(?:主要)?职责[为是]?[:：]|要|应当?|将(?!其|该|本)|须|必须|需|负责|(?:总)?牵头|会同|联合|统筹|组织|承担|托底|做好|加强|确定|成立|下发|完成|制定|落实|开展|进行|指导|协调|及时|适时|定期|每[年季月周]|按照|依照|根据|严格|切实|积极|全面|分别|共同|具体|召开|通知|邀请|收集|汇总|对(?!于|外|口|此|其)|是[^，,。；;]{0,30}主管(?:部门|机关))/u;
/** Enterprises named together (各基础电信运营企业, 相关企业): parties, before 对 no body doing the plan's work. */
const PARTIES_RE = /(?:企业|公司|集团)$/u;
/** A verb of only helping: the subject supports where the item has a lead, and holds no duty of its own otherwise. */
const HELP_VERB_RE = /^(?:积极)?(?:配合|协助|参与)/u;
/** A verb of leading, alone or shared (A、B共同牵头推进…, 奉贤 2025: every one named leads). */
const LEAD_RE = /^(?:共同)?(?:负责)?(?:总)?牵头/u;
/** A person of the body named (各村专管员, 镇市容办巡查员, 各村负责人, 区政府分管领导, 镇党委副书记, 镇房管所所长): the person acts, no unit. */
// Not past a modal or a verb: 区国动办应当将人防工程信息… is the office's duty (浦东 2023), no person's.
const PERSON_AFTER_RE = /^(?!应|要|将|须|需|必须|负责|会同)\p{Script=Han}{0,3}(?:[员人]|长(?![效期远])|领导|书记|主任)/u;
/**
 * A clause that only sets the time of the next one (区规资局立项批文下发后，…; 区财政局下发资金后): no duty of its own — unless a
 * modal says the unit must (各街镇（管委会）应在每月20日之前，…: a deadline).
 */
const TIME_CLAUSE_RE = /(?:后|时|期间)$/u;
const MODAL_RE = /^(?:要|应|须|必须|需|将|负责|牵头)/u;
const CASE_CLAUSE_RE = /的$/u;
/**
 * An event closed by 后 right after the subject, within its clause or closing it (收到上述材料后, 接到申请后，); not more of a
 * noun phrase the name is part of (完成区交通委或相关行业主管部门的批准文件后, 金汇镇 2019).
 */
const AFTER_EVENT_RE = /^(?![或和与及、等的])[^，,。；;：:\n]{1,16}?后[，,]?/u;
/** A partner after 会同 that names no body (会同有关部门, 相关单位): the labels leave it out. */
const UNNAMED_PARTNER_RE = /^(?:有关|相关|其他)/u;

interface Found { names: NameSpan[]; role: 'lead' | 'duty' | 'help' }

/**
 * The names joined by 、 和 与 及 from `at`, one name each (a name that holds 和 stays whole: 区规划和土地管理局); `defined`
 * are the document's short forms for its bodies (镇（街道）), names wherever they stand.
 */
function namesFrom(text: string, at: number, defined: readonly string[]): NameSpan[] {
  const names: NameSpan[] = [];
  for (let p = at; ;) {
    const name = nameAt(text, p, defined);
    if (!name) break;
    names.push(name);
    if (!/^[、和与及]/u.test(text.slice(name.end, name.end + 1))) break;
    p = name.end + 1;
  }
  return splitJoinedNames(names, readsAsUnit, '和与及');
}

/** The duty a clause opening at `at` gives, or null when its opening is no unit doing something. */
function clauseDuty(text: string, at: number, defined: readonly string[]): Found[] {
  const by = text[at] === '由';
  const names = namesFrom(text, by ? at + 1 : at, defined);
  if (names.length === 0 || PERSON_AFTER_RE.test(text.slice(names[names.length - 1].end, names[names.length - 1].end + 4))) return [];
  const clauseEnd = text.slice(at).search(CLAUSE_END_RE);
  let after = names[names.length - 1].end;
  after += BETWEEN_RE.exec(text.slice(after, after + 24))![0].length;
  // Long enough for `是…主管部门` (the other verbs are read at its start).
  let rest = text.slice(after, after + 40);
  const clause = text.slice(at, clauseEnd < 0 ? text.length : at + clauseEnd);
  // The subject meets an event first, then acts with no subject of its own after it (项目办收到上述材料后及时组织…, 项目办接到申请后，
  // 及时组织…, 朱家角镇 2025): the duty is the subject's. An event after which another body acts (区财政局下发资金后，各街镇…) is none.
  const event = by || MODAL_RE.test(rest) ? null : AFTER_EVENT_RE.exec(rest);
  if (event && DUTY_VERB_RE.test(rest.slice(event[0].length))) {
    after += event[0].length;
    rest = text.slice(after, after + 40);
  } else if (!MODAL_RE.test(rest) && TIME_CLAUSE_RE.test(clause)) return [];
  // A clause closed by 的 describes the case the sentence is about (由镇政府全额出资且不需要办理规划、用地等手续的，…, 金汇镇 2019):
  // its body names what kind of case, no one who acts.
  if (CASE_CLAUSE_RE.test(clause)) return [];
  if (HELP_VERB_RE.test(rest)) return by ? [] : [{ names, role: 'help' }];
  // 由X… says who carries the work, whatever the verb (由街道托底保障); a subject needs a duty verb right after it.
  if (!by && !DUTY_VERB_RE.test(rest)) return [];
  // Enterprises as a collective before 对 are the parties a 预案 relies on (各基础电信运营企业对…提供通信保障, 嘉定工业区 2025), no
  // body of the plan; 各级建设管理部门对… is (上海 2022).
  if (!by && rest.startsWith('对') && names.some((n) => PARTIES_RE.test(n.text) && isCollective(cleanSurface(n.text)))) return [];
  const found: Found[] = [{ names, role: LEAD_RE.test(rest.replace(/^(?:要|将|应)/u, '')) ? 'lead' : 'duty' }];
  // X会同Y, X联合Y, X统筹Y: Y acts with X, when Y is a named body (工作小组办公室联合各成员单位、行业专家…, 嘉定 2024).
  const joint = /^(?:要|将|应)?(?:会同|联合|统筹)/u.exec(rest);
  if (joint) {
    const partners = namesFrom(text, after + joint[0].length, defined).filter((n) => !UNNAMED_PARTNER_RE.test(n.text));
    if (partners.length > 0) found.push({ names: partners, role: 'duty' });
  }
  return found;
}

/** 由 inside a clause, after what it governs (驻村保洁员今后由各村属地化管理): not 理由, 自由, 由于, 由此. */
const INNER_BY_RE = /(?<=\p{Script=Han})(?<![理自缘事])由(?![于此])/gu;

/** Verbs a body named by 由 inside a clause carries out (由各村属地化管理, 由区政府和属地街镇各自承担). */
const INNER_VERB_RE = /^(?:属地化?|各自|自行|管理|实施|保障|兜底)/u;

/** The text's keeper (本意见由金汇镇…办公室负责解释, 金汇镇 2019): framing, no duty of the plan. */
const INTERPRETER_RE = /^本\p{Script=Han}{1,4}由[^，,。；;]{2,40}负责解释/u;

/** The unit named by 由 inside the clause opening at `at`, when the clause's own opening named none. */
function innerBy(text: string, at: number, defined: readonly string[]): Found[] {
  const end = text.slice(at).search(CLAUSE_END_RE);
  const clause = text.slice(at, end < 0 ? text.length : at + end);
  if (INTERPRETER_RE.test(clause)) return [];
  for (const m of clause.matchAll(INNER_BY_RE)) {
    const names = namesFrom(text, at + m.index! + 1, defined);
    // What follows must be what the body does (由各村属地化管理), not more of a noun (交由吴泾镇装修垃圾清运主体企业).
    const rest = names.length > 0 ? text.slice(names[names.length - 1].end, names[names.length - 1].end + 8) : '';
    if (!DUTY_VERB_RE.test(rest) && !INNER_VERB_RE.test(rest)) continue;
    const found = clauseDuty(text, at + m.index!, defined);
    if (found.length > 0) return found;
  }
  return [];
}

/** Each clause start within [from, to): the item's first words after its marker, then after each clause's end. */
function clauseStarts(text: string, from: number, to: number): number[] {
  const starts = [from + MARKER_RE.exec(text.slice(from, to))![0].length];
  for (let i = from; i < to; i++) {
    if (!CLAUSE_END_RE.test(text[i])) continue;
    let s = i + 1;
    while (s < to && /[ \t\u3000\n]/u.test(text[s])) s++;
    if (s < to) starts.push(s);
  }
  return starts;
}

/** One name per unit on the item: a collective written shorter elsewhere in it (各街镇 beside 各街镇（管委会）) is the same. */
function distinct(names: NameSpan[]): NameSpan[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    if (names.some((m) => m.text !== n.text && m.text.length > n.text.length && m.text.startsWith(n.text) && /^[(（]/u.test(m.text.slice(n.text.length)))) return false;
    if (seen.has(n.text)) return false;
    seen.add(n.text);
    return true;
  });
}

/** A `1.` item's marker (step-subjects.ts's shape): its item is a unit's only when its first clause opens with the unit. */
const DOTTED_RE = /^[ \t\u3000]*\d{1,2}[.．](?!\d)/u;

/** A short title that is its line's only words (遴选评审员。): the item's text opens at the next clause, on the next line. */
const TITLE_LINE_RE = /^[^，,；;。：:\n]{2,20}。?[ \t\u3000]*\n/u;
const titleLine = (text: string, starts: number[]) => starts.length > 1 && TITLE_LINE_RE.test(text.slice(starts[0], starts[1]));

/** A clause closed by 后/时/期间 or by 的, with no modal in it: it sets when or in which case the next one applies. */
function settingClause(text: string, from: number, to: number): boolean {
  const clause = text.slice(from, to).replace(/[，,。；;：:！!？?\s]+$/u, '');
  return (TIME_CLAUSE_RE.test(clause) || CASE_CLAUSE_RE.test(clause)) && !/应|要|须|负责/u.test(clause);
}

/** An annotation for a leaf's prose roles, or null when no clause of it opens with a unit doing its work. */
function leafRoles(text: string, leaf: OutlineNode, defined: readonly string[]): Annotation | null {
  const starts = clauseStarts(text, leaf.start, leaf.end);
  // A `1.` line that opens with an action and only later names a unit (1.加强组织领导，区发展改革委负责统筹; a project line
  // that ends 由X负责监督) assigns no duty. A title alone on the marker's line (2.遴选评审员。 / 上海市政府质量奖审定委员会办公室…根据…,
  // 上海 2025) heads the item: its text opens on the next line.
  // A clause that only sets the time or the case (1.项目开工后，由城建公司负责…; 2.涉及隐蔽工程的，由城建公司组织…, 朱家角镇 2025)
  // comes before the opening: the item opens with the unit after it, by name or by 由.
  let first = titleLine(text, starts) ? 1 : 0;
  while (first + 1 < starts.length && settingClause(text, starts[first], starts[first + 1]) && clauseDuty(text, starts[first], defined).length === 0) first++;
  const opening = starts[first];
  if (DOTTED_RE.test(text.slice(leaf.start, leaf.start + 6)) && clauseDuty(text, opening, defined).length === 0 && innerBy(text, opening, defined).length === 0) return null;
  const found = starts.flatMap((at) => {
    const opening = clauseDuty(text, at, defined);
    return opening.length > 0 ? opening : innerBy(text, at, defined);
  });
  const hasLead = found.some((f) => f.role === 'lead');
  const lead = distinct(found.filter((f) => f.role === 'lead').flatMap((f) => f.names));
  const leadNames = new Set(lead.map((n) => n.text));
  const others = distinct(found.filter((f) => f.role === 'duty' || (hasLead && f.role === 'help')).flatMap((f) => f.names)).filter((n) => !leadNames.has(n.text));
  // A lead alone (省农业厅牵头，各地要加强领导; 由领导小组办公室牵头，制定考核办法) is how a measure names who drives it, no
  // division of duties (prose-lead.ts's rule).
  if (others.length === 0) return null;
  const lists: RoleList[] = [];
  if (lead.length > 0) lists.push({ role: 'lead', label: '正文牵头', items: lead });
  if (others.length > 0) lists.push({ role: 'responsibleOrSupport', label: '正文主语', items: others });
  if (lists.length === 0) return null;
  const spans = [...lead, ...others];
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)), kind: 'line', truncated: false, lists, others: [] };
}

/** The path prefix of a notice's nodes (outline/segments.ts). */
const NOTICE_PREFIX = '通知/';

/** Whether a node or any heading above it holds an annotation: its units come from there, never from its prose. */
function ownedAbove(node: OutlineNode, owned: Set<OutlineNode | null>): boolean {
  for (let n: OutlineNode | null = node; n; n = n.parent) if (owned.has(n)) return true;
  return false;
}

/**
 * A duty field the label grammar leaves to the readers around it (责任科室(单位):, 牵头处室:). Not a sentence whose subject
 * ends in such a word (a 预案's `职能部门及责任单位主要职责：…`): its duties are the unit's, stated in prose.
 */
const DUTY_FIELD_RE = /(?:牵头|责任|配合|协同|协办|参与)(?:单位|部门|科室|处室|股室)(?:(?!职责)[^，,。:：\n]){0,6}[:：]/u;

/**
 * A plan that annotates its duties — bracketed annotations on its items (two or more: one may be a stray note) or a
 * labelled field (责任单位：…, 责任科室(单位):…) — names every duty there, and its prose is guidance to all (各单位要…, 各部门…): the
 * labels of such plans give those sentences no unit. Only a plan that annotates none is read for its prose roles; a field
 * that names no duty (完成时限：2025年12月 under each step, 松江 2026) annotates none.
 */
export function annotatesDuties(text: string, found: readonly Annotation[]): boolean {
  return found.filter((a) => a.kind !== 'line').length >= 2 || hasDutyLabel(text) || DUTY_FIELD_RE.test(text);
}

function hasDutyLabel(text: string): boolean {
  for (const m of text.matchAll(LABEL_RE)) if (labelMeaning(m[1])?.kind !== 'other') return true;
  return false;
}

/**
 * For each leaf item no annotation reaches, the units its prose names as doing its work; `defined` are the short forms
 * the document defines for its bodies (units/short-forms.ts).
 */
export function proseRoles(text: string, outline: Outline, owned: Set<OutlineNode | null>, defined: readonly string[] = []): { node: OutlineNode; annotation: Annotation }[] {
  const found: { node: OutlineNode; annotation: Annotation }[] = [];
  for (const leaf of leavesOf(outline.root)) {
    // A cover letter's own points (请各单位认真对照…) are no tasks of the plan: the outline files them under 通知/.
    // A 预案's framing section (8.1预案解释: 本预案由区建设管理委负责解释) names the text's keeper, no duty of the plan.
    if (leaf === outline.root || leaf.kind === 'gap' || leaf.path.startsWith(NOTICE_PREFIX) || ownedAbove(leaf, owned) || isFramingSection(leaf)) continue;
    const annotation = leafRoles(text, leaf, defined);
    if (annotation) found.push({ node: leaf, annotation });
  }
  return found;
}
