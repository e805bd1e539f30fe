// Parse in a worker thread, never on the main one: ingestion's two halves run on two cores, and a document that
// takes too long or needs too much memory ends the worker (within its budget), not the server.
// One long-lived worker (starting one costs ~0.6 s of CPU: it loads the parser's bundle, see graph/worker-bundle.mjs)
// runs jobs one at a time.
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors.ts';
import type { GraphBatch } from '../model.ts';
import type { PrepareOptions, PreparedBatch } from '../store/batch/prepared-batch.ts';
import type { RawDocument } from '../read/index.ts';
import { heapBudgetError, parseBudgetFromEnv, timeBudgetError, type ParseBudget } from './budget.ts';
import type { IngestOptions } from './ingest.ts';

/** A document already read (CLI, seeds), or an upload's bytes, read in the worker too (mammoth is not cheap). */
export type ParseInput = RawDocument | { bytes: Uint8Array; name: string };
export type ParsedHead = Pick<RawDocument, 'source' | 'sha256' | 'title'>;
export interface WorkerError { code?: ErrorCode; message: string; hint?: string; source?: string }
export interface WorkerJob {
  id: number;
  inputs: ParseInput[];
  options: Pick<IngestOptions, 'userAliases' | 'jurisdiction'> & { now: string };
  budget: ParseBudget;
  /** Validate, hash (and encode) each batch here for the store's applyPrepared; absent: the batch as parsed. */
  prepare?: PrepareOptions;
  /**
   * Bulk ingest (nobody waits on the main thread): a counter, shared with the main thread, of the batches it has
   * taken. The worker prepares a batch only while the main thread is behind (BALANCE_QUEUE batches waiting), and
   * otherwise leaves that work to it, so each thread does the share the other has no time for. Absent (uploads):
   * the worker prepares every batch, keeping the main thread free for requests.
   */
  taken?: Int32Array;
}

/** Batches waiting on the main thread from which the worker takes their preparation on itself (see WorkerJob.taken). */
export const BALANCE_QUEUE = 2;
/** What the store needs besides the batch itself. */
export type Preparation = Omit<PreparedBatch, 'batch'>;
/** A slice of a large batch, sent ahead of the rest; the worker waits for an ack before the next one. */
export type BatchPart = Pick<GraphBatch, 'nodes' | 'edges' | 'warnings'>;
export type WorkerMessage =
  | { job: number; index: number; started: true }
  | { job: number; index: number; part: BatchPart }
  | { job: number; index: number; batch: GraphBatch; raw: ParsedHead; prepared?: Preparation }
  | { job: number; index: number; error: WorkerError }
  | { job: number; done: true };

export interface Parsed { raw: ParsedHead; batch: GraphBatch; prepared?: Preparation }
/** The main thread's answer to a part: sent a turn of the event loop later, so requests are served between parts. */
export interface PartAck { ack: number }

interface Pending {
  job: WorkerJob;
  /** Called with each message of the job, then with a failure if the worker dies. */
  deliver: (m: WorkerMessage | Error) => void;
  /** The worker is past the job's last document: cancelling it need not cost a new worker. */
  lastDone?: boolean;
}

function sourceOf(input: ParseInput): string {
  return 'text' in input ? input.source : input.name;
}

/** A view over a whole buffer of its own may be transferred; a slice of Node's shared pool may not. */
function ownsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && !(bytes.buffer instanceof SharedArrayBuffer);
}

function rebuild(e: WorkerError): Error {
  return e.code ? new AppError(e.code, e.message, { hint: e.hint, source: e.source }) : new Error(`parsing failed: ${e.message}`);
}

class ParsePool {
  private worker: Worker | null = null;
  private heapMb = 0;
  private readonly queue: Pending[] = [];
  private active: Pending | null = null;
  private current = { index: 0, timer: undefined as NodeJS.Timeout | undefined };
  private nextId = 1;

  /** Jobs waiting or running: the server refuses uploads when this grows too long. */
  get load(): number {
    return this.queue.length + (this.active ? 1 : 0);
  }

  submit(job: Omit<WorkerJob, 'id'>, deliver: Pending['deliver']): () => void {
    const pending: Pending = { job: { ...job, id: this.nextId++ }, deliver };
    this.queue.push(pending);
    this.pump();
    return () => this.cancel(pending);
  }

  /** Start the worker before there is work (it takes a while to load), without keeping the process alive for it. */
  warm(heapMb: number): void {
    if (this.worker || this.active) return;
    this.worker = this.spawn(heapMb);
    this.worker.unref();
  }

