// Questions in plain Chinese (or English): askQuestion runs the pipeline over a store, formatAnswer prints it.
import { AppError } from '../../graph/errors.ts';
import { cachedAnswer } from './answer-cache.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { DEFAULT_LIMITS } from '../http/limits.ts';
import { lexiconFor } from './lexicon.ts';
import { envChatModel } from './llm-env.ts';
import { normaliseQuestion } from './normalise.ts';
import { buildAskPipeline, type PipelineOptions } from './pipeline.ts';
import { viewFor } from './reader/view.ts';
import { alignmentFor, ASKS_ALIGNMENT } from './reader/alignment-data.ts';
import { taskIndexFor } from '../search/task-index.ts';
import { loadTokenizer } from '../search/tokenizer.ts';
import { storeFingerprint } from '../store-cache.ts';
import { warmViewGrams } from './view-grams.ts';
import { warmViewSets } from './reader/view-sets.ts';
import type { AskAnswer } from './types.ts';

export type { AskAnswer, AnswerItem, CyElement } from './types.ts';

export interface AskOptions extends PipelineOptions {
  /** Longest question accepted (default 500 characters). */
  maxChars?: number;
  /** Reuse the rules' answer to a question asked again on the same graph (default true); benches timing the work pass false. */
  cache?: boolean;
}

export async function askQuestion(store: GraphStore, question: string, options: AskOptions = {}): Promise<AskAnswer> {
  const maxChars = options.maxChars ?? DEFAULT_LIMITS.questionChars;
  if (!question.trim()) throw new AppError('BAD_INPUT', '问题不能为空 / the question is empty', { hint: '例如 / e.g.: 区水利局牵头哪些任务？' });
  if (question.length > maxChars) {
    throw new AppError('BAD_INPUT', `问题过长（${question.length} 字，上限 ${maxChars}）/ the question is too long (${question.length} > ${maxChars} characters)`, {
      hint: '请只问一个问题 / ask one short question at a time.',
      issues: [{ path: ['question'], code: 'too_big', message: `at most ${maxChars} characters` }],
    });
  }
  if (!normaliseQuestion(question)) throw new AppError('BAD_INPUT', '问题里没有文字 / the question has no words', { hint: '例如 / e.g.: 区水利局牵头哪些任务？' });
  const model = options.model === undefined ? await envChatModel() : options.model;
  // Read once per question: each index below would read it again (a store call each, through the server's timeout).
  const fingerprint = await storeFingerprint(store);
  // A model may answer differently each time; the rules answer the same until the graph changes.
  if (model || options.cache === false) return answerQuestion(store, fingerprint, question, { ...options, model });
  return cachedAnswer(store, fingerprint, question, () => answerQuestion(store, fingerprint, question, { ...options, model: null }));
}

async function answerQuestion(store: GraphStore, fingerprint: string, question: string, options: AskOptions): Promise<AskAnswer> {
  const [lexicon, view, index, alignment] = await Promise.all([lexiconFor(store, fingerprint), viewFor(store, fingerprint),
    taskIndexFor(store, fingerprint), ASKS_ALIGNMENT.test(question) ? alignmentFor(store, fingerprint) : null]);
  return buildAskPipeline(store, lexicon, { view, index, alignment }, options).invoke(question);
}

/**
 * Everything ask reads per graph version, built before any question needs it (at start, after a write): the lexicon,
 * the reader's view, its text pairs and per-version sets, BM25 to its last slice, and the alignment of the plans.
 */
export async function warmAsk(store: GraphStore): Promise<void> {
  // Before the first await: createApp calls this before the server listens.
  loadTokenizer();
  // One piece at a time, each built in turns of a few ms (graph/slices.ts): each is a whole-graph pass, seconds long on
  // a 20 MB plan, and health checks and reads must get in between.
  await lexiconFor(store);
  const view = await viewFor(store);
  await warmViewGrams(view);
  await warmViewSets(view);
  await (await taskIndexFor(store)).complete();
  await alignmentFor(store);
}

const LABEL_ZH: Record<string, string> = {
  Document: '文件', Section: '章节', Task: '任务', Unit: '单位', Place: '地点', Industry: '产业', Corridor: '走廊', Project: '项目', Target: '目标',
};
const LISTED_ITEMS = 20;
const LISTED_EVIDENCE = 5;

/** Plain text for a terminal: the answer, its items, a few evidence sentences, suggestions. */
export function formatAnswer(a: AskAnswer): string {
  const lines = [a.answer.text];
  if (a.answer.items.length) {
    lines.push('', ...a.answer.items.slice(0, LISTED_ITEMS).map((it, i) => `  ${i + 1}. ${it.name}（${LABEL_ZH[it.label] ?? it.label}）`));
    if (a.answer.items.length > LISTED_ITEMS) lines.push(`  … 共 ${a.answer.items.length} 项`);
  }
  if (a.evidence.length) {
    lines.push('', '依据 / evidence:');
    for (const ev of a.evidence.slice(0, LISTED_EVIDENCE)) lines.push(`  「${ev.text.replace(/\s+/g, ' ').slice(0, 120)}」 @${ev.start}-${ev.end}`);
  }
  if (a.suggestions.length) lines.push('', '您可以这样问 / try:', ...a.suggestions.map((s) => `  - ${s}`));
  lines.push('', `(${a.plan.op} ${JSON.stringify(a.plan.params)})`);
  return lines.join('\n');
}
