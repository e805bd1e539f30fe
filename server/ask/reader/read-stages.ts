// 两份整治方案的第一个阶段分别叫什么: a campaign plan sets its work out in stages (动员部署阶段(2022年1月), 排查摸底阶段…),
// each a part of its own; the n-th stage asked is the n-th of the first run of stages the plan prints, per plan asked.
import { writtenNumber } from '../../../graph/outline/markers.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { docLabel, newBuilder, reading, type Reader } from './common.ts';

/** 第一个阶段 / 第2阶段 asked by name (叫什么, 是什么, 是哪个). */
const NTH_STAGE = /第\s*([0-9]{1,2}|[一二三四五六七八九十])\s*个?阶段[^？?]{0,4}?(?:叫|是|名称|名字)/u;
/** A part named as a stage, its months in brackets after it or not. */
const STAGE = /阶段(?:[(（][^)）]*[)）])?$/u;

/** The stages of the first part (in the plan's order) that holds two or more: the plan's own run of stages. */
function stagesOf(ctx: Parameters<Reader>[0], docId: string): GraphNode[] {
  const runs: GraphNode[][] = [];
  const walk = (id: string): void => {
    const kids = ctx.view.children.get(id) ?? [];
    const stages = kids.filter((k) => STAGE.test(k.name));
    if (stages.length >= 2) runs.push(stages);
    for (const k of kids) if (k.label === 'Section') walk(k.id);
  };
  walk(docId);
  const start = (n: GraphNode) => Number(n.properties.start ?? 0);
  return runs.sort((a, b) => start(a[0]) - start(b[0]))[0] ?? [];
}

export const readStages: Reader = (ctx) => {
  const m = NTH_STAGE.exec(ctx.rest);
  if (!m || !ctx.scope || ctx.tasks.length + ctx.units.length > 0) return null;
  const nth = writtenNumber(m[1]) ?? 0;
  const docIds = [...new Set(ctx.scope.groups.flat())];
  const found = docIds.map((id) => ({ id, stage: stagesOf(ctx, id)[nth - 1] }));
  if (found.every((f) => !f.stage)) return null;
  const b = newBuilder(ctx);
  const lines = found.map(({ id, stage }) => {
    if (stage) b.item(stage);
    return `${docLabel(ctx, id)}${stage ? `的第 ${nth} 个阶段是「${stage.name}」` : `没有分出第 ${nth} 个阶段`}`;
  });
  return reading('section', { docIds, stage: nth }, `我理解为：${docIds.length > 1 ? '分别' : ''}查方案列出的第 ${nth} 个阶段`, b, `${lines.join('；')}。`);
};
