// A bracketed duty annotation: (牵头单位:X;责任单位:Y), (X牵头,Y配合), 〔责任单位:…〕, cut short or carrying a note.
import { isCollective, isLevelGovernment, joinAt, patternKind } from '../units/surface.ts';
import type { Annotation, OtherField, RoleList, Span } from './annotation-types.ts';
import { carryNote, runOnNote } from './carry-note.ts';
import { dropCutName } from './cut-values.ts';
import { opensJointClause } from './joint-clause.ts';
import { clauseLists, cutClause, CUT_LEAD_RE, findLabels, labelledLists } from './labelled-lists.ts';
import { splitItems } from './list-items.ts';
import { ruleClauseAt, statesFirstIsLead } from './reading-rule.ts';
import { CLAUSE_HINT_RE, LABEL_RE } from './roles.ts';

const LEADING_TAG_RE = /^[^,，;；:：。()（）、]{2,10}[,，;；]\s*$/;
/**
 * A deadline stated before the first label, of any length (包头 2022: (5月底取得阶段性成效并持续推进,牵头考核单位:X),
 * as 年底前完成 or 长期坚持 elsewhere): a time word in one clause, then the labels.
 */
const LEADING_TIME_RE = /^(?=[^,，;；:：。()（）]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月|[^,，;；:：。()（）]*(?:年底|年内|季度|上半年|下半年|持续|长期|完成))[^,，;；:：。()（）]{2,30}[,，;；]\s*$/u;
const OPENERS: Record<string, string> = { '(': ')', '〔': '〕', '【': '】', '[': ']' };
export const MAX_ANNOTATION_CHARS = 400;

interface Extent {
  /** The closing bracket, or -1 when the annotation never closed. */
  end: number;
  /** Where the scan stopped: the close, a line break, a 。 or the length limit. */
  stop: number;
  truncated: boolean;
  /** The 。 before a note that speaks for later items, or -1. */
  noteAt: number;
  carry?: Span[];
  /** The note states the first-listed-unit-leads rule (排名第一的为牵头单位,下同). */
  rule: boolean;
}

/** How far the bracket opened at `open` runs: to its close, a line break, or a 。 not followed by a note. */
function extentOf(text: string, open: number): Extent {
  const close = OPENERS[text[open]];
  const limit = Math.min(text.length, open + MAX_ANNOTATION_CHARS);
  let depth = 0;
  let i = open + 1;
  for (; i < limit; i++) {
    const ch = text[i];
    if (ch === text[open]) depth++;
    else if (ch === close) {
      if (depth === 0) return { end: i, stop: i, truncated: false, noteAt: -1, rule: false };
      depth--;
    } else if (ch === '\n') {
      if (!wrapsToClose(text, open, i, close)) break;
    } else if (ch === '。') {
      if (labelFollows(text, open, i + 1, limit, close)) continue;
      const note = carryNote(text, i + 1, limit, close);
      if (!note) break;
      return { end: note.close, stop: i, truncated: false, noteAt: i, carry: note.units, rule: statesFirstIsLead(note.text) };
    }
  }
  return { end: -1, stop: i, truncated: true, noteAt: -1, rule: false };
}

/**
 * A 。 between two labelled clauses of one bracket (（牵头部门：X。配合部门：A、B）, 上海 2012 客货运): the bracket opens with a
 * label, the next label opens right after the 。 and the bracket closes on the same line, so the list goes on — it did not
 * run into body text. A clause list that a 。 closes (〔A、B等按职责分工负责。责任单位:…。以下均需…〕) ends there as before.
 */
function labelFollows(text: string, open: number, from: number, limit: number, close: string): boolean {
  const labelAt = (at: number) => new RegExp(`^${LABEL_RE.source}`, 'u').test(text.slice(at, limit));
  if (!labelAt(open + 1) || !labelAt(from)) return false;
  const lineEnd = text.indexOf('\n', from);
  const closeAt = text.indexOf(close, from);
  return closeAt >= 0 && closeAt < limit && (lineEnd < 0 || closeAt < lineEnd);
}

const WRAP_MAX_CHARS = 60;
/** A clause annotation's role word before the break (市食安办牵头,市食安委各有关成员单 / 位协作): it wraps like a label. */
const ROLE_WORD_RE = /(?:牵头|主办)[,，;；]/u;
const ITEM_MARKER_RE = /^\s*(?:\d+\s*[.、．。]|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])/;

/**
 * A text layer hard-wrapped at a fixed width (a .docx or PDF copy) breaks a labelled annotation across lines:
 * `(责任单位:自治` / `区农牧厅、财政厅)`. The break belongs to the bracket when a duty label opened it and the
 * next line is only the rest of the list: it closes the bracket and ends there, with no sentence or item in it.
 * A clause list whose lead is named before the break (X牵头,Y、Z单 / 位协作) wraps the same way, and so does one broken
 * inside its first names when the next line holds its verbs and its close.
 */
