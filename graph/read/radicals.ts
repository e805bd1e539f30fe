// Radical code points that PDF fonts (Noto CJK, Source Han) map common characters to, back to the characters.

/**
 * CJK Radicals Supplement forms that stand for whole characters. Kangxi Radicals (U+2F00–U+2FD5)
 * have Unicode compatibility decompositions and go through NFKC; these mostly have none.
 */
const SUPPLEMENT: Record<string, string> = {
  '⺁': '厂', '⺇': '几', '⺌': '小', '⺟': '母', '⺠': '民', '⺩': '王', '⻁': '虎', '⻄': '西', '⻅': '见',
  '⻆': '角', '⻉': '贝', '⻊': '足', '⻋': '车', '⻑': '長', '⻓': '长', '⻔': '门', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟',
  '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

const RADICAL = /[\u2e80-\u2ef3\u2f00-\u2fd5]/g;

/** Replaces radical code points by the characters they were printed for; one character each. */
export function repairRadicals(text: string): string {
  return text.replace(RADICAL, (c) => SUPPLEMENT[c] ?? (c >= '\u2f00' ? c.normalize('NFKC') : c));
}
