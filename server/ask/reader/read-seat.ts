// Where a body's office sits (…领导小组办公室设在区规划资源局, 其日常办事机构设在镇党群中心): a plan says so in a sentence, not as a
// duty. 镇文物管理委员会的日常办事机构设在哪个单位 reads that sentence; 领导小组办公室所在的那个局负责哪些配套文件 then lists the
// duties of the body it names (within the part the question names, when it names one).
import type { GraphNode } from '../../../graph/model.ts';
import { byDocument, cite, dutiesOfUnit, inScope, newBuilder, reading, tasksOf, tasksUnder, type ReadCtx, type Reader } from './common.ts';
import { nodesMaybeContaining } from './view-sets.ts';

/** 设在哪 / 设在什么单位 / 所在的那个局 / 所在的单位: the question asks where the body sits. */
const ASKS_SEAT = /(?:设在|设于|所在)(?:哪|什么|何处|的那个|的哪个|的(?:单位|部门|局|委|办))/u;
/** The words naming what sits: a Han run ending right before 的?…设在 / 所在. */
const SUBJECT = /([\p{Script=Han}]{2,24}?)的?(?:设在|设于|所在)/u;
/** What the plan says the office is set in: the name after 设在, up to the clause's end. */
const SEAT = /^[^，,。；;]{0,2}?(?:设在|设于)([\p{Script=Han}（）()]{2,20}?)(?:[，,。；;、]|$)/u;
/** The shortest piece of the question's subject a sentence must write. */
const MIN_SUBJECT = 4;
/** After the seat: the body's duties asked (负责哪些, 牵头什么). */
const THEN_DUTIES = /(?:负责|牵头|承担|管)(?:了)?(?:哪些|哪几|什么|啥)/u;

interface Seat { node: GraphNode; sentence: string; seat: string; subject: string }

/**
 * A sentence with 设在 that writes the longest piece (four characters or more, ending where it ends) of what sits — or of
 * its owner, when the question says whose office it is (协调监管机制的办公室: …的协调监管机制，办公室设在…) — and what it says
 * the office is set in.
 */
function seatIn(ctx: ReadCtx, subject: string): Seat | null {
  const of = subject.lastIndexOf('的');
  const [owner, office] = of > 0 ? [subject.slice(0, of), subject.slice(of + 1)] : [subject, ''];
  const nodes = nodesMaybeContaining(ctx.view, '设在').filter((n) => inScope(ctx, n));
  for (let from = 0; owner.length - from >= MIN_SUBJECT; from++) {
    const piece = owner.slice(from);
    for (const node of nodes) {
      for (const sentence of String(node.properties.text ?? node.name).split(/[。；;\n]/u)) {
        const at = sentence.indexOf(piece);
        if (at < 0) continue;
        const after = sentence.slice(at + piece.length);
        const seated = office ? after.indexOf(office) : 0;
        const m = seated >= 0 ? SEAT.exec(after.slice(seated + office.length)) : null;
        if (m) return { node, sentence: sentence.trim(), seat: m[1], subject: office ? `${piece}的${office}` : piece };
      }
    }
  }
  return null;
}

export const readSeat: Reader = (ctx) => {
  const asks = ASKS_SEAT.exec(ctx.q);
  if (!asks) return null;
  // The question's words before the verb, as it says them (ctx.q has the scope's words blanked, its names not).
  const said = SUBJECT.exec(ctx.q.slice(0, asks.index + asks[0].length));
  if (!said) return null;
  const found = seatIn(ctx, said[1]);
  if (!found) return null;
  const b = newBuilder(ctx);
  const unit = (ctx.view.byName.get(found.seat) ?? []).find((n) => n.label === 'Unit');
  const then = THEN_DUTIES.test(ctx.q.slice(asks.index + asks[0].length));
  if (unit && then) {
    // Within the part the question names after the seat (配套文件 → （一）制订试点配套文件), when it names one.
    const part = ctx.mentions.find((m) => m.kind === 'task' && m.start >= asks.index + asks[0].length)?.targets[0];
    const under = part ? new Set(tasksUnder(ctx, part.id).map((t) => t.id)) : null;
    const duties = dutiesOfUnit(ctx, unit.name).filter((d) => !under || under.has(d.task.id));
    cite(b, duties);
    const tasks = tasksOf(duties);
    for (const t of tasks) b.item(t);
    b.node(found.node);
    return reading('chain', { text: found.subject, seat: unit.name, ...(part ? { under: part.id } : {}) },
      `我理解为：先从原文找「${found.subject}」设在哪个单位（「${found.seat}」），再列出它${part ? `在「${part.name}」里` : ''}负责的任务`, b,
      `原文写明「${found.subject}设在${found.seat}」；「${unit.name}」${part ? `在「${part.name}」里` : ''}${tasks.length ? `负责的任务共 ${tasks.length} 项：${byDocument(ctx, tasks)}` : '没有负责的任务'}。`);
  }
  if (unit) b.item(unit);
  b.node(found.node);
  return reading('readTask', { text: found.subject, seat: found.seat }, `我理解为：从原文找「${found.subject}」设在哪里`, b,
    `${byDocument(ctx, [found.node])}写明：「${found.sentence}」，即「${found.subject}」设在「${found.seat}」。`);
};
