// Where a list's last name was broken: by the excerpt's end (left out) or by a PDF's line wrap (joined back).
import { cleanSurface, continuesLevels, isCollective, suffixKind } from '../units/surface.ts';
import type { RoleList } from './annotation-types.ts';

/** A level collective's head (各区, 各县) that 、 would continue (各区、县(市)政府): at a cut it may be half a name. */
const LEVEL_HEAD_RE = /^(?:各|相关|有关)(?:县级市|自治县|[县市区旗州])$/u;
/** A bracket opened and never closed before the text's end. */
const OPEN_BRACKET_END_RE = /[(（〔〈【][^()（）〔〕〈〉【】]*$/u;

/**
 * The last name of a list the excerpt's end cut (牵头单位:市人力资源社会保, …各区): a fragment without a unit's
 * ending, a level collective's head the next words may have continued, or a name the document writes longer
 * before the cut, is no name the text gives whole, so it is left out rather than guessed into a registry name or
 * a collective.
 */
export function dropCutName(lists: RoleList[], text: string): RoleList[] {
  const last = lists[lists.length - 1];
  const item = last?.items[last.items.length - 1];
  if (!item) return lists;
  const name = cleanSurface(item.text);
  // A name closed by its other name in brackets (省数据局(省营商局)) is whole too; one cut inside its bracket
  // (各区人民政府〈含开发区、, 武汉 2022) is not: what the bracket said is lost.
  const bare = name.replace(/[(（][^()（）]+[)）]$/u, '');
  const whole = !OPEN_BRACKET_END_RE.test(item.text) && (suffixKind(bare) !== null || isCollective(name) || name.endsWith('部门'));
  if (whole && !LEVEL_HEAD_RE.test(name) && !writtenLongerBefore(text, name, item.start)) return lists;
  return [...lists.slice(0, -1), { ...last, items: last.items.slice(0, -1) }];
}

/**
 * Whether the text before `at` writes `name` as the start of a longer name (各开发区管委 cut from the 各开发区管委会
 * of every earlier item, 鞍山 2024): the cut one is that name's first half. 市财政局等 is no longer name.
 */
function writtenLongerBefore(text: string, name: string, at: number): boolean {
  for (let i = text.indexOf(name); i >= 0 && i < at; i = text.indexOf(name, i + 1)) {
    const run = /^\p{Script=Han}+/u.exec(text.slice(i + name.length, at))?.[0] ?? '';
    const longer = cleanSurface(name + run);
    if (longer !== name && longer.startsWith(name) && (suffixKind(longer) !== null || isCollective(longer))) return true;
  }
  return false;
}

/** Separators between the names of a list. */
const SEPARATOR_RE = /[、,，;；]/u;

/**
 * An own-line label's value that a PDF's line wrap broke inside a name (园区党工 / 委、各街道党工委): where the value's
 * last name has no unit's ending and, joined to the next line's first name, gets one, the value runs on through
 * that line. Returns the value's end: `end` itself, or the end of the line it runs on through.
 */
export function wrappedValueEnd(text: string, valueStart: number, end: number): number {
  if (text[end] !== '\n') return end;
  const value = text.slice(valueStart, end);
  if (/[。.;；]\s*$/u.test(value)) return end;
  const lastSep = Math.max(...[...value].map((ch, i) => (SEPARATOR_RE.test(ch) ? i : -1)));
  const tail = value.slice(lastSep + 1).replace(/\s+/gu, '');
  if (!tail || suffixKind(tail) !== null || isCollective(tail)) return end;
  const lineEnd = text.indexOf('\n', end + 1) < 0 ? text.length : text.indexOf('\n', end + 1);
  const next = text.slice(end + 1, lineEnd);
  if (!/^\p{Script=Han}/u.test(next) || /[:：]/u.test(next)) return end;
  const head = next.split(SEPARATOR_RE)[0].replace(/\s+/gu, '');
  const joined = tail + head;
  const isName = suffixKind(joined) !== null || isCollective(joined) || continuesLevels(tail, head);
  return isName && head.length <= 4 ? lineEnd : end;
}
