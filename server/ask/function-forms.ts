// Names of a function rather than of one body: 发改部门, 人社局 mean every corpus unit of that function, in any plan.
import type { GraphNode } from '../../graph/model.ts';
import { UNIT_REGISTRY } from '../../graph/units/registry-data.ts';
import type { RegistryEntry } from '../../graph/units/registry-data.ts';

const LEVEL_PREFIX = /^[区县市省]/u;
/** What ends a body's name; the words before it name the function (发改委 → 发改, 财政局 → 财政). */
const BODY_END = /(委员会|办公室|局|委|厅|办|中心|部)$/u;
/** How people name a function as a whole: 发改部门, 财政系统, 人社口. */
const FUNCTION_SUFFIXES = ['部门', '系统'];

export interface FunctionForm {
  text: string;
  /** Names of the corpus units of that function, sorted, so every store's lexicon is the same. */
  units: string[];
}

function formsOf(e: RegistryEntry): string[] {
  return [e.stem, ...(e.full ?? []), ...(e.abbr ?? [])].filter((f) => f.length >= 2);
}

/** Registry form without a level → its entry (the first entry that claims it). */
function entryIndex(): Map<string, RegistryEntry> {
  const out = new Map<string, RegistryEntry>();
  for (const e of UNIT_REGISTRY) for (const f of formsOf(e)) if (!out.has(f)) out.set(f, e);
  return out;
}

/** Per registry entry with units in the corpus: its bare forms (as the registry allows them) and its function words. */
export function functionForms(units: readonly GraphNode[], aliasesOf: (u: GraphNode) => string[]): FunctionForm[] {
  const entries = entryIndex();
  const members = new Map<RegistryEntry, Set<string>>();
  for (const u of units) {
    const entry = [u.name, ...aliasesOf(u)].map((n) => entries.get(n.replace(LEVEL_PREFIX, ''))).find(Boolean);
    if (entry) members.set(entry, (members.get(entry) ?? new Set()).add(u.name));
  }
  const out: FunctionForm[] = [];
  for (const [e, names] of members) {
    const sorted = [...names].sort();
    const bare = e.bare ?? formsOf(e);
    const words = new Set(formsOf(e).map((f) => f.replace(BODY_END, '')).filter((k) => k.length >= 2).flatMap((k) => FUNCTION_SUFFIXES.map((s) => k + s)));
    for (const text of [...bare.filter((f) => f.length >= 3), ...words]) out.push({ text, units: sorted });
  }
  return out;
}
