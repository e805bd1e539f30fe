// A rule the cover notice states once for every item of the plan: 除特别注明的外,A和B、C都是配合单位 (金华 2018). The
// units it names support every annotated item after it, as units carried by 下同 do (carry.ts).
import type { UnitResolver } from '../units/resolver.ts';
import type { Span } from './annotation-types.ts';
import type { ResolvedAnnotation } from './assign.ts';
import { splitItems } from './list-items.ts';

/** 除特别注明(的)外 / 除另有注明外, then the names, then 都是/均为/均是 配合单位 (or 协办单位). */
const NOTICE_SUPPORT_RE = /除(?:特别|另有|另行)?(?:注明|标注|说明)(?:的)?外[,，]\s*([^。;；:：]{2,80}?)(?:都|均)(?:是|为)(?:配合|协办|协同)单位/u;

/** The names, split at 和/及 between names (outside brackets) and at the list's own separators. */
function namesOf(text: string, offset: number): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (i === text.length || (depth === 0 && (ch === '和' || ch === '及'))) {
      spans.push(...splitItems(text.slice(from, i), offset + from));
      from = i + 1;
    }
  }
  return spans;
}

export function supportFromNotice(text: string, annotations: ResolvedAnnotation[], resolver: UnitResolver): void {
  const m = NOTICE_SUPPORT_RE.exec(text);
  if (!m) return;
  const at = m.index + m[0].indexOf(m[1]);
  const units = namesOf(m[1], at).flatMap((span) => resolver.resolve(span.text)
    .filter((r) => r.status === 'resolved')
    .map((r) => ({ canonical: r.canonical, kind: r.kind, surface: r.surface, start: span.start, end: span.end, method: r.method })));
  for (const a of annotations) {
    // An item that names its own units after the notice: the rule adds to them, never to an item without any.
    if (a.annotation.start < m.index || a.units.length === 0) continue;
    for (const u of units) if (!a.units.some((x) => x.canonical === u.canonical)) a.units.push({ ...u, role: 'support' });
  }
}
