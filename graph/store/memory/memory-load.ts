// The main thread's side of the start-up load worker (memory-load-worker.ts): one request per file, the batch
// gathered from its parts, each part acknowledged a turn later so requests are answered while a large file loads.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.ts';
import type { GraphBatch, GraphNode } from '../../model.ts';
import type { LoadedFile } from './memory-file-format.ts';
import { restoreEvidence } from './memory-evidence.ts';

export interface LoadRequest {
  file: string;
  /** Characters of JSON the main heap has room for: a longer file is not loaded (the reply says tooBig). */
  room: number;
}

export type LoadPart = Partial<Pick<GraphBatch, 'nodes' | 'edges' | 'warnings'>>;
export type LoadReply =
  | { part: LoadPart; docId: string }
  | { done: { docId: string; contentHash: string; size: number } }
  | { tooBig: true }
  | { error: { message: string; corrupt: boolean; hint?: string } };

export class LoadWorker {
  private readonly worker = new Worker(new URL('./memory-load-worker.mjs', import.meta.url));
  private failed: Error | null = null;
  private onReply: ((m: LoadReply | Error) => void) | null = null;

  constructor() {
    this.worker.on('message', (m: LoadReply) => this.onReply?.(m));
    // A file too large for the worker's heap is one that does not fit: the load stops there, read-only, as on the main thread.
    this.worker.on('error', (error: Error & { code?: string }) => this.fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? { tooBig: true } : error));
    this.worker.on('exit', (code) => this.fail(new Error(`load worker exited with ${code}`)));
  }

  private fail(reply: Error | { tooBig: true }): void {
    this.failed ??= reply instanceof Error ? reply : new Error('load worker ran out of memory');
    const deliver = this.onReply;
    this.onReply = null;
    deliver?.(reply);
  }

  /** The file's document as readDocumentFile gives it, or null when it would not fit in `room`. */
  read(file: string, room: number): Promise<LoadedFile | null> {
    if (this.failed) return Promise.reject(this.failed);
    const gathering: Gathering = { batch: { docId: '', nodes: [], edges: [], warnings: [] }, doc: null };
    return new Promise((resolve, reject) => {
      this.onReply = (m) => {
        if (m instanceof Error) reject(m);
        else if ('part' in m) {
          gather(gathering, m.docId, m.part);
          void nextTurn().then(() => this.worker.postMessage({ ack: true }));
        } else if ('done' in m) {
          gathering.batch.docId = m.done.docId;
          resolve({ file, contentHash: m.done.contentHash, batch: gathering.batch, size: m.done.size });
        } else if ('tooBig' in m) resolve(null);
        else if (m.error.corrupt) reject(new AppError('STORE_CORRUPT', m.error.message, { source: file, hint: m.error.hint }));
        else reject(new Error(`loading ${file}: ${m.error.message}`));
      };
      this.worker.postMessage({ file, room } satisfies LoadRequest);
    });
  }

  async close(): Promise<void> {
    this.onReply = null;
    await this.worker.terminate();
  }
}

/** A batch being gathered, and its Document node once it has come (nodes come first, so before any evidence). */
interface Gathering {
  batch: GraphBatch;
  doc: GraphNode | null;
}

/** One part added to the batch, its evidence texts restored as slices of the document's text (memory-load-worker.ts). */
function gather(g: Gathering, docId: string, part: LoadPart): void {
  g.batch.docId = docId;
  for (const n of part.nodes ?? []) {
    g.batch.nodes.push(n);
    if (n.label === 'Document') g.doc ??= n;
  }
  const edges = part.edges ?? [];
  const warnings = part.warnings ?? [];
  if (g.doc && (edges.length > 0 || warnings.length > 0)) restoreEvidence({ docId, nodes: [g.doc], edges, warnings });
  for (const e of edges) g.batch.edges.push(e);
  for (const w of warnings) g.batch.warnings.push(w);
}
