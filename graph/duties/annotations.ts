// Find duty annotations in normalised text — (牵头单位:X,责任单位:Y), (X牵头,Y配合), 〔责任单位:…〕,
// own-line 牵头单位: lines, and annotations whose opening bracket was lost in a page gap.
import { isPageFieldLine } from '../metadata/page-fields.ts';
import { lastStartingBefore } from '../outline/spans.ts';
import type { Annotation } from './annotation-types.ts';
import { assignedSentences } from './assigned-sentences.ts';
import { closingClauses } from './closing-clause.ts';
import { dropCutName, wrappedValueEnd } from './cut-values.ts';
import { fieldBlocks } from './field-blocks.ts';
import { runOnHeadingLeads } from './heading-run-on.ts';
import { jointClauses } from './joint-clause.ts';
import { runOnLabels } from './run-on-labels.ts';
import { findLabels, labelledLists, resolveUnknownLabels, type Label } from './labelled-lists.ts';
import { splitItems } from './list-items.ts';
import { openingClauses } from './opening-clause.ts';
import { proseLeads } from './prose-lead.ts';
import { stepSubjects } from './step-subjects.ts';
import { subjectRoles } from './subject-role.ts';
import { unitHeaded } from './unit-headed.ts';
import { MAX_ANNOTATION_CHARS, parenAnnotation } from './paren-annotation.ts';
import { LABEL_LINE_RE, LABEL_RE } from './roles.ts';

export type { Annotation } from './annotation-types.ts';

export function findAnnotations(text: string): Annotation[] {
  // An item's numbered fields are one block: brackets inside its content fields are no annotations of their own.
  const blocks = fieldBlocks(text).sort((a, b) => a.start - b.start);
  const found: Annotation[] = [...blocks];
  const openers = /[(〔【[]/g;
  for (let m = openers.exec(text); m; m = openers.exec(text)) {
    const block = blocks[lastStartingBefore(blocks, m.index)];
    if (block && m.index < block.end) { openers.lastIndex = block.end; continue; }
    const ann = parenAnnotation(text, m.index);
    if (ann) { found.push(ann); openers.lastIndex = Math.max(ann.end, m.index + 1); }
  }
  const taken = (pos: number) => {
    const a = found[lastStartingBefore(found, pos)];
    return !!a && pos < a.end;
  };
  found.push(...lineAnnotations(text, taken));
  found.sort((a, b) => a.start - b.start);
  found.push(...openingClauses(text, taken), ...runOnHeadingLeads(text, taken), ...runOnLabels(text, taken), ...assignedSentences(text, taken), ...jointClauses(text, taken));
  found.sort((a, b) => a.start - b.start);
  // A closing duty sentence is read last: a run-on label (。责任单位:X牵头,A配合。) already holds its sentence.
  found.push(...closingClauses(text, taken));
  found.sort((a, b) => a.start - b.start);
  // Steps whose sentences open with their units come after every annotation: any of them on a step reads it instead.
  found.push(...stepSubjects(text, taken));
  found.sort((a, b) => a.start - b.start);
  // A lead named inside a body sentence (…，由X牵头，Y配合。), then paragraphs headed by their units (区民防办：负责…),
  // each where nothing else named a duty.
  found.push(...proseLeads(text, taken));
  found.sort((a, b) => a.start - b.start);
  found.push(...unitHeaded(text, taken));
  found.sort((a, b) => a.start - b.start);
  found.push(...subjectRoles(text, taken));
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
    // A page's header field (发文单位:区政府办, 发布单位:…) is metadata, never a duty.
    if (taken(start) || isPageFieldLine(m[0])) continue;
    const lineEnd = m.index! + m[0].length;
    const labels = findLabels(text.slice(start, lineEnd), start);
    if (labels.length === 0) continue;
    const end = wrappedValueEnd(text, labels[labels.length - 1].end, lineEnd);
    // Damaged labels are read once the whole block of label lines is known.
    const read = labelledLists(text, start, end, labels, false);
    // The excerpt ends inside this line's last word (no 。 or bracket closing it): its last name may be cut.
    const cut = text.slice(end).trim() === '' && /\p{Script=Han}\s*$/u.test(text.slice(start, end));
    const { lists, others } = cut ? { ...read, lists: dropCutName(read.lists, text) } : read;
    if (current && /^\s*$/.test(text.slice(current.end, start))) {
      current.lists.push(...lists);
      current.others.push(...others);
      current.end = end;
    } else {
      current = { start, end, kind: 'line', truncated: false, lists, others };
      result.push(current);
    }
  }
  for (const a of result) {
    a.lists = resolveUnknownLabels(a.lists);
    leadField(text, a);
  }
  return result;
}

/** A field line whose value opens by naming a lead in a clause: 工作要求:由市发改委牵头,并负责报进度。 */
const LEAD_FIELD_RE = /^[ \t]*\p{Script=Han}{2,6}[ \t]*[:：][ \t]*由([^,，。;；:：()（）\n]{2,40}?)牵头/u;

/**
 * A block of own-line labels with no lead, followed by a field that names which of its units leads (开封 2005:
 * 责任单位:市发改委 五县五区政府 开发区管委会 / 责任人:… / 工作要求:由市发改委牵头,并负责报进度。): those units lead, the
 * block's others support them. Only names the block already lists: the field picks among them, it adds none.
 */
function leadField(text: string, a: Annotation): void {
  if (a.lists.some((l) => l.role === 'lead') || a.lists.length === 0) return;
  const lineStart = text.indexOf('\n', a.end);
  if (lineStart < 0 || text.slice(a.end, lineStart).trim() !== '') return;
  const lineEnd = text.indexOf('\n', lineStart + 1) < 0 ? text.length : text.indexOf('\n', lineStart + 1);
  const m = LEAD_FIELD_RE.exec(text.slice(lineStart + 1, lineEnd));
  if (!m) return;
  const at = lineStart + 1 + m.index + m[0].lastIndexOf(m[1]);
  const items = splitItems(m[1], at);
  const listed = new Set(a.lists.flatMap((l) => l.items.map((i) => i.text)));
  if (items.length === 0 || !items.every((i) => listed.has(i.text))) return;
  a.lists.push({ role: 'lead', label: '牵头', items });
  a.end = lineEnd;
}