function wrapsToClose(text: string, open: number, at: number, close: string): boolean {
  const before = text.slice(open + 1, at);
  const named = new RegExp(LABEL_RE.source).test(before) || ROLE_WORD_RE.test(before);
  // A list broken inside a name before any role word (〔县自然资 / 源局、县农业农村局按职责分工负责,各乡(街道)落实〕):
  // only names before the break, and the next line ends the clause list at the close.
  if (!named && (before.length > WRAP_MAX_CHARS || /[,，;；:：。()（）]/.test(before))) return false;
  // A text layer that prints a blank line between its printed lines (a journal's flip-book) breaks the bracket over it.
  const from = /^[ \t]*\n/.test(text.slice(at + 1, at + 1 + WRAP_MAX_CHARS)) ? text.indexOf('\n', at + 1) + 1 : at + 1;
  const lineEnd = text.indexOf('\n', from);
  const line = text.slice(from, lineEnd < 0 ? text.length : lineEnd);
  const c = line.indexOf(close);
  if (c < 0 || c > WRAP_MAX_CHARS || line.slice(c + 1).trim() !== '') return false;
  const rest = line.slice(0, c);
  // A level in brackets inside a collective (各乡(街道)) is part of a name, not a new bracket.
  const bare = named ? rest : rest.replace(/[(（][^()（）]{1,8}[)）]/g, '');
  if (/[。(（〔【\[]/.test(bare) || ITEM_MARKER_RE.test(rest)) return false;
  return named || CLAUSE_HINT_RE.test(rest);
}

export function parenAnnotation(text: string, open: number): Annotation | null {
  const x = extentOf(text, open);
  const closeAt = x.noteAt >= 0 ? x.noteAt : x.end >= 0 ? x.end : x.stop;
  // A note run on after a comma (…负责,以下各任务均需A、B落实,不再一一列出) ends the list: its words are no names.
  const runOn = x.carry ? null : runOnNote(text, open + 1, closeAt);
  // The rule closing the list's names (…,各县市、区政府,列第一位的为牵头单位,下同。以下均需…): a note, no name.
  const ruleAt = ruleClauseAt(text.slice(open + 1, runOn ? runOn.at : closeAt));
  if (ruleAt >= 0) x.rule = true;
  const bodyEnd = ruleAt >= 0 ? open + 1 + ruleAt : runOn ? runOn.at : closeAt;
  const body = text.slice(open + 1, bodyEnd);
  const labels = findLabels(body, open + 1);
  const carry = x.carry ?? nestedCarry(text, open + 1, bodyEnd) ?? (runOn && runOn.units.length > 0 ? runOn.units : undefined);
  const made = (lists: RoleList[], others: OtherField[], truncated: boolean): Annotation => ({
    start: open, end: x.end >= 0 ? x.end + 1 : bodyEnd, kind: 'paren', truncated, lists, others, ...(carry ? { carry } : {}),
  });
  // An excerpt cut inside the annotation (the text ends, no close) keeps what it completes.
  const cutAtEnd = x.truncated && text.slice(x.stop).trim() === '';
  // A short leading tag before the first label (预期性指标, 约束性指标) does not make it body text.
  const startsWithLabel = labels.length > 0
    && (labels[0].start - (open + 1) <= 2 || [LEADING_TAG_RE, LEADING_TIME_RE].some((re) => re.test(text.slice(open + 1, labels[0].start))));
  if (startsWithLabel || (labels.length > 0 && /牵头|负责/.test(body.slice(0, labels[0].start - open - 1)))) {
    const { lists, others } = labelledLists(text, open + 1, bodyEnd, labels);
    return made(cutAtEnd ? dropCutName(lists, text) : lists, others, x.truncated);
  }
  // An excerpt cut in the bracket's next sentence, after its list closed with its own 。 (…税务总局等负责。列第一位者,
  // 国发〔2017〕28号): the list is whole and read as if closed; the cut sentence states no name, so no lead is guessed.
  const cutAfterList = x.truncated && !cutAtEnd && text[x.stop] === '。' && !text.slice(x.stop).trimEnd().includes('\n');
  if (labels.length > 0 || (x.truncated && !cutAtEnd && !cutAfterList)) return null;
  // A bare list whose note states how it is read (…、中储粮株洲直属库。排名第一的为牵头单位,下同) is a unit list.
  if (x.rule && !CLAUSE_HINT_RE.test(body)) return made([{ role: 'supportOrResponsible', label: '(列第一位)', items: splitItems(body, open + 1) }], [], false);
  const inSentence = closesItemSentence(text, x.end);
  const joint = opensJointClause(body, open + 1);
  if (!joint && (closesParagraph(text, open, x.end) || inSentence || (cutAtEnd && followsSentence(text, open))) && !CLAUSE_HINT_RE.test(body)) {
    const bare: RoleList[] = [{ role: 'responsible', label: '(未标角色)', items: splitJoins(splitItems(body, open + 1)) }];
    // Cut by the excerpt's end (…市商務局、人民): the complete names stay, the cut one goes, and two must remain.
    const [{ items }] = cutAtEnd ? dropCutName(bare, text) : bare;
    // The level is printed once, on the list's first name (市发改委、农委、人保局): a short name after it takes it.
    const level = /^[省市县区]/u.exec(items[0]?.text ?? '')?.[0] ?? '';
    // Inside the sentence one name could be a gloss (省发改委(省能源局)): a list there has at least two.
    if (items.length >= (cutAtEnd || inSentence ? 2 : 1) && items.every((i) => isNameShaped(i.text) || (level !== '' && isNameShaped(level + i.text)))) {
      return made([{ ...bare[0], items }], [], cutAtEnd);
    }
  }
  if (!(joint || CLAUSE_HINT_RE.test(body) || (cutAtEnd && CUT_LEAD_RE.test(body)))) return null;
  // A note the excerpt cut inside the annotation (…管委会〔以下均需各市、区人民政府,镇): its words name no duty of this item.
  const clauses = cutAtEnd ? body.slice(0, openNoteAt(body)) : body;
  const lists = clauseLists(clauses, open + 1);
  if (cutAtEnd) lists.push(...cutClause(clauses, open + 1, lists));
  return lists.length > 0 ? made(lists, [], false) : null;
}

/** A bare list's item reads as a name: a unit's shape, a collective, or a name with its other name in brackets (省数据局(省营商局)). */
function isNameShaped(item: string): boolean {
  if (patternKind(item) !== null || isCollective(item) || isLevelGovernment(item)) return true;
  const alias = /^(.+?)[(（]([^()（）]+)[)）]$/u.exec(item);
  return alias !== null && isNameShaped(alias[1]) && isNameShaped(alias[2]);
}

/**
 * A bare list's names joined by 及 or 和 (市政府法制办及相关部门和县(区)政府, a law-database copy of a 市 依法行政 plan):
 * each side a name, so each is a unit; a name that holds 和 (市劳动和社会保障局) is name-shaped whole and stays so.
 */
function splitJoins(items: Span[]): Span[] {
  return items.flatMap((item) => {
    const at = joinAt(item.text);
    if (at <= 0) return [item];
    const left = { text: item.text.slice(0, at), start: item.start, end: item.start + at };
    const right = { text: item.text.slice(at + 1), start: item.start + at + 1, end: item.end };
    const parts = [left, ...splitJoins([right])];
    return isNameShaped(left.text) && parts.every((p) => isNameShaped(p.text)) ? parts : [item];
  });
}

/** A note in its own brackets inside the annotation (…;各市、区人民政府〔以下均需各市、区人民政府落实,不再列出〕): its units. */
function nestedCarry(text: string, from: number, to: number): Span[] | undefined {
  const at = text.slice(from, to).search(/[〔【]/u);
  if (at < 0) return undefined;
  const open = from + at;
  const note = carryNote(text, open + 1, to, OPENERS[text[open]]);
  return note && note.units.length > 0 ? note.units : undefined;
}

/** Where a nested note (〔以下均需…) opens and never closes, or the body's length. */
function openNoteAt(body: string): number {
  const at = Math.max(body.lastIndexOf('〔'), body.lastIndexOf('【'));
  return at > 0 && !/[〕】]/u.test(body.slice(at)) && /^.(?:以下|下同|均需|具体)/u.test(body.slice(at)) ? at : body.length;
}

/**
 * A bracket that closes an item's last sentence (`…发展。(市工信委、市财政局)` and the line ends): there a list of
 * names and nothing else, no role word, names the units responsible for the item (西安 2018 财税措施).
 */
function closesParagraph(text: string, open: number, close: number): boolean {
  if (close < 0 || !followsSentence(text, open)) return false;
  const after = text.indexOf('\n', close);
  return text.slice(close + 1, after < 0 ? text.length : after).trim() === '';
}

/**
 * A bracket that the item's closing 。 follows (`1、地区生产总值增长11%(市发改委,各县市区政府,荆州开发区)。` and the line
 * ends): a list of names there, no role word, names the units responsible for the item (荆州 2009).
 */
function closesItemSentence(text: string, close: number): boolean {
  // Not `includes(text[close + 1] ?? '')`: every string includes '', which took a bracket at the text's end for one.
  if (close < 0 || !/^[。;；]$/u.test(text[close + 1] ?? '')) return false;
  const after = text.indexOf('\n', close);
  return text.slice(close + 2, after < 0 ? text.length : after).trim() === '';
}

/**
 * The bracket opens right after a sentence's end (spaces aside, or a quote's close), on its line or opening the next one: a law
 * database's copy prints each item's units on their own line under it (无锡 2011: `…增长12%。` / `(市发改委、财政局)`).
 */
function followsSentence(text: string, open: number): boolean {
  let before = open - 1;
  while (before >= 0 && text[before] === ' ') before--;
  if (before >= 0 && text[before] === '\n') {
    before--;
    while (before >= 0 && text[before] === ' ') before--;
  }
  // A quoted passage's close (a digest quoting each item: `…研发推广。」(工信部、公安部)`): the sentence ends inside it,
  // with its 。 or the ellipsis where the quote stops.
  if (before >= 0 && '」』”'.includes(text[before])) return before > 0 && '。;；…'.includes(text[before - 1]);
  return before >= 0 && '。;；'.includes(text[before]);
}
