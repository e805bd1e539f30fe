// Function names for ask's lexicon (发改部门 → every 发改 unit): the join lives in graph/units/functions.ts.
import type { GraphNode } from '../../graph/model.ts';
import { functionForms as unitFunctionForms, type FunctionForm } from '../../graph/units/functions.ts';
import { defaultRegistry } from '../../graph/units/registry.ts';

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
  const merged = mergedFunctions(name);
  if (merged.length) return merged;
  if (!name.endsWith('分局')) return [];
  for (let cut = 2; cut <= MAX_PLACE_CHARS; cut++) {
    const field = name.slice(0, name.length - 2 - cut);
    if (field.length >= 2 && places.has(name.slice(field.length, -2))) return [`${field}局`, `${field}分局`];
  }
  return [];
}

/** Two fields before one body word (市商务外事局: 商务 and 外事), each two characters, as merged offices are named. */
const MERGED = /^([区县市省]?)(\p{Script=Han}{2})(\p{Script=Han}{2})(局|委|办)$/u;

/**
 * The bodies a merged office stands for (市商务外事局 → 市商务局, 市外事办), bound by the registry's function list: the
 * whole name is no form of one function (区人力社保局 is 人力社保局 with its level), and each field with a body word
 * is a form of a function, two different ones (区工商质监局 joins two former names of 市场监管局: one function, no
 * merger). A second field often names an 办, not a 局: so 商务部门 reaches the 商务外事局 of a plan that has no 商务局.
 */
function mergedFunctions(name: string): string[] {
  const m = MERGED.exec(name);
  const registry = defaultRegistry();
  if (!m || registry.lookup(name) !== null) return [];
  const [, level, first, second, body] = m;
  const known = (field: string, ends: string[]) => ends.map((end) => level + field + end).find((n) => registry.lookup(n) !== null);
  const a = known(first, [body]);
  const b = known(second, [body, '局', '办', '委']);
  return a && b && registry.lookup(a)!.entry !== registry.lookup(b)!.entry ? [a, b] : [];
}

/** Whether a unit is a merged office of two functions (市商务外事局): the body of neither function alone. */
export function isMergedOffice(name: string): boolean {
  return mergedFunctions(name).length > 0;
}

/** The function forms of the graph's units, each unit read with its aliases and the names its function hides under. */
export function functionForms(units: readonly GraphNode[], aliasesOf: (u: GraphNode) => string[], places: ReadonlySet<string>): FunctionForm[] {
  return unitFunctionForms(units.map((u) => ({ name: u.name, aliases: [...aliasesOf(u), ...functionNamesOf(u.name, places)] })));
}
