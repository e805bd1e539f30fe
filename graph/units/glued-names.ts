// Names a flattened table cell runs together (文化宣传股文化馆, 派出所工商质监所) and a county bureau's sections (旅游股).
import { patternKind } from './surface.ts';

/**
 * A county bureau's section (文化宣传股, 广电事业股, 旅游股): a field and 股, in any duty list (a table's 责任股室 column is
 * often rewritten as 责任单位). Shares and stocks end in 股 too (控股, 新股, 龙头股): those words are no section.
 */
const SECTION_RE = /^\p{Script=Han}{2,6}股$/u;
const NOT_SECTION_RE = /(?:控|参|入|持|配|个|新|炒|干|龙头|蓝筹|绩优|原始|优先|普通|国有|法人)股$/u;

export function isSection(s: string): boolean {
  return SECTION_RE.test(s) && !NOT_SECTION_RE.test(s);
}

/** Endings after which a name never goes on (a 股 section, a 所 station, a 馆 venue): what follows is a second name. */
const CLOSED_END_RE = /[股所馆]$/u;
const NAME_END_RE = /(?:股|所|馆|站|队|局|院|中心)$/u;

/**
 * Two names a cell ran together with no 、 between them (文化宣传股文化馆 under 略阳's 责任股室, 派出所工商质监所 under
 * 登封's 责任单位): split where the first ends in a closed ending and both halves read as names on their own, each with
 * a unit's ending. Names that go on after 局 or 中心 (市公安局交警支队) are one body and never split here.
 */
export function gluedParts(s: string): [string, string] | null {
  for (let at = 3; at <= s.length - 3; at++) {
    const left = s.slice(0, at);
    const right = s.slice(at);
    if (!CLOSED_END_RE.test(left) || !NAME_END_RE.test(right)) continue;
    const reads = (name: string) => isSection(name) || patternKind(name) !== null;
    if (reads(left) && reads(right)) return [left, right];
  }
  return null;
}
