// The one entry point of the query language: validate a plan, resolve its text searches, run it on the store, shape the answer.
import { AppError } from '../errors.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { Program, ProgramStep } from './program.ts';
import { PLAN_LIMITS, type Plan, type PlanResult, type Step } from './schema.ts';
import { shapeResult } from './shape.ts';
import { parsePlan } from './validate.ts';

export interface TextHit {
  id: string;
  score: number;
}

/** Full-text relevance over tasks and sections (BM25 in the server); the same hits go to every store. */
export type TextRanker = (text: string, labels: Array<'Task' | 'Section'> | undefined, limit: number) => Promise<TextHit[]>;

export interface RunPlanOptions {
  rankText?: TextRanker;
  timeoutMs?: number;
  /** Items one step may produce (default PLAN_LIMITS.setSize). */
  maxSet?: number;
}

export interface PlanAnswer {
  plan: Plan;
  result: PlanResult;
}

async function resolve(step: Step, rankText: TextRanker | undefined): Promise<ProgramStep> {
  if (step.op === 'return') throw new Error('run.ts: return steps are desugared by parsePlan');
  if (step.op !== 'find' || step.by !== 'text') return step;
  if (!rankText) {
    throw new AppError('BAD_INPUT', '此处不支持按文本查找 / find by text is not available here', { hint: 'Use find by name or label, or the HTTP API.' });
  }
  const hits = await rankText(step.text, step.labels, step.limit);
  return { op: 'hits', hits: hits.slice(0, step.limit).map((h) => ({ id: h.id, score: h.score })) };
}

/** Run a plan (any JSON; invalid plans throw AppError BAD_INPUT) on a store, bounded by PLAN_LIMITS. */
export async function runPlan(store: GraphStore, input: unknown, options: RunPlanOptions = {}): Promise<PlanAnswer> {
  const { plan, steps, limit } = parsePlan(input);
  const timeoutMs = options.timeoutMs ?? PLAN_LIMITS.timeMs;
  const resolved: ProgramStep[] = [];
  for (const step of steps) resolved.push(await resolve(step, options.rankText));
  // The clock starts on the graph work: the first text search also builds the (cached) BM25 index.
  const started = Date.now();
  const program: Program = { steps: resolved, maxSet: options.maxSet ?? PLAN_LIMITS.setSize, deadline: started + timeoutMs, timeoutMs, limit };
  const raw = await store.runProgram(program);
  return { plan, result: shapeResult(raw, limit) };
}
