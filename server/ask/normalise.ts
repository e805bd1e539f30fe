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
  // A 第一责任单位 / 主要责任单位 table names the body that answers first: the lead, as such plans' duty columns are read.
  [/第一责任(单位|部门)/gu, '牵头$1'],
  // Their verbs after an adverb (只协办, 从不主办, 没主办过): 协办 is 配合, 主办 is 牵头.
  [/(?<=只|仅|从不|从未|不|没有?|未|都|也|还)协办/gu, '配合'],
  [/(?<=只|仅|从不|从未|不|没有?|未|都|也|还)主办/gu, '牵头'],
  // 没写牵头单位 / 未列配合单位 / 没写责任部门: the task names none.
  [/(?:没有?|未)(?:写|列|标|写明|列明|注明|明确)(?=(?:牵头|配合|责任)(?:单位|部门))/gu, '没有'],
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

/**
 * One thing the plans and the people who ask write in different words: each group's forms name the same thing (国企 is
 * 国有企业, 财政收入 the plans' 一般公共预算收入, 空港 their 临空). General government vocabulary only, never one plan's phrase.
 * Unlike CANONICAL_FORMS these rewrite only against the plans loaded: a form is replaced when the plans never write it
 * and write another of its group (the first such, in the group's order), so a plan that says 国企 keeps being found by it.
 */
const TERM_VARIANTS: string[][] = [
  ['国有企业', '国企'],
  ['民营企业', '民营经济', '民企'],
  ['一般公共预算收入', '财政收入', '地方财政收入', '财政总收入'],
  ['临空经济', '空港经济'],
  ['临空', '空港'],
  ['征拆', '征迁', '拆迁', '征收拆迁'],
  ['高新技术企业', '高企', '高新企业'],
  ['研发投入', 'R&D投入', 'R&D经费投入', '研发经费投入'],
  // 减负, not the plans' 税费支持政策: a written form must bring no duty word (支持 reads as 配合) into the question.
  ['减负', '减税降费', '税费减负', '减税'],
  ['大众创业万众创新', '双创'],
  ['营商环境', '营商'],
  ['乡村振兴', '乡村'],
  ['一网通办', '政务服务'],
  ['养老服务', '养老'],
  ['控烟', '禁烟', '戒烟'],
  ['违章', '违建', '违法建设', '违章建筑', '违法建筑'],
  ['煤炭消费总量', '控煤', '煤炭消费控制', '煤炭总量控制'],
  ['提振消费', '扩大消费', '促进消费', '促消费', '刺激消费'],
  ['农村居民收入', '农民收入', '农村居民人均可支配收入', '农民人均收入'],
  ['城镇居民收入', '城镇居民人均可支配收入', '城里人收入'],
  ['棚户区改造', '棚改'],
  ['老旧小区改造', '旧改'],
  ['跨境电子商务', '跨境电商'],
  ['规模以上工业', '规上工业'],
  ['医疗保障', '医保'],
  ['社会保险', '社保'],
  ['住房公积金', '公积金'],
  ['个体工商户', '个体户'],
  ['退役军人', '退伍军人'],
  ['高校毕业生', '大学毕业生', '大学生就业'],
  ['安全生产', '安全监管'],
];

/** Each group with its forms longest first, sorted once: 农村居民人均可支配收入 is not read as the 农村居民收入 inside other words. */
const TERM_GROUPS = TERM_VARIANTS.map((group) => [group, [...group].sort((a, b) => b.length - a.length)] as const);

/**
 * The question with each of its words the plans never write replaced by the form they do (TERM_VARIANTS):
 * `inPlans` tells whether a phrase occurs in some task or section of the loaded plans.
 */
export function planTerms(question: string, inPlans: (phrase: string) => boolean): string {
  let s = question;
  for (const [group, longestFirst] of TERM_GROUPS) {
    const said = longestFirst.find((f) => s.includes(f));
    if (!said || inPlans(said)) continue;
    const written = group.find((f) => f !== said && !f.includes(said) && inPlans(f));
    if (written) s = s.split(said).join(written);
  }
  return s;
}

/** Lower-case ASCII only, so every offset stays where it was (toLowerCase can lengthen other scripts). */
export function foldAscii(text: string): string {
  return text.replace(/[A-Z]/gu, (c) => c.toLowerCase());
}
