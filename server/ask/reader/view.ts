// The graph as the reader walks it: duties, parts, mentions, targets and documents indexed both ways.
import { DUTY_TYPES, NODE_LABELS, type Evidence, type GraphEdge, type GraphNode } from '../../../graph/model.ts';
import type { GraphPages } from '../../../graph/store/graph-source.ts';
import type { Role } from '../../../graph/catalogue/schemas.ts';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { StoreCache } from '../../store-cache.ts';
import { graphSource } from '../../search/graph-snapshot.ts';
import { inTurns, sortSteps, type Steps } from '../../../graph/slices.ts';
import { documentNodeName, type DocumentName } from '../../../graph/metadata/document-name.ts';

export interface Duty {
  unit: GraphNode;
  task: GraphNode;
  role: Role;
  edgeId: string;
  evidence: Evidence | null;
}

export interface DocInfo {
  id: string;
  title: string;
  jurisdiction: string | null;
  /** The place the document is from, as answers name it: its jurisdiction, or (when that is missing or only a level
   *  word such as 区) the first issuing government its opening names (渝中区人民政府办公室发布… → 渝中区), or failing that the
   *  place its body names most (a table kept without its header). */
  place: string | null;
  /** The document number (发文字号) its header gives: 平政办〔2013〕11号. */
  docNumber: string | null;
  /** How answers name it: its title, or for a copy without one a name made from its metadata (graph/metadata/document-name.ts). */
  name: DocumentName;
}

export interface GraphView {
  nodes: Map<string, GraphNode>;
  duties: Duty[];
  dutiesOfUnit: Map<string, Duty[]>;
  dutiesOfTask: TaskDuties;
  /** Child → parent (Section or Document) and parent → children in document order. */
  parent: Map<string, string>;
  children: Map<string, GraphNode[]>;
  /**
   * Task/Section → entity ids it mentions; entity → Task/Section ids, in the order their edges were read. mentionedBy is
   * only walked, never asked `has`, so it is a list: a Set per entity held about three times the memory for the same ids.
   */
  mentions: Map<string, Set<string>>;
  mentionedBy: Map<string, string[]>;
  /** Place → corridors and projects that touch it. */
  touchedBy: Map<string, Set<string>>;
  /** Task/Section → its targets. */
  sets: Map<string, GraphNode[]>;
  targets: GraphNode[];
  documents: DocInfo[];
  /** Units and tasks/sections by name, every node of that name (units of several jurisdictions). */
  byName: Map<string, GraphNode[]>;
  /** Sections by the last segment of their path (三, (九)), and tasks by document: lookups instead of scans. */
  sectionsBySegment: Map<string, GraphNode[]>;
  tasksByDoc: Map<string, GraphNode[]>;
}

/** A task's (or section's) duties in view order; undefined when it has none. */
export interface TaskDuties {
  get(taskId: string): Duty[] | undefined;
  has(taskId: string): boolean;
}

/**
 * Each task's duties as the run of view.duties they form (compareDuties orders by task before role and unit), found by
 * where the run starts: a list per task held every duty a second time (4.4 MB of heap at 1,000 documents, heap-retained.ts).
 */
class DutyRuns implements TaskDuties {
  private readonly starts = new Map<string, number>();

  constructor(private readonly duties: readonly Duty[]) {
    duties.forEach((d, i) => {
      if (i > 0 && duties[i - 1].task === d.task) return;
      if (this.starts.has(d.task.id)) throw new Error(`view: the duties of ${d.task.id} are not in one run (compareDuties broke)`);
      this.starts.set(d.task.id, i);
    });
  }

  has(taskId: string): boolean {
    return this.starts.has(taskId);
  }

  get(taskId: string): Duty[] | undefined {
    const from = this.starts.get(taskId);
    if (from === undefined) return undefined;
    let to = from + 1;
    while (to < this.duties.length && this.duties[to].task === this.duties[from].task) to++;
    return this.duties.slice(from, to);
  }
}

