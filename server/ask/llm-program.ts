// The chat model writes a program of the typed query language for a question, with the rules' plan as a hint.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { isAppError } from '../../graph/errors.ts';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { planSchema, RELATIONS } from '../../graph/query/schema.ts';
import { EDGE_RULES } from '../../graph/store/batch/batch-schema.ts';
import { withTimeout } from '../http/limits.ts';
import type { Lexicon } from './lexicon.ts';
import { linkMentions } from './link.ts';
import type { AskAnswer } from './types.ts';

/** Names listed per kind, so the prompt stays the same size whatever the graph's. */
const PROMPT_NAMES = 150;
const PROMPT_DOCUMENTS = 30;

/**
 * The language's own schema as JSON Schema, read as input: steps may leave out fields that have defaults,
 * as the examples do. `plan` may be null, so a model forced to answer in this shape can still decline a
 * question that is not about the plans. The program is checked by the language's validator, not by this.
 */
const replySchema = z.object({
  plan: planSchema.nullable().describe('the program; null when the question is not about the loaded policy plans (a poem, the weather)'),
});
const { $schema: _dialect, ...replyJson } = z.toJSONSchema(replySchema, { io: 'input' }) as Record<string, unknown>;
const REPLY_JSON_SCHEMA = {
  ...replyJson,
  title: 'plan',
  description: 'A read-only program of the policy graph query language that answers the question',
};

type ModelReply = { ok: true; program: unknown } | { ok: false; reason: 'timeout' | 'error' | 'invalid' | 'declined'; detail: string };

const RELATION_LINES = RELATIONS.map((rel) => {
  if (rel === 'DUTY') return '- DUTY: any of LEADS (牵头) / SUPPORTS (配合) / RESPONSIBLE_FOR (负责); narrow with roles lead/support/responsible';
  const rule = EDGE_RULES[rel];
  return `- ${rel}: (${rule.source.join('|')})-[${rel}]->(${rule.target.join('|')})`;
});

function namesOf(lexicon: Lexicon): string[] {
  const units = lexicon.units.slice(0, PROMPT_NAMES).map((u) => u.name).join('、');
  const entities = lexicon.entities.slice(0, PROMPT_NAMES).map((e) => `${e.name}(${e.label})`).join('、');
  const documents: string[] = [];
  for (const node of lexicon.nodes.values()) {
    if (node.label !== 'Document') continue;
    documents.push(`${node.id}《${node.name}》`);
    if (documents.length >= PROMPT_DOCUMENTS) break;
  }
  return [`Units (use these exact names): ${units}`, `Places, industries, corridors, projects: ${entities}`, `Documents (id《title》): ${documents.join('、')}`];
}

const prompts = new WeakMap<Lexicon, string>();

/** The system prompt: the language, its examples and the graph's names; built once per graph version. */
function programPrompt(lexicon: Lexicon): string {
  const cached = prompts.get(lexicon);
  if (cached) return cached;
  const prompt = [
    'You turn a question about Chinese government policy plans into ONE program of the typed query language below, answering {"plan": <program>}.',
    'When the question is not about the loaded plans (a poem, the weather, a stock price), answer {"plan": null}.',
    'A program is a pipeline of steps: find (by name, label, text, document, section) → follow (a relation) → filter → as/use/combine → count/group/rank/compare → return.',
    'The language can only read the graph. Use the graph\'s names exactly as listed; for a question that names nothing, start with find by text.',
    'Relations (direction "out" follows the arrow):',
    ...RELATION_LINES,
    'Examples (question → program):',
    ...PLAN_EXAMPLES.map((e) => `- ${e.question} → ${JSON.stringify({ plan: e.plan })}`),
    ...namesOf(lexicon),
    'The user message gives the rule-based planner\'s reading of the question as a hint: use it when it fits, correct it when it does not.',
  ].join('\n');
  prompts.set(lexicon, prompt);
  return prompt;
}

/** The graph's names for what the question mentions: the bounded lists above may not hold them in a large graph. */
function mentioned(question: string, lexicon: Lexicon): string {
  const targets = linkMentions(question.toLowerCase(), lexicon).mentions.flatMap((m) => m.targets);
  return [...new Set(targets.map((t) => `${t.name}(${t.label})`))].slice(0, PROMPT_NAMES).join('、');
}

/** The question, the graph's names it mentions, and the rules' plan for it as JSON the model can copy from. */
function hintMessage(question: string, lexicon: Lexicon, rules: AskAnswer): string {
  const hint = { plan: rules.plan, understood: rules.understood, items: rules.answer.items.length };
  return [
    `问题 / question: ${question}`,
    `问题提到的名称 / names in the question: ${mentioned(question, lexicon) || '（无 / none）'}`,
    `规则的解读（提示）/ the rules' reading (hint): ${JSON.stringify(hint)}`,
  ].join('\n');
}

function failure(error: unknown): ModelReply {
  const detail = error instanceof Error ? error.message : String(error);
  const timedOut = (isAppError(error) && error.code === 'QUERY_TIMEOUT') || /abort|timed? ?out/iu.test(detail);
  const unreadable = error instanceof SyntaxError || (error instanceof Error && error.name === 'OutputParserException');
  return { ok: false, reason: timedOut ? 'timeout' : unreadable ? 'invalid' : 'error', detail: detail.slice(0, 200) };
}

/** Ask the model for a program; a failure says whether it timed out, failed, or answered with no usable program. */
export async function requestProgram(model: BaseChatModel, question: string, lexicon: Lexicon, rules: AskAnswer, timeoutMs: number): Promise<ModelReply> {
  try {
    const structured = model.withStructuredOutput(REPLY_JSON_SCHEMA, { name: 'plan', includeRaw: true });
    const messages = [new SystemMessage(programPrompt(lexicon)), new HumanMessage(hintMessage(question, lexicon, rules))];
    const reply = await withTimeout(structured.invoke(messages, { timeout: timeoutMs }), timeoutMs);
    // Chat models that ignore includeRaw (the test fakes) return the parsed program itself.
    const { parsed, parsingError } = (reply && typeof reply === 'object' && 'raw' in reply ? reply : { parsed: reply }) as { parsed: unknown; parsingError?: unknown };
    if (parsingError || parsed === null || typeof parsed !== 'object') {
      return { ok: false, reason: 'invalid', detail: parsingError instanceof Error ? parsingError.message.slice(0, 200) : 'no program in the reply' };
    }
    // A bare program (no envelope) is taken as well: some models drop the outer object.
    if (!('plan' in parsed)) return { ok: true, program: parsed };
    const { plan } = parsed as { plan: unknown };
    return plan === null ? { ok: false, reason: 'declined', detail: 'the model says the question is not about the plans' } : { ok: true, program: plan };
  } catch (error) {
    return failure(error);
  }
}
