// One shared node's per-document contributions, merged incrementally (a place may sit in thousands of documents).
import type { GraphNode } from '../../model.ts';

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
  private base: GraphNode | null = null;
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
      // The first document with aliases turns the (possibly empty) aliases property on.
      if (this.aliasDocs === 0) changed = true;
      this.aliasDocs += 1;
      for (const alias of new Set(aliases)) {
        const count = this.aliasCounts.get(alias) ?? 0;
        if (count === 0) changed = true;
        this.aliasCounts.set(alias, count + 1);
      }
    }
    this.rebuild(changed);
    return changed;
  }

  remove(docId: string): boolean {
    if (!this.contributions.has(docId)) return false;
    const changed = this.forget(docId);
    this.rebuild(changed);
    return changed;
  }

  private forget(docId: string): boolean {
    const node = this.contributions.get(docId) as GraphNode;
    this.contributions.delete(docId);
    this.docIds.splice(this.docIds.indexOf(docId), 1);
    const aliases = aliasesOf(node);
    if (!aliases) return false;
    this.aliasDocs -= 1;
    let changed = this.aliasDocs === 0;
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

  /**
   * Cheap on the common path (one more document mentions a known place): the merged node and its
   * live `docIds` array are updated in place; a new object only when the base contribution changes.
   * Callers outside the store only ever see clones.
   */
  private rebuild(aliasesChanged: boolean): void {
    if (this.docIds.length === 0) {
      this.merged = null;
      this.base = null;
      return;
    }
    const base = this.contributions.get(this.docIds[0]) as GraphNode;
    if (base !== this.base || !this.merged) {
      this.base = base;
      this.merged = { id: base.id, label: base.label, name: base.name, properties: { ...base.properties, docIds: this.docIds } };
      aliasesChanged = true;
    }
    if (!aliasesChanged) return;
    if (this.aliasDocs > 0) this.merged.properties.aliases = [...this.aliasCounts.keys()].sort();
    else delete this.merged.properties.aliases;
  }
}
