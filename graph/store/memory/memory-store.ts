// MemoryGraphStore: the embedded default store, an indexed in-memory graph persisted per document.
import { join } from 'node:path';
import type { QueryInput, QueryName, QueryOutput } from '../../catalogue/catalogue.ts';
import { runQuery } from '../../catalogue/execute.ts';
import { AppError } from '../../errors.ts';
import { EXPORT_FORMAT, type GraphBatch, type GraphExport, type GraphNode, type IngestWarning } from '../../model.ts';
import { batchContentHash, stableStringify, summarizeBatch } from '../batch/batch-content.ts';
import { validateBatch, type BatchIssue } from '../batch/batch-validate.ts';
import type { PrepareOptions, PreparedBatch } from '../batch/prepared-batch.ts';
import type { ApplyResult, DocumentSummary, GraphStore } from '../graph-store.ts';
import type { LinkDecision } from '../../align/decisions.ts';
import { corrupt } from './memory-file-format.ts';
import { DocumentFiles, STORE_DIR_NAME } from './memory-files.ts';
import { MemoryLinks } from './links-file.ts';
import { ReadCommitGate } from './memory-gate.ts';
import { MemoryIndex, type StoredDocument } from './memory-index.ts';
import { LIMIT_ENV, readOnly, storeFull, storeLimitsFromEnv, type StoreLimits } from './memory-limits.ts';
import { copyJson } from '../batch/json.ts';
import { inTurns, sortSteps, type Steps } from '../../slices.ts';
import { interpret } from '../../query/memory.ts';
import type { Program, RawResult } from '../../query/program.ts';

export interface MemoryGraphStoreOptions {
  /** Persist under `dataDir/memory-store/`; without it the store lives in memory only. */
  dataDir?: string;
  /** How big the store may grow (default: from the environment, see memory-limits.ts). */
  limits?: Partial<StoreLimits>;
}

/** What start-up could not load, and so why the store is read-only (null: everything loaded). */
export interface LoadReport {
  skipped: string[];
  reason: string | null;
}

/** Whole-graph answers (overlaps, communities) cost tens of ms at scale; repeats come from here (least recently used evicted). */
const QUERY_CACHE_ENTRIES = 256;

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Deep copies of `items`, a step per few dozen. */
function* copySteps<T>(items: readonly T[]): Steps<T[]> {
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = copyJson(items[i]);
    if (i % 32 === 31) yield;
  }
  return out;
}

/** Nodes and edges a commit of `doc` puts in or takes out. */
function itemsOf(doc: StoredDocument | undefined): number {
  return doc ? doc.batch.nodes.length + doc.batch.edges.length : 0;
}

function conflict(docId: string, issues: BatchIssue[]): AppError {
  return new AppError('BAD_INPUT', `GraphStore.applyBatch: batch ${docId} clashes with stored documents / 与已有文档冲突`, {
    issues,
    hint: 'Nothing was written. Node and edge ids of one document must not reuse another document’s ids.',
  });
}

/**
 * A stored document whose content hash is computed when first read: a store without files reads it only when the same
 * document comes again (re-ingest), and sha256 over the stable JSON of a batch, text and all, was a fifth of the CPU of
 * a bulk ingest. The batch is never changed once stored, so a late hash equals an early one.
 */
function storedDocument(batch: GraphBatch, summary: DocumentSummary, hash?: string): StoredDocument {
  let known = hash;
  return {
    docId: batch.docId, batch, summary,
    get hash() {
      return (known ??= batchContentHash(batch));
    },
  };
}

