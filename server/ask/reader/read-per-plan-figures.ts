// 十堰和营口的分工里脱贫目标分别是多少 / …受教育年限哪个目标高: a figure asked of several plans, each plan answered on its own —
// its target when it sets one, else the sentence of its tasks that states the number (read-figures.ts) — so a plan whose
// figure the parser kept no Target for is not dropped for the one that has it.
import type { Reading, ReadCtx, Reader } from './common.ts';
import { readFigures } from './read-figures.ts';
import { readTargets } from './read-targets.ts';
import { docOf } from './view.ts';

/** Each plan's value (分别, 各是多少) or which is higher (哪个目标高, 谁的多): every plan's figure is needed. */
const EACH_VALUE = /分别|各自|各是|哪个[^，,。？?]{0,6}?(?:更)?(?:高|大|多|低|少)|谁[^，,。？?]{0,4}(?:更)?(?:高|大|多|低|少)/u;
const ASKED_FRAME = /分别|各自|各(?=是)|哪个[^，,。？?]{0,6}?(?:更)?(?:高|大|多|低|少)|谁[^，,。？?]{0,4}(?:更)?(?:高|大|多|低|少)/gu;
const OF_FIGURE = /目标|指标|多少|几/u;

/** The question one plan is asked: its frame of several plans taken out, a value asked for. */
function askedOfOne(text: string): string {
  const one = text.replace(ASKED_FRAME, '');
  return /多少|几/u.test(one) ? one : `${one}是多少`;
}

export const readPerPlanFigures: Reader = (ctx) => {
  const groups = ctx.scope?.groups ?? [];
  if (groups.length < 2 || ctx.mentions.some((m) => m.kind === 'unit') || !EACH_VALUE.test(ctx.q) || !OF_FIGURE.test(ctx.q)) return null;
  // The targets read over all the plans at once answer each already (a target, or a task stating it in words): theirs stands.
  const whole = readTargets(ctx);
  const answered = new Set((whole?.composed.items ?? []).map((i) => ctx.view.nodes.get(i.id)).filter((n) => n !== undefined).map(docOf));
  if (groups.every((g) => g.some((id) => answered.has(id)))) return null;
  const q = askedOfOne(ctx.q);
  const rest = askedOfOne(ctx.rest);
  const parts: Reading[] = [];
  for (const g of groups) {
    const part = readFigures({ ...ctx, q, rest, scope: { ...ctx.scope!, docIds: g, groups: [g] } });
    // A plan with no figure for it: the question is not one this reader answers whole.
    if (!part || part.composed.items.length === 0) return null;
    parts.push(part);
  }
  const seen = new Set<string>();
  const once = <T extends { id?: string; data?: { id?: string } }>(xs: T[]) => xs.filter((x) => {
    const id = x.id ?? x.data?.id;
    if (id === undefined || seen.has(id)) return id === undefined;
    seen.add(id);
    return true;
  });
  const asked = q.replace(/[\s\u3000]/gu, '').replace(/^(?:和|与|跟)/u, '');
  return {
    op: 'targets', params: { text: asked, docIds: groups.flat(), perPlan: true },
    understood: `我理解为：分别查各个文件里「${asked}」的数值`,
    composed: {
      text: parts.map((p) => p.composed.text.replace(/[。；]$/u, '')).join('；') + '。',
      items: once(parts.flatMap((p) => p.composed.items)),
      evidence: parts.flatMap((p) => p.composed.evidence),
      elements: once(parts.flatMap((p) => p.composed.elements)),
    },
  };
};
