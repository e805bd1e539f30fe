// The text half of ingestion: normalise → annotations → units → outline, before anything becomes a graph.
import { findAnnotations, type Annotation } from '../duties/annotations.ts';
import { resolveAnnotation, type ResolvedAnnotation } from '../duties/assign.ts';
import { carryForward } from '../duties/carry.ts';
import { headingUnits } from '../duties/heading-units.ts';
import { partyHeaded } from '../duties/party-headed.ts';
import { annotatesDuties, proseRoles } from '../duties/prose-roles.ts';
import { supportFromNotice } from '../duties/notice-rule.ts';
import { readFirstAsLead } from '../duties/reading-rule.ts';
import { normaliseText, type NormalisedText } from '../normalise/normalise.ts';
import { endsMidSentence } from '../outline/cut.ts';
import { actionHeadings } from '../outline/action-headings.ts';
import { isWorkReport, targetHeadings } from '../outline/targets.ts';
import { buildOutline, type Outline, type OutlineNode } from '../outline/outline.ts';
import { lastStartingBefore } from '../outline/spans.ts';
import type { UnitResolver } from '../units/resolver.ts';
import { definedShortForms } from '../units/short-forms.ts';

export interface ParsedDocument {
  norm: NormalisedText;
  outline: Outline;
  annotations: ResolvedAnnotation[];
  /** Annotation index → the outline node it belongs to (null: before the first heading). */
  owner: Map<ResolvedAnnotation, OutlineNode | null>;
  /** A last heading an excerpt cut before its annotation: a task like the one before it. */
  cut: OutlineNode | null;
  /** Leaf headings under a heading that names their lead (一、强化科技创新(区科技局牵头) over (一)…): tasks. */
  leadUnder: Set<OutlineNode>;
  /** Leaf headings whose own text states quantified targets: tasks even without units. */
  targets: Set<OutlineNode>;
  /** Leaf headings of a plan's actions (重点任务, 保障措施, 实施步骤 items): tasks even without units. */
  actions: Set<OutlineNode>;
}

// Words too common in unit names to say anything about a task's field.
const GENERIC_FIELD_WORDS = /发展|改革|管理|服务|建设|事务|综合|工作|委员|中心|区属|重点/g;

/** Does a unit's field (交通 of 区交通局, 国资 of 区国资中心) appear in a task title? */
function sharesField(unit: string, title: string): boolean {
  const stem = unit.replace(/^[区县市省]/, '').replace(/(管委会|委员会|中心|公司|集团|局|委|办)$/, '').replace(GENERIC_FIELD_WORDS, '|');
  for (let i = 0; i + 1 < stem.length; i++) {
    const pair = stem.slice(i, i + 2);
    if (!pair.includes('|') && title.includes(pair)) return true;
  }
  return false;
}

/** The deepest outline node whose span holds `pos`. */
function ownerOf(outline: Outline, pos: number): OutlineNode | null {
  let best: OutlineNode | null = null;
  for (let n = outline.root; ;) {
    const c = n.children[lastStartingBefore(n.children, pos)];
    if (!c || pos >= c.end) return best;
    best = c;
    n = c;
  }
}

