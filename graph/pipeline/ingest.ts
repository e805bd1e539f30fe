// Ingestion: read every file first (any bad one stops the run before anything is written), then parse in the
// worker (within the parse budget) and apply one batch per document to the store, all or nothing per document.
import { AppError, isAppError } from '../errors.ts';
import type { GraphBatch } from '../model.ts';
import { collectDocumentPaths, originalScript, readDocumentFile, type RawDocument } from '../read/index.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { UnitResolver } from '../units/resolver.ts';
import { prepareBatch } from '../store/batch/prepared-batch.ts';
import type { ParseBudget } from './budget.ts';
import { buildBatch, documentId } from './build-batch.ts';
import { sourceName } from './source-name.ts';
import { parseInWorker, warmParser, type ParseInput, type Parsed } from './parallel.ts';
import { parseDocumentText } from './parse.ts';

export interface IngestOptions {
  userAliases?: Record<string, string>;
  jurisdiction?: string;
  /** Re-ingest documents already in the store. */
  force?: boolean;
  now?: () => Date;
  onProgress?: (done: number, total: number, source: string) => void;
  /** Every document is written and the store builds the indexes a bulk load deferred (Neo4j into an empty database). */
  onIndexing?: () => void;
  /** Per-document parse budget (default: from the environment, see budget.ts). */
  budget?: ParseBudget;
}

export interface DocumentReport {
  docId: string;
  source: string;
  title: string;
  status: 'added' | 'updated' | 'unchanged';
  tasks: number;
  sections: number;
  units: number;
  assignments: number;
  entities: Record<string, number>;
  targets: number;
  warnings: number;
  /** Why nothing was read, when the document yielded no task (the NO_TASKS warning's message). */
  noTasks?: string;
  /** Why no unit was read, when the document's tasks name none (the NO_DUTIES warning's message). */
  noDuties?: string;
}

/**
 * One document's batch from its text alone: a fresh resolver per document, so what one document
 * teaches about names never reaches another and the graph does not depend on the order of ingest.
 */
export function batchFromDocument(raw: RawDocument, options: IngestOptions = {}): GraphBatch {
  const units = new UnitResolver({ userAliases: options.userAliases });
  const parsed = parseDocumentText(raw.text, units);
  const shownText = raw.original === undefined ? undefined : originalScript(parsed.norm.text, parsed.norm.toOriginal, { text: raw.text, original: raw.original });
  return buildBatch(parsed, {
    source: sourceName(raw.source), sha256: raw.sha256, title: raw.title, jurisdiction: options.jurisdiction, shownText,
    ingestedAt: (options.now?.() ?? new Date()).toISOString(),
  }, units.naming());
}

export function summarise(batch: GraphBatch, source: string, status: DocumentReport['status']): DocumentReport {
  // One pass per list: on the main thread after an upload, and a 20 MB plan has ~50k nodes and ~235k edges.
  const labels = new Map<string, number>();
  for (const n of batch.nodes) labels.set(n.label, (labels.get(n.label) ?? 0) + 1);
  const count = (label: string) => labels.get(label) ?? 0;
  const entities: Record<string, number> = {};
  for (const label of ['Place', 'Industry', 'Corridor', 'Project']) entities[label] = count(label);
  const doc = batch.nodes.find((n) => n.label === 'Document');
  let assignments = 0;
  for (const e of batch.edges) if (e.type === 'LEADS' || e.type === 'SUPPORTS' || e.type === 'RESPONSIBLE_FOR') assignments += 1;
  return {
    docId: batch.docId, source, title: doc?.name ?? source, status,
    tasks: count('Task'), sections: count('Section'), units: count('Unit'),
    assignments,
    entities, targets: count('Target'), warnings: batch.warnings.length,
    ...unreadOf(batch),
  };
}

/** The document-level warnings that say nothing (no task, no unit) was read, for the report. */
function unreadOf(batch: GraphBatch): { noTasks?: string; noDuties?: string } {
  const noTasks = batch.warnings.find((x) => x.code === 'NO_TASKS');
  const noDuties = batch.warnings.find((x) => x.code === 'NO_DUTIES');
  return { ...(noTasks ? { noTasks: noTasks.message } : {}), ...(noDuties ? { noDuties: noDuties.message } : {}) };
}

/** Read and parse every input; throws one AppError listing every bad file, before any write. */
export async function prepareBatches(inputs: string[], options: IngestOptions = {}): Promise<{ raw: RawDocument; batch: GraphBatch }[]> {
  const raws = await readAll(inputs, options);
  return raws.map((raw) => ({ raw, batch: batchFromDocument(raw, options) }));
}

/** Documents handed to a bulk store at once while the parser works on the next ones. */
const BULK_DOCS = 200;

