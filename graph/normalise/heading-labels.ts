// A heading line that runs its duty label on after the item's name, with no bracket or stop (a progress notice:
// `(一)适龄女生HPV疫苗接种牵头责任部门:县卫生健康委员会`): the label and its value are bracketed, so the heading
// reads as an item with its own annotation, as `(一)…(牵头单位:X)` does.
import { LABEL_ALTERNATION } from '../duties/roles.ts';
import { isCollective, patternKind } from '../units/surface.ts';
import type { TextWork } from './text-work.ts';

/** A marker, a short name, then a label whose value runs to the line's end with no punctuation but 、. */
const HEADING_LABEL_RE = new RegExp(
  `^([ \\t]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\\d{1,3}[.．、])[^\\n。;；:：()（）]{2,40}?)`
  + `((?:${LABEL_ALTERNATION})[:：]([^\\n。,，;；:：()（）]{2,40}?))[ \\t]*$`,
  'gm',
);

/** Every name of the value reads as a unit or a collective: a label followed by prose is left alone. */
const namesOnly = (value: string) => value.split('、').every((n) => patternKind(n.trim()) !== null || isCollective(n.trim()));

export function bracketHeadingLabels(work: TextWork): TextWork {
  const { text, map } = work;
  const parts: string[] = [];
  const origins: number[] = [];
  let last = 0;
  const copy = (to: number) => {
    parts.push(text.slice(last, to));
    for (let i = last; i < to; i++) origins.push(map[i]);
    last = to;
  };
  for (const m of text.matchAll(HEADING_LABEL_RE)) {
    if (!namesOnly(m[3])) continue;
    const open = m.index! + m[1].length;
    const close = open + m[2].length;
    copy(open);
    parts.push('(');
    origins.push(map[open]);
    copy(close);
    parts.push(')');
    origins.push(map[close - 1]);
  }
  if (last === 0) return work;
  copy(text.length);
  return { text: parts.join(''), map: Int32Array.from(origins) };
}
