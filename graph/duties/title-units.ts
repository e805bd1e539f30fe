// Items of a 职责分工 part headed by the unit that owns them (古美路 2022: 1.街道消委办。牵头开展… / 2.派出所。配合开展…): the
// item's title is a unit's name and nothing else, its text that unit's duties. The unit leads where its own text says it
// leads (牵头开展, 牵头负责, 负责牵头落实, 牵头召集); otherwise the item names no lead and the unit is responsible.
// Its text-level sibling, unit-headed.ts, reads the shapes an annotation scan sees (区民防办：负责…, a unit as a paragraph's
// subject, an item line that is the unit alone); this one needs the outline (an item whose whole title is the unit), and
// skips items those already own.
import type { Outline, OutlineNode } from '../outline/outline.ts';
import { patternKind } from '../units/surface.ts';
import type { Annotation } from './annotation-types.ts';

/** A title short enough to be a name only (街道消委办, 城运中心), no clause. */
const NAME_TITLE_RE = /^[\u4e00-\u9fff()（）]{2,16}$/;
const LEADS_RE = /牵头(?:开展|负责|召集|组织|落实|推进|做好)|负责牵头/;
/** Fewer unit-titled items than this under one heading is a list of topics, one of which ends like a unit. */
const MIN_TITLED = 2;

const unitTitle = (n: OutlineNode) => n.kind === 'item' && n.children.length === 0 && NAME_TITLE_RE.test(n.title) && patternKind(n.title) !== null;

/** For each leaf item titled by a unit's name, under a heading where at least two are: that unit, lead or responsible. */
export function titleUnits(text: string, outline: Outline, owned: Set<OutlineNode | null>): { node: OutlineNode; annotation: Annotation }[] {
  const found: { node: OutlineNode; annotation: Annotation }[] = [];
  for (const parent of [outline.root, ...outline.nodes]) {
    const titled = parent.children.filter(unitTitle);
    if (titled.length < MIN_TITLED) continue;
    for (const node of titled) {
      if (owned.has(node)) continue;
      const at = text.indexOf(node.title, node.start);
      // The title must open the item and end its first sentence (街道消委办。).
      if (at < 0 || at > node.start + 6 || !/^[。.:：]/.test(text.slice(at + node.title.length, at + node.title.length + 1))) continue;
      const lead = LEADS_RE.test(text.slice(at + node.title.length, node.end));
      const item = { text: node.title, start: at, end: at + node.title.length };
      const list = { role: lead ? 'lead' as const : 'responsible' as const, label: lead ? '牵头单位' : '责任单位', items: [item] };
      found.push({ node, annotation: { start: at, end: item.end, kind: 'line', truncated: false, lists: [list], others: [] } });
    }
  }
  return found;
}