export function parseDocumentText(raw: string, resolver: UnitResolver): ParsedDocument {
  const norm = normaliseText(raw);
  // A short form the text defines for a body (以下简称…) names that body wherever the text uses it, in lists and in prose.
  const shortForms = definedShortForms(norm.text);
  for (const f of shortForms) resolver.define(f.short, f.full);
  const found = findAnnotations(norm.text);
  resolver.prime(found.flatMap((a) => a.lists.flatMap((l) => l.items.map((i) => i.text))));
  const annotations = readFirstAsLead(norm.text, found.map((a) => resolveAnnotation(a, resolver)));
  carryForward(annotations, resolver);
  supportFromNotice(norm.text, annotations, resolver);
  for (const a of annotations) for (const u of a.units) resolver.learn(u.canonical);
  const gapsAt = annotations
    .filter((a) => a.gapAt !== null && a.gapReason !== 'spliced-list')
    .map((a) => ({
      at: a.gapAt!,
      reason: a.gapReason as 'orphan-annotation' | 'truncated-annotation',
      detail: a.gapReason === 'orphan-annotation' ? '职责标注的开头缺失' : '职责标注中断，后接正文',
    }));
  // A truncated annotation ends where its list ran into body text; later markers there are real.
  const spans = annotations.map((a) => ({ start: a.annotation.start, end: a.end }));
  const byStart = new Map(annotations.map((a) => [a.annotation.start, a]));
  const fitsItem = (span: { start: number }, title: string) => {
    const ann = byStart.get(span.start);
    return !!ann && ann.units.some((u) => u.role === 'lead' && sharesField(u.canonical, title));
  };
  const outline = buildOutline({ text: norm.text, annotations: spans, gapsAt, fitsItem });
  const owner = new Map<ResolvedAnnotation, OutlineNode | null>();
  for (const a of annotations) owner.set(a, ownerOf(outline, a.annotation.start));
  const owned = new Set(owner.values());
  for (const { node, annotation } of [...headingLeads(norm.text, outline), ...headingUnits(norm.text, outline, owned), ...partyHeaded(norm.text, outline, owned)]) {
    const resolved = resolveAnnotation(annotation, resolver);
    if (resolved.units.length === 0) continue;
    annotations.push(resolved);
    owner.set(resolved, node);
  }
  spreadGroupAnnotations(norm.text, annotations, owner);
  spreadCounted(annotations, owner);
  carryToUnannotated(outline, annotations, owner, resolver);
  // Last, where nothing above gave an item a unit, in a plan that annotates no duty: the units its prose names as doing its work.
  // Never in a 政府工作报告 itself: its 各级政府要… is guidance to all, and alignment reads a report by its sections because it
  // has no task.
  // An item that holds only a field naming no duty (完成时限：2025年12月, 松江 2026) is still read for its prose roles.
  const ownsDuties = new Set([...owner].filter(([a]) => a.units.length > 0).map(([, node]) => node));
  const prose = annotatesDuties(norm.text, found) || isWorkReport(norm.text) ? [] : proseRoles(norm.text, outline, ownsDuties, shortForms.map((f) => f.short));
  for (const { node, annotation } of prose) {
    const resolved = resolveAnnotation(annotation, resolver);
    if (resolved.units.length === 0) continue;
    annotations.push(resolved);
    owner.set(resolved, node);
  }
  annotations.sort((a, b) => a.annotation.start - b.annotation.start);
  const cut = cutHeading(norm.text, outline, new Set(owner.values()));
  return { norm, outline, annotations, owner, cut, leadUnder: underHeadingLead(outline, annotations, owner), targets: targetHeadings(norm.text, outline), actions: actionHeadings(norm.text, outline, annotatesDuties(norm.text, found)) };
}

/** Leaf headings with no duty of their own whose ancestor's annotation names a lead: they inherit it. */
function underHeadingLead(outline: Outline, annotations: ResolvedAnnotation[], owner: Map<ResolvedAnnotation, OutlineNode | null>): Set<OutlineNode> {
  const leading = new Set(annotations.filter((a) => a.units.some((u) => u.role === 'lead')).map((a) => owner.get(a)));
  const under = new Set<OutlineNode>();
  for (const n of outline.nodes) {
    if (n.children.length > 0 || (n.kind !== 'part' && n.kind !== 'section')) continue;
    for (let p = n.parent; p; p = p.parent) if (leading.has(p)) { under.add(n); break; }
  }
  return under;
}

/**
 * A bracketed annotation on its own line after the last item of a group ((1)…(4), then (责任单位:…)) covers the
 * whole group when no item of it, nor the group's heading, names units of its own: each earlier item gets the same
 * units. Labelled lines (牵头单位:X / 责任单位:Y, unbracketed) stay with the item above them: that is how plans that
 * annotate item by item print them, and an item above without one is simply unannotated.
 */
function spreadGroupAnnotations(text: string, annotations: ResolvedAnnotation[], owner: Map<ResolvedAnnotation, OutlineNode | null>): void {
  const owners = new Set(owner.values());
  for (const a of [...annotations]) {
    const last = owner.get(a);
    const group = last?.parent;
    if (a.annotation.kind !== 'paren' || !last || !group?.parent || last.children.length > 0 || !NUMBERED.has(last.kind) || !ownLine(text, a)) continue;
    const items = group.children;
    if (items.length < 2 || items[items.length - 1] !== last || owners.has(group)) continue;
    if (items.some((n) => n !== last && (owners.has(n) || n.children.length > 0 || n.kind !== last.kind))) continue;
    for (const item of items.slice(0, -1)) {
      const copy = { ...a, units: [...a.units] };
      annotations.push(copy);
      owner.set(copy, item);
    }
  }
}

/**
 * An annotation that says how many items it covers (4项目标的责任单位均为X, after item 4) gives the same units to
 * that many items counting back from its own, each without units of its own.
 */
