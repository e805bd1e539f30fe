// One shared node's per-document contributions, merged incrementally (a place may sit in thousands of documents).
import type { GraphNode } from '../model.ts';

function insertSorted(list: string[], value: string): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  if (list[lo] !== value) list.splice(lo, 0, value);
}

function aliasesOf(node: GraphNode): string[] | null {
  return Array.isArray(node.properties.aliases) ? node.properties.aliases.map(String) : null;
}

/**
 * The merged view follows mergeShared (batch-content.ts): base properties from the smallest docId's
 * contribution, `docIds` sorted, `aliases` the sorted union, kept as reference counts so removing a
 * document drops exactly the forms only it contributed.
 */
export class SharedNode {
  private readonly contributions = new Map<string, GraphNode>();
  private readonly docIds: string[] = [];
  private readonly aliasCounts = new Map<string, number>();
  private aliasDocs = 0;
  merged: GraphNode | null = null;

  get empty(): boolean {
    return this.contributions.size === 0;
  }

  /** Returns whether the alias set changed. */
  add(docId: string, node: GraphNode): boolean {
    const replaced = this.contributions.has(docId) ? this.forget(docId) : false;
    this.contributions.set(docId, node);
    insertSorted(this.docIds, docId);
    const aliases = aliasesOf(node);
    let changed = replaced;
    if (aliases) {
      this.aliasDocs += 1;
      for (const alias of new Set(aliases)) {
        const count = this.aliasCounts.get(alias) ?? 0;
        if (count === 0) changed = true;
        this.aliasCounts.set(alias, count + 1);
      }
    }
    this.rebuild();
    return changed;
  }

  remove(docId: string): boolean {
    if (!this.contributions.has(docId)) return false;
    const changed = this.forget(docId);
    this.rebuild();
    return changed;
  }

  private forget(docId: string): boolean {
    const node = this.contributions.get(docId) as GraphNode;
    this.contributions.delete(docId);
    this.docIds.splice(this.docIds.indexOf(docId), 1);
    const aliases = aliasesOf(node);
    if (!aliases) return false;
    this.aliasDocs -= 1;
    let changed = false;
    for (const alias of new Set(aliases)) {
      const count = (this.aliasCounts.get(alias) ?? 1) - 1;
      if (count === 0) {
        this.aliasCounts.delete(alias);
        changed = true;
      } else {
        this.aliasCounts.set(alias, count);
      }
    }
    return changed;
  }

  private rebuild(): void {
    if (this.docIds.length === 0) {
      this.merged = null;
      return;
    }
    const base = this.contributions.get(this.docIds[0]) as GraphNode;
    const properties: Record<string, unknown> = { ...base.properties, docIds: [...this.docIds] };
    if (this.aliasDocs > 0) properties.aliases = [...this.aliasCounts.keys()].sort();
    else delete properties.aliases;
    this.merged = { id: base.id, label: base.label, name: base.name, properties };
  }
}
