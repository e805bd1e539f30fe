// A name the graph does not hold as an entity (南方国际人才研究院, 北京大学): which tasks' text mentions it, word for word.
import { tasksMaybeContaining } from '../view-grams.ts';
import { byDocument, dutiesOfUnit, inScope, newBuilder, reading, tasksOf, type ReadCtx, type Reader } from './common.ts';

const NAME = '([\\p{Script=Han}A-Za-z0-9]{2,20}?)';
/** X在哪个项目里 / X出现在哪些任务中 / 哪些任务提到X / 哪几件实事涉及X. */
const WHERE_IS = new RegExp(`^${NAME}(?:出现)?在哪(?:个|些|一|几)?(?:个|项|条)?(?:项目|任务|事项|条|项|部分)`, 'u');
const WHICH_MENTION = new RegExp(`哪(?:些|个|几)(?:个|项|条|件)?(?:任务|项目|事项|工作|实事)(?:里|中)?(?:提到|涉及|提及|包含|说到|写到|有)了?${NAME}[？?。!！]*$`, 'u');
/** 提到X的是哪几件实事 / 涉及X的有哪些任务: the name first, the items asked after it. */
const MENTIONING_WHICH = new RegExp(`^(?:提到|涉及|提及|写到|说到)了?${NAME}的(?:是|有)?哪(?:些|个|几)(?:个|项|条|件)?(?:任务|项目|事项|工作|实事)?[？?。!！]*$`, 'u');

export const readMentions: Reader = (ctx) => {
  const m = WHERE_IS.exec(ctx.q) ?? WHICH_MENTION.exec(ctx.q) ?? MENTIONING_WHICH.exec(ctx.q);
  if (!m) return null;
  const name = m[1];
  // A name the graph knows as a whole goes to the readers of that name, except a unit: 提到 asks where the text names
  // it (新材料产业园 in a task it has no duty in), not its duties; and except a task's words (化学需氧量, the start of
  // one task's title): 提到 asks for every task whose text has them, not that one task.
  const known = ctx.mentions.find((x) => x.surface === name);
  if (known && known.kind !== 'unit' && known.kind !== 'task') return null;
  const unit = known?.kind === 'unit' ? known : undefined;
  const said = tasksMaybeContaining(ctx.view, name).filter((n) => inScope(ctx, n)
    && (n.name.includes(name) || String(n.properties.text ?? '').includes(name)));
  const tasks = unit ? [...new Set([...said, ...tasksOf(dutiesOfUnit(ctx, unit.targets[0].name))])] : said;
  if (tasks.length === 0) return null;
  const b = newBuilder(ctx);
  for (const t of tasks) b.item(t);
  const what = unit ? `「${name}」是单位，找原文提到它或由它承担的任务` : `「${name}」不是图中的地点或项目，找原文提到它的任务`;
  return reading('search', { text: name }, `我理解为：${what}`, b,
    `原文提到「${name}」的任务共 ${tasks.length} 项：${byDocument(ctx, tasks)}。`);
};
