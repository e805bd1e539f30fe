// Find duty annotations in normalised text — (牵头单位:X,责任单位:Y), (X牵头,Y配合), 〔责任单位:…〕,
// own-line 牵头单位: lines, and annotations whose opening bracket was lost in a page gap.
import { lastStartingBefore } from '../outline/spans.ts';
import { runOnHeadingLeads } from './heading-run-on.ts';
import { openingClauses } from './opening-clause.ts';
import { continuesLevels, sharedGovernmentStart } from '../units/surface.ts';
import { CLAUSE_HINT_RE, CLAUSE_ROLES, DAMAGED_LABEL_RE, LABEL_LINE_RE, LABEL_RE, ROLE_LABELS, type DutyRole } from './roles.ts';

export interface Span { text: string; start: number; end: number }

export type ListRole = DutyRole | 'supportOrResponsible' | 'responsibleOrSupport' | 'unknown';

export interface RoleList {
  role: ListRole;
  /** The label as printed (牵头单位, 钙单位 …) or the clause verb. */
  label: string;
  items: Span[];
}

export interface OtherField { field: string; value: string; start: number; end: number }

export interface Annotation {
  start: number;
  end: number;
  kind: 'paren' | 'orphan' | 'line';
  /** The annotation ran into body text or a page gap before it closed. */
  truncated: boolean;
  lists: RoleList[];
  others: OtherField[];
  /** Units a note inside the annotation carries to this item and every later one (下同, 以下…均需X落实). */
  carry?: Span[];
}

const LEADING_TAG_RE = /^[^,，;；:：。()（）、]{2,10}[,，;；]\s*$/;
const OPENERS: Record<string, string> = { '(': ')', '〔': '〕', '【': '】', '[': ']' };
const MAX_ANNOTATION_CHARS = 400;
/** A sentence inside the brackets that speaks for later items: 下同, 以下…均需, 不再单独列出, 不再做分工. */
const CARRY_NOTE_RE = /下同|以下[^。]{0,12}均|不再(?:单独|重复|逐一|逐项)?列出|不再做分工/;
/** The units such a note names: 均需A、B落实 / 均涉及A / 均由A负责. */
const CARRY_UNITS_RE = /(?:均需|均涉及|均由|均要求)([^,，。;；]+?)(?:落实|负责|配合|执行|参与|办理)?(?=[,，。;；]|$)/;
const ITEM_SEPARATORS = /[、,，;；]/;

interface Label { start: number; end: number; name: string }

function findLabels(body: string, offset: number): Label[] {
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

/** Split a unit list into item spans, keeping offsets; a trailing "(牵头)" stays with its item. */
export function splitItems(text: string, offset: number): Span[] {
  const items: Span[] = [];
  let depth = 0;
  let from = 0;
  const push = (end: number) => {
    const raw = text.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) items.push({ text: trimmed, start: offset + from + lead, end: offset + from + lead + trimmed.length });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && ITEM_SEPARATORS.test(ch)) { push(i); from = i + 1; }
    // 等 closes a list and 和/及 adds one more name: A、B等和各市、县人民政府.
    else if (depth === 0 && ch === '等' && (text[i + 1] === '和' || text[i + 1] === '及')) { push(i); from = i + 2; i++; }
  }
  push(text.length);
  return joinLevelRuns(items, text, offset);
}

/** 各区、县级市 and 各县、市、区政府 are one collective as written, not 各区 and a bare 县级市. */
function joinLevelRuns(items: Span[], text: string, offset: number): Span[] {
  const out: Span[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    const sep = prev ? text.slice(prev.end - offset, item.start - offset) : '';
    if (prev && sep === '、' && continuesLevels(prev.text, item.text)) {
      out[out.length - 1] = { text: text.slice(prev.start - offset, item.end - offset), start: prev.start, end: item.end };
    } else out.push(item);
    const from = sharedGovernmentStart((i) => out[i].text, out.length - 1);
    if (from < out.length - 1 && out.slice(from + 1).every((x, k) => text.slice(out[from + k].end - offset, x.start - offset) === '、')) {
      const run = out.splice(from);
      out.push({ text: text.slice(run[0].start - offset, run[run.length - 1].end - offset), start: run[0].start, end: run[run.length - 1].end });
    }
  }
  return out;
}