function spreadCounted(annotations: ResolvedAnnotation[], owner: Map<ResolvedAnnotation, OutlineNode | null>): void {
  const owners = new Set(owner.values());
  for (const a of [...annotations]) {
    const last = owner.get(a);
    const covers = a.annotation.covers ?? 1;
    if (!last?.parent || covers < 2) continue;
    const items = last.parent.children;
    const at = items.indexOf(last);
    for (const item of items.slice(Math.max(0, at - covers + 1), at)) {
      if (owners.has(item) || item.kind !== last.kind) continue;
      const copy = { ...a, units: [...a.units] };
      annotations.push(copy);
      owner.set(copy, item);
    }
  }
}

const NUMBERED = new Set<OutlineNode['kind']>(['part', 'section', 'item', 'subitem']);

/**
 * What a clause carries to every later task (以下任务均需X落实,不再一一列出; 下同) reaches the later items that have no
 * annotation of their own too (one an excerpt cut before its annotation, one the plan left unannotated): the text says
 * every one of them needs X. The role follows the carrying annotation's: supporters under a lead, else responsible.
 */
function carryToUnannotated(outline: Outline, annotations: ResolvedAnnotation[], owner: Map<ResolvedAnnotation, OutlineNode | null>, resolver: UnitResolver): void {
  const carrying = annotations.find((a) => (a.annotation.carry ?? []).length > 0);
  if (!carrying) return;
  const role = carrying.units.some((u) => u.role === 'lead') ? 'support' : 'responsible';
  const units = (carrying.annotation.carry ?? []).flatMap((item) => resolver.resolve(item.text)
    .filter((r) => r.status === 'resolved')
    .map((r) => ({ canonical: r.canonical!, kind: r.kind!, surface: r.surface, start: item.start, end: item.end, method: r.method, role } as const)));
  if (units.length === 0) return;
  const owners = new Set(owner.values());
  for (const n of outline.nodes) {
    if (n.start < carrying.end || n.children.length > 0 || owners.has(n) || (n.kind !== 'item' && n.kind !== 'subitem')) continue;
    const copy = { ...carrying, units: units.map((u) => ({ ...u })) };
    annotations.push(copy);
    owner.set(copy, n);
  }
}

/** Is the annotation a line of its own (nothing but spaces before it on its line, nothing after it)? */
function ownLine(text: string, a: ResolvedAnnotation): boolean {
  const lineStart = text.lastIndexOf('\n', a.annotation.start - 1) + 1;
  const nl = text.indexOf('\n', a.end);
  const lineEnd = nl < 0 ? text.length : nl;
  return text.slice(lineStart, a.annotation.start).trim() === '' && text.slice(a.end, lineEnd).trim() === '';
}

/**
 * The heading the text stops in, mid-sentence, when it has no annotation and no items but the heading before
 * it (same level) carries its own: the excerpt cut it short (…辐射, …等牵), so it is read as the task it was.
 */
function cutHeading(text: string, outline: Outline, owners: Set<OutlineNode | null>): OutlineNode | null {
  const last = ownerOf(outline, text.length - 1);
  if (!last || !endsMidSentence(text) || last.children.length > 0 || owners.has(last)) return null;
  if (last.kind !== 'part' && last.kind !== 'section') return null;
  const siblings = last.parent?.children ?? [];
  const before = siblings[siblings.indexOf(last) - 1];
  // The first item under a heading, its text run on past its title in sentences: the copy stops inside the plan's
  // first measure (张家口 2023, (一) cut before its annotation), which no heading alone would do.
  if (!before) return last.parent !== outline.root && /[。;；]/.test(text.slice(last.bodyStart, last.end)) ? last : null;
  return before.kind === last.kind && owners.has(before) ? last : null;
}

/** A heading that names its lead: 一、县示范区管委会牵头工作(8项), (二)区财政局牵头事项. */
const HEADING_LEAD_RE = /^(.{2,30}?)牵头(?:的)?(?:工作|事项|任务)(?:[(（]共?\d{1,3}项[)）])?$/;

/** Headings whose lead applies to every item under them, as annotations owned by the heading. */
function headingLeads(text: string, outline: Outline): { node: OutlineNode; annotation: Annotation }[] {
  const found: { node: OutlineNode; annotation: Annotation }[] = [];
  for (const node of outline.nodes) {
    if (node.kind !== 'part' && node.kind !== 'section') continue;
    const m = HEADING_LEAD_RE.exec(node.title);
    const at = m ? text.indexOf(m[1], node.start) : -1;
    if (!m || at < 0 || at > node.start + 8) continue;
    const item = { text: m[1], start: at, end: at + m[1].length };
    found.push({ node, annotation: { start: at, end: item.end, kind: 'line', truncated: false, lists: [{ role: 'lead', label: '牵头', items: [item] }], others: [] } });
  }
  return found;
}
