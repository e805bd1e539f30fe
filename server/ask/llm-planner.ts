// The optional LLM planner: for every question a chat model writes a program of the typed query language; the rules' answer is its hint and its fallback.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { isAppError } from '../../graph/errors.ts';
import type { PlanAnswer } from '../../graph/query/run.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { runQueryPlan } from '../query-entry.ts';
import type { Lexicon } from './lexicon.ts';
import { totalOf } from './compose-common.ts';
import { composeProgramResult, describeProgram, isEmptyResult } from './llm-answer.ts';
import { checkProgram } from './llm-check.ts';
import { requestProgram } from './llm-program.ts';
import type { LLM_FALLBACKS } from './schema.ts';
import type { AskAnswer } from './types.ts';

const LLM_TIMEOUT_MS = 20_000;

type Fallback = (typeof LLM_FALLBACKS)[number];

const FALLBACK_ZH: Record<Fallback, string> = {
  timeout: '模型超时', error: '模型出错', invalid: '模型给出的查询计划无效', declined: '模型认为这个问题与已导入的文件无关',
  'unknown-name': '模型的查询计划用了图中没有的名称', empty: '模型的查询计划没有结果',
};

interface ModelPlanner {
  store: GraphStore;
  lexicon: Lexicon;
  model: BaseChatModel;
  timeoutMs?: number;
}

/** The rules' answer, marked as such; without a model it is the answer unchanged. */
export function rulesAnswered(rules: AskAnswer): AskAnswer {
  return { ...rules, planner: { by: 'rules' } };
}

/** The rules answer, and the text says why the model's program did not. Operators see the detail on stderr. */
function fallBack(rules: AskAnswer, reason: Fallback, detail: string): AskAnswer {
  process.stderr.write(`LLM planner: ${reason}: ${detail.replace(/\s+/g, ' ')}\n`);
  return {
    ...rules,
    answer: { ...rules.answer, text: `${rules.answer.text}（${FALLBACK_ZH[reason]}，由规则回答）` },
    planner: { by: 'rules', fallback: reason },
  };
}

function modelAnswered(rules: AskAnswer, ran: PlanAnswer, renamed: string[], lexicon: Lexicon): AskAnswer {
  const { plan, result } = ran;
  const composed = composeProgramResult(plan, result, lexicon);
  const understood = `模型理解为：${describeProgram(plan)}${renamed.length ? `（${renamed.join('；')}）` : ''}`;
  return {
    question: rules.question,
    // `op` names the plan (or its first step) so clients that read only `op` still see something; `params` re-runs via POST /api/query.
    plan: { op: plan.name ?? plan.steps[0].op, params: plan },
    answer: { text: `${composed.text}（${understood}）`, items: composed.items, ...totalOf(composed) },
    evidence: composed.evidence,
    elements: composed.elements,
    suggestions: isEmptyResult(result) ? rules.suggestions : [],
    understood,
    planner: { by: 'llm' },
  };
}

/**
 * The model's program for this question, checked and limited as POST /api/query is, and run; the rules'
 * answer when the model times out, fails, declines, writes an invalid program or unknown names, or finds nothing
 * where the rules found something (or declined the question as outside the documents).
 */
export async function answerWithModel(p: ModelPlanner, rules: AskAnswer): Promise<AskAnswer> {
  const reply = await requestProgram(p.model, rules.question, p.lexicon, rules, p.timeoutMs ?? LLM_TIMEOUT_MS);
  if (!reply.ok) return fallBack(rules, reply.reason, reply.detail);
  const checked = checkProgram(reply.program, p.lexicon);
  if (!checked.ok) return fallBack(rules, checked.reason, checked.detail);
  let ran: PlanAnswer;
  try {
    ran = await runQueryPlan(p.store, checked.plan);
  } catch (error) {
    // Even an engine fault on a model's program must not cost the user the rules' answer.
    const invalid = isAppError(error) && error.code === 'BAD_INPUT';
    return fallBack(rules, invalid ? 'invalid' : 'error', error instanceof Error ? error.message : String(error));
  }
  // A polite decline or a list tells more than "nothing found".
  const rulesHadOne = rules.answer.items.length > 0 || rules.plan.op === 'decline';
  if (isEmptyResult(ran.result) && rulesHadOne) return fallBack(rules, 'empty', describeProgram(ran.plan));
  return modelAnswered(rules, ran, checked.renamed, p.lexicon);
}
