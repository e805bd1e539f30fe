// Question normalisation: one width, one punctuation, no politeness or trailing question particles.
const LEADING_FILLER = /^(请问一下|请问|请|麻烦|帮我|帮忙|我想知道|我想问|想问一下|想问|查一下|查查|查询|告诉我|看看|看一下|please|can you tell me|tell me)[,，:：\s]*/iu;
const TRAILING = /[\s?？!！。.,，、~～…]+$/u;
const TRAILING_PARTICLE = /(吗|呢|吧|啊|呀|嘛)$/u;

/** NFKC folds full-width letters, digits and punctuation (？ → ?, （ → (); spaces between CJK go away; case is kept (GDP). */
export function normaliseQuestion(question: string): string {
  let s = question.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/gu, '');
  s = s.replace(/[“”"'‘’「」『』《》〈〉【】]/gu, ' ').replace(/\s+/gu, ' ').trim();
  // A space only separates words in Latin text; between Han characters it is noise (区 水利局).
  s = s.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(TRAILING, '').replace(TRAILING_PARTICLE, '').replace(LEADING_FILLER, '').trim();
  }
  return s;
}

/** Lower-case ASCII only, so every offset stays where it was (toLowerCase can lengthen other scripts). */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/gu, (c) => c.toLowerCase());
}
