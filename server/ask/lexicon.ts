// What the ask pipeline can recognise in a question: every surface form of the store's units, entities and tasks.
import { ENTITY_LABELS, type GraphNode, type NodeLabel } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { UNIT_REGISTRY } from '../../graph/units/registry-data.ts';
import { defaultRegistry } from '../../graph/units/registry.ts';
import { UnitResolver } from '../../graph/units/resolver.ts';
import { StoreCache } from '../store-cache.ts';
import { BoundedMemo } from '../../graph/bounded-memo.ts';
import { graphSource } from '../search/graph-snapshot.ts';
import { viewFor, type GraphView } from './reader/view.ts';
import { nodesMaybeContaining } from './reader/view-sets.ts';
import { readEdgeIds, type EdgeIds } from './edge-ids.ts';
import { functionForms } from './function-forms.ts';
import { divisionForms, groupOfficeForms } from './office-forms.ts';
import { foldAscii } from './normalise.ts';
import { partialTitleSteps } from './title-forms.ts';
import { inTurns, sortSteps, type Steps } from '../../graph/slices.ts';
import { pinyin } from 'pinyin-pro';

/** Names remembered as written or not per graph version (see `spelled`). */
const SPELLED_MEMO = 20_000;

export type MentionKind = 'unit' | 'entity' | 'task';
export type FormMethod = 'name' | 'alias' | 'abbreviation' | 'partial';

export interface LexTarget {
  id: string;
  label: NodeLabel;
  name: string;
}

export interface Form {
  text: string;
  kind: MentionKind;
  method: FormMethod;
  targets: LexTarget[];
}

export interface Lexicon {
  /** Forms by their first two characters (every form has two), longest first. */
  byPrefix: Map<string, Form[]>;
  /** Canonical forms for fuzzy matching (names, not abbreviations). */
  fuzzy: Form[];
  /** The reader view's own map (GraphView.nodes), not a second copy: per-document data is held once. */
  nodes: Map<string, GraphNode>;
  /** Edge ids by type and ends, so highlighted elements use the graph's own ids (packed: edge-ids.ts). */
  edgeIds: EdgeIds;
  /** Task/Section id → ids of the entities it mentions: the reader view's own map (GraphView.mentions). */
  mentions: Map<string, Set<string>>;
  units: LexTarget[];
  entities: LexTarget[];
  tasks: LexTarget[];
  /** The pinyin of the graph's places and jurisdictions, without their level (dazhu → 大竹), for English questions. */
  places: Map<string, string>;
  /** The documents' titles, joined: a word a title spells (工作要点) is no typo of a name (工作要求). */
  titles: string;
  /** Whether some task, section or target of the documents writes the word as it is (区公安分局 in a 负责解释 clause). */
  spelled: (word: string) => boolean;
}

const ENTITY = new Set<string>(ENTITY_LABELS);
const LEVEL_PREFIX = /^[区县市省]/u;
/** The level a written name opens with, dropped in speech: 市建委 → 建委, 自治区农牧厅 → 农牧厅. */
const SPOKEN_LEVEL = /^(?:自治[区州县]|[区县市省])/u;
/** Titles the parser gives sections it could not read are no one's way of naming a task. */
const PLACEHOLDER_TITLE = /^（缺页/u;

