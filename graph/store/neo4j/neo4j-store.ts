// Neo4jGraphStore: the GraphStore on a Neo4j 5 server, one write transaction per document, catalogue answers via the shared shaping.
import type { QueryInput, QueryName, QueryOutput } from '../../catalogue/catalogue.ts';
import type { DocumentSummary } from '../../catalogue/schemas.ts';
import { AppError } from '../../errors.ts';
import { DEFAULT_LOCAL_PASSWORD, LOCAL_NEO4J_USER } from '../../neo4j/runtime-files.ts';
import type { GraphBatch, GraphExport, GraphNode, IngestWarning } from '../../model.ts';
import { batchContentHash, summarizeBatch } from '../batch/batch-content.ts';
import { validateBatch } from '../batch/batch-validate.ts';
import type { ApplyManyOptions, ApplyResult, GraphStore, ManyResult, TaskTextHit } from '../graph-store.ts';
import { envNumber } from '../../pipeline/budget.ts';
import { Neo4jClient, QUERY_TIMEOUT_MS, type Neo4jConfig } from './neo4j-client.ts';
import { exportConsistent } from './neo4j-export.ts';
import * as Q from './neo4j-cypher.ts';
import { nodeProps } from './neo4j-props.ts';
import { runCypherProgram } from '../../query/neo4j.ts';
import type { Program, RawResult } from '../../query/program.ts';
import { Neo4jReader } from './neo4j-read.ts';
import { neo4jGraphSource } from './neo4j-pages.ts';
import type { GraphSource } from '../graph-source.ts';
import type { LinkDecision } from '../../align/decisions.ts';
import { readAlignmentSnapshot, readDecisions, writeDecisions } from './links.ts';
import { applyDocuments, removeDocumentTx, type DocOutcome, type DocPlan, type WriteMode } from './neo4j-write.ts';
import { documentBookkeeping } from './neo4j-write-plan.ts';

export type { Neo4jConfig } from './neo4j-client.ts';
export type { WriteMode } from './neo4j-write.ts';

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';
/** How long init() waits for freshly created indexes to come online. */
const INDEX_WAIT_SECONDS = 120;
/**
 * A group transaction holds at most this many documents, or this many nodes + edges: measured on two cores,
 * bigger groups stop paying (round trips are already amortised) and only grow the transaction's heap.
 */
export const GROUP_DOCS = 100;
export const GROUP_ROWS = 40_000;

/** Consecutive runs of plans, each within the group limits and with distinct docIds (a repeat starts a new group). */
function groups(plans: DocPlan[]): DocPlan[][] {
  const out: DocPlan[][] = [];
  let current: DocPlan[] = [];
  let rows = 0;
  let ids = new Set<string>();
  for (const plan of plans) {
    const size = plan.batch.nodes.length + plan.batch.edges.length;
    if (current.length > 0 && (current.length >= GROUP_DOCS || rows + size > GROUP_ROWS || ids.has(plan.batch.docId))) {
      out.push(current);
      current = [];
      rows = 0;
      ids = new Set();
    }
    current.push(plan);
    rows += size;
    ids.add(plan.batch.docId);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE, defaulting to the local server of `npm run neo4j:start`;
 * NEO4J_QUERY_TIMEOUT_MS bounds each read transaction (QUERY_TIMEOUT_MS when unset): a loaded machine or a slow cluster
 * member may need more, and the bench's memory step sets it (neo4j-memory.ts).
 */
export function neo4jConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI?.trim() || DEFAULT_NEO4J_URI,
    user: env.NEO4J_USER || LOCAL_NEO4J_USER,
    password: env.NEO4J_PASSWORD || DEFAULT_LOCAL_PASSWORD,
    database: env.NEO4J_DATABASE?.trim() || undefined,
    queryTimeoutMs: envNumber('NEO4J_QUERY_TIMEOUT_MS', QUERY_TIMEOUT_MS, env),
  };
}

export interface ApplyOptions {
  /** `per-row` runs one statement per node and edge instead of batched UNWINDs: for benchmarks only. */
  mode?: WriteMode;
}

