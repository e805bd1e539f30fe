// Items listed under the unit that owns them: a 督查通报's heading that is a unit's name and a count of its items
// ((二)市经济和信息化局(5项) over 1. … 5.), or a 职责分工 part's heading that is the unit's name alone over its numbered
// duties ((三)虹口区建设和管理委员会 / 区建设管理委是…主要履行以下职责： / 1. … 4.), or an article whose stem names the
// unit over its items (第七条　区政府应当…履行下列职责： / （一）… （十三）, 徐汇 2020). No role word: every item under it
// that names no unit of its own is that unit's, as responsible, or lead where the item says so (牵头开展…); only a lead
// inherits from a heading otherwise. The nearest such heading speaks for an item: an article's unit, not its chapter's.
import type { Outline, OutlineNode } from '../outline/outline.ts';
import { isArticle } from '../outline/markers.ts';
import { patternKind } from '../units/surface.ts';
import type { Annotation } from './annotation-types.ts';
import { nameAt, readsAsUnitGlossAside } from '../units/prose-names.ts';
import { LEADS_RE } from './unit-headed.ts';

const COUNTED_HEADING_RE = /^(\S{3,24}?)[(（]\d{1,3}项[)）]$/;
/** A bracketed item's title that is one name and nothing else (no verb, no punctuation). */
const NAME_ALONE_RE = /^([\u4e00-\u9fff][\u4e00-\u9fff()（）]{2,23})$/u;

/**
 * A heading naming whose duties its items are: the unit, then its field, ending 责任 or 职责 (各街道消防工作责任,
 * X在各自职责范围内履行下列共同职责). A heading of duties divided among units (…履行下列分工职责) names its units item by item.
 */
const DUTY_TAIL_RE = /^(?:(?:在|按照|依法)[^,，。、]{0,12})?(?:履行)?(?:下列|以下)?[^,，。、]{0,8}?(?:责任|职责)$/u;
const DIVIDED_RE = /分工/u;
/** An article's stem after its unit: what it does, then the list of its duties (应当落实…，履行下列职责：). */
const STEM_DUTIES_RE = /^(?:(?:应当|应|要)[^。；;]{0,40}?[,，]?)?(?:除[^。；;]{0,30}?外[,，]还?(?:应当?|要)?)?(?:履行)?(?:下列|以下)[^,，。；;]{0,10}?职责[:：。]?$|^[^,，。；;]{0,10}?职责[:：]$/u;
/**
 * An article whose stem lists its own duties (…履行下列职责：) speaks for its items even when its body is no name read
 * here (区政府依照有关规定成立的消防安全议事协调机构负责…并履行下列职责：, 崇明 2020): its chapter's unit is not theirs.
 */
const LISTS_DUTIES_RE = /(?:下列|以下)[^,，。；;]{0,10}?职责[:：。]?$/u;

/** The heading's unit: a name with its item count, for a (一) item its name alone, or a name whose duties it heads. */
function headingUnit(text: string, node: OutlineNode): string | null {
  const title = node.title.trim();
  // The stem is the article's whole line: its title may stop at the first clause (村（居）民委员会应当协助…，还应履行下列…职责：).
  if (isArticle(node)) return stemUnit(firstLine(text, node.start).replace(ARTICLE_MARKER_RE, ''));
  const counted = COUNTED_HEADING_RE.exec(title);
  if (counted) return patternKind(counted[1]) !== null ? counted[1] : null;
  const alone = node.kind === 'section' ? NAME_ALONE_RE.exec(title) : null;
  if (alone) return readsAsUnitGlossAside(alone[1]) ? alone[1] : null;
  if (DIVIDED_RE.test(title) || !/(?:责任|职责)$/u.test(title)) return null;
  // The whole name where one opens the heading (区政府工作部门, not 区政府工作部; 居民委员会, not 居民委).
  const whole = nameAt(title, 0);
  if (whole && DUTY_TAIL_RE.test(title.slice(whole.end))) return whole.text;
  // Else the shortest opening that is a name (or names joined by 、) with a duty tail after it (各街道, not 各街道消防工作).
  for (let end = 3; end <= Math.min(title.length - 2, 24); end++) {
    const name = title.slice(0, end);
    if (DUTY_TAIL_RE.test(title.slice(end)) && (readsAsUnitGlossAside(name) || name.split('、').every(readsAsUnitGlossAside))) return name;
  }
  return null;
}

/** An article's stem that opens with a unit and ends listing its duties; null for duties divided among units (按照职责分工). */
function stemUnit(stem: string): string | null {
  const name = nameAt(stem, 0);
  return name && !DIVIDED_RE.test(stem) && STEM_DUTIES_RE.test(stem.slice(name.end)) ? name.text : null;
}

const ARTICLE_MARKER_RE = /^第[一二三四五六七八九十]{1,3}条[ \t\u3000]*/u;

/** The line a node opens, to its end: an article's whole stem, where its title may stop at the first clause. */
function firstLine(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end).trim();
}

/** Does the heading say its items' duties are divided among units, each item naming its own (…按照职责分工…职责)? */
const dividesDuties = (node: OutlineNode) => DIVIDED_RE.test(node.title) && /(?:责任|职责)/u.test(node.title);

/** For each item under a heading that is a unit's name (with its item count, or alone): the unit, as responsible. */
export function headingUnits(text: string, outline: Outline, owned: Set<OutlineNode | null>): { node: OutlineNode; annotation: Annotation }[] {
  // Each heading that names its items' unit, or that divides its items' duties among units (null): the nearest one speaks.
  const speaks = new Map<OutlineNode, { text: string; start: number; end: number } | null>();
  for (const node of outline.nodes) {
    if ((node.kind !== 'part' && node.kind !== 'section' && !isArticle(node)) || node.children.length === 0) continue;
    const name = headingUnit(text, node);
    if (!name) {
      if (dividesDuties(node) || (isArticle(node) && LISTS_DUTIES_RE.test(firstLine(text, node.start)))) speaks.set(node, null);
      continue;
    }
    const at = text.indexOf(name, node.start);
    if (at < 0 || at > node.start + 8) continue;
    speaks.set(node, { text: name, start: at, end: at + name.length });
  }
  const found: { node: OutlineNode; annotation: Annotation }[] = [];
  if (speaks.size === 0) return found;
  for (const leaf of outline.nodes) {
    if (leaf.children.length > 0 || owned.has(leaf)) continue;
    let p = leaf.parent;
    while (p && !speaks.has(p)) p = p.parent;
    const item = p ? speaks.get(p) : null;
    if (!item) continue;
    // An item that says the unit leads it (牵头开展…) has it as lead.
    const list = LEADS_RE.test(text.slice(leaf.start, leaf.end)) ? { role: 'lead' as const, label: '牵头单位', items: [item] } : { role: 'responsible' as const, label: '责任单位', items: [item] };
    found.push({ node: leaf, annotation: { start: item.start, end: item.end, kind: 'line', truncated: false, lists: [list], others: [] } });
  }
  return found;
}
