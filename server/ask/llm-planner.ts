// The optional LLM planner: questions the rules cannot place go to a chat model that may only pick a catalogue query.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { CATALOGUE, QUERY_NAMES, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { withTimeout } from '../http/limits.ts';
import type { Lexicon } from './lexicon.ts';
import { linkMentions } from './link.ts';
import { planEnvelopeSchema } from './plan-schema.ts';
import type { AskPlan, Focus, PlanChoice } from './types.ts';

export const LLM_TIMEOUT_MS = 20_000;
/** Names listed in the prompt so the model uses the graph's spelling. */
const PROMPT_NAMES = 150;

const FOCUS_OF: Partial<Record<QueryName, Focus>> = {
  unitTasks: { show: 'tasks' }, sharedTasks: { show: 'tasks' }, entityTasks: { show: 'tasks' }, search: { show: 'tasks' },
  unitPartners: { show: 'units' }, overlaps: { show: 'units' }, workload: { show: 'units' }, entityUnits: { show: 'units' },
  communities: { show: 'units' }, targets: { show: 'targets' }, accountabilityGaps: { show: 'tasks', gap: 'noLead' },
};

export function plannerPrompt(lexicon: Lexicon): string {
  const queries = QUERY_NAMES.map((n) => {
    const d = CATALOGUE[n];
    const ex = d.examples[0];
    return `- ${n}: ${d.summary.zh} / ${d.description.en}${ex ? ` e.g. 「${ex.question}」 → ${JSON.stringify(ex.input)}` : ''}`;
  });
  const units = lexicon.units.slice(0, PROMPT_NAMES).map((u) => u.name).join('、');
  const entities = lexicon.entities.slice(0, PROMPT_NAMES).map((e) => `${e.name}(${e.label})`).join('、');
  return [
    'You turn a question about a Chinese government policy plan into ONE query of this catalogue. Answer only with the plan.',
    ...queries,
    `Units in the graph (use these exact names): ${units}`,
    `Entities in the graph: ${entities}`,
  ].join('\n');
}

/** Replace a name the model wrote (发改委) by the graph's own name, when it links to exactly one thing. */
function canonical(value: unknown, lexicon: Lexicon, want: 'name' | 'id'): unknown {
  if (typeof value !== 'string') return value;
  const { mentions } = linkMentions(value.toLowerCase(), lexicon);
  const whole = mentions.length === 1 && mentions[0].end - mentions[0].start >= value.length - 1 && mentions[0].targets.length === 1;
  return whole ? mentions[0].targets[0][want] : value;
}

function canonicalParams(op: QueryName, params: Record<string, unknown>, lexicon: Lexicon): Record<string, unknown> {
  const out = { ...params };
  for (const key of ['unit', 'a', 'b', 'name']) if (key in out) out[key] = canonical(out[key], lexicon, 'name');
  if (op === 'neighborhood') out.id = canonical(out.id, lexicon, 'id');
  return out;
}

/** The model's plan, or null when it fails, times out or answers outside the catalogue (the rules then take over). */
export async function planWithModel(model: BaseChatModel, question: string, lexicon: Lexicon, timeoutMs = LLM_TIMEOUT_MS): Promise<PlanChoice | null> {
  try {
    const structured = model.withStructuredOutput(planEnvelopeSchema, { name: 'plan' });
    const raw = await withTimeout(structured.invoke([new SystemMessage(plannerPrompt(lexicon)), new HumanMessage(question)], { timeout: timeoutMs }), timeoutMs);
    const parsed = planEnvelopeSchema.safeParse(raw);
    if (!parsed.success) return null;
    const op = parsed.data.plan.op;
    const params = canonicalParams(op, parsed.data.plan.params as Record<string, unknown>, lexicon);
    const checked = CATALOGUE[op].input.safeParse(params);
    if (!checked.success) return null;
    const plan = { op, params } as AskPlan;
    return { plan, focus: FOCUS_OF[op] ?? {}, understood: `模型理解为：${CATALOGUE[op].summary.zh}（${JSON.stringify(params)}）`, source: 'llm' };
  } catch {
    return null;
  }
}
