// Per-document parse budgets: time, nodes, edges, warnings and the parse worker's heap, each env-configurable.
import { AppError } from '../errors.ts';
import type { GraphBatch } from '../model.ts';

export interface ParseBudget {
  /** Wall time one document may take to read and parse; the worker is terminated past it. */
  timeMs: number;
  nodes: number;
  edges: number;
  warnings: number;
  /** Old-generation heap of the parse worker: a document that needs more ends the worker, not the server. */
  workerHeapMb: number;
}

/**
 * Sized so a realistic 20 MB plan fits (measured: ~52k nodes, ~240k edges, ~11k warnings, ~35 s on a busy
 * 2-core machine, ~500 MB of worker heap) with room to spare, while a document built to explode does not.
 */
export const DEFAULT_PARSE_BUDGET: ParseBudget = {
  timeMs: 120_000,
  nodes: 250_000,
  edges: 1_000_000,
  warnings: 50_000,
  workerHeapMb: 2048,
};

const ENV: Record<keyof ParseBudget, string> = {
  timeMs: 'POLICY_GRAPH_PARSE_TIME_MS',
  nodes: 'POLICY_GRAPH_MAX_DOC_NODES',
  edges: 'POLICY_GRAPH_MAX_DOC_EDGES',
  warnings: 'POLICY_GRAPH_MAX_DOC_WARNINGS',
  workerHeapMb: 'POLICY_GRAPH_PARSE_HEAP_MB',
};

/** A positive number from the environment, or a clear error naming the variable. */
export function envNumber(name: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new AppError('BAD_INPUT', `环境变量 ${name} 必须是正数 / ${name} must be a positive number, got "${raw}"`, {
      hint: `删除 ${name} 以使用默认值 ${fallback} / unset it to use the default ${fallback}.`,
    });
  }
  return value;
}

export function parseBudgetFromEnv(env: NodeJS.ProcessEnv = process.env): ParseBudget {
  const out = { ...DEFAULT_PARSE_BUDGET };
  for (const key of Object.keys(ENV) as (keyof ParseBudget)[]) out[key] = envNumber(ENV[key], DEFAULT_PARSE_BUDGET[key], env);
  return out;
}

function overBudget(source: string, what: string, limit: string, envName: string): AppError {
  return new AppError('OVER_BUDGET', `文档超出解析预算：${what}（上限 ${limit}）/ the document exceeds the parse budget: ${what} (limit ${limit})`, {
    source,
    hint: `未写入任何内容。请拆分文档，或由管理员调高 ${envName} / nothing was written; split the document, or raise ${envName}.`,
  });
}

/** The first budget a parsed batch exceeds, or null. */
export function checkBatch(batch: GraphBatch, source: string, budget: ParseBudget): AppError | null {
  const counts: [keyof ParseBudget, number, string][] = [
    ['nodes', batch.nodes.length, '节点数 / nodes'],
    ['edges', batch.edges.length, '关系数 / edges'],
    ['warnings', batch.warnings.length, '警告数 / warnings'],
  ];
  for (const [key, count, what] of counts) {
    if (count > budget[key]) return overBudget(source, `${what} ${count}`, String(budget[key]), ENV[key]);
  }
  return null;
}

export function timeBudgetError(source: string, budget: ParseBudget): AppError {
  return overBudget(source, `解析时间 / parse time > ${budget.timeMs} ms`, `${budget.timeMs} ms`, ENV.timeMs);
}

export function heapBudgetError(source: string, budget: ParseBudget): AppError {
  return overBudget(source, `解析内存 / parse memory > ${budget.workerHeapMb} MB`, `${budget.workerHeapMb} MB`, ENV.workerHeapMb);
}
