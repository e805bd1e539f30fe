// Split the unit list of one label or clause into item spans, keeping collectives written with 、 whole.
import { joinCollectives } from '../units/collective-runs.ts';
import type { Span } from './annotation-types.ts';

const ITEM_SEPARATORS = '、,，;；';
/** What follows 等 when it names a group's members (…等数字经济工作领导小组成员单位), up to the next separator. */
const MEMBERS_AFTER_RE = /^[^、,，;；()（）]{2,24}(?:领导小组|工作小组|委员会|指挥部|联席会议)(?:各)?成员单位(?=[、,，;；]|$)/u;

/** Split a unit list into item spans, keeping offsets; a trailing "(牵头)" stays with its item. */
export function splitItems(text: string, offset: number): Span[] {
  const items: Span[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（' || ch === '〔' || ch === '〈') depth++;
    else if ((ch === ')' || ch === '）' || ch === '〕' || ch === '〉') && depth > 0) depth--;
    else if (depth === 0 && ITEM_SEPARATORS.includes(ch)) { pushItem(items, text, offset, from, i); from = i + 1; }
    // 等 closes a list and 和/及 adds one more name: A、B等和各市、县人民政府.
    else if (depth === 0 && ch === '等' && (text[i + 1] === '和' || text[i + 1] === '及')) { pushItem(items, text, offset, from, i); from = i + 2; i++; }
    // A、B等X领导小组成员单位: the names listed are some of the group's members, and the members are named too.
    else if (depth === 0 && ch === '等' && i > from && MEMBERS_AFTER_RE.test(text.slice(i + 1))) { pushItem(items, text, offset, from, i); from = i + 1; }
  }
  pushItem(items, text, offset, from, text.length);
  return joinLevelRuns(items, text, offset);
}

// The item [from, end) of `text` trimmed, if anything is left. Module-level, not a closure in splitItems: tsx (esbuild
// keepNames) names every named closure each time it is made, and lists are split by the thousand.
function pushItem(items: Span[], text: string, offset: number, from: number, end: number): void {
  const raw = text.slice(from, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  // A name wrapped across lines (自治\n区农牧厅) is one name; the span still covers the text as printed.
  if (trimmed) items.push({ text: trimmed.replace(/\s*\n\s*/g, ''), start: offset + from + lead, end: offset + from + lead + trimmed.length });
}

/** 各区、县级市, 各县、市、区政府 and 有关部门、单位 are one collective as written, not 各区 and a bare 县级市. */
function joinLevelRuns(items: Span[], text: string, offset: number): Span[] {
  return joinCollectives(
    items,
    (s) => s.text,
    (run) => ({ text: text.slice(run[0].start - offset, run[run.length - 1].end - offset), start: run[0].start, end: run[run.length - 1].end }),
    (a, b) => text.slice(a.end - offset, b.start - offset) === '、',
  );
}

/**
 * A和B between two names is two units (有关部门和各县市区, 黄冈 2007) when each side reads as a unit on its own; a name
 * that holds 和 (市劳动和社会保障局, 发展和改革局) stays whole, since its halves are no units. 及 is left alone: X及有关银行部门
 * is one group as written, unless a reader passes it among `joiners` (a prose clause, prose-lead.ts).
 */
export function splitJoinedNames(items: Span[], isName: (text: string) => boolean, joiners = '和'): Span[] {
  return items.flatMap((item) => {
    let at = 0;
    while (at < item.text.length && !joiners.includes(item.text[at])) at++;
    if (at === item.text.length) return [item];
    const left = item.text.slice(0, at);
    const right = item.text.slice(at + 1);
    if (!isName(left) || !isName(right)) return [item];
    return [{ text: left, start: item.start, end: item.start + at }, ...splitJoinedNames([{ text: right, start: item.start + at + 1, end: item.end }], isName, joiners)];
  });
}