function plan(input: GraphBatch): DocPlan {
  // validateBatch refuses an id whose prefix names another label: reads seek a node only under that label (neo4j-cypher.ts byId).
  const batch = validateBatch(input);
  const hash = batchContentHash(batch);
  const doc = batch.nodes.find((n) => n.id === batch.docId) as GraphNode;
  const documentProps = nodeProps(doc, {
    pg_doc: batch.docId,
    pg_hash: hash,
    pg_summary_json: JSON.stringify(summarizeBatch(batch)),
    pg_warnings_json: JSON.stringify(batch.warnings),
    pg_warning_count: batch.warnings.length,
    ...documentBookkeeping(batch),
  });
  return { batch, hash, documentProps };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function textTask(row: Record<string, unknown>): TaskTextHit['task'] {
  const t = row.task as Record<string, unknown>;
  return {
    id: str(t.id), label: t.pg_label === 'Section' ? 'Section' : 'Task', name: str(t.name), docId: str(t.docId),
    number: str(t.number), path: str(t.path), text: str(row.text), units: (row.units as unknown[]).map(String).sort(),
  };
}

export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private readonly client: Neo4jClient;
  private readonly reader: Neo4jReader;
  private readonly pages: GraphSource;
  private initializing: Promise<void> | null = null;
  private closed = false;

  constructor(config: Neo4jConfig) {
    this.client = new Neo4jClient(config);
    this.reader = new Neo4jReader(this.client);
    this.pages = neo4jGraphSource(this.client);
  }

  /** Check the server answers, then create missing constraints and indexes; a failure is retried on the next call. */
  init(): Promise<void> {
    this.initializing ??= this.setUp().catch((error: unknown) => {
      this.initializing = null;
      throw error;
    });
    return this.initializing;
  }

  private async setUp(): Promise<void> {
    await this.client.verify();
    const shown = await this.client.autoCommit([Q.SHOW_INDEX_NAMES, Q.SHOW_CONSTRAINT_NAMES]);
    const existing = new Set(shown.map((r) => String(r.name)));
    const retired = Q.RETIRED_INDEXES.filter((name) => existing.has(name));
    if (retired.length > 0) await this.client.autoCommit(retired.map(Q.dropIndex));
    await this.createMissing(existing);
  }

  /** Create the schema's constraints and indexes not in `existing`, and wait for them to come online. */
  private async createMissing(existing: ReadonlySet<string>): Promise<void> {
    const missing = Object.entries(Q.SCHEMA).filter(([name]) => !existing.has(name)).map(([, statement]) => statement);
    if (missing.length === 0) return;
    await this.client.autoCommit(missing);
    await this.client.autoCommit([Q.AWAIT_INDEXES], { seconds: INDEX_WAIT_SECONDS });
  }

  /**
   * Run `work` (applyBatches calls writing about `documents` documents) as one bulk load. When that is more than one
   * group transaction holds, into a database without a model node, every index but the id constraints
   * (Q.DEFERRED_INDEXES) is dropped for its length and built once after it, online before this returns,
   * whether the work succeeded or not: updating them on every node and relationship write was the load's index work.
   * Into a non-empty database nothing changes. Reads during the load find no name, docId or TEXT index (slower
   * plans, same rows); a full-text search then fails with an error naming the index, as it would before init().
   */
  async bulkLoad<T>(documents: number, work: () => Promise<T>, onIndexing?: () => void): Promise<T> {
    await this.ready();
    if (documents <= GROUP_DOCS) return work();
    const empty = (await this.client.autoCommit([Q.ANY_MODEL_NODE])).length === 0;
    if (!empty) return work();
    await this.client.autoCommit(Q.DEFERRED_INDEXES.map(Q.dropIndex));
    try {
      return await work();
    } finally {
      onIndexing?.();
      const shown = await this.client.autoCommit([Q.SHOW_INDEX_NAMES, Q.SHOW_CONSTRAINT_NAMES]);
      await this.createMissing(new Set(shown.map((r) => String(r.name))));
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.close();
  }

  private async ready(): Promise<void> {
    if (this.closed) {
      throw new AppError('STORE_UNAVAILABLE', 'Neo4jGraphStore: the store is closed / 存储已关闭', { retriable: false, hint: 'Open a new store.' });
    }
    await this.init();
  }

  async applyBatch(input: GraphBatch, options: ApplyOptions = {}): Promise<ApplyResult> {
    const [result] = await this.applyPlans([plan(input)], options.mode ?? 'batched', false);
    return { docId: result.docId, changed: result.changed };
  }

  /**
   * Many documents, a group per transaction (see GROUP_DOCS): the same end state as applying them one by one.
   * Every batch is validated before anything is written; a clash stops the run after the documents before it.
   */
  async applyBatches(batches: GraphBatch[], options: ApplyManyOptions = {}): Promise<ManyResult[]> {
    return this.applyPlans(batches.map(plan), 'batched', options.keepExisting ?? false, options.onApplied);
  }

  private async applyPlans(plans: DocPlan[], mode: WriteMode, keepExisting: boolean, onApplied?: (r: ManyResult) => void): Promise<ManyResult[]> {
    await this.ready();
    const results: DocOutcome[] = [];
    for (const group of groups(plans)) {
      const { outcomes, error } = await this.client.announcedWrite(
        (tx) => applyDocuments(tx, group, mode, keepExisting), (done) => done.outcomes.some((o) => o.changed));
      for (const outcome of outcomes) onApplied?.(outcome);
      results.push(...outcomes);
      if (error) throw error;
    }
    return results;
  }

  /** The benchmark's comparison path: the same transaction, one statement per node and edge. */
  applyBatchPerRow(input: GraphBatch): Promise<ApplyResult> {
    return this.applyBatch(input, { mode: 'per-row' });
  }

  async removeDocument(docId: string): Promise<boolean> {
    await this.ready();
    return this.client.announcedWrite((tx) => removeDocumentTx(tx, docId, 'batched'), (removed) => removed);
  }

  async listDocuments(): Promise<DocumentSummary[]> {
    return (await this.run('documents', {})).documents;
  }

  async getDocument(docId: string): Promise<DocumentSummary | null> {
    await this.ready();
    const [row] = await this.client.rows(Q.GET_DOCUMENT, { docId });
    return row ? (JSON.parse(String(row.summary)) as DocumentSummary) : null;
  }

  async getDocumentText(docId: string): Promise<string | null> {
    await this.ready();
    const [row] = await this.client.rows(Q.GET_DOCUMENT_TEXT, { docId });
    return typeof row?.text === 'string' ? row.text : null;
  }

  async getNode(id: string): Promise<GraphNode | null> {
    await this.ready();
    const { value: [node] } = await this.reader.consistent((rows) => rows.nodes([id]));
    return node ?? null;
  }

  async exportGraph(): Promise<GraphExport> {
    await this.ready();
    return exportConsistent(this.client);
  }

  graphSource(): GraphSource {
    return { read: async (build) => {
      await this.ready();
      return this.pages.read(build);
    } };
  }

  async warnings(docId?: string): Promise<IngestWarning[]> {
    await this.ready();
    const rows = await this.client.rows(Q.LIST_WARNINGS, { docId: docId ?? null });
    return rows
      .map((r) => ({ docId: String(r.docId), warnings: JSON.parse(String(r.warnings)) as IngestWarning[] }))
      .sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0))
      .flatMap((r) => r.warnings);
  }

  /** The `cjk` full-text index's ranking (Lucene BM25 over title and text): no copy of the graph in this process. */
  async searchText(words: string[], limit: number): Promise<TaskTextHit[]> {
    await this.ready();
    if (words.length === 0 || limit <= 0) return [];
    const rows = await this.client.rows(Q.SEARCH_TASK_TEXT, { query: Q.taskTextQuery(words), limit });
    return rows.map((r) => ({ task: textTask(r), score: Number(r.score) }))
      .sort((a, b) => b.score - a.score || (a.task.id < b.task.id ? -1 : a.task.id > b.task.id ? 1 : 0));
  }

  async run<N extends QueryName>(name: N, input: QueryInput<N>): Promise<QueryOutput<N>> {
    await this.ready();
    return this.reader.run(name, input);
  }

  async linkDecisions(): Promise<LinkDecision[]> {
    await this.ready();
    return readDecisions(this.client);
  }

  async alignmentSnapshot(): Promise<{ graph: GraphExport; decisions: LinkDecision[] }> {
    await this.ready();
    return readAlignmentSnapshot(this.client);
  }

  async saveLinkDecisions(save: readonly LinkDecision[], clear: readonly string[] = []): Promise<void> {
    await this.ready();
    await writeDecisions(this.client, save, clear);
  }

  async runProgram(program: Program): Promise<RawResult> {
    await this.ready();
    return runCypherProgram(this.client, program);
  }

  /**
   * The graph version on the server (PolicyGraphMeta), bumped in the transaction of every ingest, removal and link
   * decision by any process: derived caches compare it instead of listing every document. Read when no commit is
   * landing, so a cache keyed by it is never built from half a commit.
   */
  async revision(): Promise<number> {
    await this.ready();
    return (await this.reader.consistent(async () => undefined)).version;
  }
}