const ROLE_OF: Record<string, Role> = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' };
const DUTY = new Set<string>(DUTY_TYPES);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
}

/** How far into a document its issuing government is looked for: the header, the notice, a repost's lead paragraph. */
const HEADER_CHARS = 800;
const GOVERNMENT_RE = /(\p{Script=Han}{2,8}?[省市区县])人民政府/gu;
const TITLE_PLACE_RE = /^\s*(\p{Script=Han}{2,6}?[省市区县])(?:关于|贯彻落实|贯彻|落实)/gmu;

/** A jurisdiction of two characters or more as it is; else the first government in the header whose level agrees with it. */
function placeOf(jurisdiction: string | null, text: string, unitNames: () => string[]): string | null {
  if (jurisdiction && jurisdiction.length >= 2) return jurisdiction;
  for (const m of text.slice(0, HEADER_CHARS).matchAll(GOVERNMENT_RE)) {
    // 现将区人民政府…任务予以分解: 现将 (now … hereby) opens the notice's sentence; no place's name starts so.
    const place = m[1].replace(/^(各|全|本|我|该|县级|市级|区级|省级|现将|特将|兹将)/u, '');
    if (place.length >= 2 && (!jurisdiction || place.endsWith(jurisdiction))) return place;
  }
  // No government named: the plan's own title line opening with its place (德州市贯彻落实省《…》实施方案).
  for (const m of text.slice(0, HEADER_CHARS).matchAll(TITLE_PLACE_RE)) if (!jurisdiction || m[1].endsWith(jurisdiction)) return m[1];
  return bodyPlace(text, jurisdiction, unitNames);
}

/**
 * A place the header names as a word of its own — after a bracket, a year or the line's start (《2026年松江区…,
 * (浙江省人工智能…, 《古美路街道…): how a plan whose header names no issuing government still says whose it is.
 */
// A digit is no boundary of its own: 《2026年松江区 reads 松江区 after the year, not 年松江区 after the 6.
const HEADER_PLACE = /(?:^|[^\p{Script=Han}\d]|\d年)(\p{Script=Han}{2,3}?(?:省|市|区|县|街道))(?!办|局|委)/gmu;
/** 区绿化市(容局), 负责本区, 争取片区: a level word or 本/全/各/片 inside is a unit's or a phrase's start, not a place. */
const NOT_A_PLACE = /[省市区县本全各该片辖]/u;

/** The places `text` names as words of their own (HEADER_PLACE), in its order. */
export function namedPlaces(text: string): string[] {
  return [...text.matchAll(HEADER_PLACE)].map((m) => m[1]).filter((p) => !NOT_A_PLACE.test(p.replace(/(?:街道|[省市区县])$/u, '')));
}

/**
 * A table kept without its header (附件3 …任务职责分工表) names its place only inside (“青浦区土方管理平台”, 公安青浦分局):
 * the place its body names most, twice at least and more than any other, and that some unit's name carries, is whose it
 * is. Once is a mention (a partner, a model); a place no unit is named by is a phrase's words (…促进新市民…).
 */
function bodyPlace(text: string, level: string | null, unitNames: () => string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of namedPlaces(text)) if (!level || p.endsWith(level)) counts.set(p, (counts.get(p) ?? 0) + 1);
  const [top, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top || top[1] < 2 || (second && second[1] === top[1])) return null;
  const core = top[0].replace(/(?:街道|[省市区县])$/u, '');
  return unitNames().some((u) => u.includes(core)) ? top[0] : null;
}

/** The kind of place a level word names: 市 a city, 区 and 县 a district (graph/entities/data/places.ts). */
const KIND_OF_LEVEL: Record<string, string> = { 市: 'city', 区: 'district', 县: 'district' };

/**
 * A plan whose header says only its level (市, for a table kept without its issuer) and names no government: the one
 * place of that level its body names with the level word (制定成都市有害垃圾处置工作指导意见 → 成都市) is whose plan it is.
 * Two such places name no one of them.
 */
