// A 职责分工 list headed by party: each numbered item opens with a unit's name and a colon (`1．街道垃圾分类工作领导小组：…`,
// `2．各居民区：` over （1）…（7）, 友谊路街道 2019). The item is that unit's duty; where it carries sub-items, each of them is
// the unit's, and the heading's own lead-in paragraph is no task.
import { leavesOf, type Outline, type OutlineNode } from '../outline/outline.ts';
import { readsAsUnit } from '../units/prose-names.ts';
import type { Annotation } from './annotation-types.ts';

/** The name before the title's first colon: Han characters and a bracketed gloss (物业（环卫）). */
const PARTY_RE = /^([\u4e00-\u9fff()（）]{2,20})[:：]/u;
/** A field label (牵头单位：, 责任部门：, 完成时限：) is no party, whatever follows it. */
const LABEL_WORD_RE = /牵头|责任|配合|协办|主办|参与|时限|时间|目标|内容|措施|要求/u;


/**
 * For each numbered item titled `X：…` where X reads as a unit or a collective: X as responsible on the item, when it is
 * a leaf, or on each leaf under it. Leaves that hold an annotation of their own keep it.
 */
export function partyHeaded(text: string, outline: Outline, owned: Set<OutlineNode | null>): { node: OutlineNode; annotation: Annotation }[] {
  const found: { node: OutlineNode; annotation: Annotation }[] = [];
  for (const node of outline.nodes) {
    if (!node.number) continue;
    const m = PARTY_RE.exec(node.title);
    if (!m || LABEL_WORD_RE.test(m[1]) || !readsAsUnit(m[1])) continue;
    // The name sits right after the marker: look only there, so a long text is not searched once per item.
    const near = text.slice(node.start, node.start + 8 + m[1].length).indexOf(m[1]);
    if (near < 0) continue;
    const at = node.start + near;
    const item = { text: m[1], start: at, end: at + m[1].length };
    for (const leaf of leavesOf(node)) {
      if (owned.has(leaf)) continue;
      found.push({ node: leaf, annotation: { start: at, end: item.end, kind: 'line', truncated: false, lists: [{ role: 'responsible', label: '职责分工', items: [item] }], others: [] } });
    }
  }
  return found;
}
