// Function names for ask's lexicon (发改部门 → every 发改 unit): the join lives in graph/units/functions.ts.
import type { GraphNode } from '../../graph/model.ts';
import { functionForms as unitFunctionForms, type FunctionForm } from '../../graph/units/functions.ts';

/** 市场监管总局: the national body of a function is its 局 with 总 (the registry names the local 局). */
const HEAD_OFFICE = /^(\p{Script=Han}{2,})总局$/u;
/** The longest place name looked for before a branch's 分局 (环保拱墅分局). */
const MAX_PLACE_CHARS = 4;

/**
 * Names a unit's function reads under where its written name hides it: a 总局 as its function's 局, a branch with a place
 * inside (环保拱墅分局) as that function's 局 and 分局. Only places the graph knows are taken out, so a field of the
 * name (自然资源规划分局) is never cut.
 */
function functionNamesOf(name: string, places: ReadonlySet<string>): string[] {
  const head = HEAD_OFFICE.exec(name);
  if (head) return [`${head[1]}局`];
  if (!name.endsWith('分局')) return [];
  for (let cut = 2; cut <= MAX_PLACE_CHARS; cut++) {
    const field = name.slice(0, name.length - 2 - cut);
    if (field.length >= 2 && places.has(name.slice(field.length, -2))) return [`${field}局`, `${field}分局`];
  }
  return [];
}

/** The function forms of the graph's units, each unit read with its aliases and the names its function hides under. */
export function functionForms(units: readonly GraphNode[], aliasesOf: (u: GraphNode) => string[], places: ReadonlySet<string>): FunctionForm[] {
  return unitFunctionForms(units.map((u) => ({ name: u.name, aliases: [...aliasesOf(u), ...functionNamesOf(u.name, places)] })));
}
