// Turn a parsed document into one GraphBatch: nodes, duty / structure / mention edges, evidence, warnings.
import { BoundedMemo } from '../bounded-memo.ts';
import { unreadLabels } from '../duties/unread-labels.ts';
import { roleOnItem, type AssignedUnit, type ResolvedAnnotation } from '../duties/assign.ts';
import { extractEntities, extractTargets, splitSentences, touchedPlaces, type EntityMention } from '../entities/index.ts';
import { stableId } from '../ids.ts';
import { derivedEdgeId } from '../store/batch/edge-id.ts';
import type { DutyType, Evidence, GraphBatch, GraphEdge, GraphNode, IngestWarning } from '../model.ts';
import { readDocumentMetadata, type DocumentMetadata } from '../metadata/document-meta.ts';
import { isFramingArticle } from '../outline/action-headings.ts';
import { noDutyCause, noTaskCause } from '../outline/no-tasks.ts';
import type { OutlineNode } from '../outline/outline.ts';
import type { UnitNaming } from '../units/resolver.ts';
import { cleanSurface, isBareOffice } from '../units/surface.ts';
import { publishingBureau, readJurisdiction } from './jurisdiction.ts';
import type { ParsedDocument } from './parse.ts';

interface DocumentMeta {
  source: string;
  sha256: string;
  title: string;
  ingestedAt: string;
  jurisdiction?: string;
  /** What the text does not say (or says wrongly), given by the user; wins over what is read. */
  metadata?: Partial<DocumentMetadata>;
  /** A traditional-script document's own characters, offset for offset with the parsed text: shown as evidence. */
  shownText?: string;
}

const ROLE_EDGE: Record<AssignedUnit['role'], DutyType> = { lead: 'LEADS', support: 'SUPPORTS', responsible: 'RESPONSIBLE_FOR' };
const DUTY_EDGES: ReadonlySet<string> = new Set(Object.values(ROLE_EDGE));

export function documentId(sha256: string): string {
  return `doc:${sha256.slice(0, 16)}`;
}

class BatchWriter {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly warnings: IngestWarning[] = [];
  /**
   * One evidence object per span, by start × (length + 1) + end: every mention of a sentence cites the same one
   * (about half of all evidence at 200 generated documents), so there are fewer objects to build, to send to the
   * main thread (structured clone writes a repeated object as a reference) and to keep in the store. Nothing
   * changes an evidence object once made (rows hand them out read-only, see row-refs.ts).
   */
  private readonly spans = new Map<number, Evidence>();
  /** `text` is what evidence shows; `parsed`, what the parser read (they differ only for 繁體 documents). */
  constructor(readonly docId: string, readonly text: string, readonly parsed = text) {}

  evidence(start: number, end: number): Evidence {
    const s = Math.max(0, Math.min(start, this.text.length));
    const e = Math.max(s, Math.min(end, this.text.length));
    const key = s * (this.text.length + 1) + e;
    let evidence = this.spans.get(key);
    if (!evidence) this.spans.set(key, (evidence = { docId: this.docId, start: s, end: e, text: this.text.slice(s, e) }));
    return evidence;
  }

  node(n: GraphNode): string {
    const existing = this.nodes.get(n.id);
    if (existing && n.label === 'Unit') {
      // A unit named task after task brings the same forms again: its list (sorted, each form once, as unitNode makes
      // it) is rebuilt only for a form it lacks.
      const have = existing.properties.aliases as string[];
      const added = (n.properties.aliases as string[]).filter((a) => !have.includes(a));
      if (added.length > 0) existing.properties.aliases = [...have, ...added].sort();
    } else if (!existing) this.nodes.set(n.id, n);
    return n.id;
  }

  edge(type: GraphEdge['type'], source: string, target: string, props: GraphEdge['properties'], key = ''): void {
    // Every edge belongs to one document, even between two shared nodes (TOUCHES).
    const id = derivedEdgeId(this.docId, type, source, target, key);
    if (!this.edges.has(id)) this.edges.set(id, { id, type, source, target, properties: props });
  }

  warn(w: Omit<IngestWarning, 'docId'>): void {
    this.warnings.push({ ...w, docId: this.docId });
  }
}

