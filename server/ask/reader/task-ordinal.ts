// 第2项区科委管不管 / 第一项有哪些单位: in one plan, an ordinal with no part or section named is the plan's n-th task,
// when the question asks about its units (a yes/no on one, or who holds it); structure questions keep their own reading.
import { writtenNumber } from '../../../graph/outline/markers.ts';
import type { Linked } from '../link.ts';
import { tasksUnder } from './common.ts';
import type { Scope } from './scope.ts';
import type { GraphView } from './view.ts';

const NTH = /第\s*([0-9]{1,2}|[一二三四五六七八九十])\s*(?:项|条)(?:任务|工作)?/u;
/** What the question asks of the item: its units, or whether one holds it. */
const ASKS_UNITS = /谁|单位|部门|负责|牵头|配合|参与|管不管|管吗|是不是|有没有/u;

export function taskByOrdinal(linked: Linked, view: GraphView, scope: Scope | null): Linked {
  if (!scope || scope.docIds.length !== 1 || linked.mentions.some((m) => m.kind === 'task')) return linked;
  const m = NTH.exec(linked.rest);
  if (!m || !ASKS_UNITS.test(linked.rest.slice(m.index + m[0].length))) return linked;
  const nth = writtenNumber(m[1]) ?? 0;
  // A plan printed in articles (第五条（…职责）) means that article by 第五条, not its fifth task.
  const article = (view.sectionsBySegment.get(m[0]) ?? []).find((s) => s.properties.docId === scope.docIds[0]);
  const task = article ?? tasksUnder({ view }, scope.docIds[0])[nth - 1];
  if (!task) return linked;
  const start = m.index;
  const end = start + m[0].length;
  const mention = { surface: m[0], start, end, kind: 'task' as const, method: 'partial' as const, targets: [{ id: task.id, label: task.label, name: task.name }] };
  return { mentions: [...linked.mentions, mention].sort((a, b) => a.start - b.start), rest: linked.rest.slice(0, start) + '\u3000'.repeat(end - start) + linked.rest.slice(end) };
}