function ref(n: GraphNode): LexTarget {
  return { id: n.id, label: n.label, name: n.name };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

class FormTable {
  readonly forms = new Map<string, Form>();

  add(text: string, kind: MentionKind, method: FormMethod, target: LexTarget): void {
    const t = foldAscii(text.trim());
    if (t.length < 2) return;
    const prior = this.forms.get(t);
    if (!prior) {
      this.forms.set(t, { text: t, kind, method, targets: [target] });
      return;
    }
    // A better way of naming wins (a name beats an abbreviation); equal ones pile up as ambiguity.
    const rank = (m: FormMethod) => ['name', 'alias', 'abbreviation', 'partial'].indexOf(m);
    if (rank(method) < rank(prior.method)) this.forms.set(t, { text: t, kind, method, targets: [target] });
    else if (rank(method) === rank(prior.method) && !prior.targets.some((x) => x.name === target.name && x.label === target.label)) {
      prior.targets.push(target);
    }
  }
}

/** 科技和信息化局 → 科信局, 人力资源和社会保障局 → 人社局: a body named "A和B" is called by the first character of each. */
const JOINED_NAME = /^([省市县区]?)(\p{Script=Han}{2})和(\p{Script=Han})\p{Script=Han}{1,4}?(局|委|厅|办)$/u;

function initialsForms(byName: Map<string, LexTarget>): Array<[string, LexTarget]> {
  const out: Array<[string, LexTarget]> = [];
  for (const [name, target] of byName) {
    const m = JOINED_NAME.exec(name);
    if (!m) continue;
    const short = `${m[2][0]}${m[3]}${m[4]}`;
    out.push([m[1] + short, target]);
    if (m[1]) out.push([short, target]);
  }
  return out;
}

function* unitFormSteps(table: FormTable, units: GraphNode[], places: ReadonlySet<string>): Steps<void> {
  const byName = new Map<string, LexTarget>();
  for (const u of units) if (!byName.has(u.name)) byName.set(u.name, ref(u));
  const levelDropped: Array<[string, LexTarget]> = [];
  for (const u of units) {
    const target = byName.get(u.name)!;
    table.add(u.name, 'unit', 'name', target);
    // Staff drop the level of any written form (市建委 → 建委), not only of the name shown.
    for (const written of [u.name, ...strings(u.properties.aliases).map((a) => a.replace(/等$/u, ''))]) {
      if (written !== u.name) table.add(written, 'unit', 'alias', target);
      const level = SPOKEN_LEVEL.exec(written)?.[0];
      if (level && written.length >= level.length + 2) levelDropped.push([written.slice(level.length), target]);
    }
  }
  for (const [text, target] of levelDropped) table.add(text, 'unit', 'alias', target);
  // A plan that writes a body without its level (连江's 住建局) does not own the short form: 住建局 is as much every
  // 区住建局 / 县住建局 of the other plans. The name's own unit stays first; the others follow, so the reader says so.
  for (const [text, target] of levelDropped) {
    const form = table.forms.get(foldAscii(text));
    if (form?.method === 'name' && form.kind === 'unit' && !form.targets.some((t) => t.name === target.name)) form.targets.push(target);
  }
  const byBody = bodiesOf(byName);
  yield;
  sameBodyFollowers(table, byBody);
  // Registry abbreviations and former names (发改委, 经信委, 水务局) that resolve to a unit of this corpus; one the resolver
  // reads as the registry's own name (市教委) reaches the corpus's bodies of that entry at that level (市教育局).
  const resolver = new UnitResolver({ known: byName.keys() });
  const registry = defaultRegistry();
  const levels = new Set(['', ...[...byName.keys()].map((n) => n[0]).filter((c) => LEVEL_PREFIX.test(c))]);
  for (const entry of UNIT_REGISTRY) {
    for (const form of [entry.stem, ...(entry.full ?? []), ...(entry.abbr ?? [])]) {
      if (form.length < 2) continue;
      for (const level of levels) {
        const hits = resolver.resolve(level + form);
        if (hits.length !== 1 || hits[0].status !== 'resolved') continue;
        const target = byName.get(hits[0].canonical);
        // Without a level (教委): that entry's bodies at every level the corpus has.
        const bodies = target ? [] : level ? [registry.levelledBody(level + form)] : [...levels].map((l) => l && registry.levelledBody(l + form));
        for (const t of target ? [target] : bodies.flatMap((b) => (b ? byBody.get(b) ?? [] : []))) table.add(level + form, 'unit', 'abbreviation', t);
      }
      yield;
    }
  }
  // A function named without a level or a place (发改部门, 人社局): every unit of it, unless the form already names one.
  const taken = new Set(table.forms.keys());
  for (const f of functionForms(units, (u) => strings(u.properties.aliases), places)) {
    if (taken.has(f.text)) continue;
    for (const name of f.units) table.add(f.text, 'unit', 'abbreviation', byName.get(name)!);
  }
  nationalForms(table, byName);
  // Last, and only where no other form names a unit: the registry and the function forms know better.
  const named = new Set(table.forms.keys());
  for (const [short, target] of [...initialsForms(byName), ...groupOfficeForms(byName), ...divisionForms(byName)]) if (!named.has(short)) table.add(short, 'unit', 'abbreviation', target);
  for (const [short, target] of placeDroppedForms(byName, places)) if (!named.has(short)) table.add(short, 'unit', 'abbreviation', target);
}

/**
 * A national body written 国家 + a registry name (国家卫生健康委) is said by that entry's short forms with 国家 (国家卫健委):
 * 国家 is no level of the registry, so the resolver cannot reach it. The bare short form (卫健委) stays the levels' own.
 */
function nationalForms(table: FormTable, byName: Map<string, LexTarget>): void {
  for (const [name, target] of byName) {
    const rest = /^国家(\p{Script=Han}{2,})$/u.exec(name)?.[1];
    const entry = rest && UNIT_REGISTRY.find((e) => e.stem === rest || (e.full ?? []).includes(rest));
    if (!entry) continue;
    for (const form of [entry.stem, ...(entry.full ?? []), ...(entry.abbr ?? [])]) {
      if (`国家${form}` !== name) table.add(`国家${form}`, 'unit', 'abbreviation', target);
    }
  }
}

/** The corpus's units by the registry body their name denotes at its level (区水务局 and 区水利局 → 区水利局). */
function bodiesOf(byName: Map<string, LexTarget>): Map<string, LexTarget[]> {
  const registry = defaultRegistry();
  const byBody = new Map<string, LexTarget[]>();
  for (const [name, target] of byName) {
    const body = registry.levelledBody(name);
    if (!body) continue;
    const same = byBody.get(body);
    if (same) same.push(target);
    else byBody.set(body, [target]);
  }
  return byBody;
}

/**
 * One plan's 市住建局 is another's 市住房城乡建设局 (the registry's one body at one level): the name one plan writes
 * also reaches the other plans' bodies of that function at that level, after its own unit, as a bare 住建局 does above.
 * Within one plan the parser has already merged such names, so a follower is always another plan's body. Which body a
 * name denotes is the registry's reading (its index is built once per process), so a 区水利厅 follows no 区水利局.
 */
function sameBodyFollowers(table: FormTable, byBody: Map<string, LexTarget[]>): void {
  for (const same of byBody.values()) {
    if (same.length < 2) continue;
    for (const own of same) {
      const form = table.forms.get(foldAscii(own.name));
      if (form?.method !== 'name' || form.kind !== 'unit') continue;
      for (const other of same) if (!form.targets.some((t) => t.name === other.name)) form.targets.push(other);
    }
  }
}

/** The longest place name a unit's name opens with beyond which at least this much is left (合肥|海关). */
const MIN_BODY_CHARS = 2;

/** 合肥海关, 吴江海关 → 海关: a body named after its place is called by the rest, which names every such body alike. */
function placeDroppedForms(byName: Map<string, LexTarget>, places: ReadonlySet<string>): Array<[string, LexTarget]> {
  const out: Array<[string, LexTarget]> = [];
  for (const [name, target] of byName) {
    for (let cut = name.length - MIN_BODY_CHARS; cut >= 2; cut--) {
      if (!places.has(name.slice(0, cut))) continue;
      const rest = name.slice(cut);
      // 合肥市商务局 → 市商务局 is the level-kept form the other rules give; only a body with no level word is added here.
      if (!LEVEL_PREFIX.test(rest)) out.push([rest, target]);
      break;
    }
  }
  return out;
}

/** Place names as the graph writes them and without their level word (吴江区 → 吴江). */
function placeNames(nodes: readonly GraphNode[]): Set<string> {
  const names = nodes.flatMap((n) => (n.label === 'Place' ? [n.name] : n.label === 'Document' ? strings([n.properties.jurisdiction]) : []));
  return new Set(names.flatMap((n) => [n, n.replace(PLACE_LEVEL, '')]).filter((n) => n.length >= 2));
}

/** A place's level word, which English says apart or not at all (Dazhu County, Cangnan). */
const PLACE_LEVEL = /(?:自治[区州县]|[省市县区镇乡])$/u;
/** The English word for a level, as a one-character place's key ends (洋县 → yangcounty). */
const LEVEL_EN: Record<string, string> = { 县: 'county', 区: 'district', 市: 'city' };
/** Shorter pinyin (xian, an) is too likely an English word or a piece of one. */
const MIN_PINYIN_CHARS = 4;

/** The graph's places and documents' jurisdictions by their pinyin without tones or level: 大竹县 → dazhu → 大竹. */
function* placesByPinyin(nodes: readonly GraphNode[]): Steps<Map<string, string>> {
  const names = nodes.flatMap((n) => (n.label === 'Place' ? [n.name] : n.label === 'Document' ? strings([n.properties.jurisdiction]) : []));
  const out = new Map<string, string>();
  for (const name of new Set(names)) {
    const bare = name.replace(PLACE_LEVEL, '');
    if (!/^\p{Script=Han}+$/u.test(bare)) continue;
    // A one-character place (洋县, 沛县) is said with its level word in English (Yang County): the key holds both.
    const level = bare.length === 1 ? LEVEL_EN[name.slice(1)] : '';
    if (bare.length < 2 && !level) continue;
    const key = `${pinyin(bare, { toneType: 'none', separator: '', v: true }).toLowerCase()}${level}`;
    if (key.length >= MIN_PINYIN_CHARS && /^[a-z]+$/u.test(key) && !out.has(key)) out.set(key, level ? name : bare);
    // Tens of microseconds a name: thousands of places are a turn's work.
    yield;
  }
  return out;
}

/**
 * What a question can name, built in steps so the event loop gets turns between them (graph/slices.ts). The nodes and
 * mentions it hands out are the view's, and its nodes are the view's in id order: their own copies were 7.7 MB of heap at
 * 1,000 documents (test/bench/neo4j-memory.ts).
 */
function* lexiconSteps(view: GraphView, edgeIds: EdgeIds): Steps<Lexicon> {
  const table = new FormTable();
  const nodes = [...view.nodes.values()];
  const units = nodes.filter((n) => n.label === 'Unit');
  const entities = nodes.filter((n) => ENTITY.has(n.label));
  const tasks = nodes.filter((n) => (n.label === 'Task' || n.label === 'Section') && !PLACEHOLDER_TITLE.test(n.name));
  yield* unitFormSteps(table, units, placeNames(nodes));
  for (const e of entities) {
    table.add(e.name, 'entity', 'name', ref(e));
    for (const alias of strings(e.properties.aliases)) table.add(alias, 'entity', 'alias', ref(e));
  }
  for (const t of tasks) {
    table.add(t.name, 'task', 'name', ref(t));
    yield;
  }
  for (const [text, t] of yield* partialTitleSteps(tasks, new Set(table.forms.keys()))) table.add(text, 'task', 'partial', ref(t));
  yield;

  // Keyed by two characters, not one: 区 alone starts thousands of names, so each position would try them all.
  const byPrefix = new Map<string, Form[]>();
  for (const form of table.forms.values()) {
    const list = byPrefix.get(form.text.slice(0, 2)) ?? [];
    list.push(form);
    byPrefix.set(form.text.slice(0, 2), list);
    yield;
  }
  for (const list of byPrefix.values()) yield* sortSteps(list, (a, b) => b.text.length - a.text.length);
  const fuzzy = [...table.forms.values()].filter((f) => f.method !== 'partial' && f.method !== 'abbreviation');

  const unitTargets = [...new Map(units.map((u) => [u.name, ref(u)])).values()];
  const spelled = new BoundedMemo<boolean>(SPELLED_MEMO);
  const places = yield* placesByPinyin(nodes);
  return {
    byPrefix, fuzzy, nodes: view.nodes, edgeIds, mentions: view.mentions,
    units: unitTargets, entities: entities.map(ref), tasks: tasks.map(ref), places,
    titles: view.documents.map((d) => d.title).join('\n'),
    // Remembered per graph version: linking asks it of the same names question after question, and a name no text writes
    // costs a walk of every node holding its character pairs.
    spelled: (word) => spelled.get(word, () => nodesMaybeContaining(view, word).some((n) => n.name.includes(word) || String(n.properties.text ?? '').includes(word))),
  };
}

const cache = new StoreCache(async (store) => {
  const view = await viewFor(store);
  return inTurns(lexiconSteps(view, await graphSource(store).read((pages) => readEdgeIds(pages, view.nodes.keys()))));
});

export function lexiconFor(store: GraphStore, fingerprint?: string): Promise<Lexicon> {
  return cache.get(store, fingerprint);
}

const functionWords = new WeakMap<Lexicon, Form[]>();

/**
 * The unit forms that are a function word (发展改革部门 → every body of that function), in byPrefix order: found once per
 * lexicon, not by a walk over its 50,000 forms (1,000 documents) each time a question's unit is read by its function.
 */
export function functionWordForms(lexicon: Lexicon): Form[] {
  let known = functionWords.get(lexicon);
  if (!known) {
    known = [...lexicon.byPrefix.values()].flat().filter((f) => f.kind === 'unit' && f.text.endsWith('部门'));
    functionWords.set(lexicon, known);
  }
  return known;
}
