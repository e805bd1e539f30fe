// Answers to the unit queries: a unit's tasks, its partners, two units' shared tasks, overlaps, workload, groups.
import type { QueryOutput } from '../../graph/catalogue/catalogue.ts';
import { ROLES, type Role } from '../../graph/catalogue/schemas.ts';
import { AnswerBuilder, listNames, type Composed } from './compose-common.ts';
import type { Focus } from './types.ts';

export const ROLE_ZH: Record<Role, string> = { lead: '牵头', support: '配合', responsible: '负责' };
export const DUTY_OF: Record<Role, string> = { lead: 'LEADS', support: 'SUPPORTS', responsible: 'RESPONSIBLE_FOR' };

export function composeUnitTasks(out: QueryOutput<'unitTasks'>, unit: string, b: AnswerBuilder): Composed {
  if (out.units.length === 0) return b.done(`没有找到单位「${unit}」。`);
  const name = out.units[0].name;
  const rows = [...out.tasks.items].sort((x, y) => ROLES.indexOf(x.role) - ROLES.indexOf(y.role));
  for (const u of out.units) b.node(u);
  for (const r of rows) b.item(r).edge(DUTY_OF[r.role], r.unit.id, r.id).cite(r.evidence);
  if (rows.length === 0) return b.done(`「${name}」没有符合条件的任务。`);
  const parts = ROLES.flatMap((role) => {
    const names = [...new Set(rows.filter((r) => r.role === role).map((r) => r.name))];
    return names.length ? [`${ROLE_ZH[role]} ${names.length} 项：${listNames(names)}`] : [];
  });
  const more = out.tasks.truncated ? `（共 ${out.tasks.total} 条，仅列出前 ${rows.length} 条）` : '';
  return b.done(`「${name}」${parts.join('；')}。${more}`);
}

export function composePartners(out: QueryOutput<'unitPartners'>, unit: string, b: AnswerBuilder): Composed {
  if (out.units.length === 0) return b.done(`没有找到单位「${unit}」。`);
  const me = out.units[0];
  b.node(me);
  for (const p of out.partners.items) b.item(p.unit);
  const lines = out.partners.items.slice(0, 8).map((p) => `「${p.unit.name}」（${p.shared} 项）`);
  if (lines.length === 0) return b.done(`「${me.name}」没有和其他单位共同承担的任务。`);
  return b.done(`与「${me.name}」共同承担任务的单位共 ${out.partners.total} 个，按共同任务数排序：${lines.join('、')}。`);
}

export function composeShared(out: QueryOutput<'sharedTasks'>, a: string, b2: string, focus: Focus, b: AnswerBuilder): Composed {
  const missing = [out.a.length === 0 ? a : null, out.b.length === 0 ? b2 : null].filter(Boolean);
  if (missing.length) return b.done(`没有找到单位${missing.map((m) => `「${m}」`).join('、')}。`);
  const [ua, ub] = [out.a[0], out.b[0]];
  b.node(ua).node(ub);
  const role = focus.role;
  const [ra, rb] = focus.pairRoles ?? [role, role];
  const tasks = out.tasks.items.filter((t) => (!ra || t.a.some((d) => d.role === ra)) && (!rb || t.b.some((d) => d.role === rb)));
  for (const t of tasks) {
    b.item(t);
    for (const d of [...t.a, ...t.b]) b.edge(DUTY_OF[d.role], d.unit.id, t.id).cite(d.evidence);
  }
  if (tasks.length === 0) return b.done(`「${ua.name}」和「${ub.name}」没有${focus.pairRoles ? '这样分工' : `共同${role ? ROLE_ZH[role] : '承担'}`}的任务。`);
  const roles = (ds: typeof tasks[number]['a']) => [...new Set(ds.map((d) => ROLE_ZH[d.role]))].join('/');
  const detail = tasks.slice(0, 8).map((t) => `「${t.name}」（${ua.name}${roles(t.a)}，${ub.name}${roles(t.b)}）`).join('；');
  return b.done(`「${ua.name}」和「${ub.name}」共同承担 ${tasks.length} 项任务：${detail}${tasks.length > 8 ? '等' : ''}。`);
}

export function composeOverlaps(out: QueryOutput<'overlaps'>, b: AnswerBuilder): Composed {
  const pairs = out.pairs.items;
  if (pairs.length === 0) return b.done('没有共同承担多项任务的单位对。');
  for (const p of pairs) {
    b.item(p.a);
    b.item(p.b);
    for (const t of p.tasks.slice(0, 5)) {
      b.node(t);
      for (const type of Object.values(DUTY_OF)) b.edge(type, p.a.id, t.id).edge(type, p.b.id, t.id);
    }
  }
  const lines = pairs.slice(0, 6).map((p) => `「${p.a.name}」与「${p.b.name}」（${p.shared} 项）`);
  return b.done(`共同承担任务最多的单位对：${lines.join('；')}${out.pairs.total > 6 ? `等 ${out.pairs.total} 对` : ''}。`);
}

export function composeWorkload(out: QueryOutput<'workload'>, focus: Focus, b: AnswerBuilder): Composed {
  const role = focus.role;
  const count = (u: typeof out.units.items[number]) => (role ? u[role] : u.total);
  const ranked = [...out.units.items].filter((u) => count(u) > 0).sort((x, y) => count(y) - count(x));
  for (const u of ranked) b.item(u.unit);
  if (ranked.length === 0) return b.done('图中还没有单位的分工。');
  const lines = ranked.slice(0, 8).map((u) => `「${u.unit.name}」${count(u)} 项（牵头 ${u.lead}，配合 ${u.support}，负责 ${u.responsible}）`);
  return b.done(`${role ? ROLE_ZH[role] : '承担'}任务最多的单位：${lines.join('；')}。`);
}

export function composeCommunities(out: QueryOutput<'communities'>, b: AnswerBuilder): Composed {
  const groups = out.communities.items;
  if (groups.length === 0) return b.done('还没有足够的共同任务来划分协作群组。');
  for (const g of groups) for (const m of g.members) b.item(m);
  const lines = groups.slice(0, 5).map((g, i) => `第 ${i + 1} 组（${g.size} 个单位）：${listNames(g.members.map((m) => m.name), '个')}`);
  return b.done(`按共同任务划分出 ${out.communities.total} 个协作群组。${lines.join('；')}。`);
}
