// Building blocks of an answer: Cytoscape elements with the graph's own ids, deduplicated evidence, Chinese lists.
import type { Evidence, GraphEdge, NodeLabel } from '../../graph/model.ts';
import type { Lexicon } from './lexicon.ts';
import type { AnswerItem, CyElement } from './types.ts';

/** Enough to highlight an answer; the UI asks for neighbourhoods itself when it wants more. */
export const MAX_ELEMENTS = 300;
export const MAX_EVIDENCE = 20;
/**
 * Items an answer lists at most. Past it, an answer that grows with the corpus (a section number every plan has, the
 * busiest unit's tasks: 264 KB and 48 KB of JSON at 1,000 documents) lists the first ones, best first, says how many
 * there are, and keeps evidence and elements of the listed ones only. Above every answer of the question sets.
 */
export const MAX_ITEMS = 100;
/** Names listed in the answer text before "等 N 项". */
const LISTED_NAMES = 8;

export const EDGE_ZH: Record<string, string> = {
  LEADS: '牵头', SUPPORTS: '配合', RESPONSIBLE_FOR: '负责', PART_OF: '属于', MENTIONS: '提及', SETS: '设定', TOUCHES: '涉及',
};

export interface Composed {
  text: string;
  items: AnswerItem[];
  /** Every item found, when there were more than MAX_ITEMS listed. */
  total?: number;
  evidence: Evidence[];
  elements: CyElement[];
}

interface Ref {
  id: string;
  label: NodeLabel | string;
  name: string;
}

/** What is chained on an item: its node, edges and evidence. An item past MAX_ITEMS gets a chain that keeps nothing. */
export interface ItemChain {
  node(ref: Ref): ItemChain;
  edge(type: string, source: string, target: string): ItemChain;
  graphEdge(e: GraphEdge): ItemChain;
  cite(ev: Evidence | null | undefined): ItemChain;
}

export class AnswerBuilder implements ItemChain {
  private readonly nodes = new Map<string, CyElement>();
  private readonly edges = new Map<string, CyElement>();
  private readonly evidence = new Map<string, Evidence>();
  readonly items: AnswerItem[] = [];
  private readonly itemIds = new Set<string>();
  /** Ids of items found past MAX_ITEMS: counted, not listed. */
  private readonly unlistedIds = new Set<string>();

  constructor(private readonly lexicon: Lexicon) {}

  /** The item, with what is chained on it (its node, edges, evidence); past MAX_ITEMS only counted, its chain dropped. */
  item(ref: Ref): ItemChain {
    if (!this.itemIds.has(ref.id)) {
      if (this.items.length >= MAX_ITEMS) {
        this.unlistedIds.add(ref.id);
        return UNLISTED;
      }
      this.itemIds.add(ref.id);
      this.items.push({ id: ref.id, label: ref.label as NodeLabel, name: ref.name });
    }
    return this.node(ref);
  }

  node(ref: Ref): this {
    if (!this.nodes.has(ref.id) && this.size() < MAX_ELEMENTS) {
      this.nodes.set(ref.id, { data: { id: ref.id, label: ref.label, name: ref.name } });
    }
    return this;
  }

  /** The graph's edge of this type between two nodes already added, if there is one. */
  edge(type: string, source: string, target: string): this {
    // Only an edge that can still be kept is looked up: a full answer (one citing hundreds of duties past the cap) or
    // an end not in the answer takes nothing, so no table of every edge is searched for it.
    if (!this.keeps(source, target)) return this;
    const id = this.lexicon.edgeIds.get(type, source, target);
    return id ? this.addEdge(id, type, source, target) : this;
  }

  /**
   * edge() for a caller holding the graph's edge: the same element. Of several edges of one type and ends the table
   * gives the last (one pair, several sentences), so the id is looked up by type and ends, not taken as given.
   */
  edgeOf(edgeId: string, type: string, source: string, target: string): this {
    if (!this.keeps(source, target)) return this;
    return this.addEdge(this.lexicon.edgeIds.get(type, source, target) ?? edgeId, type, source, target);
  }

  private keeps(source: string, target: string): boolean {
    return this.size() < MAX_ELEMENTS && this.nodes.has(source) && this.nodes.has(target);
  }

  private addEdge(id: string, type: string, source: string, target: string): this {
    if (!this.edges.has(id) && this.keeps(source, target)) {
      this.edges.set(id, { data: { id, label: type, name: EDGE_ZH[type] ?? type, source, target, type } });
    }
    return this;
  }

  graphEdge(e: GraphEdge): this {
    this.edge(e.type, e.source, e.target);
    const ev = e.properties.evidence;
    return ev ? this.cite(ev) : this;
  }

  cite(ev: Evidence | null | undefined): this {
    if (!ev || this.evidence.size >= MAX_EVIDENCE) return this;
    const key = `${ev.docId}:${ev.start}:${ev.end}`;
    if (!this.evidence.has(key) && this.evidence.size < MAX_EVIDENCE) this.evidence.set(key, { docId: ev.docId, start: ev.start, end: ev.end, text: ev.text });
    return this;
  }

  private size(): number {
    return this.nodes.size + this.edges.size;
  }

  /** Whether nothing more can be kept but items: elements and evidence are both at their bound. */
  full(): boolean {
    return this.size() >= MAX_ELEMENTS && this.evidence.size >= MAX_EVIDENCE;
  }

  done(text: string): Composed {
    const evidence = [...this.evidence.values()];
    const elements = [...this.nodes.values(), ...this.edges.values()];
    const total = this.items.length + this.unlistedIds.size;
    if (total === this.items.length) return { text, items: this.items, evidence, elements };
    return { text: `${text}（共 ${total} 项，列出前 ${this.items.length} 项）`, items: this.items, total, evidence, elements };
  }
}

/** The answer's `total`, present only when it lists fewer items than it found. */
export function totalOf(c: Composed): { total?: number } {
  return c.total === undefined ? {} : { total: c.total };
}

/** What an item past the bound is built with: every call is taken and nothing is kept. */
class Unlisted implements ItemChain {
  node(): this { return this; }
  edge(): this { return this; }
  graphEdge(): this { return this; }
  cite(): this { return this; }
}

const UNLISTED = new Unlisted();

/** 「A」、「B」等 12 项 */
export function listNames(names: readonly string[], unit = '项'): string {
  const shown = names.slice(0, LISTED_NAMES).map((n) => `「${n}」`).join('、');
  return names.length > LISTED_NAMES ? `${shown}等 ${names.length} ${unit}` : shown;
}
