// Read the body of an annotation into role lists: labelled (牵头单位:X;责任单位:Y) or clauses (X牵头,Y配合).
import type { ListRole, OtherField, RoleList, Span } from './annotation-types.ts';
import { readsAsUnit } from '../units/prose-names.ts';
import { jointClauseLists } from './joint-clause.ts';
import { splitItems } from './list-items.ts';
import { CLAUSE_ROLES, DAMAGED_LABEL_RE, LABEL_RE, labelMeaning } from './roles.ts';

export interface Label { start: number; end: number; name: string }

export function findLabels(body: string, offset: number): Label[] {
  const labels: Label[] = [];
  for (const m of body.matchAll(LABEL_RE)) {
    labels.push({ start: offset + m.index!, end: offset + m.index! + m[0].length, name: m[1] });
  }
  for (const m of body.matchAll(DAMAGED_LABEL_RE)) {
    const start = offset + m.index!;
    const overlaps = labels.some((l) => start < l.end && l.start < start + m[0].length);
    // A damaged label opens the annotation or follows a separator; elsewhere 单位 is just a word.
    const before = body[m.index! - 1];
    if (!overlaps && (m.index! === 0 || before === ',' || before === '，' || before === ';')) {
      labels.push({ start, end: start + m[0].length, name: m[1] });
    }
  }
  return labels.sort((a, b) => a.start - b.start);
}

/**
 * The list's opening names and their 牵头, up to the separator after it (省政府办公厅、省财政厅牵头,); 分别牵头 says each
 * of them leads, and a 、 may follow it (经济投资局和航空口岸局分别牵头、区发改局, 海曙区 2023).
 */