function placesFromBody(v: GraphView): void {
  const placeless = new Map(v.documents.filter((d) => !d.place && d.jurisdiction && KIND_OF_LEVEL[d.jurisdiction]).map((d) => [d.id, d]));
  if (placeless.size === 0) return;
  const named = new Map<string, Set<string>>();
  for (const n of v.nodes.values()) {
    if (n.label !== 'Place' || !Array.isArray(n.properties.docIds)) continue;
    for (const id of n.properties.docIds as string[]) {
      const d = placeless.get(id);
      if (!d || n.properties.kind !== KIND_OF_LEVEL[d.jurisdiction!]) continue;
      const form = n.name.endsWith(d.jurisdiction!) ? n.name : n.name + d.jurisdiction;
      if (String(v.nodes.get(id)?.properties.text ?? '').includes(form)) add(named, id, form);
    }
  }
  for (const [id, names] of named) if (names.size === 1) placeless.get(id)!.place = [...names][0];
}

const start = (n: GraphNode) => Number(n.properties.start ?? 0);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The view from the graph's pages (graph-source.ts): only the duties' evidence is read, shared by sentence. */
async function buildView(pages: GraphPages): Promise<GraphView> {
  const nodes = new Map<string, GraphNode>();
  for await (const page of pages.nodes(NODE_LABELS)) for (const n of page) nodes.set(n.id, n);
  const v: GraphView = {
    nodes, duties: [], dutiesOfUnit: new Map(), dutiesOfTask: new DutyRuns([]), parent: new Map(), children: new Map(),
    mentions: new Map(), mentionedBy: new Map(), touchedBy: new Map(), sets: new Map(), targets: [], documents: [], byName: new Map(),
    sectionsBySegment: new Map(), tasksByDoc: new Map(),
  };
  // One evidence object per sentence: a sentence naming several units is every one of their duties' evidence, and the
  // view outlives the read (at 1,000 documents, 68,594 duties cite far fewer sentences: neo4j-read.ts sharedRefs).
  const sentences = new Map<string, Evidence>();
  const shared = (ev: Evidence | undefined): Evidence | null => {
    if (!ev) return null;
    const key = `${ev.docId}\u0000${ev.start}\u0000${ev.end}\u0000${ev.text}`;
    return sentences.get(key) ?? (sentences.set(key, ev), ev);
  };
  // Each type fills its own maps, so reading the duties apart from the rest (without their evidence) keeps every map's order.
  for await (const page of pages.edges(DUTY_TYPES, { properties: true })) await inTurns(edgeSteps(v, page, shared));
  for await (const page of pages.edges(STRUCTURE)) await inTurns(edgeSteps(v, page, shared));
  return inTurns(viewSteps(v));
}

/** The edges the view reads besides duties, without their properties. */
const STRUCTURE = ['PART_OF', 'MENTIONS', 'TOUCHES', 'SETS'] as const;

/** A page of edges into the view's maps, in steps so the event loop gets turns between them (graph/slices.ts). */
function* edgeSteps(v: GraphView, edges: readonly GraphEdge[], shared: (ev: Evidence | undefined) => Evidence | null): Steps<void> {
  for (const e of edges) {
    const s = v.nodes.get(e.source);
    const t = v.nodes.get(e.target);
    if (!s || !t) continue;
    if (DUTY.has(e.type)) {
      const d: Duty = { unit: s, task: t, role: ROLE_OF[e.type], edgeId: e.id, evidence: shared(e.properties.evidence) };
      v.duties.push(d);
      push(v.dutiesOfUnit, s.id, d);
    } else if (e.type === 'PART_OF') {
      v.parent.set(s.id, t.id);
      push(v.children, t.id, s);
    } else if (e.type === 'MENTIONS') {
      // A second edge of the same ends (another sentence) is no second mention: `mentions` says whether it is one.
      if (!v.mentions.get(s.id)?.has(t.id)) {
        add(v.mentions, s.id, t.id);
        push(v.mentionedBy, t.id, s.id);
      }
    } else if (e.type === 'TOUCHES') {
      if (t.label === 'Place') add(v.touchedBy, t.id, s.id);
      else if (s.label === 'Place') add(v.touchedBy, s.id, t.id);
    } else if (e.type === 'SETS') push(v.sets, s.id, t);
    yield;
  }
}