/**
 * A node with deeper items is a Section. A leaf is a Task, except a heading (一、 / (一)) that carries
 * no duty of its own (指导思想): a heading with its own annotation, whose text states targets, or that lists one of the
 * plan's actions (action-headings.ts), is a task at any depth. An article that only frames the text (目的, 适用范围) is none.
 */
function labeller(parsed: ParsedDocument): (n: OutlineNode) => 'Section' | 'Task' {
  const owners = new Set(parsed.owner.values());
  return (n) => {
    if (n.children.length > 0 || n.kind === 'gap') return 'Section';
    if (isFramingArticle(n) && !owners.has(n)) return 'Section';
    if (n.kind === 'part' || n.kind === 'section') return owners.has(n) || n === parsed.cut || parsed.leadUnder.has(n) || parsed.targets.has(n) || parsed.actions.has(n) ? 'Task' : 'Section';
    return 'Task';
  };
}

/** A node's own text: from its start to its first child's start. */
function ownSpan(n: OutlineNode): { start: number; end: number } {
  return { start: n.start, end: n.children.length > 0 ? n.children[0].start : n.end };
}

/** How this document's units are named and scoped: shown names as written, identity within a jurisdiction. */
interface UnitScope {
  /** A named jurisdiction, else the document itself: units of an unnamed document are its own. */
  key: string;
  label: string;
  shown: ReadonlyMap<string, string>;
  /** The bureau that issues the document (宣城市农业农村局), whose own sections its bare office names are; else null. */
  bureau: string | null;
}

/**
 * A bare section's key (经管科 of 宣城市农业农村局): the bureau it belongs to within the jurisdiction, so 规划股 of one
 * county bureau never merges with another bureau's; a name the registry reads (县政府办公室) keeps the jurisdiction's key.
 */
function unitKey(u: AssignedUnit, scope: UnitScope): { key: string; within?: string } {
  if (!scope.bureau || u.method !== 'pattern' || !isBareOffice(u.canonical)) return { key: scope.key };
  return { key: `${scope.key}/${scope.bureau}`, within: scope.bureau };
}

export function buildBatch(parsed: ParsedDocument, meta: DocumentMeta, naming: UnitNaming = { shown: new Map(), named: [] }): GraphBatch {
  const text = parsed.norm.text;
  const docId = documentId(meta.sha256);
  const w = new BatchWriter(docId, meta.shownText ?? text, text);
  const unitNames = parsed.annotations.flatMap((a) => a.units.map((u) => u.canonical));
  const place = readJurisdiction({ title: meta.title, text, unitNames, namedInUnits: naming.named, given: meta.jurisdiction });
  const read = { ...readDocumentMetadata(meta.title, text, place.name ?? null), ...meta.metadata };
  const scope: UnitScope = { key: place.name ?? docId, label: place.label, shown: naming.shown, bureau: publishingBureau(text) };
  // Only what is known: a null would not survive a round trip through Neo4j, which stores no nulls.
  const known = Object.fromEntries(Object.entries(read).filter(([, v]) => v !== null && v !== undefined));
  w.node({
    id: docId, label: 'Document', name: meta.title,
    properties: { title: meta.title, source: meta.source, sha256: meta.sha256, jurisdiction: place.label, ...known, ingestedAt: meta.ingestedAt, text: w.text },
  });
  const labelOf = labeller(parsed);
  const nodeIds = new Map<OutlineNode, string>();
  const paths = new Map<string, number>();
  for (const n of parsed.outline.nodes) {
    // A repeated path gets the next free ~k; counting per path keeps this linear in repeats.
    let path = n.path;
    for (let k = paths.get(n.path) ?? 1; paths.has(path); ) { k++; path = `${n.path}~${k}`; paths.set(n.path, k); }
    paths.set(path, paths.get(path) ?? 1);
    const id = stableId(labelOf(n).toLowerCase(), docId, path);
    nodeIds.set(n, id);
    w.node({
      id, label: labelOf(n), name: n.title,
      properties: {
        docId, number: n.number, path, title: n.title, text: w.text.slice(n.start, n.end), start: n.start, end: n.end,
        kind: n.kind, ...(n.kind === 'inferred' || n.kind === 'gap' ? { inferred: true } : {}),
      },
    });
    w.edge('PART_OF', id, n.parent && n.parent.parent ? nodeIds.get(n.parent)! : docId, {});
  }
  addDuties(w, parsed, nodeIds, scope);
  addEntities(w, parsed, nodeIds);
  addWarnings(w, parsed, nodeIds, labelOf, scope.shown);
  addUnitWarnings(w, parsed, scope, place.name === null);
  const tasks = [...nodeIds.keys()].filter((n) => labelOf(n) === 'Task').length;
  if (tasks === 0) {
    const unread = w.warnings.filter((x) => x.code === 'UNREAD_LABEL').length;
    const why = noTaskCause(meta.title, text, parsed.outline, parsed.annotations.length, unread);
    w.warn({ code: 'NO_TASKS', message: why.message, detail: { cause: why.cause, source: meta.source } });
  } else if (![...w.edges.values()].some((e) => DUTY_EDGES.has(e.type))) {
    const unknown = [...new Set(parsed.annotations.flatMap((a) => a.unresolved.map((s) => s.text.trim())))].filter(Boolean);
    const why = noDutyCause(meta.title, text, tasks, unknown);
    w.warn({ code: 'NO_DUTIES', message: why.message, detail: { cause: why.cause, source: meta.source, tasks, ...(unknown.length > 0 ? { unknown } : {}) } });
  }
  return { docId, nodes: [...w.nodes.values()], edges: [...w.edges.values()], warnings: w.warnings };
}

