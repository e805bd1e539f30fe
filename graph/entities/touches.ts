// touchedPlaces: the places a project or corridor touches — named in its own name or in its clause.
import { extractPlaces } from './extract.ts';
import { splitClauses } from './sentences.ts';
import type { EntityMention } from './types.ts';

/**
 * Places in `name` itself (涪江观光农业走廊 → 涪江), then places of `places` that sit in a clause of
 * `sentence` which names it. Reservoirs are works listed beside other works, so a clause alone never
 * makes a project touch one. `places` may carry offsets into `sentence`; without usable offsets the
 * place's name is looked up in the clause text.
 */
export function touchedPlaces(name: string, sentence: string, places: readonly EntityMention[]): string[] {
  const out: string[] = [];
  for (const p of extractPlaces(name)) add(out, name, p.name);
  if (!name) return out;
  for (const clause of splitClauses(sentence)) {
    const text = sentence.slice(clause.start, clause.end);
    if (!text.includes(name)) continue;
    for (const p of places) {
      if (p.label !== 'Place' || p.kind === 'reservoir') continue;
      const located = p.start >= 0 && p.end <= sentence.length && sentence.slice(p.start, p.end).includes(p.name);
      const inside = located ? p.start >= clause.start && p.end <= clause.end : text.includes(p.name);
      if (inside) add(out, name, p.name);
    }
  }
  return out;
}

// Module-level, not a closure: tsx (esbuild keepNames) names every named closure each time it is made.
function add(out: string[], name: string, place: string): void {
  if (place !== name && !out.includes(place)) out.push(place);
}
