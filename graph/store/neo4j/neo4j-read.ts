// Consistent, cached catalogue reads on Neo4j: one read transaction per query, checked against the graph version.
//
// Why the version: Neo4j reads are read-committed, so the several statements of one catalogue query could see a
// document that committed half-way through. Every write transaction bumps the graph version (neo4j-write.ts);
// a query reads it first and last in its transaction and is taken again when it moved. The version also keys
// the caches: whole-graph rows (pairs, workload, gaps, stats, documents) and answers are computed once per
// version, by any process, and a write anywhere invalidates them.
import type { QueryInput, QueryName, QueryOutput } from '../../catalogue/catalogue.ts';
import { runQuery } from '../../catalogue/execute.ts';
import type { GapRow, PairRow, StatsRow, WorkloadRow } from '../../catalogue/rows.ts';
import type { DocumentSummary } from '../../catalogue/schemas.ts';
import { AppError } from '../../errors.ts';
import { copyJson, stableStringify } from '../batch/json.ts';
import { collectRows, staleBefore, type Neo4jClient } from './neo4j-client.ts';
import { READ_VERSION } from './neo4j-cypher.ts';
import { Neo4jRowSource, type Fetch } from './neo4j-rows.ts';

/** A query whose version moved this many times in a row is reported as retriable instead of tried again. */
export const READ_ATTEMPTS = 8;
/** Pause before reading again after a commit landed mid-read (times the attempt number). */
const RETRY_PAUSE_MS = 50;
/** Answers kept per version (bounded like the memory store's cache). */
const ANSWER_ENTRIES = 256;

/**
 * Whole-graph rows, the same for every input of a query: computed once per version. These are aggregates (a row per
 * unit, pair or gap). The whole graph's duty rows (overlaps without a scope) are not kept: at 1,000 documents they were
 * 12 MB of heap held for the version's life for one question's answer, which the answer cache keeps anyway.
 */
class VersionedRows extends Neo4jRowSource {
  constructor(fetch: Fetch, private readonly memo: Map<string, Promise<unknown>>) {
    super(fetch);
  }

  private once<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let hit = this.memo.get(key) as Promise<T> | undefined;
    if (!hit) {
      hit = compute();
      this.memo.set(key, hit);
      hit.catch(() => this.memo.delete(key));
    }
    return hit;
  }

  override unitPairs(): Promise<PairRow[]> {
    return this.once('unitPairs', () => super.unitPairs());
  }

  override stats(): Promise<StatsRow> {
    return this.once('stats', () => super.stats());
  }

  override documents(): Promise<DocumentSummary[]> {
    return this.once('documents', () => super.documents());
  }

  override workload(docId?: string): Promise<WorkloadRow[]> {
    return docId === undefined ? this.once('workload', () => super.workload()) : super.workload(docId);
  }

  override gaps(docId: string | undefined, threshold: number): Promise<GapRow[]> {
    return docId === undefined ? this.once(`gaps\u0000${threshold}`, () => super.gaps(undefined, threshold)) : super.gaps(docId, threshold);
  }
}

export class Neo4jReader {
  private version = -1;
  private memo = new Map<string, Promise<unknown>>();
  private answers = new Map<string, unknown>();

  constructor(private readonly client: Neo4jClient) {}

  /** Forget everything cached when the version moved (a write here or in another process). */
  private at(version: number): void {
    if (version === this.version) return;
    this.version = version;
    this.memo = new Map();
    this.answers = new Map();
  }

  /**
   * Run `work` over the rows of one read transaction whose graph version did not move; retried when it did.
   * The opening version read is sent together with the work's first statement instead of before it (one round
   * trip fewer per query): the work reads the caches of the version this reader last saw, and when the database
   * turns out to be at another one the answer is dropped and taken again at once with that version's caches.
   */
  async consistent<T>(work: (rows: Neo4jRowSource, version: number) => Promise<T>): Promise<{ value: T; version: number }> {
    for (let attempt = 1; attempt <= READ_ATTEMPTS; attempt++) {
      const read = await this.client.read(async (tx) => {
        const fetch: Fetch = (statement, params = {}) => collectRows(tx, statement, params, this.client.maxRows);
        const version = async () => (await fetch(READ_VERSION, { staleBefore: staleBefore() }))[0] ?? {};
        const opening = version();
        // Nothing seen yet: learn the version first, or the first query of a process would always run twice.
        if (this.version < 0) this.at(Number((await opening).version ?? 0));
        const assumed = this.version;
        const value = await work(new VersionedRows(fetch, this.memo), assumed);
        const first = Number((await opening).version ?? 0);
        const end = await version();
        return { value, assumed, first, last: Number(end.version ?? 0), committing: Number(end.committing ?? 0) };
      });
      const steady = read.first === read.last && read.committing === 0;
      if (steady && read.first === read.assumed) return { value: read.value, version: read.first };
      if (steady) {
        // Another process wrote since this reader's last query: the caches it used were of the old version.
        this.at(read.first);
        continue;
      }
      // Rows read while a commit was landing may be half of it: forget them, wait a moment, read again.
      this.at(-1);
      await new Promise((done) => setTimeout(done, RETRY_PAUSE_MS * attempt));
    }
    throw new AppError('QUERY_TIMEOUT', '查询期间图一直在变化 / the graph kept changing during the query', {
      retriable: true, hint: '请稍后重试 / retry once the running ingest has finished.',
    });
  }

  /** A catalogue answer: from the cache of the current version, or computed in one consistent read. */
  async run<N extends QueryName>(name: N, input: QueryInput<N>): Promise<QueryOutput<N>> {
    const key = `${name}\u0000${stableStringify(input ?? {})}`;
    const { value, version } = await this.consistent(async (rows) => {
      if (this.answers.has(key)) return this.answers.get(key) as QueryOutput<N>;
      return runQuery(rows, name, input);
    });
    if (version === this.version) {
      if (this.answers.size >= ANSWER_ENTRIES) this.answers.delete(this.answers.keys().next().value as string);
      this.answers.set(key, value);
    }
    return copyJson(value);
  }
}
