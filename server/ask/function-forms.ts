// Function names for ask's lexicon (发改部门 → every 发改 unit): the join lives in graph/units/functions.ts.
import type { GraphNode } from '../../graph/model.ts';
import { functionForms as unitFunctionForms, type FunctionForm } from '../../graph/units/functions.ts';

/** The function forms of the graph's units, each unit read with its aliases. */
export function functionForms(units: readonly GraphNode[], aliasesOf: (u: GraphNode) => string[]): FunctionForm[] {
  return unitFunctionForms(units.map((u) => ({ name: u.name, aliases: aliasesOf(u) })));
}
