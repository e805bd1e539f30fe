// Substring search candidates: each node's name, aliases and text in one string, with a bigram index so a query
// reads only the entries that hold its rarest two-character piece instead of every node's text.
import type { GraphNode, NodeLabel } from '../../model.ts';
import { termsOf } from './memory-index.ts';

const TEXT_LABELS: readonly NodeLabel[] = ['Task', 'Section', 'Target'];
/** Joins a node's fields: a needle never holds it, so no match straddles two fields through it. */
const FIELD_SEPARATOR = '\u0000';

export interface SearchEntry {
  id: string;
  label: NodeLabel;
  hay: string;
}

function gram(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

/** Built once per graph version (a few hundred ms at 1,000 documents); a query then costs its postings. */
export class SearchText {
  readonly entries: SearchEntry[] = [];
  /** Bigram → indexes of the entries holding it, ascending, each once. */
  private readonly grams = new Map<number, number[]>();

  constructor(nodes: Iterable<GraphNode>) {
    for (const node of nodes) {
      const body = TEXT_LABELS.includes(node.label) && typeof node.properties.text === 'string' ? node.properties.text : '';
      const hay = [...termsOf(node), body].join(FIELD_SEPARATOR);
      const at = this.entries.push({ id: node.id, label: node.label, hay }) - 1;
      for (let i = 0; i + 1 < hay.length; i += 1) {
        const key = gram(hay, i);
        const list = this.grams.get(key);
        if (!list) this.grams.set(key, [at]);
        else if (list[list.length - 1] !== at) list.push(at);
      }
    }
  }

  /** Entries whose text contains `text`, in index order. */
  matching(text: string): SearchEntry[] {
    if (text.length < 2 || text.includes(FIELD_SEPARATOR)) return this.entries.filter((e) => e.hay.includes(text));
    let rarest: number[] | undefined;
    for (let i = 0; i + 1 < text.length; i += 1) {
      const list = this.grams.get(gram(text, i));
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    const found: SearchEntry[] = [];
    for (const at of rarest as number[]) if (this.entries[at].hay.includes(text)) found.push(this.entries[at]);
    return found;
  }
}