export async function ingestPaths(store: GraphStore, inputs: string[], options: IngestOptions = {}): Promise<DocumentReport[]> {
  // The worker loads while the files are read.
  warmParser(options.budget);
  const raws = await readAll(inputs, options);
  if (store.applyBatches) return ingestInBulk(store, raws, options);
  const reports: DocumentReport[] = [];
  // Each batch is validated and hashed by whichever thread has time for it (parallel.ts, WorkerJob.taken): parsing
  // is the longer half, so the main thread prepares the batches while it keeps up, the worker those it falls behind on.
  for await (const parsed of parseInWorker(raws, options, options.budget, store.prepareFor?.(), true)) reports.push(await applyOne(store, parsed, options));
  return reports;
}

/** Read (uploads) and parse in the worker, all before any write: one over budget stops the lot. */
export async function parseAll(inputs: ParseInput[], options: IngestOptions = {}, store?: GraphStore): Promise<Parsed[]> {
  const parsed: Parsed[] = [];
  for await (const p of parseInWorker(inputs, options, options.budget, store?.prepareFor?.())) parsed.push(p);
  return parsed;
}

/** A store with a bulk path (Neo4j) gets BULK_DOCS documents per call; progress counts committed documents. */
async function ingestInBulk(store: GraphStore, raws: RawDocument[], options: IngestOptions): Promise<DocumentReport[]> {
  const reports: DocumentReport[] = [];
  let pending: GraphBatch[] = [];
  let applied = 0;
  const flush = async () => {
    const offset = reports.length;
    const results = await store.applyBatches!(pending, {
      keepExisting: !options.force,
      onApplied: () => {
        applied += 1;
        options.onProgress?.(applied, raws.length, raws[applied - 1].source);
      },
    });
    results.forEach((r, i) => {
      const status = !r.changed ? 'unchanged' : r.existed ? 'updated' : 'added';
      reports.push(summarise(pending[i], raws[offset + i].source, status));
    });
    pending = [];
  };
  const load = async () => {
    for await (const { batch } of parseInWorker(raws, options, options.budget)) {
      pending.push(batch);
      if (pending.length >= BULK_DOCS) await flush();
    }
    if (pending.length > 0) await flush();
  };
  await (store.bulkLoad ? store.bulkLoad(raws.length, load, options.onIndexing) : load());
  return reports;
}

/**
 * Read and decode every input, throwing one AppError listing every bad file before anything is written.
 * Parsing itself never fails (property-tested), so a run that passes this point writes every document.
 */
export async function readAll(inputs: string[], options: IngestOptions = {}): Promise<RawDocument[]> {
  const paths = await collectDocumentPaths(inputs);
  if (paths.length === 0) {
    throw new AppError('BAD_INPUT', '没有找到可导入的文档 / no .txt, .md or .docx documents found', {
      source: inputs.join(' '), hint: '请指定 .txt、.md 或 .docx 文件或包含它们的目录 / name files or a directory holding them.',
    });
  }
  const raws: RawDocument[] = [];
  const failures: AppError[] = [];
  for (const [i, path] of paths.entries()) {
    try {
      raws.push(await readDocumentFile(path));
    } catch (error) {
      if (!isAppError(error)) throw error;
      failures.push(error);
    }
    options.onProgress?.(i + 1, paths.length, path);
  }
  throwFailures(failures);
  return raws;
}

function throwFailures(failures: AppError[]): void {
  if (failures.length === 1) throw failures[0];
  if (failures.length > 1) {
    throw new AppError(failures[0].code, failures.map((f) => f.describe()).join('\n'), {
      hint: '未写入任何内容，请修正以上文件后重试 / nothing was written; fix these files and retry.',
    });
  }
}

/** Read and parse an upload in the worker (within the parse budget), then apply it. */
export async function ingestUpload(store: GraphStore, buffer: Uint8Array, name: string, options: IngestOptions = {}): Promise<DocumentReport> {
  const [parsed] = await parseAll([{ bytes: buffer, name }], options, store);
  return applyOne(store, parsed, options);
}

async function applyOne(store: GraphStore, { raw, batch, prepared }: Parsed, options: IngestOptions): Promise<DocumentReport> {
  const existing = await store.getDocument(documentId(raw.sha256));
  if (existing && !options.force) return summarise(batch, raw.source, 'unchanged');
  // The store decides: of several identical uploads racing, one adds and the rest find it unchanged.
  const { changed } = !store.applyPrepared ? await store.applyBatch(batch)
    : await store.applyPrepared(prepared ? { batch, ...prepared } : prepareBatch(batch));
  return summarise(batch, raw.source, !changed ? 'unchanged' : existing ? 'updated' : 'added');
}
