// Pinyin that a mirror site inserts after characters (責(zé)任, 縣發(fā)改委) is dropped before anything reads the text.
import type { TextWork } from './text-work.ts';

/**
 * A CJK character followed by one parenthesised pinyin syllable carrying a tone mark. The tone mark is what
 * tells a gloss from a real bracket: `(a)`, `(二)` and `(PPP)` never carry one.
 */
export const PINYIN_GLOSS = /(?<=[\u4e00-\u9fff])\((?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/g;

/** A gloss the excerpt's end cut short (…11個(g): in a text that has glosses, a bracket of pinyin letters left open at the end. */
const CUT_GLOSS = /(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{0,5}\s*$/;

/** Text without glosses; the offset map drops them, so every kept character still points at its original. */
export function stripGlosses(work: TextWork): TextWork {
  const { text, map } = work;
  PINYIN_GLOSS.lastIndex = 0;
  if (!PINYIN_GLOSS.test(text)) return work;
  PINYIN_GLOSS.lastIndex = 0; // matchAll starts from the regex's lastIndex
  const parts: string[] = [];
  const keep: number[] = [];
  let last = 0;
  for (const m of text.matchAll(PINYIN_GLOSS)) {
    parts.push(text.slice(last, m.index));
    for (let i = last; i < m.index!; i++) keep.push(i);
    last = m.index! + m[0].length;
  }
  const end = CUT_GLOSS.exec(text.slice(last))?.index;
  const tail = end === undefined ? text.length : last + end;
  parts.push(text.slice(last, tail));
  for (let i = last; i < tail; i++) keep.push(i);
  return { text: parts.join(''), map: Int32Array.from(keep, (i) => map[i]) };
}
