// The GraphStore interface every store implements (memory, Neo4j); one contract suite checks them all.
import type { LinkDecision } from '../align/decisions.ts';
import type { QueryInput, QueryName, QueryOutput } from '../catalogue/catalogue.ts';
import type { DocumentSummary } from '../catalogue/schemas.ts';
import type { GraphBatch, GraphExport, GraphNode, IngestWarning } from '../model.ts';
import type { Program, RawResult } from '../query/program.ts';
import type { PrepareOptions, PreparedBatch } from './batch/prepared-batch.ts';
import type { GraphSource } from './graph-source.ts';

export type { DocumentSummary } from '../catalogue/schemas.ts';

export interface ApplyResult {
  docId: string;
  /** false when the store already held this exact document (ingestedAt aside). */
  changed: boolean;
}

export interface ManyResult extends ApplyResult {
  /** The store held a version of this document before the call. */
  existed: boolean;
}

export interface ApplyManyOptions {
  /** Leave documents the store already holds as they are (reported unchanged). */
  keepExisting?: boolean;
  /** Called as each document is committed (progress). */
  onApplied?: (result: ManyResult) => void;
}

/** A task or section found by text, with the names of the units that have a duty on it. */
export interface TaskTextHit {
  task: { id: string; label: 'Task' | 'Section'; name: string; docId: string; number: string; path: string; text: string; units: string[] };
  score: number;
}

export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  /** Connect / load; idempotent. Call before anything else. */
  init(): Promise<void>;
  /** Finish pending writes and release resources. */
  close(): Promise<void>;
  /**
   * Add or replace one document's contribution, all or nothing: an invalid batch (AppError BAD_INPUT
   * with `issues`) or a failed write changes nothing. Identical content is a no-op.
   */
  applyBatch(batch: GraphBatch): Promise<ApplyResult>;
  /**
   * Optional bulk path (Neo4j: many documents per transaction): the same end state and results as calling
   * applyBatch for each in order; stops at the first failing document after committing the ones before it.
   */
  applyBatches?(batches: GraphBatch[], options?: ApplyManyOptions): Promise<ManyResult[]>;
  /**
   * Optional: run `work` (applyBatches calls writing about `documents` documents) as one bulk load, which the store may
   * make cheaper (Neo4j: into an empty database its text indexes are built once at the end). Everything is written and
   * indexed when it returns. `onIndexing` is called once when the writes are done and the store starts building what it
   * deferred, so a caller can say why the load has not returned yet.
   */
  bulkLoad?<T>(documents: number, work: () => Promise<T>, onIndexing?: () => void): Promise<T>;
  /** Optional: what the parse worker should prepare (prepareBatch) so that applyPrepared has little left to do. */
  prepareFor?(): PrepareOptions;
  /** applyBatch for a batch prepareBatch made (validated, hashed, maybe encoded) off the main thread. */
  applyPrepared?(prepared: PreparedBatch): Promise<ApplyResult>;
  /** Drop a document and its share of shared nodes; false when it was not there. */
  removeDocument(docId: string): Promise<boolean>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(docId: string): Promise<DocumentSummary | null>;
  /** The document's normalised text, which every evidence span indexes into. */
  getDocumentText(docId: string): Promise<string | null>;
  /** The merged node (shared nodes carry docIds and the union of aliases). */
  getNode(id: string): Promise<GraphNode | null>;
  /** The whole merged graph as `policy-graph/v1`, nodes and edges sorted by id. */
  exportGraph(): Promise<GraphExport>;
  /**
   * Optional: the graph in pages for the indexes derived from it (graph-source.ts), for a store whose export would be
   * a second copy of the graph in this process (Neo4j); callers page any other store's export (server/search/graph-snapshot.ts).
   */
  graphSource?(): GraphSource;
  /** Data-quality warnings, one document's or all (by document id, then batch order). */
  warnings(docId?: string): Promise<IngestWarning[]>;
  /** Why a write would fail now (read-only, disk full), or null; stores that cannot tell leave it out. */
  writeProblem?(): Promise<string | null>;
  /**
   * Tasks and sections ranked for some words by the store's own full-text index, best first; stores without
   * one leave it out and callers rank with the in-process BM25 (server/search/task-index.ts searchTasks).
   */
  searchText?(words: string[], limit: number): Promise<TaskTextHit[]>;
  /** Run a catalogue query; invalid input throws AppError BAD_INPUT. */
  run<N extends QueryName>(name: N, input: QueryInput<N>): Promise<QueryOutput<N>>;
  /** Reviewers' decisions on IMPLEMENTS links, sorted by id; kept apart from documents, so they outlive re-ingest. */
  linkDecisions(): Promise<LinkDecision[]>;
  /** The whole graph and the decisions as one state (Neo4j: one read transaction), for alignment. */
  alignmentSnapshot(): Promise<{ graph: GraphExport; decisions: LinkDecision[] }>;
  /** Store `save` (replacing decisions of the same id) and drop the ids of `clear`, durably and all or nothing. */
  saveLinkDecisions(save: readonly LinkDecision[], clear?: readonly string[]): Promise<void>;
  /** Run a validated query-language program, read-only (graph/query/run.ts is the entry point callers use). */
  runProgram(program: Program): Promise<RawResult>;
  /** A number that changes with every write (Neo4j: by any process), for caches of derived data; stores that cannot tell leave it out. */
  revision?(): Promise<number>;
}
