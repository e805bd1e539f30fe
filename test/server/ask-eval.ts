// Scores the ask pipeline on the question set: which questions it answers as their expectations say.
import type { AskAnswer } from '../../server/ask/index.ts';
import type { AskCase } from './ask-questions.ts';

export interface CaseResult {
  q: string;
  ok: boolean;
  problems: string[];
  got: string;
}

function has(answer: AskAnswer, name: string): boolean {
  return answer.answer.items.some((i) => i.name === name || (i.label === 'Target' && i.name.includes(name)));
}

export function judge(c: AskCase, answer: AskAnswer): CaseResult {
  const problems: string[] = [];
  if (c.op && answer.plan.op !== c.op) problems.push(`op ${answer.plan.op} ≠ ${c.op}`);
  const missing = (c.items ?? []).filter((n) => !has(answer, n));
  if (missing.length) problems.push(`missing ${missing.join('、')}`);
  const extra = (c.none ?? []).filter((n) => has(answer, n));
  if (extra.length) problems.push(`unexpected ${extra.join('、')}`);
  if (c.first && answer.answer.items[0]?.name !== c.first) problems.push(`first ${answer.answer.items[0]?.name ?? '(none)'} ≠ ${c.first}`);
  const got = `${answer.plan.op} ${JSON.stringify(answer.plan.params)} → ${answer.answer.items.slice(0, 6).map((i) => i.name).join('、')}`;
  return { q: c.q, ok: problems.length === 0, problems, got };
}

export function report(results: CaseResult[]): string {
  const passed = results.filter((r) => r.ok).length;
  const lines = [`ask accuracy: ${passed}/${results.length} = ${((100 * passed) / results.length).toFixed(1)}%`];
  for (const r of results.filter((x) => !x.ok)) lines.push(`  ✗ ${r.q}\n      ${r.problems.join('; ')}\n      got: ${r.got}`);
  return lines.join('\n');
}
