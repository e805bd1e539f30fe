// Building blocks of an answer: Cytoscape elements with the graph's own ids, deduplicated evidence, Chinese lists.
import type { Evidence, GraphEdge, NodeLabel } from '../../graph/model.ts';
import type { Lexicon } from './lexicon.ts';
import type { AnswerItem, CyElement } from './types.ts';

/** Enough to highlight an answer; the UI asks for neighbourhoods itself when it wants more. */
export const MAX_ELEMENTS = 300;
export const MAX_EVIDENCE = 20;
/** Names listed in the answer text before "等 N 项". */
const LISTED_NAMES = 8;

export const EDGE_ZH: Record<string, string> = {
  LEADS: '牵头', SUPPORTS: '配合', RESPONSIBLE_FOR: '负责', PART_OF: '属于', MENTIONS: '提及', SETS: '设定', TOUCHES: '涉及',
};

export interface Composed {
  text: string;
  items: AnswerItem[];
  evidence: Evidence[];
  elements: CyElement[];
}

interface Ref {
  id: string;
  label: NodeLabel | string;
  name: string;
}

export class AnswerBuilder {
  private readonly nodes = new Map<string, CyElement>();
  private readonly edges = new Map<string, CyElement>();
  private readonly evidence = new Map<string, Evidence>();
  readonly items: AnswerItem[] = [];
  private readonly itemIds = new Set<string>();

  constructor(private readonly lexicon: Lexicon) {}

  item(ref: Ref): this {
    if (!this.itemIds.has(ref.id)) {
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
    // A full answer takes no more elements: no key to build (an answer cites hundreds of duties past the cap).
    if (this.size() >= MAX_ELEMENTS) return this;
    const id = this.lexicon.edgeIds.get(`${type}|${source}|${target}`);
    if (id && !this.edges.has(id) && this.nodes.has(source) && this.nodes.has(target) && this.size() < MAX_ELEMENTS) {
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

  done(text: string): Composed {
    return { text, items: this.items, evidence: [...this.evidence.values()], elements: [...this.nodes.values(), ...this.edges.values()] };
  }
}

/** 「A」、「B」等 12 项 */
export function listNames(names: readonly string[], unit = '项'): string {
  const shown = names.slice(0, LISTED_NAMES).map((n) => `「${n}」`).join('、');
  return names.length > LISTED_NAMES ? `${shown}等 ${names.length} ${unit}` : shown;
}
