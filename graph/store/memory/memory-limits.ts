// How big the memory store may grow (documents, nodes, bytes of stored JSON), env-configurable, and the errors
// a write or a start-up gets when the store is full.
import { getHeapStatistics } from 'node:v8';
import { AppError } from '../../errors.ts';
import { envNumber } from '../../pipeline/budget.ts';

export interface StoreLimits {
  maxDocuments: number;
  maxNodes: number;
  /** Stored JSON (uncompressed) of all documents: the in-memory graph takes about twice this in heap. */
  maxBytes: number;
  /** Start-up stops loading documents once the heap in use passes this share of its limit. */
  loadHeapRatio: number;
}

export const LIMIT_ENV = {
  maxDocuments: 'POLICY_GRAPH_MAX_DOCUMENTS',
  maxNodes: 'POLICY_GRAPH_MAX_NODES',
  maxBytes: 'POLICY_GRAPH_MAX_BYTES',
} as const;

/** Sized from the heap: a quarter of it as stored JSON leaves room for the index, queries and an upload. */
export function defaultStoreLimits(heapLimit = getHeapStatistics().heap_size_limit): StoreLimits {
  return { maxDocuments: 100_000, maxNodes: 5_000_000, maxBytes: Math.floor(heapLimit / 4), loadHeapRatio: 0.6 };
}

export function storeLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): StoreLimits {
  const d = defaultStoreLimits();
  return {
    maxDocuments: envNumber(LIMIT_ENV.maxDocuments, d.maxDocuments, env),
    maxNodes: envNumber(LIMIT_ENV.maxNodes, d.maxNodes, env),
    maxBytes: envNumber(LIMIT_ENV.maxBytes, d.maxBytes, env),
    loadHeapRatio: d.loadHeapRatio,
  };
}

export function storeFull(what: string, limit: number, env: string): AppError {
  return new AppError('STORE_FULL', `存储已满：${what}已达上限 ${limit} / the store is full: ${what} would pass the limit of ${limit}`, {
    hint: `未写入任何内容。请删除不需要的文档，或由管理员调高 ${env} / nothing was written; delete documents you no longer need, or raise ${env}.`,
  });
}

export function readOnly(reason: string): AppError {
  return new AppError('STORE_FULL', `存储为只读：${reason} / the store is read-only: ${reason}`, {
    hint: '启动时数据超出上限，只加载了能容纳的部分。请调高上限（POLICY_GRAPH_MAX_*、--max-old-space-size）或移走部分文件后重启 / '
      + 'at start-up the data did not fit, so only part was loaded; raise the limits or move files out of the data directory, then restart.',
  });
}

export function diskFull(dir: string, cause: unknown): AppError {
  return new AppError('DISK_FULL', `磁盘空间不足，无法写入存储 / no space left on the device holding the store`, {
    source: dir, cause,
    hint: '未写入任何内容。请清理磁盘空间后重试 / nothing was written; free some disk space and retry.',
  });
}