const LEAD_CLAUSE_RE = /^([^:：()（）“”"]+?牵头)[,，;；、]/u;

export function labelledLists(text: string, bodyStart: number, bodyEnd: number, labels: Label[], resolve = true): { lists: RoleList[]; others: OtherField[] } {
  const lists: RoleList[] = [];
  const others: OtherField[] = [];
  const head = text.slice(bodyStart, labels[0].start).replace(/[,，;；\s]+$/, '');
  if (head.trim()) lists.push(...clauseLists(head, bodyStart));
  labels.forEach((label, k) => {
    const valueEnd = k + 1 < labels.length ? labels[k + 1].start : bodyEnd;
    // A list of names holds no 。: a value that runs past one (a label line whose text ran on into the body) ends there.
    const raw = text.slice(label.end, valueEnd);
    const stop = raw.indexOf('。');
    const value = (stop < 0 ? raw : raw.slice(0, stop)).replace(/[,，;；。\s]+$/, '');
    const meaning = labelMeaning(label.name);
    if (meaning?.kind === 'other') {
      others.push({ field: meaning.field, value: value.trim(), start: label.start, end: label.end + value.length });
      return;
    }
    if (meaning?.kind === 'clauses') {
      lists.push(...clauseLists(value, label.end));
      return;
    }
    // 责任单位:A、B牵头,C、D — a lead clause opening a responsible list: A and B lead, C and D support.
    const leadClause = meaning?.kind === 'duty' && meaning.role !== 'lead' ? LEAD_CLAUSE_RE.exec(value) : null;
    if (leadClause) lists.push(...clauseLists(leadClause[1].replace(/分别牵头$/u, '牵头'), label.end));
    const restAt = leadClause ? leadClause[0].length : 0;
    // 责任单位:X牵头,A、B等有关部门参加,各镇街落实 (金乡 2021): after the lead, the clauses name their roles by verb;
    // the label already makes every name a duty holder, so a last 落实 only says what they do (the names after the lead).
    const clauses = leadClause ? value.slice(restAt).replace(/落实$/u, '') : '';
    if (leadClause && clauses.split(/[,，;；]/u).some(hasClauseVerb)) {
      lists.push(...clauseLists(clauses, label.end + restAt));
      return;
    }
    const items = splitItems(value.slice(restAt), label.end + restAt).map(withoutDutyVerb);
    // "A、B分别牵头" at the end of a list: each unit named leads its own share.
    const last = items[items.length - 1];
    if (last && /分别牵头$/.test(last.text)) {
      last.text = last.text.replace(/分别牵头$/, '');
      last.end -= 4;
      lists.push({ role: 'lead', label: '分别牵头', items });
      return;
    }
    const role: ListRole = meaning?.kind === 'duty' ? meaning.role : 'unknown';
    lists.push({ role, label: label.name, items });
  });
  return { lists: resolve ? resolveUnknownLabels(lists) : lists, others };
}

/**
 * A labelled list's last names closed by their verb (责任单位:X,A、B按职责分工负责; 牵头部门:A,B按照职责分工牵头, 哈尔滨
 * 2022): the label already gives the role.
 */
const DUTY_VERB_END_RE = /(?:按照?(?:各自)?职(?:责|能职责|能)(?:分工)?|分工|共同)(?:负责|落实|牵头)$/u;

function withoutDutyVerb(item: Span): Span {
  const m = DUTY_VERB_END_RE.exec(item.text);
  if (!m || m.index < 2) return item;
  return { text: item.text.slice(0, m.index), start: item.start, end: item.end - m[0].length };
}

/**
 * The roles one annotation's labels leave open: a damaged first label before a 责任/配合 list can only have been 牵头单位;
 * and with no lead label, a 责任单位 list beside a 配合单位 list names the units the others 配合, the leads (永康 2008:
 * 责任领导:…;责任单位:A、B;配合单位:C), as a table's 责任单位 / 配合单位 columns are read.
 */
export function resolveUnknownLabels(lists: RoleList[]): RoleList[] {
  const read = lists.map((list, k): RoleList => {
    if (list.role !== 'unknown') return list;
    const later = lists.slice(k + 1).some((l) => l.role === 'supportOrResponsible' || l.role === 'support');
    const hasLead = lists.some((l) => l.role === 'lead');
    return { ...list, role: later && !hasLead ? 'lead' : 'supportOrResponsible' };
  });
  const labelled = (l: RoleList, role: ListRole) => {
    const meaning = labelMeaning(l.label);
    return meaning?.kind === 'duty' && meaning.role === role && l.items.length > 0;
  };
  if (read.some((l) => l.role === 'lead') || !read.some((l) => labelled(l, 'support'))) return read;
  return read.map((l) => (labelled(l, 'supportOrResponsible') ? { ...l, role: 'lead' } : l));
}

/** Whether a clause closes with a role verb (A、B等有关部门参加): it says its own role. */
function hasClauseVerb(clause: string): boolean {
  return CLAUSE_ROLES.some(({ re }) => re.exec(clause.trim())?.[1]?.trim());
}

/** A clause that closes on its lead verb. */
const LEAD_VERB_END_RE = /牵头(?:负责)?$/u;

/** Unlabelled clauses: "X牵头,Y、Z配合", "X、Y负责", "X牵头,各相关单位按职责分工负责". */
export function clauseLists(body: string, offset: number): RoleList[] {
  const lists: RoleList[] = [];
  let from = 0;
  const clauses: Span[] = [];
  for (let i = 0; i <= body.length; i++) {
    // A lead's clause may close with 、 (X牵头负责、各区政府组织落实, 上海 2023): the role verb ends it as a comma would.
    if (i === body.length || /[,，;；]/.test(body[i]) || (body[i] === '、' && LEAD_VERB_END_RE.test(body.slice(Math.max(from, i - 4), i)))) {
      const raw = body.slice(from, i);
      if (raw.trim()) clauses.push({ text: raw.trim(), start: offset + from + (raw.length - raw.trimStart().length), end: offset + i });
      from = i + 1;
    }
  }
  // A clause without a verb ("B、C等部门") shares the verb of the supporting clause after it:
  // (A牵头,B、C等部门,D、E配合) names B, C, D and E as supporters.
  let pending: Span[] = [];
  for (const clause of clauses) {
    // X会同A、B names its lead and its supporters in one clause; names before it stay with no role of theirs.
    const joint = jointClauseLists(clause);
    if (joint) { lists.push(...joint); pending = []; continue; }
    const matched = clauseRole(clause.text);
    if (!matched) { pending.push(clause); continue; }
    const { name, from, label } = matched;
    const at = clause.start + from;
    const items = splitItems(name, at);
    if (matched.role !== 'lead') for (const p of pending) items.unshift(...splitItems(p.text, p.start));
    // (合肥市,省发展改革委牵头): names alone before the first clause, a city beside a department, lead with it.
    else if (lists.length === 0 && pending.length > 0) items.unshift(...names(pending));
    pending = [];
    // The verb after the name (由X负责: the name starts after 由, the label is 负责, not the name's tail and the verb).
    lists.push({ role: matched.role, label, items });
  }
  const tail = trailingNames(pending);
  if (lists.length > 0 && tail.length > 0) lists.push({ role: 'responsibleOrSupport', label: '(列于其后)', items: tail });
  return withPrincipal(lists);
}

/**
 * The role verb closing a clause and the names before it (from: the names' offset in the clause). A verb broken over a
 * printed line (中国科协按 / 职责分工负责, a journal's text layer) is read with the break taken out; the names keep it,
 * as printed (splitItems joins a name wrapped across lines).
 */
function clauseRole(text: string): { role: (typeof CLAUSE_ROLES)[number]['role']; name: string; from: number; label: string } | null {
  const read = text.includes('\n') ? withoutBreaks(text) : null;
  const flat = read ? read.text : text;
  for (const { re, role } of CLAUSE_ROLES) {
    const m = re.exec(flat);
    if (!m || !m[1].trim()) continue;
    const start = flat.indexOf(m[1]);
    const label = flat.slice(start + m[1].length);
    if (!read) return { role, name: m[1], from: start, label };
    const from = read.raw[start];
    return { role, name: text.slice(from, read.raw[start + m[1].length - 1] + 1), from, label };
  }
  return null;
}

/** The text with each run of white space that holds a line break taken out; raw[k] is the offset of its k-th character. */
function withoutBreaks(text: string): { text: string; raw: number[] } {
  const raw: number[] = [];
  const parts: string[] = [];
  let last = 0;
  const keep = (to: number) => { parts.push(text.slice(last, to)); for (let k = last; k < to; k++) raw.push(k); };
  for (const m of text.matchAll(/\s*\n\s*/g)) { keep(m.index!); last = m.index! + m[0].length; }
  keep(text.length);
  return { text: parts.join(''), raw };
}

/**
 * `X负责,Y配合` names no 牵头, yet the clause that others 配合 is the principal: X leads, Y supports; `A、B分别负责,C配合`
 * makes A and B principals of their own shares, both leading (a 医改 plan of 2009, items 6 and 7), and so does
 * `A、B共同负责,C配合` (a 市 依法行政 plan, ≈2004). Only a plain, a 分别 or a 共同 负责 (按职责分工负责 shares the work
 * out) and only when no clause names a lead.
 */
function withPrincipal(lists: RoleList[]): RoleList[] {
  if (lists.some((l) => l.role === 'lead')) return lists;
  const k = lists.findIndex((l) => l.role === 'responsibleOrSupport' && /^(?:具体|分别|共同)?负责$/u.test(l.label));
  if (k < 0 || !lists.slice(k + 1).some((l) => l.role === 'support')) return lists;
  return lists.map((l, i) => (i === k ? { ...l, role: 'lead' } : l));
}

/** The clauses' items when every one is a unit's name (no body text), else none. */
function names(clauses: Span[]): Span[] {
  const items = clauses.flatMap((c) => splitItems(c.text, c.start));
  // A place written bare (合肥市) names its government.
  const isName = (s: Span) => readsAsUnit(s.text)
    || /^(?!各|全|本|有关|相关)\p{Script=Han}{2,4}[省市州县区]$/u.test(s.text.trim());
  return items.length > 0 && items.every(isName) ? items : [];
}

/** A note bracketed inside the annotation (〔以下均需…不再列出〕), open to the end when the excerpt cut it. */
const NESTED_NOTE_RE = /[〔(（【][^〔〕()（）【】]*?(?:以下|下同|均需|不再)[^〕)）】]*[〕)）】]?$/u;

/**
 * Names listed after the last verb with none of their own (江苏: `(A、B等按职责分工负责;各市、区人民政府,X管委会)`):
 * more units answering for the item, beside the lead if one is named. Only names: a clause of body text keeps them out.
 */
function trailingNames(pending: Span[]): Span[] {
  const items: Span[] = [];
  for (const p of pending) {
    const note = NESTED_NOTE_RE.exec(p.text);
    items.push(...splitItems(note ? p.text.slice(0, note.index) : p.text, p.start));
    // What follows a note's opener is the note's own text, not more names.
    if (note) break;
  }
  return items.length > 0 && items.every((s) => readsAsUnit(s.text)) ? items : [];
}

/** A verb the excerpt's end cut short: 按职责分 of 按职责分工负责, 配 of 配合. */
export const CUT_LEAD_RE = /等?牵$/;
const CUT_VERB_RE = /(?:等)?(?:按(?:职(?:责(?:分(?:工(?:负(?:责)?)?)?)?)?)?|配|负|协)?$/;

/**
 * The last clause of an annotation cut by the end of the text, when no verb was read for it: its
 * complete names are responsible (supporters beside a lead), as the clause would have said.
 */
export function cutClause(body: string, offset: number, lists: RoleList[]): RoleList[] {
  const from = Math.max(body.lastIndexOf(','), body.lastIndexOf('，'), body.lastIndexOf(';'), body.lastIndexOf('；')) + 1;
  if (lists.some((l) => l.items.some((i) => i.start >= offset + from))) return [];
  const tail = body.slice(from);
  // 牵 can only open 牵头: (A、B等牵 names its leads.
  const lead = CUT_LEAD_RE.test(tail);
  const items = splitItems(tail.replace(lead ? CUT_LEAD_RE : CUT_VERB_RE, ''), offset + from);
  return items.length > 0 ? [{ role: lead ? 'lead' : 'responsibleOrSupport', label: '(截断)', items }] : [];
}
