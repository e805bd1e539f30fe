// Pages saved with every line run together on one, the line breaks left as spaces: a space before an
// item marker (一、 (一) 1.) or a duty label (责任单位:) on such a line was a line break, and becomes one again. An item may
// open with a year (一、主要工作目标 1.2007年是…, 河南 2007): a marker before a year is no decimal.
import { LABEL_ALTERNATION } from '../duties/roles.ts';
import type { TextWork } from './text-work.ts';

/** Shorter lines are written as lines: their spaces are the text's own. */
const MIN_RUN_ON = 300;

const BREAK_BEFORE = new RegExp(
  `(?<![ \\t\\u3000])[ \\t\\u3000]+(?=[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\\d{1,3}[.．、](?=[\\u4e00-\\u9fff]|(?:19|20)\\d{2}年)|(?:${LABEL_ALTERNATION})[:：])`
  // Chinese text has no spaces of its own: one between two Chinese words (a heading and its body,
  // 省编办牵头的工作 强化…) was a line break too.
  + `|(?<=[\\u4e00-\\u9fff。,，、:：;；)）”])[ \\t\\u3000]+(?=[\\u4e00-\\u9fff(（“《〔])`,
  'g',
);

/** The first space of each such run becomes a line break: one character for one, so offsets stay as they are. */
export function restoreLineBreaks(work: TextWork): TextWork {
  const { text } = work;
  let out: string[] | null = null;
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start >= MIN_RUN_ON) {
      BREAK_BEFORE.lastIndex = 0;
      for (const m of text.slice(start, end).matchAll(BREAK_BEFORE)) {
        if (m.index === 0) continue;
        out ??= text.split('');
        out[start + m.index] = '\n';
      }
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  return out ? { text: out.join(''), map: work.map } : work;
}
