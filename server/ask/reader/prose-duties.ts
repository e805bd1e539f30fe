// 青浦和金山的文件里区建管委分别负责什么, where 金山's 意见 gives its duties in prose the parser reads few units from (由区交通委
// 牵头，区发改委、区建管委…配合 is read; 区委宣传部、区文明办…要充分利用… is not): in a plan of the scope where most tasks carry no
// duty, the duty-less tasks whose own text names the unit are its work there — answered apart, as what the text says, not
// as a duty of the graph; and the units it shares with another plan of the scope include the units those tasks' text names.
import type { GraphNode } from '../../../graph/model.ts';
import { docLabel, type ReadCtx } from './common.ts';
import { docOf } from './view.ts';

/** A task the parse gave no duty: whatever unit it names is only in its text. */
function dutyless(ctx: ReadCtx, task: GraphNode): boolean {
  return (ctx.view.dutiesOfTask.get(task.id) ?? []).length === 0;
}

/** A plan whose duties are mostly in prose: most of its tasks carry no duty (the ingest warned of each). */
export function dutiless(ctx: ReadCtx, docId: string): boolean {
  const tasks = ctx.view.tasksByDoc.get(docId) ?? [];
  return tasks.length > 0 && tasks.filter((t) => dutyless(ctx, t)).length * 2 > tasks.length;
}

function dutilessPlans(ctx: ReadCtx): string[] {
  return (ctx.scope?.docIds ?? []).filter((id) => dutiless(ctx, id));
}

/** The names the unit goes by (区建管委 and the aliases the graph merged into it). */
function namesOf(ctx: ReadCtx, name: string): string[] {
  const aliases = (ctx.view.byName.get(name) ?? []).flatMap((n) => (Array.isArray(n.properties.aliases) ? n.properties.aliases as string[] : []));
  return [...new Set([name, ...aliases])];
}

/** Of `units` (other plans' units, by name), those a prose plan's duty-less tasks name in their text: units it shares with them. */
export function unitsNamedIn(ctx: ReadCtx, docId: string, units: Map<string, GraphNode>): Map<string, GraphNode> {
  const text = (ctx.view.tasksByDoc.get(docId) ?? []).filter((t) => dutyless(ctx, t)).map((t) => `${t.name}${String(t.properties.text ?? '')}`).join('\n');
  return new Map([...units].filter(([name]) => namesOf(ctx, name).some((f) => text.includes(f))));
}

/** The duty-less tasks of the scope's prose plans whose text names the unit, and how the answer says where they come from. */
export function tasksNamingUnit(ctx: ReadCtx, name: string): { tasks: GraphNode[]; note: string } {
  const plans = dutilessPlans(ctx);
  if (plans.length === 0) return { tasks: [], note: '' };
  const forms = namesOf(ctx, name);
  const tasks = plans.flatMap((id) => ctx.view.tasksByDoc.get(id) ?? [])
    .filter((t) => dutyless(ctx, t) && forms.some((f) => `${t.name}${String(t.properties.text ?? '')}`.includes(f)));
  if (tasks.length === 0) return { tasks, note: '' };
  const where = [...new Set(tasks.map(docOf))].map((id) => docLabel(ctx, id)).join('、');
  return { tasks, note: `${where}多数任务没有列出责任单位，原文写到「${name}」的任务：${tasks.map((t) => `「${t.name}」`).join('、')}。` };
}
