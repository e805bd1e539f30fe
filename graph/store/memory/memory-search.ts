// Substring search candidates. Each node's name, aliases and text form one string; a document keeps the sorted
// set of two-character pieces found anywhere in it, so a query scans only the documents holding all of its
// pieces (a place name is in a few of 1,000 plans) plus the shared nodes' short names.
import type { SearchRow } from '../../catalogue/rows.ts';
import { Smallest } from '../../catalogue/order.ts';
import { TEXT_SCORE, compareHits, scoreOf } from '../../catalogue/search.ts';
import type { GraphBatch, GraphNode, NodeLabel } from '../../model.ts';
import { nodeRef } from '../batch/row-refs.ts';
import { termsOf, type MemoryIndex, type StoredDocument } from './memory-index.ts';

const TEXT_LABELS: readonly NodeLabel[] = ['Task', 'Section', 'Target'];
/** Joins a node's fields: a needle never holds it, so no match straddles two fields through it. */
const FIELD_SEPARATOR = '\u0000';

export interface SearchEntry {
  id: string;
  label: NodeLabel;
  hay: string;
}

function bodyOf(node: GraphNode): string | null {
  return TEXT_LABELS.includes(node.label) && typeof node.properties.text === 'string' ? node.properties.text : null;
}

function entryOf(node: GraphNode): SearchEntry {
  return { id: node.id, label: node.label, hay: [...termsOf(node), bodyOf(node) ?? ''].join(FIELD_SEPARATOR) };
}

/** A node's search row; the memory store's rows of shared nodes are made the same way. */
export function rowOf(node: GraphNode, docId: string | null): SearchRow {
  const aliases = Array.isArray(node.properties.aliases) ? node.properties.aliases.map(String) : [];
  return { node: nodeRef(node), aliases, text: bodyOf(node), docId };
}

/** The row with its score for this needle, or null when it does not match (a candidate is a superset). */
function scored(row: SearchRow, score: number): SearchRow | null {
  return score > 0 ? { node: row.node, aliases: row.aliases, text: row.text, docId: row.docId, score } : null;
}

function textHit(row: SearchRow): SearchRow {
  return { node: row.node, aliases: row.aliases, text: row.text, docId: row.docId, score: TEXT_SCORE };
}

function addGrams(into: Set<number>, text: string): void {
  for (let i = 0; i + 1 < text.length; i += 1) into.add(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
}

interface DocumentText {
  entries: SearchEntry[];
  /** Per entry: its search row (an owned node never changes while its batch is stored). */
  rows: SearchRow[];
  /**
   * Per entry: its row scored as a text hit, made on the first search finding it there. A common word's text hits are
   * thousands of rows per query (a place in 900 plans), each a fresh object before; the same object every time is
   * also what rows.ts asks of a repeated scored row.
   */
  textHits: (SearchRow | undefined)[];
  /** Sorted distinct pieces (two UTF-16 units as one number). */
  grams: Uint32Array;
  /** The document's text: a needle is looked for in it once, not in every task and section slice of it. */
  whole: string;
  /** Every entry's names and aliases, entry after entry, one scan per needle rather than one per entry. */
  terms: string;
  /** Where entry k's names start in `terms` (k = entries.length: the end); the separator closes each. */
  termsAt: Int32Array;
  /** Per entry: where its body sits in `whole` (BODY_ELSEWHERE: search its hay; NO_BODY: terms only). */
  bodyAt: Int32Array;
  bodyEnd: Int32Array;
}

const BODY_ELSEWHERE = -1;
const NO_BODY = -2;

function has(sorted: Uint32Array, gram: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] === gram) return true;
    if (sorted[mid] < gram) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * A stored batch never changes (a new version of a document is a new batch), so its search text is built once,
 * on the first search that reads it, and outlives graph versions. Task and section texts are slices of the
 * document's text, so their pieces come from that text once rather than from every nested copy.
 */
const documentTexts = new WeakMap<GraphBatch, DocumentText>();

function documentText(doc: StoredDocument, index: MemoryIndex): DocumentText {
  let built = documentTexts.get(doc.batch);
  if (built) return built;
  const grams = new Set<number>();
  const owned = doc.batch.nodes.filter((n) => index.owner.get(n.id) === doc.docId).flatMap((n) => index.nodes.get(n.id) ?? []);
  const whole = owned.find((n) => n.id === doc.docId)?.properties.text;
  if (typeof whole === 'string') addGrams(grams, whole);
  const bodyAt = new Int32Array(owned.length);
  const bodyEnd = new Int32Array(owned.length);
  for (const [k, n] of owned.entries()) {
    for (const term of termsOf(n)) addGrams(grams, term);
    const body = bodyOf(n);
    const start = n.properties.start;
    const inWhole = typeof whole === 'string' && typeof start === 'number' && body !== null && whole.startsWith(body, start);
    if (body !== null && !inWhole) addGrams(grams, body);
    bodyAt[k] = body === null ? NO_BODY : inWhole ? (start as number) : BODY_ELSEWHERE;
    bodyEnd[k] = inWhole ? (start as number) + (body as string).length : 0;
  }
  const terms = owned.map((n) => termsOf(n).join(FIELD_SEPARATOR));
  const termsAt = new Int32Array(owned.length + 1);
  for (let k = 0; k < terms.length; k += 1) termsAt[k + 1] = termsAt[k] + terms[k].length + 1;
  built = {
    entries: owned.map(entryOf), rows: owned.map((n) => rowOf(n, doc.docId)), grams: Uint32Array.from(grams).sort(), whole: typeof whole === 'string' ? whole : '',
    terms: terms.join(FIELD_SEPARATOR), termsAt, bodyAt, bodyEnd, textHits: new Array(owned.length),
  };
  documentTexts.set(doc.batch, built);
  return built;
}

