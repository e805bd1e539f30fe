// The server watches its own heap and its parse queue, and refuses an upload it could not hold, before
// the process is anywhere near running out of memory.
import { getHeapStatistics } from 'node:v8';
import { AppError } from '../../graph/errors.ts';
import { parseLoad } from '../../graph/pipeline/parallel.ts';

export interface MemoryWatch {
  /** Refuse when the heap in use plus the upload's expected footprint passes this share of the heap limit. */
  heapRatio: number;
  /** Main-thread heap an upload needs per byte while it is applied (its batch, the copy the store keeps, the file text). */
  bytesFactor: number;
  /** Uploads waiting for the parse worker beyond this many are refused. */
  maxQueuedParses: number;
}

/** Measured on the seed repeated to 4 MB: a 20 MB batch JSON, ~100 MB of main-thread heap while applied. */
export const DEFAULT_MEMORY_WATCH: MemoryWatch = { heapRatio: 0.7, bytesFactor: 30, maxQueuedParses: 16 };

export interface HeapNow { used: number; limit: number }

export function heapNow(): HeapNow {
  const h = getHeapStatistics();
  return { used: h.used_heap_size, limit: h.heap_size_limit };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Throws OVERLOADED (503, retriable) when an upload of `bytes` should not be taken now. */
export function admitUpload(bytes: number, watch: MemoryWatch = DEFAULT_MEMORY_WATCH, heap: HeapNow = heapNow()): void {
  const projected = heap.used + bytes * watch.bytesFactor;
  if (projected > heap.limit * watch.heapRatio) {
    throw new AppError('OVERLOADED', `服务器内存接近上限（已用 ${mb(heap.used)} MB，上限 ${mb(heap.limit)} MB），暂不接受此上传 / `
      + `the server is near its memory limit (${mb(heap.used)} of ${mb(heap.limit)} MB in use) and cannot take this upload now`, {
      retriable: true,
      hint: '请稍后重试，或上传较小的文档；管理员可用 --max-old-space-size 提高上限 / retry later or upload a smaller document; an operator can raise --max-old-space-size.',
    });
  }
  if (parseLoad() >= watch.maxQueuedParses) {
    throw new AppError('OVERLOADED', `正在解析的上传过多（${parseLoad()} 个排队）/ too many uploads are being parsed (${parseLoad()} queued)`, {
      retriable: true, hint: '请稍后重试 / retry in a little while.',
    });
  }
}
