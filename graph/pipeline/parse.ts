// The text half of ingestion: normalise → annotations → units → outline, before anything becomes a graph.
import { findAnnotations } from '../duties/annotations.ts';
import { resolveAnnotation, type ResolvedAnnotation } from '../duties/assign.ts';
import { normaliseText, type NormalisedText } from '../normalise/normalise.ts';
import { buildOutline, type Outline, type OutlineNode } from '../outline/outline.ts';
import type { UnitResolver } from '../units/resolver.ts';

export interface ParsedDocument {
  norm: NormalisedText;
  outline: Outline;
  annotations: ResolvedAnnotation[];
  /** Annotation index → the outline node it belongs to (null: before the first heading). */
  owner: Map<ResolvedAnnotation, OutlineNode | null>;
}

/** The deepest outline node whose span holds `pos`. */
export function ownerOf(outline: Outline, pos: number): OutlineNode | null {
  let best: OutlineNode | null = null;
  const visit = (n: OutlineNode) => {
    for (const c of n.children) {
      if (pos >= c.start && pos < c.end) { best = c; visit(c); return; }
    }
  };
  visit(outline.root);
  return best;
}

export function parseDocumentText(raw: string, resolver: UnitResolver): ParsedDocument {
  const norm = normaliseText(raw);
  const found = findAnnotations(norm.text);
  const annotations = found.map((a) => resolveAnnotation(a, resolver));
  for (const a of annotations) for (const u of a.units) resolver.learn(u.canonical);
  const gapsAt = annotations
    .filter((a) => a.gapAt !== null && a.gapReason !== 'spliced-list')
    .map((a) => ({
      at: a.gapAt!,
      reason: a.gapReason as 'orphan-annotation' | 'truncated-annotation',
      detail: a.gapReason === 'orphan-annotation' ? '职责标注的开头缺失' : '职责标注中断，后接正文',
    }));
  // A truncated annotation ends where its list ran into body text; later markers there are real.
  const spans = annotations.map((a) => ({ start: a.annotation.start, end: a.end }));
  const outline = buildOutline({ text: norm.text, annotations: spans, gapsAt });
  const owner = new Map<ResolvedAnnotation, OutlineNode | null>();
  for (const a of annotations) owner.set(a, ownerOf(outline, a.annotation.start));
  return { norm, outline, annotations, owner };
}
