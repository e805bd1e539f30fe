// 安庆和蚌埠的意见里各有哪些县区一级的责任单位: a level word (县区一级, 乡镇一级) filters a scope's units to the bodies of that
// level the plans name (各县(市、区), 各县、区, 各县、特区、区人民政府), plan by plan.
import { reading, roleIn, type Reader } from './common.ts';
import { names, planByPlan } from './read-per-plan.ts';
import { dutiesIn } from './view-sets.ts';

/** The level said before 一级/级 and a unit word; the words a unit of that level opens with, 各 allowed before. */
const LEVEL_ASKED = /(县区|区县|县市区|县|区|乡镇街道?|乡镇|镇街|街镇|镇|乡|街道)(?:一级|级|层级|层面)的?(?:牵头|配合|责任|负责)?(?:单位|部门|政府)/u;
const COUNTY = /^各?(?:县|区)/u;
const TOWN = /^各?(?:乡|镇|街道|街)/u;
const OPENS: Record<string, RegExp> = { 县: COUNTY, 区: COUNTY, 乡: TOWN, 镇: TOWN, 街: TOWN };

export const readLevelUnits: Reader = (ctx) => {
  const m = LEVEL_ASKED.exec(ctx.rest);
  if (!m || !ctx.scope || ctx.units.length || ctx.tasks.length || ctx.entities.length) return null;
  const opens = OPENS[m[1][0]];
  const role = roleIn(ctx.rest);
  const { b, parts, found } = planByPlan(ctx, ctx.scope.groups, (g) => ({
    duties: dutiesIn(ctx.view, g).filter((d) => opens.test(d.unit.name) && (!role || d.role === role)),
    say: (where, units) => (units.length ? `${where}：${names(units)}` : `${where}：没有${m[1]}一级的单位`),
  }));
  if (found === 0) return null;
  return reading('documentUnits', { docIds: ctx.scope.docIds, level: m[1], ...(role ? { role } : {}) },
    `我理解为：分别列出各文件里${m[1]}一级的单位（名称以${m[1]}一级的地方开头的单位）`, b, `${parts.join('；')}。`);
};
