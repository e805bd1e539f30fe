// The response of POST /api/ask, defined once: the server's type, the OpenAPI document and the UI's type derive from it.
import { z } from 'zod';
import { evidenceSchema, nodeLabelSchema } from '../../graph/catalogue/schemas.ts';

const answerItemSchema = z.object({ id: z.string(), label: nodeLabelSchema, name: z.string() });

const cyElementSchema = z.object({
  data: z.object({
    id: z.string(), label: z.string(), name: z.string(),
    source: z.string().optional(), target: z.string().optional(), type: z.string().optional(),
  }),
});

/** Why the rules answered although a model was asked (the LLM planner's fallback). */
export const LLM_FALLBACKS = ['timeout', 'error', 'invalid', 'declined', 'unknown-name', 'empty'] as const;

export const askAnswerSchema = z.object({
  question: z.string(),
  /** `op` names the plan (a catalogue query, or a reading such as chain / compareUnits / decline); `params` its inputs. */
  plan: z.object({ op: z.string(), params: z.record(z.string(), z.unknown()) }),
  /** `total`: how many items were found, when more than the listed ones (an answer lists at most 100, best first). */
  answer: z.object({ text: z.string(), items: z.array(answerItemSchema), total: z.number().int().optional() }),
  evidence: z.array(evidenceSchema),
  elements: z.array(cyElementSchema),
  /** Closest questions it can answer well; empty when it was sure. */
  suggestions: z.array(z.string()),
  /** One Chinese line: what the question was taken to mean (我理解为：…). */
  understood: z.string(),
  /** Which planner answered: the rules, or the optional LLM's program (`fallback`: why the rules answered instead). */
  planner: z.object({ by: z.enum(['rules', 'llm']), fallback: z.enum(LLM_FALLBACKS).optional() }).optional(),
});

export type AskAnswer = z.infer<typeof askAnswerSchema>;
export type AnswerItem = z.infer<typeof answerItemSchema>;
export type CyElement = z.infer<typeof cyElementSchema>;
