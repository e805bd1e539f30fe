// 虹口和青浦的分工里公安分别是哪个单位: a function word asked of several plans — each plan's own body of it, as that plan
// names it (上海市公安局虹口分局 in one, 公安青浦分局 in the other). Linking the word to one unit would answer one plan.
import { dutiesIn } from './view-sets.ts';
import { reading, type Reader } from './common.ts';
import { names, planByPlan } from './read-per-plan.ts';

/** …X分别是哪个单位 / X各是什么部门: the words before it end with the function asked. */
const EACH_IS_UNIT = /^(.*?)(?:分别|各自|各)是(?:哪个|哪家|哪些|什么)(?:单位|部门)/u;
/** What separates the function word from the plan's words before it (…的建筑垃圾分工里公安). */
const BEFORE_WORD = /[里中内的和与跟、\s\u3000，,]/u;

export const readPerPlanUnit: Reader = (ctx) => {
  const groups = ctx.scope?.groups ?? [];
  // The question with its names in: the word asked may be linked to one unit (公安 → 区公安分局), which is what is not meant.
  const m = groups.length >= 2 ? EACH_IS_UNIT.exec(ctx.q) : null;
  const word = m?.[1].split(BEFORE_WORD).at(-1) ?? '';
  if (word.length < 2) return null;
  const { b, parts, found } = planByPlan(ctx, groups, (g) => ({
    duties: dutiesIn(ctx.view, g).filter((d) => d.unit.name.includes(word)),
    say: (where, units) => `${where}：${units.length ? names(units) : `没有名称带「${word}」的单位`}`,
  }));
  // Each plan should name one: a word no plan's unit carries is no function of theirs (a topic, a task's word).
  if (found < groups.length) return null;
  const read = reading('documentUnits', { docIds: groups.flat(), unit: word }, `我理解为：分别查各个文件里名称带「${word}」的单位`, b, `${parts.join('；')}。`);
  return { ...read, asWritten: [word] };
};
