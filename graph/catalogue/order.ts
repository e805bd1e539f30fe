// Shared ordering, paging and small mapping helpers: the tie-breaks every store's answers agree on.
import type { DutyType, GraphNode } from '../model.ts';
import type { CoMentionRow, TaskRow } from './rows.ts';
import { INNER_LIST_MAX, ROLES, type Page, type Role, type TaskRef } from './schemas.ts';

/** Code-unit order, never locale order: the same on every machine and in every store. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareNumbersDesc(a: number, b: number): number {
  return b - a;
}

/** Refs by name, then id. */
export function compareRefs(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return compareStrings(a.name, b.name) || compareStrings(a.id, b.id);
}

/** Co-mentions (entityTasks) by shared tasks desc, then name, id: the order a store's coMentionPage ranks in too. */
export function compareCoMentions(a: CoMentionRow, b: CoMentionRow): number {
  return compareNumbersDesc(a.shared, b.shared) || compareRefs(a.entity, b.entity);
}

/** Document order: by document id, then position in the document, then id. */
export function compareTasks(a: TaskRow, b: TaskRow): number {
  return compareStrings(a.docId, b.docId) || a.start - b.start || compareStrings(a.id, b.id);
}

export function compareRoles(a: Role, b: Role): number {
  return ROLES.indexOf(a) - ROLES.indexOf(b);
}

export const ROLE_OF: Record<DutyType, Role> = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' };
export const DUTY_OF: Record<Role, DutyType> = { lead: 'LEADS', support: 'SUPPORTS', responsible: 'RESPONSIBLE_FOR' };

/**
 * The `k` smallest items pushed so far, in order: a sorted buffer of k that a stream fills one item at a time (a
 * search's thousands of hits counted, only the page kept). Comparators here are total orders ending in an id, so the
 * result never depends on push order.
 */
export class Smallest<T> {
  readonly top: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number, private readonly k: number) {}

  push(item: T): void {
    const top = this.top;
    if (this.k <= 0 || (top.length === this.k && this.compare(item, top[top.length - 1]) >= 0)) return;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(top[mid], item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > this.k) top.pop();
  }
}

/**
 * The `k` smallest items in order. A full sort when k is a good share of the input; otherwise one
 * pass keeping a sorted buffer of k (a unit with 10,000 tasks asked for 100 should not sort 10,000).
 */
export function smallest<T>(items: readonly T[], compare: (a: T, b: T) => number, k: number): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort(compare).slice(0, k);
  const buffer = new Smallest(compare, k);
  for (const item of items) buffer.push(item);
  return buffer.top;
}

/** The first `limit` in order, saying how many there were. */
export function paginate<T>(items: readonly T[], compare: (a: T, b: T) => number, limit: number): Page<T> {
  return { items: smallest(items, compare, limit), total: items.length, truncated: items.length > limit };
}

export function mapPage<T, U>(page: Page<T>, fn: (item: T) => U): Page<U> {
  return { items: page.items.map(fn), total: page.total, truncated: page.truncated };
}

/** Strip the row-only `start` so outputs carry plain task refs. */
export function taskRef(row: TaskRow): TaskRef {
  return { id: row.id, label: row.label, name: row.name, docId: row.docId, number: row.number, path: row.path };
}

/** Distinct tasks in document order, capped for nesting inside one item. */
export function taskList(rows: Iterable<TaskRow>): TaskRef[] {
  const byId = new Map<string, TaskRow>();
  for (const row of rows) byId.set(row.id, row);
  return smallest([...byId.values()], compareTasks, INNER_LIST_MAX).map(taskRef);
}

/** Whole path segments: `二/(三)` covers `二/(三)` and `二/(三)/1`, not `二/(三十)`. */
export function pathUnder(path: string, prefix: string): boolean {
  const trimmed = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  return path === trimmed || path.startsWith(`${trimmed}/`);
}

/** Query outputs never carry a Document's full text (megabytes); getDocumentText serves it. */
export function lightNode(node: GraphNode): GraphNode {
  if (node.label !== 'Document' || !('text' in node.properties)) return node;
  const { text: _text, ...properties } = node.properties;
  return { ...node, properties };
}

/** First of each id, in the order given: stores may repeat rows, answers must not. */
export function uniqueById<T extends { id: string }>(items: Iterable<T>): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

/**
 * One row per key, the last of each standing (at the first one's place), as a Map built from the rows would keep them.
 * Remembered per array: a store that hands out the same array for a whole graph version (the memory store's counts)
 * has it de-duplicated once, not on every query (when `key` is the same function: pass a constant, not an arrow made
 * per call). Callers never change the arrays they are given, nor the result.
 */
export function lastByKey<T>(rows: readonly T[], key: (row: T) => string): readonly T[] {
  const known = distinctRows.get(rows);
  if (known?.key === key) return known.rows as readonly T[];
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(key(row), row);
  const distinct = byKey.size === rows.length ? rows : [...byKey.values()];
  distinctRows.set(rows, { key: key as (row: unknown) => string, rows: distinct });
  return distinct;
}

const distinctRows = new WeakMap<readonly unknown[], { key: (row: unknown) => string; rows: readonly unknown[] }>();

export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
