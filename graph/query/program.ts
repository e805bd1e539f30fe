// What a store runs: a validated plan whose text searches are already resolved to ranked ids, and the raw rows it gives back.
import type { EvidenceValue } from '../catalogue/schemas.ts';
import type { NodeLabel } from '../model.ts';
import type { Step } from './schema.ts';

/** `find by text` after BM25 ran (outside the store, the same for every store): the hits to start from. */
interface FindHitsStep {
  op: 'hits';
  hits: Array<{ id: string; score: number }>;
}

export type ProgramStep = Exclude<Step, { op: 'return' } | { by: 'text' }> | FindHitsStep;

export interface Program {
  steps: ProgramStep[];
  /** Items one step may produce before the plan stops with TOO_LARGE. */
  maxSet: number;
  /** Epoch ms after which the memory engine stops (Neo4j uses the transaction timeout). */
  deadline: number;
  timeoutMs: number;
  /**
   * Items the answer lists (the plan's return limit). An engine may hand back only the best `limit` in the answer's
   * order (shape.ts answerOrder), with `total` and `scored` telling what the whole set was; or every item.
   */
  limit?: number;
}

/** A node as the shaping needs it: label-specific facts and the fields that order answers. */
interface RawNode {
  id: string;
  label: NodeLabel;
  name: string;
  docId: string | null;
  start: number | null;
  facts: Record<string, string | number | null>;
}

export interface RawItem {
  node: RawNode;
  via: number;
  evidence: EvidenceValue[];
  score: number | null;
}

/** One store's answer before the shared shaping (order, caps, evidence dedupe) makes it a PlanResult. */
export type RawResult =
  | {
    kind: 'items'; items: RawItem[]; ranked: null | { order: 'desc' | 'asc'; limit: number };
    /** When `items` are only the best of the set: how many the set held, and whether any of them had a score. */
    total?: number; scored?: boolean;
  }
  | { kind: 'count'; count: number }
  | { kind: 'groups'; groups: Array<{ key: string; count: number }> }
  | { kind: 'comparison'; comparison: Array<{ set: string; count: number }> };

/** Facts kept per label, all read the same way by every store. */
const FACT_KEYS: Partial<Record<NodeLabel, readonly string[]>> = {
  Task: ['number', 'path'],
  Section: ['number', 'path'],
  Target: ['indicator', 'value', 'unit', 'year', 'text'],
  Unit: ['jurisdiction', 'kind'],
  Document: ['jurisdiction', 'source'],
  Place: ['kind'],
  Project: ['kind'],
};

/** Only strings and finite numbers count as facts (a stored list or object never leaks into an answer). */
export function factsOf(label: NodeLabel, read: (key: string) => unknown): Record<string, string | number | null> {
  const facts: Record<string, string | number | null> = {};
  for (const key of FACT_KEYS[label] ?? []) {
    const value = read(key);
    facts[key] = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) ? value : null;
  }
  return facts;
}