  private spawn(heapMb: number): Worker {
    // A plain .mjs entry: it runs the worker's bundle (or registers tsx in the worker thread, as bin.mjs does for the main one).
    const worker = new Worker(new URL('./parse-worker.mjs', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    worker.on('message', (m: WorkerMessage) => this.onMessage(worker, m));
    worker.on('error', (e: Error & { code?: string }) => this.onDeath(worker, e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'heap' : e));
    worker.on('exit', (code) => this.onDeath(worker, new Error(`parse worker exited with ${code}`)));
    this.heapMb = heapMb;
    return worker;
  }

  private pump(): void {
    if (this.active || this.queue.length === 0) return;
    const next = this.queue.shift()!;
    this.active = next;
    if (this.worker && this.heapMb !== next.job.budget.workerHeapMb) this.reset();
    this.worker ??= this.spawn(next.job.budget.workerHeapMb);
    this.worker.ref();
    // Bytes move, not copy: the upload's buffer is not used again on this side.
    const transfer = next.job.inputs.flatMap((i) => (!('text' in i) && ownsBuffer(i.bytes) ? [i.bytes.buffer as ArrayBuffer] : []));
    this.worker.postMessage(next.job, transfer);
  }

  private onMessage(worker: Worker, m: WorkerMessage): void {
    const active = this.active;
    if (worker !== this.worker || !active || m.job !== active.job.id) return;
    clearTimeout(this.current.timer);
    if ('started' in m) {
      this.current.index = m.index;
      this.current.timer = setTimeout(() => this.kill(timeBudgetError(sourceOf(active.job.inputs[m.index]), active.job.budget)), active.job.budget.timeMs);
    }
    if (('batch' in m || 'error' in m) && m.index === active.job.inputs.length - 1) active.lastDone = true;
    active.deliver(m);
    if ('part' in m) setImmediate(() => { if (this.worker === worker) worker.postMessage({ ack: m.job } satisfies PartAck); });
    if ('done' in m) this.finish();
  }

  private finish(): void {
    clearTimeout(this.current.timer);
    this.active = null;
    if (this.queue.length === 0) this.worker?.unref();
    this.pump();
  }

  private onDeath(worker: Worker, cause: Error | 'heap'): void {
    if (worker !== this.worker) return;
    this.worker = null;
    const active = this.active;
    if (!active) return;
    const source = sourceOf(active.job.inputs[this.current.index] ?? active.job.inputs[0]);
    active.deliver(cause === 'heap' ? heapBudgetError(source, active.job.budget) : cause);
    this.finish();
  }

  /** Over budget: the running document is abandoned with `error`, and the next job gets a fresh worker. */
  private kill(error: Error): void {
    const active = this.active;
    if (!active) return;
    this.reset();
    active.deliver(error);
    this.finish();
  }

  private reset(): void {
    const worker = this.worker;
    this.worker = null;
    void worker?.terminate();
  }

  private cancel(pending: Pending): void {
    const i = this.queue.indexOf(pending);
    if (i >= 0) this.queue.splice(i, 1);
    else if (this.active === pending && pending.lastDone) pending.deliver = () => undefined;
    else if (this.active === pending) this.kill(new Error('cancelled'));
  }
}

const pool = new ParsePool();

/** Items of a batch received so far: each part is appended as it comes, so no turn of the loop joins them all. */
interface Gathered { nodes: GraphBatch['nodes']; edges: GraphBatch['edges']; warnings: GraphBatch['warnings'] }

function gather(into: Gathered, part: BatchPart): void {
  for (const node of part.nodes) into.nodes.push(node);
  for (const edge of part.edges) into.edges.push(edge);
  for (const warning of part.warnings) into.warnings.push(warning);
}

const gathered = (): Gathered => ({ nodes: [], edges: [], warnings: [] });

/** Start the parse worker now, so it loads while the caller reads its files (bulk ingest). */
export function warmParser(budget: ParseBudget = parseBudgetFromEnv()): void {
  pool.warm(budget.workerHeapMb);
}

/** Parse jobs waiting or running in the shared worker. */
export function parseLoad(): number {
  return pool.load;
}

/**
 * Parse in the worker, yielding each document's batch in input order, each parsed on its own as a sequential run
 * would have. A document over budget, unreadable or failing throws its AppError; the rest are not parsed.
 */
export async function* parseInWorker(
  inputs: ParseInput[], options: IngestOptions = {}, budget: ParseBudget = parseBudgetFromEnv(), prepare?: PrepareOptions, balance = false,
): AsyncGenerator<Parsed> {
  const messages: (WorkerMessage | Error)[] = [];
  let wake: (() => void) | null = null;
  const workerOptions = { userAliases: options.userAliases, jurisdiction: options.jurisdiction, now: (options.now?.() ?? new Date()).toISOString() };
  const taken = balance && prepare ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  const cancel = pool.submit({ inputs, options: workerOptions, budget, prepare, taken }, (m) => { messages.push(m); wake?.(); });
  let parts = gathered();
  let some = false;
  let done = false;
  try {
    for (;;) {
      while (messages.length === 0) await new Promise<void>((r) => { wake = r; });
      wake = null;
      const m = messages.shift()!;
      if (m instanceof Error) throw m;
      if ('done' in m) { done = true; return; }
      if ('error' in m) throw rebuild(m.error);
      if ('part' in m) {
        gather(parts, m.part);
        some = true;
      }
      if ('batch' in m) {
        if (some) gather(parts, m.batch);
        if (taken) Atomics.add(taken, 0, 1);
        yield { raw: m.raw, batch: some ? { docId: m.batch.docId, ...parts } : m.batch, prepared: m.prepared };
        parts = gathered();
        some = false;
      }
    }
  } finally {
    // A caller that stops early (an apply failed, a budget tripped) frees the worker for the next job.
    if (!done) cancel();
  }
}
