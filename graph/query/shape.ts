// Shared shaping: a store's raw rows become the PlanResult (order, caps, evidence dedupe), identical for every store.
import { compareStrings, smallest } from '../catalogue/order.ts';
import type { EvidenceValue } from '../catalogue/schemas.ts';
import type { RawItem, RawResult } from './program.ts';
import { PLAN_LIMITS, type PlanItem, type PlanResult } from './schema.ts';

function compareEvidence(a: EvidenceValue, b: EvidenceValue): number {
  return compareStrings(a.docId, b.docId) || a.start - b.start || a.end - b.end || compareStrings(a.text, b.text);
}

function distinctEvidence(list: EvidenceValue[]): EvidenceValue[] {
  const seen = new Map<string, EvidenceValue>();
  for (const e of list) seen.set(`${e.docId}\u0000${e.start}\u0000${e.end}\u0000${e.text}`, e);
  return [...seen.values()].sort(compareEvidence);
}

/** What an answer is ordered by: a store may order its own lighter rows with the same comparator. */
export interface Ordered {
  node: Pick<RawItem['node'], 'id' | 'name' | 'docId' | 'start'>;
  score: number | null;
}

/** Document order (document, position), then name and id; shared nodes (no document) after owned ones. */
function compareNatural(a: Ordered, b: Ordered): number {
  const da = a.node.docId ?? '\uffff';
  const db = b.node.docId ?? '\uffff';
  return compareStrings(da, db) || (a.node.start ?? 0) - (b.node.start ?? 0)
    || compareStrings(a.node.name, b.node.name) || compareStrings(a.node.id, b.node.id);
}

/** The answer's order: by score when ranked or scored (text hits), else natural; always total (it ends in the id). */
export function answerOrder(ranked: 'desc' | 'asc' | null, scored: boolean): (a: Ordered, b: Ordered) => number {
  if (!ranked && !scored) return compareNatural;
  const sign = ranked === 'asc' ? 1 : -1;
  return (a, b) => sign * ((a.score ?? 0) - (b.score ?? 0)) || compareNatural(a, b);
}

function toItem(raw: RawItem): PlanItem {
  const evidence = distinctEvidence(raw.evidence);
  return {
    id: raw.node.id, label: raw.node.label, name: raw.node.name,
    docId: raw.node.docId ?? evidence[0]?.docId ?? null,
    evidence: evidence.slice(0, PLAN_LIMITS.evidence).map((e) => ({ docId: e.docId, start: e.start, end: e.end, text: e.text })),
    evidenceTotal: evidence.length,
    via: raw.via, score: raw.score, facts: { ...raw.node.facts },
  };
}

const EMPTY = { items: [], total: 0, truncated: false, count: null, groups: [], comparison: [] };

/** The answer: `limit` items at most (a rank's own limit when it is smaller). */
export function shapeResult(raw: RawResult, limit: number): PlanResult {
  switch (raw.kind) {
    case 'count': return { ...EMPTY, kind: 'count', count: raw.count };
    case 'groups': return {
      ...EMPTY, kind: 'groups',
      groups: [...raw.groups].sort((a, b) => b.count - a.count || compareStrings(a.key, b.key)),
    };
    case 'comparison': return { ...EMPTY, kind: 'comparison', comparison: raw.comparison.map((c) => ({ ...c })) };
    case 'items': {
      const scored = raw.scored ?? raw.items.some((i) => i.score !== null);
      const cap = Math.min(limit, raw.ranked?.limit ?? limit);
      const best = smallest(raw.items, answerOrder(raw.ranked?.order ?? null, scored), cap);
      const total = raw.total ?? raw.items.length;
      return { ...EMPTY, kind: 'items', items: best.map(toItem), total, truncated: total > cap };
    }
  }
}
