// Duties written as the subjects of a step's sentences, with no annotation (a 区 消费 opinion's steps, 雁塔 2009):
// `1、此项活动由A、B、C共同组织实施。` (all responsible), `2、由A牵头,全面负责…;B负责…;C负责…。` (A leads, B and C
// support), `3、A负责联系市城管执法局,…` (A responsible; whom it contacts is no duty unit).
import { readsAsUnit } from '../units/prose-names.ts';
import type { Annotation, RoleList, Span } from './annotation-types.ts';
import { splitItems } from './list-items.ts';

/**
 * A step's marker `1、` at a line start or glued after the last step's 。 (a page run on one line); `1.` at a line start
 * (a 职责分工 part's items, each opened by its unit: `2.镇监察室负责…`).
 */
const STEP_RE = /(?:^|(?<=[。;；]))[ \t]*\d{1,2}、|^[ \t]*\d{1,2}[.．](?!\d)/gmu;
/** 由 and the names, then the verb: the sentence says who carries the step out. */
const CARRIED_RE = /^(?:此项(?:活动|工作|任务))?由([^,，。;；由]{2,60}?)(共同组织实施|共同负责|组织实施|牵头|负责)/u;
/** The names, then 牵头 or 负责, opening the sentence. */
const SUBJECT_RE = /^([^,，。;；由]{2,40}?)(牵头|负责)/u;
/** A name the registry's shapes read as a unit (区商贸旅游局, 长延堡街办) or a collective. */
/** A short name beside unit names in one list (华东服装城, a market): kept for the resolver to judge, never alone. */
const isShortNoun = (s: string) => /^[\u4e00-\u9fff]{2,8}$/u.test(s);

/** The sentence's duty list, or null when its opening names are not names. */
function sentenceList(sentence: string, at: number): RoleList | null {
  const m = CARRIED_RE.exec(sentence) ?? SUBJECT_RE.exec(sentence);
  if (!m) return null;
  const items: Span[] = splitItems(m[1], at + sentence.indexOf(m[1]));
  if (items.length === 0 || !items.some((i) => readsAsUnit(i.text)) || !items.every((i) => readsAsUnit(i.text) || isShortNoun(i.text))) return null;
  return { role: m[2] === '牵头' ? 'lead' : 'responsibleOrSupport', label: m[2], items };
}

/** Each step whose sentences open with their units, outside any annotation already found. */
export function stepSubjects(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  const marks = [...text.matchAll(STEP_RE)].map((m) => ({ start: m.index!, body: m.index! + m[0].length }));
  marks.forEach((mark, k) => {
    const lineEnd = text.indexOf('\n', mark.body);
    const end = Math.min(marks[k + 1]?.start ?? text.length, lineEnd < 0 ? text.length : lineEnd);
    const lists: RoleList[] = [];
    let from = -1;
    let to = -1;
    // A `1.` item is a unit's only when its first sentence opens with the unit (2.镇监察室负责…); a project's `1.` line
    // that later says who supervises it (…由县农业农村局、财政局负责监督) assigns it no duty.
    const dotted = /[.．]$/u.test(text.slice(mark.start, mark.body));
    for (const s of text.slice(mark.body, end).matchAll(/[^。;；]+[。;；]?/gu)) {
      const at = mark.body + s.index!;
      if (taken(at)) return;
      const list = sentenceList(s[0], at);
      if (!list && dotted && from < 0) return;
      if (!list) continue;
      lists.push(list);
      if (from < 0) from = at;
      to = at + s[0].length;
    }
    if (lists.length > 0) found.push({ start: from, end: to, kind: 'line', truncated: false, lists, others: [] });
  });
  return found;
}
