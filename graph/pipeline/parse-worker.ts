// Worker thread: parses documents in the order given, each on its own as the main thread would, and
// streams each batch back, so the main thread can apply batches while the next ones are parsed.
import { parentPort, workerData } from 'node:worker_threads';
import type { RawDocument } from '../read/index.ts';
import { batchFromDocument, type IngestOptions } from './ingest.ts';

interface Job { raws: RawDocument[]; options: Pick<IngestOptions, 'userAliases' | 'jurisdiction'> & { now: string } }

const { raws, options } = workerData as Job;
const now = () => new Date(options.now);
for (const [index, raw] of raws.entries()) {
  try {
    parentPort!.postMessage({ index, batch: batchFromDocument(raw, { ...options, now }) });
  } catch (error) {
    parentPort!.postMessage({ index, error: String((error as Error)?.stack ?? error) });
  }
}
parentPort!.postMessage({ done: true });
