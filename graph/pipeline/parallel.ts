// Parse in a worker thread while the caller applies batches: the two halves of ingestion on two cores.
// The worker parses each document on its own, so the batches are exactly the sequential ones.
import { Worker } from 'node:worker_threads';
import type { GraphBatch } from '../model.ts';
import type { RawDocument } from '../read/index.ts';
import type { IngestOptions } from './ingest.ts';

/** Below this many documents a worker's start-up costs more than it saves. */
export const PARALLEL_MIN_DOCS = 24;

type Message = { index: number; batch?: GraphBatch; error?: string } | { done: true };

export async function* parseInWorker(raws: RawDocument[], options: IngestOptions): AsyncGenerator<GraphBatch> {
  // A plain .mjs entry that registers tsx in the worker thread, as bin.mjs does for the main one.
  const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), {
    workerData: {
      raws,
      options: { userAliases: options.userAliases, jurisdiction: options.jurisdiction, now: (options.now?.() ?? new Date()).toISOString() },
    },
  });
  const queue: Message[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on('message', (m: Message) => { queue.push(m); wake?.(); });
  worker.on('error', (e) => { failure = e; wake?.(); });
  worker.on('exit', (code) => { if (code !== 0) failure ??= new Error(`parse worker exited with ${code}`); wake?.(); });
  try {
    for (;;) {
      while (queue.length === 0 && !failure) await new Promise<void>((r) => { wake = r; });
      wake = null;
      if (queue.length === 0 && failure) throw failure;
      const m = queue.shift()!;
      if ('done' in m) return;
      if (m.error) throw new Error(`parsing ${raws[m.index].source} failed: ${m.error}`);
      yield m.batch!;
    }
  } finally {
    await worker.terminate();
  }
}
