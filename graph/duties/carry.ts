// Units an annotation carries forward (下同, 以下…均需X落实): on its own item and every later annotated item.
import type { UnitResolver } from '../units/resolver.ts';
import type { AssignedUnit, ResolvedAnnotation } from './assign.ts';

/**
 * The text says the note holds for what follows, so each carried unit joins every later annotation as
 * a supporter where that annotation names a lead, else as one of its undifferentiated responsible units.
 */
export function carryForward(annotations: ResolvedAnnotation[], resolver: UnitResolver): void {
  const carried: Omit<AssignedUnit, 'role'>[] = [];
  for (const a of annotations) {
    for (const item of a.annotation.carry ?? []) {
      for (const r of resolver.resolve(item.text)) {
        if (r.status !== 'resolved' || carried.some((c) => c.canonical === r.canonical)) continue;
        carried.push({ canonical: r.canonical, kind: r.kind, surface: r.surface, start: item.start, end: item.end, method: r.method });
      }
    }
    if (carried.length === 0 || a.units.length === 0) continue;
    const role = a.units.some((u) => u.role === 'lead') ? 'support' : 'responsible';
    for (const c of carried) if (!a.units.some((u) => u.canonical === c.canonical)) a.units.push({ ...c, role });
  }
}