function labelledLists(text: string, bodyStart: number, bodyEnd: number, labels: Label[], resolve = true): { lists: RoleList[]; others: OtherField[] } {
  const lists: RoleList[] = [];
  const others: OtherField[] = [];
  const head = text.slice(bodyStart, labels[0].start).replace(/[,，;；\s]+$/, '');
  if (head.trim()) lists.push(...clauseLists(head, bodyStart));
  labels.forEach((label, k) => {
    const valueEnd = k + 1 < labels.length ? labels[k + 1].start : bodyEnd;
    const value = text.slice(label.end, valueEnd).replace(/[,，;；。\s]+$/, '');
    const meaning = ROLE_LABELS[label.name];
    if (meaning?.kind === 'other') {
      others.push({ field: meaning.field, value: value.trim(), start: label.start, end: label.end + value.length });
      return;
    }
    if (meaning?.kind === 'clauses') {
      lists.push(...clauseLists(value, label.end));
      return;
    }
    const items = splitItems(value, label.end);
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

/** A damaged first label before a 责任/配合 list can only have been 牵头单位. */
function resolveUnknownLabels(lists: RoleList[]): RoleList[] {
  return lists.map((list, k) => {
    if (list.role !== 'unknown') return list;
    const later = lists.slice(k + 1).some((l) => l.role === 'supportOrResponsible' || l.role === 'support');
    const hasLead = lists.some((l) => l.role === 'lead');
    return { ...list, role: later && !hasLead ? 'lead' : 'supportOrResponsible' };
  });
}

/** Unlabelled clauses: "X牵头,Y、Z配合", "X、Y负责", "X牵头,各相关单位按职责分工负责". */
export function clauseLists(body: string, offset: number): RoleList[] {
  const lists: RoleList[] = [];
  let from = 0;
  const clauses: Span[] = [];
  for (let i = 0; i <= body.length; i++) {
    if (i === body.length || /[,，;；]/.test(body[i])) {
      const raw = body.slice(from, i);
      if (raw.trim()) clauses.push({ text: raw.trim(), start: offset + from + (raw.length - raw.trimStart().length), end: offset + i });
      from = i + 1;
    }
  }
  // A clause without a verb ("B、C等部门") shares the verb of the supporting clause after it:
  // (A牵头,B、C等部门,D、E配合) names B, C, D and E as supporters.
  let pending: Span[] = [];
  for (const clause of clauses) {
    const matched = CLAUSE_ROLES.map(({ re, role }) => ({ m: re.exec(clause.text), role })).find((x) => x.m && x.m[1].trim());
    if (!matched) { pending.push(clause); continue; }
    const name = matched.m![1];
    const at = clause.start + clause.text.indexOf(name);
    const items = splitItems(name, at);
    if (matched.role !== 'lead') for (const p of pending) items.unshift(...splitItems(p.text, p.start));
    pending = [];
    lists.push({ role: matched.role, label: clause.text.slice(name.length), items });
  }
  return lists;
}

/** A verb the excerpt's end cut short: 按职责分 of 按职责分工负责, 配 of 配合. */
const CUT_LEAD_RE = /等?牵$/;
const CUT_VERB_RE = /(?:等)?(?:按(?:职(?:责(?:分(?:工(?:负(?:责)?)?)?)?)?)?|配|负|协)?$/;

/**
 * The last clause of an annotation cut by the end of the text, when no verb was read for it: its
 * complete names are responsible (supporters beside a lead), as the clause would have said.
 */
function cutClause(body: string, offset: number, lists: RoleList[]): RoleList[] {
  const from = Math.max(body.lastIndexOf(','), body.lastIndexOf('，'), body.lastIndexOf(';'), body.lastIndexOf('；')) + 1;
  if (lists.some((l) => l.items.some((i) => i.start >= offset + from))) return [];
  const tail = body.slice(from);
  // 牵 can only open 牵头: (A、B等牵 names its leads.
  const lead = CUT_LEAD_RE.test(tail);
  const items = splitItems(tail.replace(lead ? CUT_LEAD_RE : CUT_VERB_RE, ''), offset + from);
  return items.length > 0 ? [{ role: lead ? 'lead' : 'responsibleOrSupport', label: '(截断)', items }] : [];
}

function parenAnnotation(text: string, open: number): Annotation | null {
  const close = OPENERS[text[open]];
  let depth = 0;
  let end = -1;
  let truncated = false;
  let noteAt = -1;
  let carry: Span[] | undefined;
  const limit = Math.min(text.length, open + MAX_ANNOTATION_CHARS);
  let i = open + 1;
  for (; i < limit; i++) {
    const ch = text[i];
    if (ch === text[open]) depth++;
    else if (ch === close) {
      if (depth === 0) { end = i; break; }
      depth--;
    } else if (ch === '\n') { truncated = true; break; } else if (ch === '。') {
      const note = carryNote(text, i + 1, limit, close);
      if (!note) { truncated = true; break; }
      noteAt = i;
      end = note.close;
      carry = note.units;
      break;
    }
  }
  if (end < 0) truncated = true;
  const bodyEnd = noteAt >= 0 ? noteAt : end >= 0 ? end : i;
  const body = text.slice(open + 1, bodyEnd);
  const labels = findLabels(body, open + 1);
  // A short leading tag before the first label (预期性指标, 约束性指标) does not make it body text.
  const startsWithLabel = labels.length > 0
    && (labels[0].start - (open + 1) <= 2 || LEADING_TAG_RE.test(text.slice(open + 1, labels[0].start)));
  if (!startsWithLabel && !(labels.length > 0 && /牵头|负责/.test(body.slice(0, labels[0].start - open - 1)))) {
    // An excerpt cut inside the clause list (the text ends, no close) keeps the clauses it completes.
    const cutAtEnd = truncated && end < 0 && noteAt < 0 && text.slice(i).trim() === '';
    if (labels.length > 0 || !(CLAUSE_HINT_RE.test(body) || (cutAtEnd && CUT_LEAD_RE.test(body))) || (truncated && !cutAtEnd)) return null;
    const lists = clauseLists(body, open + 1);
    if (cutAtEnd) lists.push(...cutClause(body, open + 1, lists));
    if (lists.length === 0) return null;
    return { start: open, end: end >= 0 ? end + 1 : bodyEnd, kind: 'paren', truncated: false, lists, others: [], ...(carry ? { carry } : {}) };
  }
  const { lists, others } = labelledLists(text, open + 1, bodyEnd, labels);
  return { start: open, end: end >= 0 ? end + 1 : bodyEnd, kind: 'paren', truncated, lists, others, ...(carry ? { carry } : {}) };
}

/**
 * After a 。 inside brackets: a note that speaks for later items (…。以下政策措施均需A、B落实,不再单独列出) and
 * the bracket's close on the same line, or null when the annotation simply ran into body text.
 */
function carryNote(text: string, from: number, limit: number, close: string): { close: number; units: Span[] } | null {
  let closeAt = -1;
  for (let j = from; j < limit; j++) {
    if (text[j] === '\n') return null;
    if (text[j] === close) { closeAt = j; break; }
  }
  if (closeAt < 0) return null;
  const note = text.slice(from, closeAt);
  if (!CARRY_NOTE_RE.test(note)) return null;
  const m = CARRY_UNITS_RE.exec(note);
  return { close: closeAt, units: m ? carriedItems(m[1], from + m.index + m[0].indexOf(m[1])) : [] };
}

/** 四市或部分市人民政府: the tail after 或 is shared (四市人民政府 or some of them), so the whole set is 四市人民政府. */
const SHARED_TAIL_OR_RE = /^([^或]{1,10}?[市县区旗])或(?:部分|有关|相关)[市县区旗]?(人民政府|政府)$/;

function carriedItems(text: string, offset: number): Span[] {
  const m = SHARED_TAIL_OR_RE.exec(text);
  return m ? [{ text: m[1] + m[2], start: offset, end: offset + text.length }] : splitItems(text, offset);
}

/** ",责任单位:…)" with no opening bracket: the head of the annotation was lost in a page gap. */
function orphanAnnotation(text: string, label: Label, taken: (pos: number) => boolean): Annotation | null {
  if (taken(label.start)) return null;
  const sep = text[label.start - 1];
  if (sep !== ',' && sep !== '，') return null;
  // Both searches stay within one annotation's length, so many labels never rescan the text after them.
  const window = text.slice(label.end, label.end + MAX_ANNOTATION_CHARS);
  const close = window.indexOf(')');
  if (close < 0 || /[。\n(]/.test(window.slice(0, close))) return null;
  let start = label.start - 1;
  const floor = Math.max(0, start - MAX_ANNOTATION_CHARS);
  while (start > floor && !/[,，。;；)\n]/.test(text[start - 1])) start--;
  const end = label.end + close;
  const labels = [{ start, end: start, name: '?单位' }, ...findLabels(text.slice(label.start, end), label.start)];
  const { lists, others } = labelledLists(text, start, end, labels);
  return { start, end: end + 1, kind: 'orphan', truncated: true, lists, others };
}

function lineAnnotations(text: string, taken: (pos: number) => boolean): Annotation[] {
  const result: Annotation[] = [];
  // A label damaged by OCR (钙单位:) also opens a line; its meaning comes from the lines around it.
  let current: Annotation | null = null;
  for (const m of text.matchAll(LABEL_LINE_RE)) {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    if (taken(start)) continue;
    const end = m.index! + m[0].length;
    const labels = findLabels(text.slice(start, end), start);
    if (labels.length === 0) continue;
    // Damaged labels are read once the whole block of label lines is known.
    const { lists, others } = labelledLists(text, start, end, labels, false);
    if (current && /^\s*$/.test(text.slice(current.end, start))) {
      current.lists.push(...lists);
      current.others.push(...others);
      current.end = end;
    } else {
      current = { start, end, kind: 'line', truncated: false, lists, others };
      result.push(current);
    }
  }
  for (const a of result) a.lists = resolveUnknownLabels(a.lists);
  return result;
}

export function findAnnotations(text: string): Annotation[] {
  const found: Annotation[] = [];
  const openers = /[(〔【[]/g;
  for (let m = openers.exec(text); m; m = openers.exec(text)) {
    const ann = parenAnnotation(text, m.index);
    if (ann) { found.push(ann); openers.lastIndex = Math.max(ann.end, m.index + 1); }
  }
  const taken = (pos: number) => {
    const a = found[lastStartingBefore(found, pos)];
    return !!a && pos < a.end;
  };
  found.push(...lineAnnotations(text, taken));
  found.sort((a, b) => a.start - b.start);
  found.push(...openingClauses(text, taken), ...runOnHeadingLeads(text, taken));
  found.sort((a, b) => a.start - b.start);
  // Orphans are found left to right and never overlap what came before: the last one is enough to check.
  const orphans: Annotation[] = [];
  for (const m of text.matchAll(LABEL_RE)) {
    const label = { start: m.index!, end: m.index! + m[0].length, name: m[1] };
    const last = orphans[orphans.length - 1];
    const orphan = orphanAnnotation(text, label, (p) => taken(p) || (!!last && p >= last.start && p < last.end));
    if (orphan) orphans.push(orphan);
  }
  return [...found, ...orphans].sort((a, b) => a.start - b.start);
}
