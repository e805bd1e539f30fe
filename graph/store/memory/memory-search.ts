// Substring search candidates. Each node's name, aliases and text form one string; a document keeps the sorted
// set of two-character pieces found anywhere in it, so a query scans only the documents holding all of its
// pieces (a place name is in a few of 1,000 plans) plus the shared nodes' short names.
import type { GraphBatch, GraphNode, NodeLabel } from '../../model.ts';
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

function addGrams(into: Set<number>, text: string): void {
  for (let i = 0; i + 1 < text.length; i += 1) into.add(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
}

interface DocumentText {
  entries: SearchEntry[];
  /** Sorted distinct pieces (two UTF-16 units as one number). */
  grams: Uint32Array;
}

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
  for (const n of owned) {
    for (const term of termsOf(n)) addGrams(grams, term);
    const body = bodyOf(n);
    const start = n.properties.start;
    const inWhole = typeof whole === 'string' && typeof start === 'number' && body !== null && whole.startsWith(body, start);
    if (body !== null && !inWhole) addGrams(grams, body);
  }
  built = { entries: owned.map(entryOf), grams: Uint32Array.from(grams).sort() };
  documentTexts.set(doc.batch, built);
  return built;
}

/** Shared nodes (units, places, …) carry names and aliases only: short, scanned whole; rebuilt per graph version. */
export class SearchText {
  private readonly shared: SearchEntry[];

  constructor(private readonly index: MemoryIndex) {
    this.shared = [...index.nodes.values()].filter((n) => !index.owner.has(n.id)).map(entryOf);
  }

  /** Entries whose text contains `text`: the shared nodes', and those of the documents given. */
  matching(text: string, docs: Iterable<StoredDocument>): SearchEntry[] {
    const pieces = new Set<number>();
    if (!text.includes(FIELD_SEPARATOR)) addGrams(pieces, text);
    const found = this.shared.filter((e) => e.hay.includes(text));
    for (const doc of docs) {
      const dt = documentText(doc, this.index);
      let possible = true;
      for (const piece of pieces) if (!(possible = has(dt.grams, piece))) break;
      if (possible) for (const e of dt.entries) if (e.hay.includes(text)) found.push(e);
    }
    return found;
  }
}
