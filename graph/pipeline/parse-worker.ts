// Worker thread: one long-lived parser. Each job is a list of documents (already read, or an upload's bytes to
// read here too), parsed in order, each on its own as the main thread would; each batch streams back as it is
// done, so the main thread applies one while the next is parsed. Budgets on counts are checked here; time and
// heap are enforced from outside (the main thread terminates the worker; resourceLimits caps its heap).
import { parentPort } from 'node:worker_threads';
import { isAppError } from '../errors.ts';
import type { RawDocument } from '../read/index.ts';
import { readDocumentBuffer } from '../read/index.ts';
import { checkBatch } from './budget.ts';
import { batchFromDocument } from './ingest.ts';
import { sourceName } from './source-name.ts';
import type { WorkerError, WorkerJob, WorkerMessage } from './parallel.ts';

function toWorkerError(error: unknown): WorkerError {
  if (isAppError(error)) return { code: error.code, message: error.message, hint: error.hint, source: error.source };
  return { message: String((error as Error)?.stack ?? error) };
}

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message);
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
      post({ job: job.id, index, batch, raw: { source, sha256: raw.sha256, title: raw.title } });
    } catch (error) {
      post({ job: job.id, index, error: toWorkerError(error) });
    }
  }
  post({ job: job.id, done: true });
}

// Jobs run one after another: the main thread sends the next only when this one is done.
parentPort!.on('message', (job: WorkerJob) => { void run(job); });
