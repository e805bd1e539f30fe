// 十堰和营口的分工文号分别是什么 / 这份方案的发文字号: each plan of the scope by the document number its header gives.
import { docLabel, newBuilder, reading, type Reader } from './common.ts';
import { factAsked } from './read-doc-facts.ts';
import { docInfo } from './view-sets.ts';

const ASKS_NUMBER = /文号|发文字号|发文号|字号/u;
const DUTY_WORDS = /牵头|负责|配合|参与|承担|任务|工作/u;

export const readDocNumbers: Reader = (ctx) => {
  // In the order the question names the plans (十堰和营口: 十堰's first).
  const docIds = [...new Set(ctx.scope?.groups.flat() ?? [])];
  // A unit said beside the plans (市场监管局2022年和2023年两份方案) says whose they are, unless a duty is asked of it.
  const others = ctx.mentions.some((m) => m.kind !== 'unit') || (ctx.mentions.length > 0 && DUTY_WORDS.test(ctx.rest));
  if (docIds.length === 0 || !ASKS_NUMBER.test(ctx.rest) || others) return null;
  // 依据的省政府文件文号: the number of the higher document the plan carries out, which read-doc-facts.ts reads with its title.
  if (factAsked(ctx.rest) === 'higher') return null;
  const b = newBuilder(ctx);
  const lines = docIds.map((id) => {
    const d = docInfo(ctx.view, id);
    b.item({ id, label: 'Document', name: d?.name.name ?? id });
    return `${docLabel(ctx, id)}：${d?.docNumber ?? '文中没有写明文号'}`;
  });
  return reading('documents', { docIds, docNumber: true }, `我理解为：${docIds.length > 1 ? '分别' : ''}查${docIds.length > 1 ? '这几个' : '这个'}文件的文号`, b, `${lines.join('；')}。`);
};