export class MemoryGraphStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly files: DocumentFiles | null;
  private readonly links: MemoryLinks;
  private readonly cache = new Map<string, unknown>();
  /** Bumped by every change, so an answer computed across a change is never cached. */
  private version = 0;
  private loading: Promise<void> | null = null;
  /** Writes run one at a time so the files and the index change in the same order. */
  private writes: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Commits run in slices on a spare copy of the index and publish it whole: reads never wait and never see half. */
  private readonly gate = new ReadCommitGate();
  private readonly limits: StoreLimits;
  /** Set when start-up had to leave documents unloaded: writing then could lose them, so nothing is written. */
  loadReport: LoadReport = { skipped: [], reason: null };

  constructor(options: MemoryGraphStoreOptions = {}) {
    this.limits = { ...storeLimitsFromEnv(), ...options.limits };
    this.files = options.dataDir ? new DocumentFiles(join(options.dataDir, STORE_DIR_NAME), this.limits) : null;
    this.links = new MemoryLinks(options.dataDir ? join(options.dataDir, STORE_DIR_NAME) : null);
  }

  init(): Promise<void> {
    this.loading ??= this.load().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    if (!this.files) return;
    await this.links.load();
    const index = new MemoryIndex();
    // The commits' spare copy is loaded alongside, so the heap checks between files count it (memory-gate.ts).
    const spare = new MemoryIndex();
    const result = await this.files.loadAll(async (batch, file, contentHash) => {
      const full = this.overLimit(index, batch);
      if (full) return full.message;
      const issues = index.conflicts(batch);
      if (issues.length > 0) throw corrupt(file, `clashes with another stored document: ${issues[0].message}`);
      const doc = this.stored(batch, contentHash);
      // In slices: the server answers (health, reads of the empty store) while a large data dir loads.
      await inTurns(index.replaceSteps(doc));
      await inTurns(spare.replaceSteps(doc));
      return null;
    });
    this.loadReport = { skipped: result.skipped, reason: result.stoppedBy };
    if (!result.stoppedBy) for (const doc of result.loaded) await this.files.migrate(doc);
    // Swapped in whole: a load that fails half-way leaves the store empty, not half-loaded. A read-only store never
    // commits, so it keeps no spare.
    this.gate.reset(index, result.stoppedBy ? null : spare);
  }

  async close(): Promise<void> {
    await this.writes.catch(() => undefined);
    this.closed = true;
  }

  private async ready(): Promise<void> {
    if (this.closed) {
      throw new AppError('STORE_UNAVAILABLE', 'MemoryGraphStore: the store is closed / 存储已关闭', { retriable: false, hint: 'Open a new store.' });
    }
    await this.init();
  }

  private stored(batch: GraphBatch, hash?: string): StoredDocument {
    return storedDocument(batch, summarizeBatch(batch), hash);
  }

  /** The document or node limit this batch would pass, if any. */
  private overLimit(index: MemoryIndex, batch: GraphBatch): AppError | null {
    const replacing = index.docs.get(batch.docId);
    if (!replacing && index.docs.size + 1 > this.limits.maxDocuments) return storeFull('文档数 / documents', this.limits.maxDocuments, LIMIT_ENV.maxDocuments);
    const nodes = index.nodes.size - (replacing?.batch.nodes.length ?? 0) + batch.nodes.length;
    if (nodes > this.limits.maxNodes) return storeFull('节点数 / nodes', this.limits.maxNodes, LIMIT_ENV.maxNodes);
    return null;
  }

  private writable(): void {
    if (this.loadReport.reason) throw readOnly(this.loadReport.reason);
  }

  /** Null when a write would succeed now; else why not (read-only after start-up, or the disk refuses). */
  async writeProblem(): Promise<string | null> {
    await this.ready();
    if (this.loadReport.reason) return readOnly(this.loadReport.reason).message;
    return (await this.files?.probe()) ?? null;
  }

  /** The published index: every read sees it whole (a commit changes the spare, then swaps). */
  private get index(): MemoryIndex {
    return this.gate.index;
  }

  /** A read of the graph: after start-up, on the published index as it was when the read began. */
  private async reading<T>(work: () => T | Promise<T>): Promise<T> {
    await this.ready();
    return this.gate.read(work);
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writes.catch(() => undefined).then(work);
    this.writes = run;
    return run;
  }

  applyBatch(input: GraphBatch): Promise<ApplyResult> {
    return this.exclusive(async () => {
      await this.ready();
      return this.put(this.stored(validateBatch(input)));
    });
  }

  /** What the parse worker should prepare for applyPrepared: the file too when this store keeps files. */
  prepareFor(): PrepareOptions {
    return { file: this.files !== null };
  }

  /** applyBatch for a batch the parse worker validated, hashed and encoded (prepareBatch): only the index is left. */
  applyPrepared(prepared: PreparedBatch): Promise<ApplyResult> {
    return this.exclusive(async () => {
      await this.ready();
      const { batch, hash, summary, file } = prepared;
      return this.put(storedDocument(batch, summary, hash), file);
    });
  }

  private async put(doc: StoredDocument, file?: PreparedBatch['file']): Promise<ApplyResult> {
    // Hashes are compared only when the document comes again (storedDocument).
    const stored = this.index.docs.get(doc.docId);
    if (stored && stored.hash === doc.hash) return { docId: doc.docId, changed: false };
    this.writable();
    const issues: BatchIssue[] = [];
    // Sliced: it reads every id of the batch, and nothing can change the index meanwhile (writes are serialised).
    await inTurns(this.index.conflictSteps(doc.batch, issues));
    if (issues.length > 0) throw conflict(doc.docId, issues);
    const full = this.overLimit(this.index, doc.batch);
    if (full) throw full;
    await this.files?.write(doc.batch, doc.hash, file);
    await this.gate.commit((index) => index.replaceSteps(doc), () => this.changed(), itemsOf(doc) + itemsOf(this.index.docs.get(doc.docId)));
    return { docId: doc.docId, changed: true };
  }

  private changed(): void {
    this.version += 1;
    this.cache.clear();
  }

  removeDocument(docId: string): Promise<boolean> {
    return this.exclusive(async () => {
      await this.ready();
      if (!this.index.docs.has(docId)) return false;
      this.writable();
      await this.files?.remove(docId);
      await this.gate.commit((index) => index.dropSteps(docId), () => this.changed(), itemsOf(this.index.docs.get(docId)));
      return true;
    });
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    await this.ready();
    return (await this.run('documents', {})).documents;
  }

  /** Not held up by a commit part-way: the published index changes in one swap, so this sees one version or the other. */
  async getDocument(docId: string): Promise<DocumentSummary | null> {
    await this.ready();
    const doc = this.index.docs.get(docId);
    return doc ? copyJson(doc.summary) : null;
  }

  async getDocumentText(docId: string): Promise<string | null> {
    return this.reading(() => {
      const text = this.index.docs.has(docId) ? this.index.nodes.get(docId)?.properties.text : undefined;
      return typeof text === 'string' ? text : null;
    });
  }

  async getNode(id: string): Promise<GraphNode | null> {
    return this.reading(() => {
      const node = this.index.nodes.get(id);
      return node ? copyJson(node) : null;
    });
  }

  /** In turns of a few ms: the copy and sort of a 20 MB plan's graph held the event loop for seconds. */
  async exportGraph(): Promise<GraphExport> {
    return this.reading(() => inTurns(this.exportSteps()));
  }

  /** The whole graph as fresh objects; callers hold the read gate (it stays on one copy across the turns). */
  private *exportSteps(): Steps<GraphExport> {
    const index = this.index;
    const nodes = yield* copySteps(yield* sortSteps([...index.nodes.values()], byId));
    const edges = yield* copySteps(yield* sortSteps([...index.edges.values()], byId));
    return { format: EXPORT_FORMAT, nodes, edges };
  }

  async warnings(docId?: string): Promise<IngestWarning[]> {
    return this.reading(() => {
      const docs = docId === undefined ? [...this.index.docs.keys()].sort() : [docId];
      return copyJson(docs.flatMap((id) => this.index.docs.get(id)?.batch.warnings ?? []));
    });
  }

  async run<N extends QueryName>(name: N, input: QueryInput<N>): Promise<QueryOutput<N>> {
    await this.ready();
    const key = `${name}\u0000${stableStringify(input ?? {})}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      // Least recently used goes first: a hit moves its entry to the end, so a hot answer outlives the distinct ones.
      this.cache.delete(key);
      this.cache.set(key, cached);
      return copyJson(cached) as QueryOutput<N>;
    }
    const version = this.version;
    // Rows may share objects with the index, so only copies of an answer ever leave the store.
    const output = await this.gate.read(() => runQuery(this.gate.rows, name, input));
    if (this.cache.size >= QUERY_CACHE_ENTRIES) this.cache.delete(this.cache.keys().next().value as string);
    if (version === this.version) this.cache.set(key, output);
    return copyJson(output);
  }

  async linkDecisions(): Promise<LinkDecision[]> {
    await this.ready();
    return this.links.list();
  }

  async alignmentSnapshot(): Promise<{ graph: GraphExport; decisions: LinkDecision[] }> {
    // Both taken under one read of the gate: no commit (sliced or not) is part-way, none lands in between.
    return this.reading(async () => ({ graph: await inTurns(this.exportSteps()), decisions: this.links.list() }));
  }

  /** Serialised with the document writes, so decisions and documents change in one order. */
  saveLinkDecisions(save: readonly LinkDecision[], clear: readonly string[] = []): Promise<void> {
    return this.exclusive(async () => {
      await this.ready();
      // Ask's alignment answers are cached per version: a decision is a change of the graph they read.
      if (await this.links.save(save, clear)) this.version += 1;
    });
  }

  /** Answers are built from fresh objects (evidence copied), so nothing of the index leaves the store. */
  async runProgram(program: Program): Promise<RawResult> {
    return this.reading(() => interpret(this.index, program));
  }

  /** Bumped by every write of this process: derived caches (ask, search) compare it instead of listing documents. */
  async revision(): Promise<number> {
    await this.ready();
    return this.version;
  }
}
