// 淮南机关事务局那份里… : a unit's name followed by 那份 / 的方案 names the plan that unit issued (its title carries the name:
// 市机关事务管理局2025年…落实情况), not a unit asked about. The plan becomes the scope — within the place's plans when they
// hold it, else that plan alone (an issuer's page that names no place) — and the name is no longer read as a unit.
import type { Linked } from '../link.ts';
import type { Scope } from './scope.ts';
import { documentLabel, type GraphView } from './view.ts';

/** 那份 / 这个方案 / 的通报 after the name: it names a plan; a bare 的 (区应急局的任务) does not. */
const PLAN_AFTER = /^的?(?:那份|这份|那个|这个)(?:文件|方案|通报|报告|材料)?(?:里面|里|中|内)?(?:的)?|^的?(?:文件|方案|通报|报告)(?:里面|里|中|内)?(?:的)?/u;
const BLANK = '\u3000';

export function scopeByIssuer(linked: Linked, q: string, scope: Scope | null, view: GraphView): { linked: Linked; q: string; scope: Scope | null } | null {
  for (const m of linked.mentions) {
    if (m.kind !== 'unit') continue;
    const tail = PLAN_AFTER.exec(q.slice(m.end));
    if (!tail) continue;
    const names = new Set(m.targets.map((t) => t.name));
    const issued = view.documents.filter((d) => [...names].some((n) => d.title.includes(n)));
    if (issued.length === 0) continue;
    const inPlace = scope ? issued.filter((d) => scope.docIds.includes(d.id)) : [];
    const docs = inPlace.length ? inPlace : issued;
    const end = m.end + tail[0].length;
    const blanked = q.slice(0, m.start) + BLANK.repeat(end - m.start) + q.slice(end);
    const rest = linked.rest.slice(0, m.start) + BLANK.repeat(end - m.start) + linked.rest.slice(end);
    const docIds = docs.map((d) => d.id);
    return {
      linked: { mentions: linked.mentions.filter((x) => x !== m), rest },
      q: blanked,
      scope: { docIds, label: docs.map(documentLabel).join('、'), rest: blanked, groups: [docIds] },
    };
  }
  return null;
}