/** Starts of `text` in `whole`, ascending. */
function occurrences(whole: string, text: string): number[] {
  const at: number[] = [];
  for (let i = whole.indexOf(text); i >= 0; i = whole.indexOf(text, i + 1)) at.push(i);
  return at;
}

/** Whether some start in `sorted` lies in [lo, hi]. */
function anyWithin(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (sorted[mid] < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a] <= hi;
}

/** Where a search puts its scored rows: an array, or a TopHits. */
interface HitSink {
  push(row: SearchRow): unknown;
}

/**
 * The first `limit` rows pushed in compareHits' order, and how many were pushed: a common word's thousands of text
 * hits are counted, and only those that would make the page are kept (searchPage).
 */
export class TopHits implements HitSink {
  total = 0;
  private readonly page: Smallest<SearchRow>;

  constructor(limit: number) {
    this.page = new Smallest(compareHits, limit);
  }

  get rows(): SearchRow[] {
    return this.page.top;
  }

  push(row: SearchRow): void {
    this.total += 1;
    this.page.push(row);
  }
}

/** Whether the store scores every row of `text` itself (a one-character needle's rows are scored by the catalogue). */
export function scoredHere(text: string): boolean {
  return text.length >= 2 && !text.includes(FIELD_SEPARATOR);
}

/** Labels a search keeps; null keeps all. */
type LabelFilter = ReadonlySet<string> | null;

/**
 * The document's rows holding `text` (two characters or more, no field separator), scored: a name or alias holding
 * it is scored on those short strings; otherwise it is in the body, which for tasks and sections is a range of the
 * document's text checked against one scan of it, and scores as text without scanning the body again.
 */
function documentMatches(dt: DocumentText, text: string, labels: LabelFilter, found: HitSink): void {
  const starts = occurrences(dt.whole, text);
  // Ascending, as the entries' blocks are: one walk pairs each entry with the first occurrence not before it.
  const named = occurrences(dt.terms, text);
  let j = 0;
  for (let k = 0; k < dt.entries.length; k += 1) {
    while (j < named.length && named[j] < dt.termsAt[k]) j += 1;
    const e = dt.entries[k];
    if (labels && !labels.has(e.label)) continue;
    const at = dt.bodyAt[k];
    let hit: SearchRow | null = null;
    // An occurrence cannot cross the separator, so one starting in this entry's block lies in its names.
    if (j < named.length && named[j] < dt.termsAt[k + 1]) hit = scored(dt.rows[k], scoreOf(dt.rows[k], text));
    else if (at >= 0 ? anyWithin(starts, at, dt.bodyEnd[k] - text.length) : at === BODY_ELSEWHERE && e.hay.includes(text)) {
      hit = dt.textHits[k] ??= textHit(dt.rows[k]);
    }
    if (hit) found.push(hit);
  }
}

/**
 * Shared nodes (units, places, …) carry names and aliases only: short, but some 25,000 of them at 1,000 documents,
 * too many to scan on every query. Each two-character piece lists the shared entries holding it, so a query reads
 * the shortest list among its pieces; rebuilt per graph version.
 */
export class SearchText {
  private readonly shared: SearchEntry[];
  private readonly holding = new Map<number, number[]>();

  constructor(private readonly index: MemoryIndex) {
    this.shared = [...index.nodes.values()].filter((n) => !index.owner.has(n.id)).map(entryOf);
    const grams = new Set<number>();
    for (const [k, entry] of this.shared.entries()) {
      grams.clear();
      addGrams(grams, entry.hay);
      for (const gram of grams) {
        const list = this.holding.get(gram);
        if (list) list.push(k);
        else this.holding.set(gram, [k]);
      }
    }
  }

  /** Shared entries containing `text`: one-character needles scan them all, longer ones the rarest piece's list. */
  private sharedMatching(text: string, pieces: ReadonlySet<number>): SearchEntry[] {
    if (pieces.size === 0) return this.shared.filter((e) => e.hay.includes(text));
    let rarest: number[] | undefined;
    for (const piece of pieces) {
      const list = this.holding.get(piece);
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const found: SearchEntry[] = [];
    for (const k of rarest ?? []) if (this.shared[k].hay.includes(text)) found.push(this.shared[k]);
    return found;
  }

  /**
   * Scored rows of the nodes whose text contains `text`, into `found`: the shared nodes' (`sharedRow` gives each one's
   * row, null when it is out of scope), and those of the documents given.
   */
  matching(
    text: string, docs: Iterable<StoredDocument>, sharedRow: (e: SearchEntry) => SearchRow | null, labels: readonly NodeLabel[] | undefined, found: HitSink,
  ): void {
    const keep: LabelFilter = labels ? new Set(labels) : null;
    const pieces = new Set<number>();
    if (!text.includes(FIELD_SEPARATOR)) addGrams(pieces, text);
    for (const e of this.sharedMatching(text, pieces)) {
      const row = keep && !keep.has(e.label) ? null : sharedRow(e);
      const hit = row && scored(row, scoreOf(row, text));
      if (hit) found.push(hit);
    }
    for (const doc of docs) {
      const dt = documentText(doc, this.index);
      let possible = true;
      for (const piece of pieces) if (!(possible = has(dt.grams, piece))) break;
      if (!possible) continue;
      if (pieces.size > 0) documentMatches(dt, text, keep, found);
      else for (const [k, e] of dt.entries.entries()) if ((!keep || keep.has(e.label)) && e.hay.includes(text)) found.push(dt.rows[k]);
    }
  }
}
