// Names of a function rather than of one body (发改部门, 人社局): every unit of the registry entry they name.
import { defaultRegistry, type UnitRegistry } from './registry.ts';
import type { RegistryEntry } from './registry-data.ts';

const LEVEL_PREFIX = /^[区县市省]/u;
/** What ends a body's name; the words before it name the function (发改委 → 发改, 财政局 → 财政). */
const BODY_END = /(委员会|办公室|局|委|厅|办|中心|部)$/u;
/** How people name a function as a whole: 发改部门, 财政系统. */
const FUNCTION_SUFFIXES = ['部门', '系统'];

/** A unit as the graph knows it: its shown name and the other names it goes by. */
export interface NamedUnit {
  name: string;
  aliases: readonly string[];
}

export interface FunctionForm {
  text: string;
  /** Names of the units of that function, sorted, so every store's lexicon is the same. */
  units: string[];
}

function formsOf(e: RegistryEntry): string[] {
  return [e.stem, ...(e.full ?? []), ...(e.abbr ?? [])].filter((f) => f.length >= 2);
}

/** The registry entry a name is a form of, with its level (区发改委, 区委宣传部) or without (发改委); null if none. */
function entryOf(registry: UnitRegistry, name: string): number | null {
  const hit = registry.lookup(name) ?? registry.lookup(name.replace(LEVEL_PREFIX, ''));
  return hit ? hit.entry : null;
}

/**
 * A merged office written with a joining dot (区国土·规划分局): each field with the office's body word is a name of it
 * (区国土分局, 区规划分局), the fields as long as the first one is, so the office belongs to the function its fields name.
 */
function fieldForms(name: string): string[] {
  const parts = name.split(/[·・‧]/u);
  if (parts.length < 2) return [];
  const level = LEVEL_PREFIX.exec(parts[0])?.[0] ?? '';
  const first = parts[0].slice(level.length);
  const last = parts.at(-1)!;
  const body = last.slice(first.length);
  if (first.length < 2 || !body) return [];
  return [first, ...parts.slice(1, -1), last.slice(0, first.length)].map((field) => level + field + body);
}

/**
 * Per registry entry with units among `units`: its bare forms (as the registry allows them) and its
 * function words (发改部门), each joined to every unit of that entry, at any level, in any plan.
 */
export function functionForms(units: readonly NamedUnit[], registry: UnitRegistry = defaultRegistry()): FunctionForm[] {
  const members = new Map<number, Set<string>>();
  for (const u of units) {
    const entry = [u.name, ...u.aliases, ...fieldForms(u.name)].map((n) => entryOf(registry, n)).find((e) => e !== null);
    if (entry !== undefined && entry !== null) members.set(entry, (members.get(entry) ?? new Set()).add(u.name));
  }
  // A body within a wider function (国税局 within 税务局) is named by that function's words too, not by its bare forms.
  const wider = new Map<number, Set<string>>();
  for (const [index, names] of members) {
    const within = registry.entries[index].within;
    const outer = within ? registry.entries.findIndex((e) => e.stem === within) : -1;
    if (outer >= 0) wider.set(outer, new Set([...(wider.get(outer) ?? []), ...names]));
  }
  const out: FunctionForm[] = [];
  for (const index of new Set([...members.keys(), ...wider.keys()])) {
    const e = registry.entries[index];
    const own = [...(members.get(index) ?? [])].sort();
    const all = [...new Set([...own, ...(wider.get(index) ?? [])])].sort();
    const bare = e.bare ?? formsOf(e);
    const words = new Set(formsOf(e).map((f) => f.replace(BODY_END, '')).filter((k) => k.length >= 2).flatMap((k) => FUNCTION_SUFFIXES.map((s) => k + s)));
    if (own.length) for (const text of bare.filter((f) => f.length >= 3)) out.push({ text, units: own });
    for (const text of words) out.push({ text, units: all });
  }
  return out;
}
