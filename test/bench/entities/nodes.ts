// Every entity node the product's ingest path makes from the real sets' documents, each with the sentence that names it.
import type { EntityLabel } from '../../../graph/model.ts';
import { ENTITY_LABELS } from '../../../graph/model.ts';
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { loadFixtures, type SetName } from '../real/labels.ts';

export interface EntityNode {
  set: SetName;
  doc: string;
  label: EntityLabel;
  name: string;
  kind: string | null;
  /** The first sentence that mentions (or, for a place only touched by a project, touches) the node. */
  evidence: string;
  /** How many edges of the document reach the node. */
  mentions: number;
}

const isEntity = (label: string): label is EntityLabel => (ENTITY_LABELS as readonly string[]).includes(label);

/** One set's entity nodes, document by document (each parsed on its own, as eval:real does). */
export async function entityNodes(root: string, set: SetName): Promise<EntityNode[]> {
  const out: EntityNode[] = [];
  for (const f of await loadFixtures(root, set)) {
    const [{ batch }] = await prepareBatches([f.textFile]);
    const byId = new Map<string, EntityNode>();
    for (const n of batch.nodes) {
      if (!isEntity(n.label)) continue;
      const kind = typeof n.properties.kind === 'string' ? n.properties.kind : null;
      byId.set(n.id, { set, doc: f.id, label: n.label, name: n.name, kind, evidence: '', mentions: 0 });
    }
    for (const e of batch.edges) {
      if (e.type !== 'MENTIONS' && e.type !== 'TOUCHES') continue;
      const node = byId.get(e.target);
      if (!node) continue;
      node.mentions++;
      const text = e.properties.evidence?.text ?? '';
      // A mention's own sentence beats a touch's: the touch's sentence may name the place only inside a project.
      if (!node.evidence || (e.type === 'MENTIONS' && !node.evidence.includes(node.name) && text.includes(node.name))) node.evidence = text;
    }
    out.push(...byId.values());
  }
  return out;
}

/** A node's identity across runs: set, document, label and name. */
export function nodeKey(n: Pick<EntityNode, 'set' | 'doc' | 'label' | 'name'>): string {
  return `${n.set}/${n.doc}/${n.label}/${n.name}`;
}
