// 支持志愿服务那条 / 严格执行城市公共空间规划建设治理导则那条: a task pointed at (那条, 这项) by the opening words of its title —
// a long title's first clause (支持志愿服务、广播电视、地震…) — names the task whose title starts with them, when one title does.
import type { Linked, Mention } from '../link.ts';
import type { GraphNode } from '../../../graph/model.ts';
import type { Scope } from './scope.ts';
import { docOf, type GraphView } from './view.ts';
import { nodesMaybeContaining } from './view-sets.ts';

// A和B哪条单位多 points at B by 哪条 the same way.
const POINTED = /[那这该此哪]一?(?:条|项|个任务|件事)/gu;
/** Fewer characters than this open too many titles (加强, 推进) to name one. */
const MIN_OPENING = 4;

/**
 * The task whose title opens with the longest tail of `run` (里支持志愿服务 → 支持志愿服务), with where that tail starts. With a
 * scope, its own tasks first; when one of them holds the words elsewhere in its title or text (黄石港区的节能减排那条), the
 * readers that search the scope answer, not another plan's task that opens so.
 */
function openingOf(run: string, view: GraphView, scope: Scope | null): { at: number; targets: Mention['targets'] } | null {
  const inScope = (n: GraphNode) => !scope || scope.docIds.includes(docOf(n));
  for (let at = 0; at + MIN_OPENING <= run.length; at++) {
    const words = run.slice(at);
    const hits = nodesMaybeContaining(view, words).filter((n) => n.label === 'Task');
    const opening = hits.filter((n) => n.name.startsWith(words));
    if (opening.length === 0) continue;
    const own = opening.filter(inScope);
    if (!own.length && hits.some((n) => inScope(n) && `${n.name}${String(n.properties.text ?? '')}`.includes(words))) return null;
    const tasks = own.length ? own : opening;
    // Titles of several names open so: the words do not name one task.
    if (new Set(tasks.map((t) => t.name)).size > 1) return null;
    return { at, targets: tasks.map((t) => ({ id: t.id, label: t.label, name: t.name })) };
  }
  return null;
}

export function tasksByOpening(linked: Linked, view: GraphView, scope: Scope | null): Linked {
  const added: Mention[] = [];
  let rest = linked.rest;
  for (const m of linked.rest.matchAll(POINTED)) {
    // The words right before 那条, outside every name already read (a full title is linked already and blanked).
    const run = /\p{Script=Han}+$/u.exec(linked.rest.slice(0, m.index))?.[0];
    if (!run || run.length < MIN_OPENING) continue;
    const found = openingOf(run, view, scope);
    if (!found) continue;
    const start = m.index! - run.length + found.at;
    added.push({ surface: run.slice(found.at), start, end: m.index!, kind: 'task', method: 'partial', targets: found.targets });
    rest = rest.slice(0, start) + '\u3000'.repeat(m.index! - start) + rest.slice(m.index);
  }
  if (added.length === 0) return linked;
  return { mentions: [...linked.mentions, ...added].sort((a, b) => a.start - b.start), rest };
}
