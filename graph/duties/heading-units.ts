// A notice that lists items under the unit that owns them (督查通报: (二)市经济和信息化局(5项) over 1. … 5.): the heading
// is a unit's name and a count of its items, no role word, so every item under it that names no unit of its own is
// that unit's, as responsible (only a lead inherits from a heading otherwise).
import type { Outline, OutlineNode } from '../outline/outline.ts';
import { patternKind } from '../units/surface.ts';
import type { Annotation } from './annotation-types.ts';

const UNIT_HEADING_RE = /^(\S{3,24}?)[(（]\d{1,3}项[)）]$/;

/** For each item under a heading that is a unit's name with its item count: the heading's unit, as responsible. */
export function headingUnits(text: string, outline: Outline, owned: Set<OutlineNode | null>): { node: OutlineNode; annotation: Annotation }[] {
  const found: { node: OutlineNode; annotation: Annotation }[] = [];
  for (const node of outline.nodes) {
    if ((node.kind !== 'part' && node.kind !== 'section') || node.children.length === 0) continue;
    const m = UNIT_HEADING_RE.exec(node.title);
    if (!m || patternKind(m[1]) === null) continue;
    const at = text.indexOf(m[1], node.start);
    if (at < 0 || at > node.start + 8) continue;
    const item = { text: m[1], start: at, end: at + m[1].length };
    for (const leaf of leaves(node)) {
      if (owned.has(leaf)) continue;
      found.push({ node: leaf, annotation: { start: at, end: item.end, kind: 'line', truncated: false, lists: [{ role: 'responsible', label: '责任单位', items: [item] }], others: [] } });
    }
  }
  return found;
}

function leaves(node: OutlineNode): OutlineNode[] {
  return node.children.length === 0 ? [node] : node.children.flatMap(leaves);
}
