// Question normalisation: one script, one width, one punctuation, no politeness or trailing question particles.
import { simplifyShortText } from '../../graph/read/script.ts';
const LEADING_FILLER = /^(请问一下|请问|请|麻烦|帮我|帮忙|我想知道|我想问|想问一下|想问|查一下|查查|查询|告诉我|看看|看一下|please|can you tell me|tell me)[,，:：\s]*/iu;
const TRAILING = /[\s?？!！。.,，、~～…]+$/u;
const TRAILING_PARTICLE = /(吗|呢|吧|啊|呀|嘛)$/u;

/**
 * Spoken and reordered forms of one question → the form the rules read, so wording does not change the answer.
 * General Chinese question vocabulary only (duty verbs, negation, where-is), never a name.
 */
const CANONICAL_FORMS: Array<[RegExp, string]> = [
  // 挑头 is spoken 牵头; 牵的头 / 挑的头 put 的 inside the verb.
  [/挑(?=(?:了|过)?(?:几|多少|一)?个?头)/gu, '牵'],
  [/牵的头/gu, '牵头'],
  // 牵了哪些头 / 牵过几个头: the question word sits inside the verb.
  [/牵(?:了|过)?(哪些|哪几个|几个|多少个?|什么|啥)头/gu, '牵头$1'],
  // 从来没有牵头 / 从没牵头: never led.
  [/(?:从来没有?|从没有?)(?=牵头|配合)/gu, '从不'],
  // The plans' own duty labels: 协同(责任)单位 / 协办单位 are 配合单位, 主办单位 / 牵头责任单位 are 牵头单位 (before 协同 reads as partners).
  [/协同(?:责任)?单位|协办单位/gu, '配合单位'],
  [/主办单位|牵头责任单位/gu, '牵头单位'],
  // Their verbs after an adverb (只协办, 从不主办, 没主办过): 协办 is 配合, 主办 is 牵头.
  [/(?<=只|仅|从不|从未|不|没有?|未|都|也|还)协办/gu, '配合'],
  [/(?<=只|仅|从不|从未|不|没有?|未|都|也|还)主办/gu, '牵头'],
  // 没写牵头单位 / 未列配合单位: the task names none.
  [/(?:没有?|未)(?:写|列|标|写明|列明|注明|明确)(?=(?:牵头|配合|责任)单位)/gu, '没有'],
  // 一个任务都没牵头 / 一次都没配合过: never.
  [/一(?:个|项|次|件)(?:任务|事|项目)?都(?:没有?|未)(?=牵头|配合)/gu, '从不'],
  // 一个配合单位都没有: none of that role.
  [/一个((?:牵头|配合|责任)单位)都没有?/gu, '没有$1'],
  // X给哪个单位打配合: whose tasks X supports, i.e. their leads.
  [/给(?:哪个|哪些|哪家|什么)(?:单位|部门)打配合$/gu, '配合的任务是谁牵头的'],
  // Spoken words for a plan's own term: 喝水 / 吃水 is 饮水 (农村饮水安全), so a question that says it finds the task.
  [/(?:喝|吃)水(?!平)/gu, '饮水'],
  // GDP增长 is the plans' 地区生产总值增长 (GDP目标 stays: some plans name the indicator GDP).
  [/GDP(?=增长|增速)/giu, '地区生产总值'],
  // Staff shorthand for indicators the plans spell out: 社零 is 社会消费品零售总额, 固投 固定资产投资 (not in 巩固投入).
  [/社零(?:总额|额)?/gu, '社会消费品零售总额'],
  [/(?<!巩)固投(?!入)/gu, '固定资产投资'],
  // X是哪一节的: where X sits.
  [/是哪(一)?(个)?(部分|节|章)的$/gu, '属于哪一$3'],
  // X在哪些文件里出现: which documents mention X.
  [/^(.{2,}?)在哪(些|个|几个)(文件|方案|文档)(?:里|中)?(?:出现|提到|提及)过?$/gu, '哪$2$3提到$1'],
];

/** NFKC folds full-width letters, digits and punctuation (？ → ?, （ → (); spaces between CJK go away; case is kept (GDP). */
export function normaliseQuestion(question: string): string {
  // A question typed in 繁體 (as a traditional-script plan is worded) reads as the simplified graph does.
  let s = simplifyShortText(question.normalize('NFKC').replace(/[\u200b-\u200d\ufeff]/gu, ''));
  s = s.replace(/[“”"'‘’「」『』《》〈〉【】]/gu, ' ').replace(/\s+/gu, ' ').trim();
  // A space only separates words in Latin text; between Han characters it is noise (区 水利局).
  s = s.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  for (let previous = ''; previous !== s;) {
    previous = s;
    s = s.replace(TRAILING, '').replace(TRAILING_PARTICLE, '').replace(LEADING_FILLER, '').trim();
  }
  for (const [form, canonical] of CANONICAL_FORMS) s = s.replace(form, canonical);
  return s;
}

/** Lower-case ASCII only, so every offset stays where it was (toLowerCase can lengthen other scripts). */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/gu, (c) => c.toLowerCase());
}
