// Worker thread: one long-lived parser. Each job is a list of documents (already read, or an upload's bytes to
// read here too), parsed in order, each on its own as the main thread would; each batch streams back as it is
// done, so the main thread applies one while the next is parsed. Budgets on counts are checked here; time and
// heap are enforced from outside (the main thread terminates the worker; resourceLimits caps its heap).
// For a store that takes prepared batches, validation, hashing and the file's encoding happen here too, and a large
// batch goes back in slices, one per turn of the main thread's event loop: the server keeps answering meanwhile.
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.ts';
import type { GraphBatch } from '../model.ts';
import type { RawDocument } from '../read/index.ts';
import { readDocumentBuffer } from '../read/index.ts';
import { prepareBatch } from '../store/batch/prepared-batch.ts';
import { encodeDocumentFile } from '../store/memory/memory-file-format.ts';
import { checkBatch } from './budget.ts';
import { batchFromDocument } from './ingest.ts';
import { sourceName } from './source-name.ts';
import { BALANCE_QUEUE, type BatchPart, type PartAck, type ParsedHead, type Preparation, type WorkerError, type WorkerJob, type WorkerMessage } from './parallel.ts';

/** Nodes, edges and warnings per slice: each is received in one block of the main thread (at 4000, under load, such
 * blocks reached ~370 ms in test/bench/commit-blocks.ts). */
const PART_ITEMS = 1000;

let acked: (() => void) | null = null;

function toWorkerError(error: unknown): WorkerError {
  if (isAppError(error)) return { code: error.code, message: error.message, hint: error.hint, source: error.source };
  return { message: String((error as Error)?.stack ?? error) };
}

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort!.postMessage(message, transfer);
}

/** Items [from, to) of the batch's nodes, then edges, then warnings, taken as one run. */
function slice(batch: GraphBatch, from: number, to: number): BatchPart {
  const take = <T>(items: T[], offset: number) => items.slice(Math.max(0, from - offset), Math.max(0, to - offset));
  const edgesAt = batch.nodes.length;
  const warningsAt = edgesAt + batch.edges.length;
  return { nodes: take(batch.nodes, 0), edges: take(batch.edges, edgesAt), warnings: take(batch.warnings, warningsAt) };
}

/** Send the batch: slices first (each acknowledged), the last slice with the head and preparation. */
async function send(job: WorkerJob, index: number, batch: GraphBatch, raw: ParsedHead, prepared?: Preparation): Promise<void> {
  const total = batch.nodes.length + batch.edges.length + batch.warnings.length;
  let from = 0;
  for (; total - from > PART_ITEMS; from += PART_ITEMS) {
    const ack = new Promise<void>((resolve) => { acked = resolve; });
    post({ job: job.id, index, part: slice(batch, from, from + PART_ITEMS) });
    await ack;
  }
  const last = { docId: batch.docId, ...slice(batch, from, total) };
  const bytes = prepared?.file?.bytes;
  post({ job: job.id, index, batch: last, raw, prepared }, bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? [bytes.buffer as ArrayBuffer] : []);
}

/** Whether the main thread is behind with batches sent so far (`index` of them): then this thread prepares the next. */
function behind(job: WorkerJob, index: number): boolean {
  return !job.taken || index - Atomics.load(job.taken, 0) >= BALANCE_QUEUE;
}

async function run(job: WorkerJob): Promise<void> {
  const now = () => new Date(job.options.now);
  for (const [index, input] of job.inputs.entries()) {
    post({ job: job.id, index, started: true });
    try {
      const raw: RawDocument = 'text' in input ? input : await readDocumentBuffer(input.bytes, input.name);
      const batch = batchFromDocument(raw, { ...job.options, now });
      const over = checkBatch(batch, raw.source, job.budget);
      if (over) throw over;
      // An upload's name is shown back to its sender and in logs: capped like the recorded one.
      const source = 'text' in input ? raw.source : sourceName(raw.source);
      const head = { source, sha256: raw.sha256, title: raw.title };
      if (!job.prepare || !behind(job, index)) {
        await send(job, index, batch, head);
        continue;
      }
      const { batch: valid, ...prepared } = prepareBatch(batch, job.prepare.file ? encodeDocumentFile : undefined);
      await send(job, index, valid, head, prepared);
    } catch (error) {
      post({ job: job.id, index, error: toWorkerError(error) });
    }
  }
  post({ job: job.id, done: true });
}

// Jobs run one after another: the main thread sends the next only when this one is done.
parentPort!.on('message', (m: WorkerJob | PartAck) => {
  if ('ack' in m) acked?.();
  else void run(m);
});
