// 湖州市经信局牵头的那项重点工作要给企业减轻多少负担: a figure set by a unit's task — the unit's tasks in the role said,
// then the targets they set, those whose words the question shares most. readTargets answers an indicator asked with
// no unit; a unit named there means its own task's figure, not every plan's target of that indicator.
import type { GraphNode } from '../../../graph/model.ts';
import { byDocument, charPairs, dutiesOfUnit, newBuilder, reading, roleIn, roleZh, tasksOf, type Reader } from './common.ts';
import { docOf } from './view.ts';

/** X的那项…多少 / X负责的任务要达到多少: after the unit, its task (的) and then an amount. */
const AMOUNT_OF_TASK = /^[^，,。？?]{0,6}?的[^，,。？?]{0,16}?(?:多少|几)(?!项|条|件|份|家|个(?:任务|单位|部门|项目|文件))/u;
/** 多少项任务 / 几个单位 said further on: the question counts items, not a figure. */
const COUNTS_ITEMS = /(?:多少|几)(?:个|项|条|件|份|家)?(?:任务|单位|部门|文件|方案|项目|工作|事)/u;
/** Question and frame words: what is left names the figure (企业 负担 减轻). */
const FRAME = /的|那|这|一?项|一?条|个|重点|主要|任务|工作|事项|要|将|需要|给|多少|几|是|达到|[，,。？?\s\u3000]/gu;

export const readUnitTargets: Reader = (ctx) => {
  const unit = ctx.mentions.find((m) => m.kind === 'unit');
  if (!unit || ctx.units.length !== 1 || ctx.tasks.length + ctx.entities.length > 0) return null;
  const after = ctx.q.slice(unit.end);
  const asked = AMOUNT_OF_TASK.exec(after);
  if (!asked || COUNTS_ITEMS.test(after)) return null;
  const role = roleIn(after.slice(0, asked[0].indexOf('的')));
  const tasks = tasksOf(dutiesOfUnit(ctx, unit.targets[0].name, role));
  const targets = tasks.flatMap((t) => ctx.view.sets.get(t.id) ?? []);
  if (targets.length === 0) return null;
  const words = charPairs(after.replace(FRAME, ''));
  const shared = (t: GraphNode) => [...charPairs(`${t.properties.indicator ?? t.name}${t.properties.text ?? ''}`)].filter((p) => words.has(p)).length;
  const best = Math.max(...targets.map(shared));
  // No word of the figure said (X牵头的那项要达到多少): every target of its tasks, when they are few enough to be one answer.
  const found = best > 0 ? targets.filter((t) => shared(t) === best) : targets.length <= 3 ? targets : [];
  if (found.length === 0) return null;
  const b = newBuilder(ctx);
  for (const t of found) {
    b.item(t).cite({ docId: docOf(t), start: Number(t.properties.start ?? 0), end: Number(t.properties.end ?? 0), text: String(t.properties.text ?? '') });
  }
  const name = unit.targets[0].name;
  const setBy = tasks.filter((t) => found.some((x) => (ctx.view.sets.get(t.id) ?? []).includes(x)));
  return reading('chain', { unit: name, ...(role ? { role } : {}), then: 'targets' }, `我理解为：先找「${name}」${roleZh(role)}的任务，再看它设定的目标数值`, b,
    `「${name}」${roleZh(role)}的${byDocument(ctx, setBy)}设定的目标：${found.map((t) => String(t.properties.text ?? t.name)).join('；')}。`);
};
