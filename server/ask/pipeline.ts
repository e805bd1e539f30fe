// The ask pipeline as small LangChain runnables: normalise → link → classify → (LLM) → fallback → answer.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { RunnableLambda, RunnableSequence } from '@langchain/core/runnables';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { executeChoice } from './execute.ts';
import type { Lexicon } from './lexicon.ts';
import { linkMentions, type Mention } from './link.ts';
import { classify, fallbackChoice } from './intent.ts';
import { planWithModel } from './llm-planner.ts';
import { normaliseQuestion } from './normalise.ts';
import { suggestQuestions } from './suggest.ts';
import type { AskAnswer, AskState } from './types.ts';

export interface PipelineOptions {
  /** A chat model for questions the rules cannot place; null or absent: rules only. */
  model?: BaseChatModel | null;
  llmTimeoutMs?: number;
}

function notes(mentions: Mention[]): { fuzzy: string[]; ambiguous: string[] } {
  const fuzzy = mentions.filter((m) => (m.method === 'fuzzy' || m.method === 'partial') && m.targets.length === 1)
    .map((m) => `把「${m.surface}」理解为${m.method === 'partial' ? '任务' : ''}「${m.targets[0].name}」`);
  const ambiguous = mentions.filter((m) => new Set(m.targets.map((t) => t.name)).size > 1)
    .map((m) => `「${m.surface}」可能指${m.targets.map((t) => `「${t.name}」`).join('或')}，这里按「${m.targets[0].name}」回答`);
  return { fuzzy, ambiguous };
}

export function buildAskPipeline(store: GraphStore, lexicon: Lexicon, options: PipelineOptions = {}) {
  const normalise = RunnableLambda.from((question: string): AskState => ({ question, normalised: normaliseQuestion(question), mentions: [], rest: '' }));
  const link = RunnableLambda.from((s: AskState): AskState => ({ ...s, ...linkMentions(s.normalised, lexicon) }));
  const rules = RunnableLambda.from((s: AskState): AskState => ({ ...s, choice: classify(s.rest, s.mentions) }));
  const llm = RunnableLambda.from(async (s: AskState): Promise<AskState> => {
    if (s.choice || !options.model) return s;
    return { ...s, choice: await planWithModel(options.model, s.question, lexicon, options.llmTimeoutMs) };
  });
  const fallback = RunnableLambda.from((s: AskState): AskState => (s.choice ? s : { ...s, choice: fallbackChoice(s.rest, s.normalised) }));
  const answer = RunnableLambda.from(async (s: AskState): Promise<AskAnswer> => {
    const choice = s.choice!;
    const composed = await executeChoice(store, lexicon, choice);
    const { fuzzy, ambiguous } = notes(s.mentions);
    // An empty list is a dead end worth suggestions; stats never lists items.
    const empty = composed.items.length === 0 && composed.plan.op !== 'stats';
    const unsure = Boolean(choice.unsure) || ambiguous.length > 0 || empty;
    const caveats = [...fuzzy, ...ambiguous];
    const lead = choice.unsure ? `${choice.understood}。` : '';
    const tail = caveats.length ? `（${caveats.join('；')}）` : '';
    return {
      question: s.question,
      plan: { op: composed.plan.op, params: composed.plan.params as Record<string, unknown> },
      answer: { text: `${lead}${composed.text}${tail}`, items: composed.items },
      evidence: composed.evidence,
      elements: composed.elements,
      suggestions: unsure ? suggestQuestions(s.normalised, s.mentions, lexicon, composed.items) : [],
      understood: choice.understood,
    };
  });
  return RunnableSequence.from([normalise, link, rules, llm, fallback, answer]);
}