const ROLE_ORDER: readonly Role[] = ['lead', 'support', 'responsible'];

/**
 * The order of view.duties and of each unit's and task's duties: by document, task, role, unit. Answers must not depend
 * on the order a store exports in (memory and Neo4j give the same answer).
 */
export function compareDuties(x: Duty, y: Duty): number {
  return cmp(docOf(x.task), docOf(y.task)) || start(x.task) - start(y.task) || cmp(x.task.id, y.task.id)
    || ROLE_ORDER.indexOf(x.role) - ROLE_ORDER.indexOf(y.role) || cmp(x.unit.name, y.unit.name) || cmp(x.unit.id, y.unit.id);
}

/** The view's orders and node indexes once its edges are in (seconds in one piece on a 20 MB plan, so in steps). */
function* viewSteps(v: GraphView): Steps<GraphView> {
  for (const list of v.children.values()) yield* sortSteps(list, (a, b) => start(a) - start(b) || cmp(a.id, b.id));
  yield* sortSteps(v.duties, compareDuties);
  let units: string[] | null = null;
  const unitNames = () => (units ??= [...v.nodes.values()].filter((n) => n.label === 'Unit').map((n) => n.name));
  v.dutiesOfTask = new DutyRuns(v.duties);
  for (const list of v.dutiesOfUnit.values()) yield* sortSteps(list, compareDuties);
  for (const n of v.nodes.values()) {
    if (n.label === 'Target') v.targets.push(n);
    if (n.label === 'Document') {
      const jurisdiction = typeof n.properties.jurisdiction === 'string' ? n.properties.jurisdiction : null;
      const docNumber = typeof n.properties.docNumber === 'string' ? n.properties.docNumber : null;
      v.documents.push({ id: n.id, title: n.name, jurisdiction, place: placeOf(jurisdiction, String(n.properties.text ?? ''), unitNames), docNumber, name: documentNodeName(n) });
    }
    if (n.label === 'Unit' || n.label === 'Task' || n.label === 'Section') push(v.byName, n.name, n);
    if (n.label === 'Section') push(v.sectionsBySegment, String(n.properties.path ?? '').split('/').at(-1) ?? '', n);
    if (n.label === 'Task') push(v.tasksByDoc, docOf(n), n);
    yield;
  }
  yield* sortSteps(v.targets, (x, y) => cmp(docOf(x), docOf(y)) || start(x) - start(y) || cmp(x.id, y.id));
  placesFromBody(v);
  yield* sortSteps(v.documents, (x, y) => cmp(x.title, y.title) || cmp(x.id, y.id));
  for (const list of [...v.byName.values(), ...v.sectionsBySegment.values(), ...v.tasksByDoc.values()]) yield* sortSteps(list, (x, y) => start(x) - start(y) || cmp(x.id, y.id));
  return v;
}

/** The document a task, section or target belongs to. */
export function docOf(n: GraphNode): string {
  return typeof n.properties.docId === 'string' ? n.properties.docId : '';
}

const cache = new StoreCache((store) => graphSource(store).read(buildView));

export function viewFor(store: GraphStore, fingerprint?: string): Promise<GraphView> {
  return cache.get(store, fingerprint);
}

/**
 * 《name》 as answers write a document: the place beside it when the name does not say it, and for a copy without a title
 * where its made-up name comes from (原文无标题，…；文件 x.txt).
 */
export function documentLabel(d: DocInfo): string {
  const { name, note } = d.name;
  // 未知 is the reader's word for no place found: nothing to say beside a name.
  const place = d.place && d.place !== '未知' && !name.includes(d.place) ? d.place : null;
  const beside = [place, note].filter((x): x is string => x !== null);
  return beside.length ? `《${name}》（${beside.join('；')}）` : `《${name}》`;
}
