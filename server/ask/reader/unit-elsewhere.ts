// 天津市科技局要干啥 where 天津's plan gives the unit no task but a plan that names no place (a draft whose text never says
// 天津, its units 市科技局 …) does: that plan may be the place's own, so its tasks are answered — and said to be from it.
import type { Role } from '../../../graph/catalogue/schemas.ts';
import { docLabel, type ReadCtx } from './common.ts';
import { docOf, type Duty } from './view.ts';
import { docInfo } from './view-sets.ts';

/** The unit's duties (of `role`) in plans outside the scope that name no place; none without a scope. */
export function dutiesInPlaceless(ctx: ReadCtx, name: string, role: Role | null): Duty[] {
  if (!ctx.scope) return [];
  const scoped = new Set(ctx.scope.docIds);
  return (ctx.view.byName.get(name) ?? []).filter((n) => n.label === 'Unit')
    .flatMap((u) => ctx.view.dutiesOfUnit.get(u.id) ?? [])
    .filter((d) => (!role || d.role === role) && !scoped.has(docOf(d.task)) && !docInfo(ctx.view, docOf(d.task))?.place);
}

/** How the answer says where the tasks were found instead: 《A》没有…；未写明地点的《B》中… */
export function placelessNote(ctx: ReadCtx, duties: Duty[]): string {
  const docs = [...new Set(duties.map((d) => docOf(d.task)))].map((id) => docLabel(ctx, id)).join('、');
  return `在${ctx.scope!.label}中没有找到；未写明地点的${docs}里有`;
}