// The canonical is the unit's identity (one registry entry at one level); the name shown is the
// fullest form the document writes for it, so another place's naming never replaces the text's.
function unitNode(w: BatchWriter, u: AssignedUnit, scope: UnitScope): string {
  const name = scope.shown.get(u.canonical) ?? u.canonical;
  // Surface forms as printed, less the list's grammar (区发展改革委等, …按职责分工负责).
  const forms = [name, cleanSurface(u.surface) || u.surface];
  // A 繁體 document's own spelling of each form (區發展改革委) is an alias of the simplified one.
  const traditional = w.text !== w.parsed ? forms.map((f) => traditionalSpelling(w, f, u.start)).filter((f) => f !== null) : [];
  const { key, within } = unitKey(u, scope);
  return w.node({
    id: stableId('unit', key, u.canonical), label: 'Unit', name,
    properties: { jurisdiction: scope.label, ...(within ? { within } : {}), kind: u.kind, aliases: [...new Set([...forms, ...traditional])].filter(Boolean).sort() },
  });
}

/**
 * The characters a 繁體 document prints for a simplified form, read at the form's place in the converted text (which
 * keeps the original's offsets): near the unit's own offset first — a table row rewritten into an annotation maps
 * every character to the row's start, so the name lies after it — else where the document first writes it.
 */
function traditionalSpelling(w: BatchWriter, form: string, near: number): string | null {
  if (!form) return null;
  let at = w.parsed.indexOf(form, Math.max(0, near - TRADITIONAL_LOOKBACK));
  if (at < 0) at = w.parsed.indexOf(form);
  return at < 0 ? null : w.text.slice(at, at + form.length);
}

const TRADITIONAL_LOOKBACK = 200;

