// Edge ids derived from their document (build-batch's recipe), and the test telling such an id from a hand-made one.
import { stableId } from '../../ids.ts';
import type { EdgeType, GraphEdge } from '../../model.ts';

/** The id build-batch gives an edge: a hash of its document, type, ends and key (the evidence's start, when one pair has several). */
export function derivedEdgeId(docId: string, type: EdgeType, source: string, target: string, key = ''): string {
  return stableId('edge', docId, type, source, target, key);
}

/**
 * True when `edge.id` is the id derivedEdgeId gives it in `docId` (no key, or its evidence's start as the key). Such
 * an id names its document: another document could hold it only through a 64-bit hash collision, which the parser
 * already rules out (build-batch keeps one edge per id). A false answer only means "check it the slow way".
 */
export function namesItsDocument(edge: GraphEdge, docId: string): boolean {
  const start = edge.properties.evidence?.start;
  if (start !== undefined && edge.id === derivedEdgeId(docId, edge.type, edge.source, edge.target, String(start))) return true;
  return edge.id === derivedEdgeId(docId, edge.type, edge.source, edge.target);
}
