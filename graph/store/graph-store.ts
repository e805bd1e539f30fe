// The GraphStore interface every store implements (memory, Neo4j); one contract suite checks them all.
import type { QueryInput, QueryName, QueryOutput } from '../catalogue/catalogue.ts';
import type { DocumentSummary } from '../catalogue/schemas.ts';
import type { GraphBatch, GraphExport, GraphNode, IngestWarning } from '../model.ts';

export type { DocumentSummary } from '../catalogue/schemas.ts';

export interface ApplyResult {
  docId: string;
  /** false when the store already held this exact document (ingestedAt aside). */
  changed: boolean;
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
  /** Data-quality warnings, one document's or all (by document id, then batch order). */
  warnings(docId?: string): Promise<IngestWarning[]>;
  /** Why a write would fail now (read-only, disk full), or null; stores that cannot tell leave it out. */
  writeProblem?(): Promise<string | null>;
  /** Run a catalogue query; invalid input throws AppError BAD_INPUT. */
  run<N extends QueryName>(name: N, input: QueryInput<N>): Promise<QueryOutput<N>>;
}