function addDuties(w: BatchWriter, parsed: ParsedDocument, nodeIds: Map<OutlineNode, string>, scope: UnitScope): void {
  const leadsOf = new Map<OutlineNode, { unit: string; ann: ResolvedAnnotation }[]>();
  for (const ann of parsed.annotations) {
    const owner = parsed.owner.get(ann);
    if (!owner) continue;
    for (const u of ann.units) {
      if (u.role === 'lead') leadsOf.set(owner, [...(leadsOf.get(owner) ?? []), { unit: unitNode(w, u, scope), ann }]);
    }
  }
  const ancestorLead = (n: OutlineNode) => {
    for (let p = n.parent; p; p = p.parent) if (leadsOf.has(p)) return true;
    return false;
  };
  for (const ann of parsed.annotations) {
    const owner = parsed.owner.get(ann);
    if (!owner) continue;
    const ev = w.evidence(ann.annotation.start, ann.end);
    const besideLead = leadsOf.get(owner)?.some((l) => l.ann !== ann) ?? false;
    const around = { besideLead, underLead: leadsOf.has(owner) ? besideLead : ancestorLead(owner) };
    for (const u of ann.units) {
      const unitId = unitNode(w, u, scope);
      const role = roleOnItem(u, ann, around);
      // A unit that leads the item in one annotation (X牵头) and is listed in another (X负责) is its lead only.
      if (role !== 'lead' && leadsOf.get(owner)?.some((l) => l.unit === unitId)) continue;
      w.edge(ROLE_EDGE[role], unitId, nodeIds.get(owner)!, { evidence: ev, surface: u.surface }, String(ann.annotation.start));
    }
    const others = Object.fromEntries(ann.others.map((o) => [o.field, o.value]));
    if (ann.others.length > 0) {
      const node = w.nodes.get(nodeIds.get(owner)!)!;
      node.properties.otherRoles = { ...(node.properties.otherRoles as object), ...others };
    }
  }
  // A lead named once in a section heading is inherited by the items under it that name none; one named as the
  // 总牵头 of the whole project on a line of its own (任务分工:…,省农委总牵头。 黑龙江 2009) leads every item beside the
  // item's own lead. A 总牵头 in the heading's bracket (一、加快调整能源结构(省发改委总牵头), 浙江 2014) is the heading's
  // lead like any other: an item that names its own lead keeps it.
  for (const [section, leads] of leadsOf) {
    if (section.children.length === 0) continue;
    const overall = leads.some(
      (l) => l.ann.annotation.kind === 'line' && l.ann.annotation.lists.some((list) => list.role === 'lead' && list.label.startsWith('总牵头')),
    );
    const visit = (n: OutlineNode) => {
      for (const c of n.children) {
        if (leadsOf.has(c) && !overall) continue;
        for (const l of leads) {
          w.edge('LEADS', l.unit, nodeIds.get(c)!, { evidence: w.evidence(l.ann.annotation.start, l.ann.end), inherited: true }, String(l.ann.annotation.start));
        }
        visit(c);
      }
    };
    visit(section);
  }
}

// A run-on "sentence" (a list of thousands of items with no stop) is cited by the part around the fact: the
// evidence stays readable, and the work per fact stays bounded however long the run is.
const MAX_EVIDENCE_CHARS = 1000;

function window(s: { start: number; end: number }, pos: number): { start: number; end: number } {
  if (s.end - s.start <= MAX_EVIDENCE_CHARS) return s;
  const start = Math.max(s.start, Math.min(pos - MAX_EVIDENCE_CHARS / 2, s.end - MAX_EVIDENCE_CHARS));
  return { start, end: start + MAX_EVIDENCE_CHARS };
}

/** The places (sorted by start) that lie inside a span: found by binary search, not a scan of them all. */
function placesWithin<T extends { start: number; end: number }>(sorted: readonly T[], span: { start: number; end: number }): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end <= span.end) out.push(sorted[i]);
  return out;
}

function addEntities(w: BatchWriter, parsed: ParsedDocument, nodeIds: Map<OutlineNode, string>): void {
  const text = parsed.norm.text;
  // Unit names inside annotations (…园区管委会) are not places or projects.
  const pieces: string[] = [];
  let from = 0;
  for (const a of parsed.annotations) {
    if (a.annotation.start < from) continue;
    pieces.push(text.slice(from, a.annotation.start), ' '.repeat(a.annotation.end - a.annotation.start));
    from = a.annotation.end;
  }
  pieces.push(text.slice(from));
  const masked = pieces.join('');
  const sentences = splitSentences(masked);
  const sentenceAt = (pos: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= pos) lo = mid + 1;
      else if (sentences[mid].start > pos) hi = mid - 1;
      else return window(sentences[mid], pos);
    }
    return { start: pos, end: Math.min(text.length, pos + 1) };
  };
  // Each node's target year is read once: siblings share a parent and must not rescan it.
  const years = new Map<OutlineNode, number | null>();
  const yearOf = (n: OutlineNode): number | null => {
    if (!years.has(n)) {
      const m = /(?:到|至)(20\d\d)年/.exec(text.slice(n.start, n.end));
      years.set(n, m ? Number(m[1]) : null);
    }
    return years.get(n)!;
  };
  for (const [n, id] of nodeIds) {
    const span = ownSpan(n);
    const own = masked.slice(span.start, span.end);
    const mentions = extractEntities(own).map((m) => ({ ...m, start: m.start + span.start, end: m.end + span.start }));
    const placeMentions = mentions.filter((p) => p.label === 'Place').sort((a, b) => a.start - b.start);
    for (const m of mentions) {
      const entityId = entityNode(w, m);
      const s = sentenceAt(m.start);
      w.edge('MENTIONS', id, entityId, { evidence: w.evidence(s.start, s.end) }, String(s.start));
      if (m.label === 'Project' || m.label === 'Corridor') {
        const sentenceText = text.slice(s.start, s.end);
        const places = placesWithin(placeMentions, s);
        const localPlaces = places.map((p) => ({ ...p, start: p.start - s.start, end: p.end - s.start }));
        for (const placeName of touchedPlaces(m.name, sentenceText, localPlaces)) {
          const known = places.find((p) => p.name === placeName) ?? extractEntities(placeName).find((p) => p.label === 'Place' && p.name === placeName);
          const placeId = entityNode(w, { label: 'Place', name: placeName, kind: known?.kind, start: 0, end: 0 });
          w.edge('TOUCHES', entityId, placeId, { evidence: w.evidence(s.start, s.end) }, String(s.start));
        }
      }
    }
    const year = yearOf(n) ?? (n.parent ? yearOf(n.parent) : null);
    for (const t of extractTargets(own, year !== null ? { year } : undefined)) {
      const start = t.start + span.start;
      const targetId = stableId('target', w.docId, String(start), t.indicator);
      w.node({ id: targetId, label: 'Target', name: `${t.indicator} ${t.value}${t.unit}`, properties: { docId: w.docId, indicator: t.indicator, value: t.value, unit: t.unit, year: t.year ?? null, text: t.text, start, end: t.end + span.start } });
      const s = sentenceAt(start);
      w.edge('SETS', id, targetId, { evidence: w.evidence(s.start, s.end) });
    }
  }
}

