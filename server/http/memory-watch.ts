// The server watches its own heap and its parse queue, and refuses an upload it could not hold, before
// the process is anywhere near running out of memory.
import { getHeapStatistics } from 'node:v8';
import { AppError } from '../../graph/errors.ts';
import { parseLoad } from '../../graph/pipeline/parallel.ts';

interface MemoryWatch {
  /** Refuse when the heap in use plus the upload's expected footprint passes this share of the heap limit. */
  heapRatio: number;
  /** Main-thread heap an upload needs per byte while it is applied (its batch, the copy the store keeps, the file text). */
  bytesFactor: number;
  /** Uploads waiting for the parse worker beyond this many are refused. */
  maxQueuedParses: number;
}

/** Measured on the seed repeated to 4 MB: a 20 MB batch JSON, ~100 MB of main-thread heap while applied. */
const DEFAULT_MEMORY_WATCH: MemoryWatch = { heapRatio: 0.7, bytesFactor: 30, maxQueuedParses: 16 };

interface HeapNow { used: number; limit: number }

function heapNow(): HeapNow {
  const h = getHeapStatistics();
  return { used: h.used_heap_size, limit: h.heap_size_limit };
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Heap that uploads admitted but not yet finished will need: they have not all allocated it yet. */
let reservedBytes = 0;

/**
 * Admit an upload of `bytes`, reserving its expected footprint until the returned release is called; throws
 * OVERLOADED (503, retriable) when it should not be taken now. Counting the uploads already admitted (not only
 * the heap in use) is what stops several large uploads that arrive together from all being taken.
 */
export function admitUpload(bytes: number, watch: MemoryWatch = DEFAULT_MEMORY_WATCH, heap: HeapNow = heapNow()): () => void {
  const footprint = bytes * watch.bytesFactor;
  if (heap.used + reservedBytes + footprint > heap.limit * watch.heapRatio) {
    const busy = reservedBytes > 0 ? `，另有 ${mb(reservedBytes)} MB 留给处理中的上传 / ${mb(reservedBytes)} MB more held for uploads in progress` : '';
    throw new AppError('OVERLOADED', `服务器内存接近上限（已用 ${mb(heap.used)} MB，上限 ${mb(heap.limit)} MB${busy}），暂不接受此上传 / `
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
  reservedBytes += footprint;
  let released = false;
  return () => {
    if (!released) reservedBytes -= footprint;
    released = true;
  };
}
