// 地区生产总值那项的完成时限是什么时候 / 那条的责任领导是谁: a field an item's annotation gives beside its units (完成时限,
// 牵头负责领导, 责任领导, 联系人 …; graph/duties/roles.ts keeps them on the task as otherRoles), read from the task named.
import { ROLE_LABELS } from '../../../graph/duties/roles.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { newBuilder, reading, type Reader } from './common.ts';
import { docOf } from './view.ts';

/** A deadline asked in words (什么时候要完成, 截止到哪天) means the item's 完成时限 field. */
const DUE_ASKED = /(?:什么时候|何时|啥时候|哪天|哪一天|几月几[日号])(?:之?前)?(?:要|须|需要)?(?:完成|办完|做完|到期|截止)|截止(?:日期|时间)|完成时间|时限/u;

/** The fields annotations name apart from duties, longest first (牵头负责领导 before 责任领导). */
const FIELDS = [...new Set(Object.values(ROLE_LABELS).flatMap((m) => (m.kind === 'other' ? [m.field] : [])))].sort((a, b) => b.length - a.length);

function fieldsOf(t: GraphNode): Record<string, string> {
  const f = t.properties.otherRoles;
  return f && typeof f === 'object' ? (f as Record<string, string>) : {};
}

/**
 * The field the question names as the plans label it (责任领导), answered also where the task lacks it (原文没有写明); or
 * 完成时限 for a deadline asked in words, only where a task gives one (else the text's own dates answer, read-targets.ts).
 */
function fieldAsked(rest: string, tasks: GraphNode[]): string | null {
  const named = FIELDS.find((k) => rest.includes(k));
  if (named) return named;
  return DUE_ASKED.test(rest) && tasks.some((t) => fieldsOf(t).完成时限) ? '完成时限' : null;
}

export const readTaskFields: Reader = (ctx) => {
  if (ctx.units.length + ctx.entities.length > 0 || ctx.tasks.length === 0) return null;
  const tasks = ctx.tasks.map((t) => ctx.view.nodes.get(t.id)).filter((n): n is GraphNode => n?.label === 'Task');
  const field = fieldAsked(ctx.rest, tasks);
  if (!field) return null;
  const b = newBuilder(ctx);
  const lines = tasks.map((t) => {
    const value = fieldsOf(t)[field];
    b.item(t);
    if (!value) return `「${t.name}」原文没有写明${field}`;
    const text = String(t.properties.text ?? '');
    const at = text.indexOf(value);
    const start = Number(t.properties.start ?? 0) + Math.max(0, at);
    b.cite({ docId: docOf(t), start, end: start + value.length, text: value });
    return `「${t.name}」的${field}：${value}`;
  });
  return reading('readTask', { tasks: tasks.map((t) => t.id), field }, `我理解为：查这项任务原文所列的${field}`, b, `${lines.join('；')}。`);
};