/**
 * Entity ids by label and name: one hash per name, not one per mention (the same places, industries and projects
 * are named in task after task and document after document). Names are short; past 50,000 of a label it starts over.
 */
const entityIds = new Map<string, BoundedMemo<string>>();

function entityId(label: string, name: string): string {
  // A memo per label: a joined label and name key was a new string to flatten and hash on every mention.
  let ids = entityIds.get(label);
  if (!ids) entityIds.set(label, (ids = new BoundedMemo<string>(50_000)));
  return ids.get(name, () => stableId(label.toLowerCase(), name));
}

function entityNode(w: BatchWriter, m: Pick<EntityMention, 'label' | 'name' | 'kind'> & { start: number; end: number }): string {
  return w.node({
    id: entityId(m.label, m.name), label: m.label, name: m.name,
    properties: m.kind ? { kind: m.kind } : {},
  });
}

/** Report lines for what identity rests on: names the registry does not know, a jurisdiction the text never names. */
function addUnitWarnings(w: BatchWriter, parsed: ParsedDocument, scope: UnitScope, unnamed: boolean): void {
  const seen = new Set<string>();
  for (const ann of parsed.annotations) {
    for (const u of ann.units) {
      if (u.method !== 'pattern' || seen.has(u.canonical)) continue;
      seen.add(u.canonical);
      const name = scope.shown.get(u.canonical) ?? u.canonical;
      w.warn({
        code: 'INFERRED_UNIT', message: `“${name}”不在单位名录中，按名称推断为${KIND_ZH[u.kind]} / unit outside the registry, kind inferred (${u.kind})`,
        evidence: w.evidence(u.start, u.end), detail: { name, kind: u.kind },
      });
    }
  }
  const hasUnits = parsed.annotations.some((a) => a.units.length > 0);
  if (unnamed && hasUnits) {
    w.warn({
      code: 'NO_JURISDICTION',
      message: '未能从发文机关、标题或文号读出辖区，本文档的单位只归属本文档；可用 --jurisdiction 指定 / no named jurisdiction: units stay with this document (set --jurisdiction to merge)',
      detail: { shown: scope.label },
    });
  }
}

const KIND_ZH: Record<string, string> = { department: '部门', town: '镇街', enterprise: '企业', committee: '管委会等机构', collective: '统称' };

