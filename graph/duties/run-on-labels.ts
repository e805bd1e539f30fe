// A duty label run on into the line before it, its value closed by the next label (…实施意见责任单位:A、B责任人:…).
import { isCollective, patternKind } from '../units/surface.ts';
import type { Annotation } from './annotation-types.ts';
import { labelledLists } from './labelled-lists.ts';
import { splitItems } from './list-items.ts';
import { LABEL_RE, labelMeaning } from './roles.ts';

/** A run-on value is a short list of names: longer text is prose that happens to hold a label. */
const MAX_VALUE_CHARS = 80;

/**
 * Pages that lost their line breaks glue an item's fields together with no separator: `…的实施意见责任单位:
 * 县人事局、县文体局责任人:茶德根…` (漾濞). A duty label glued to the text before it is an annotation when the
 * next label closes its value within the line and every name in it reads as a unit or a collective.
 */
export function runOnLabels(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  const labels = [...text.matchAll(LABEL_RE)];
  let last: Annotation | null = null;
  labels.forEach((m, k) => {
    const start = m.index!;
    const meaning = labelMeaning(m[1]);
    const before = text[start - 1] ?? '';
    // 牵头单位:X;责任单位:Y run on after the sentence (徐州 2020): the second label follows the first one's value.
    const chained = last !== null && CHAIN_GAP_RE.test(text.slice(last.end, start));
    const afterStop = before === '。' || chained || afterItemTitle(text, start);
    if (meaning?.kind !== 'duty' || taken(start) || !(afterStop || /\p{Script=Han}/u.test(before))) return;
    const valueStart = start + m[0].length;
    const end = valueEnd(text, valueStart, labels[k + 1]?.index, afterStop);
    if (end < 0) return;
    const value = text.slice(valueStart, end).replace(TRAILING_SEPARATOR_RE, '');
    // 。责任单位:省发改委牵头,省交通厅、…配合。 (江西 2009): a lead clause and a support clause after the sentence.
    if (afterStop && !chained && CLAUSE_VALUE_RE.test(value)) {
      const label = { start, end: valueStart, name: m[1] };
      const { lists } = labelledLists(text, start, valueStart + value.length, [label]);
      last = { start, end: valueStart + value.length, kind: 'line', truncated: false, lists, others: [] };
      found.push(last);
      return;
    }
    if (/[\n。,，;；:：]/.test(value) || /[()（）]/.test(value.replace(SHORT_PAREN_RE, ''))) return;
    const items = splitItems(value, valueStart);
    if (items.length === 0 || !items.every((i) => patternKind(i.text) !== null || isCollective(i.text))) return;
    const list = { role: meaning.role, label: m[1], items };
    const valueStop = valueStart + value.length;
    if (chained && last) {
      last.lists.push(list);
      last.end = valueStop;
      return;
    }
    last = { start, end: valueStop, kind: 'line', truncated: false, lists: [list], others: [] };
    found.push(last);
  });
  return found;
}

/** An item's short title from its marker to the comma before a label: `1、学前教育促进,牵头单位:X。` (六安 2021). */
const ITEM_TITLE_RE = /(?:^|\n)[ \t\u3000]*(?:\d{1,3}[.．、]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}、)[^\n。;；,，:：()（）]{2,40}[,，]$/u;

/**
 * A progress notice names the project, then its lead in the same sentence: `1、学前教育促进,牵头单位:市教体局。其中,…`.
 * A label after the comma that closes an item's title (nothing but the title before it on the line) is its
 * annotation, read like one after the item's 。; a label after a comma inside a sentence stays text.
 */
function afterItemTitle(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 50 && ITEM_TITLE_RE.test(text.slice(Math.max(0, lineStart - 1), start));
}

/** A value that is a lead clause then a support clause, and nothing else. */
const CLAUSE_VALUE_RE = /^[^。:：()（）\n]{2,40}(?<!分别)牵头[,，][^。:：()（）\n]{2,80}(?:配合|参与|协助|协同)$/u;
/** What may stand between one run-on label's value and the next label of the same annotation. */
const CHAIN_GAP_RE = /^[;；,，]\s*$/;
const TRAILING_SEPARATOR_RE = /[;；,，]\s*$/;
/** A level written in brackets inside a name (各县(市)区政府) is part of the name. */
const SHORT_PAREN_RE = /[(（][^()（）]{1,3}[)）]/g;

/**
 * Where a run-on value ends: at the next label; after a 。 (…的奖励。责任单位:A、B。2.对…, 莆田) also at the
 * sentence's own 。 or the line's end. -1 when nothing closes it within a list's length.
 */
function valueEnd(text: string, from: number, nextLabel: number | undefined, afterStop: boolean): number {
  const window = text.slice(from, from + MAX_VALUE_CHARS + 1);
  const label = nextLabel !== undefined && nextLabel - from <= MAX_VALUE_CHARS ? nextLabel - from : -1;
  const stop = afterStop ? window.search(/[。\n]|$/) : -1;
  const ends = [label, stop <= MAX_VALUE_CHARS ? stop : -1].filter((e) => e > 0);
  return ends.length > 0 ? from + Math.min(...ends) : -1;
}
