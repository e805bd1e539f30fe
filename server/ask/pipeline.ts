// The ask pipeline as small LangChain runnables: normalise → read (scope, names, decline, readers) → rules → fallback → answer → (LLM).
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { Runnable, RunnableSequence } from '@langchain/core/runnables';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import type { TaskIndex } from '../search/task-index.ts';
import { totalOf } from './compose-common.ts';
import { executeChoice } from './execute.ts';
import type { Lexicon } from './lexicon.ts';
import type { Mention } from './link.ts';
import { classify, fallbackChoice } from './intent.ts';
import { answerWithModel, rulesAnswered } from './llm-planner.ts';
import { normaliseQuestion } from './normalise.ts';
import { declineText } from './reader/decline.ts';
import { englishToChinese, isEnglish } from './reader/english.ts';
import { readQuestion, type Read } from './reader/index.ts';
import type { GraphView } from './reader/view.ts';
import type { AlignmentData } from './reader/alignment-data.ts';
import { suggestQuestions } from './suggest.ts';
import type { AskAnswer, AskState } from './types.ts';

export interface PipelineOptions {
  /** A chat model that writes a program for every question (the rules' answer its hint and fallback); null or absent: rules only. */
  model?: BaseChatModel | null;
  llmTimeoutMs?: number;
}

/** What the reader needs besides the lexicon: the graph walked both ways and the BM25 index. */
export interface ReaderData {
  view: GraphView;
  index: TaskIndex;
  /** Aligned plans and yearly comparisons, when the question may be a cross-level one. */
  alignment?: AlignmentData | null;
}

/**
 * One step of the pipeline: a plain function as a Runnable. A RunnableLambda opens a tracing context (a langsmith
 * RunTree, environment lookups) on every call, about a tenth of a question's time at 1,000 documents; these steps run
 * inside the sequence's own context instead.
 */
class AskStep<I, O> extends Runnable<I, O> {
  lc_namespace = ['policy_graph', 'ask'];

  constructor(private readonly fn: (input: I) => O | Promise<O>) {
    super();
  }

  async invoke(input: I): Promise<O> {
    return this.fn(input);
  }

  static from<I, O>(fn: (input: I) => O | Promise<O>): AskStep<I, O> {
    return new AskStep(fn);
  }
}

type State = AskState & { read?: Read; direct?: AskAnswer | null };

function notes(mentions: Mention[]): { fuzzy: string[]; ambiguous: string[] } {
  const fuzzy = mentions.filter((m) => (m.method === 'fuzzy' || m.method === 'partial') && m.targets.length === 1)
    .map((m) => `把「${m.surface}」理解为${m.method === 'partial' ? '任务' : ''}「${m.targets[0].name}」`);
  const ambiguous = mentions.filter((m) => new Set(m.targets.map((t) => t.name)).size > 1)
    .map((m) => `「${m.surface}」可能指${m.targets.map((t) => `「${t.name}」`).join('或')}，这里按「${m.targets[0].name}」回答`);
  return { fuzzy, ambiguous };
}

/** A reader's answer, or a polite decline: neither goes through the catalogue rules. */
function direct(s: State, lexicon: Lexicon): AskAnswer | null {
  const read = s.read!;
  if (read.decline) {
    return {
      question: s.question, plan: { op: 'decline', params: { kind: read.decline.kind } },
      answer: { text: declineText(read.decline), items: [] }, evidence: [], elements: [],
      suggestions: suggestQuestions(s.normalised, [], lexicon), understood: `我理解为：这个问题（${read.decline.kind}）与已导入的文件无关`,
    };
  }
  const r = read.reading;
  if (!r) return null;
  // A word the reading took as written was not read as the name it was linked to: no note says it was.
  const asWritten = r.asWritten ?? [];
  const { fuzzy, ambiguous } = notes(read.linked.mentions.filter((m) => !asWritten.some((w) => m.surface.includes(w) || w.includes(m.surface))));
  const caveats = [...fuzzy, ...ambiguous];
  const tail = caveats.length ? `（${caveats.join('；')}）` : '';
  return {
    question: s.question, plan: { op: r.op, params: r.params },
    answer: { text: `${r.composed.text}${tail}（${r.understood}）`, items: r.composed.items, ...totalOf(r.composed) },
    evidence: r.composed.evidence, elements: r.composed.elements,
    suggestions: r.composed.items.length === 0 || ambiguous.length ? suggestQuestions(s.normalised, read.linked.mentions, lexicon) : [],
    understood: r.understood,
  };
}

export function buildAskPipeline(store: GraphStore, lexicon: Lexicon, data: ReaderData, options: PipelineOptions = {}) {
  const normalise = AskStep.from((question: string): State => {
    const normalised = normaliseQuestion(question);
    return { question, normalised: isEnglish(normalised) ? englishToChinese(normalised, lexicon.places) : normalised, mentions: [], rest: '' };
  });
  // The reader's answer is composed once here; later steps only look whether there is one.
  const read = AskStep.from((s: State): State => {
    const r = readQuestion(s.normalised, data.view, lexicon, data.index, data.alignment ?? null);
    const next: State = { ...s, read: r, mentions: r.linked.mentions, rest: r.linked.rest };
    return { ...next, direct: direct(next, lexicon) };
  });
  const rules = AskStep.from((s: State): State => ({ ...s, choice: s.direct ? null : classify(s.rest, s.mentions) }));
  const fallback = AskStep.from((s: State): State => (s.choice || s.direct ? s : { ...s, choice: fallbackChoice(s.rest, s.normalised) }));
  const answer = AskStep.from(async (s: State): Promise<AskAnswer> => {
    if (s.direct) return s.direct;
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
      answer: { text: `${lead}${composed.text}${tail}`, items: composed.items, ...totalOf(composed) },
      evidence: composed.evidence,
      elements: composed.elements,
      suggestions: unsure ? suggestQuestions(s.normalised, s.mentions, lexicon, composed.items) : [],
      understood: choice.understood,
    };
  });
  const { model, llmTimeoutMs } = options;
  const llm = AskStep.from((a: AskAnswer) => (model ? answerWithModel({ store, lexicon, model, timeoutMs: llmTimeoutMs }, a) : rulesAnswered(a)));
  return RunnableSequence.from([normalise, read, rules, fallback, answer, llm]);
}