function addWarnings(w: BatchWriter, parsed: ParsedDocument, nodeIds: Map<OutlineNode, string>, labelOf: (n: OutlineNode) => string, shown: UnitScope['shown']): void {
  for (const gap of parsed.outline.gaps) {
    w.warn({ code: 'PAGE_GAP', message: `疑似缺页：${gap.detail} / suspected page gap (${gap.reason})`, evidence: w.evidence(Math.max(0, gap.at - 20), gap.at + 20), detail: { reason: gap.reason, at: gap.at } });
  }
  for (const ann of parsed.annotations) {
    const ev = w.evidence(ann.annotation.start, ann.annotation.end);
    for (const u of ann.unresolved) {
      w.warn({ code: 'UNRESOLVED_UNIT', message: `无法识别的单位名称“${u.text}” / unresolved unit name`, evidence: ev, detail: { surface: u.text, start: u.start, end: u.end } });
    }
    if (ann.gapReason === 'truncated-annotation') {
      w.warn({ code: 'TRUNCATED_ANNOTATION', message: '职责标注中断并接入正文，其后的文字未作为单位 / annotation runs into body text', evidence: ev });
    }
    if (ann.orphaned.length > 0) {
      w.warn({ code: 'PAGE_GAP', message: `职责清单在缺页处拼接，以下单位所属任务已缺失：${ann.orphaned.map((u) => u.canonical).join('、')} / units after a page-gap splice`, evidence: ev, detail: { units: ann.orphaned.map((u) => u.canonical) } });
    }
    for (const u of ann.units.filter((x) => x.method === 'fuzzy')) {
      // A name the text wrote short of its end (区发展改革 of 区发展改革负责等) is shown as written: the report says which.
      const name = shown.get(u.canonical) ?? u.canonical;
      const as = name === u.canonical ? '' : `，按原文显示为“${name}”`;
      w.warn({
        code: 'FUZZY_UNIT', message: `“${u.surface}”按近似匹配识别为“${u.canonical}”${as} / fuzzy unit match`, evidence: w.evidence(u.start, u.end),
        detail: { surface: u.surface, canonical: u.canonical, name },
      });
    }
  }
  for (const u of unreadLabels(w.parsed, parsed.annotations.map((a) => ({ start: a.annotation.start, end: a.end })))) {
    w.warn({
      code: 'UNREAD_LABEL', message: `职责标注“${u.wording}”无法判断角色，其后的单位未读出（共${u.count}处）/ duty label not read: its units were left out`,
      evidence: w.evidence(u.first.start, u.first.end), detail: { wording: u.wording, count: u.count },
    });
  }
  const led = new Set<string>();
  const owned = new Set<string>();
  for (const e of w.edges.values()) {
    if (e.type === 'LEADS') led.add(e.target);
    else if (e.type === 'RESPONSIBLE_FOR') owned.add(e.target);
  }
  for (const [n, id] of nodeIds) {
    if (labelOf(n) !== 'Task') continue;
    if (!led.has(id)) {
      const responsible = owned.has(id);
      w.warn({ code: 'NO_LEAD', message: `任务“${n.title}”没有牵头单位 / task without a lead`, evidence: w.evidence(n.start, Math.min(n.end, n.start + 80)), detail: { taskId: id, path: n.path, responsible } });
    }
  }
  const repairs = parsed.norm.repairs;
  if (repairs.length > 0) {
    const byRule: Record<string, number> = {};
    for (const r of repairs) byRule[r.rule] = (byRule[r.rule] ?? 0) + 1;
    const listed = repairs.slice(0, MAX_LISTED);
    w.warn({
      code: 'OCR_REPAIR', message: `修复了${repairs.length}处OCR错误 / OCR repairs applied`,
      detail: { count: repairs.length, byRule, repairs: listed, omitted: repairs.length - listed.length },
    });
  }
  capWarnings(w);
}

/** Repairs and warnings of one kind listed one by one, past which they are only counted. */
const MAX_LISTED = 100;

/** Keep the first MAX_LISTED warnings of each code and summarise the rest in one warning of that code. */
function capWarnings(w: BatchWriter): void {
  const seen = new Map<string, number>();
  const kept = w.warnings.filter((x) => {
    const n = (seen.get(x.code) ?? 0) + 1;
    seen.set(x.code, n);
    return n <= MAX_LISTED;
  });
  if (kept.length === w.warnings.length) return;
  w.warnings.length = 0;
  w.warnings.push(...kept);
  for (const [code, n] of seen) {
    if (n <= MAX_LISTED) continue;
    w.warn({ code: code as IngestWarning['code'], message: `另有${n - MAX_LISTED}条同类警告未逐条列出 / ${n - MAX_LISTED} more warnings of this kind`, detail: { omitted: n - MAX_LISTED, total: n } });
  }
}
