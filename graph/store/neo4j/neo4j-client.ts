// The driver wrapper: sessions closed in finally, executeRead/executeWrite with timeouts, a row cap, AppErrors out.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { ANNOUNCE_COMMIT, BUMP_VERSION, WITHDRAW_COMMIT } from './neo4j-cypher.ts';
import { toStoreError, tooManyRows, unavailable } from './neo4j-errors.ts';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** Default: the server's default database. */
  database?: string;
  queryTimeoutMs?: number;
  writeTimeoutMs?: number;
  /** How long executeRead/executeWrite keep retrying transient failures before giving up. */
  maxRetryTimeMs?: number;
  connectionTimeoutMs?: number;
  maxRows?: number;
}

export const QUERY_TIMEOUT_MS = 20_000;
/** A whole document goes in one transaction (big plans take seconds); the whole graph is exported in one read. */
export const WRITE_TIMEOUT_MS = 300_000;
export const EXPORT_TIMEOUT_MS = 300_000;
/** The driver's default is 30 s; a user waiting on the API should hear "unavailable" sooner. */
export const MAX_RETRY_TIME_MS = 5_000;
export const CONNECTION_TIMEOUT_MS = 5_000;
/** Per statement; far above any catalogue answer at 1,000 documents, low enough to stop a runaway one. */
export const MAX_QUERY_ROWS = 500_000;
/**
 * Records per PULL on read sessions. The driver's 1,000 cost a round trip per thousand rows (a BFS level of a busy
 * unit returns several thousand); a bound instead of "all" keeps the driver's back-pressure for a runaway statement.
 */
export const READ_FETCH_SIZE = 20_000;

/** A commit announced longer ago than this was left by a process that died: readers stop waiting for it. */
export const COMMIT_STALE_MS = 60_000;

export type Row = Record<string, unknown>;

/** Commit tokens sort by time: a fixed-width millisecond timestamp first. */
export function commitToken(now = Date.now()): string {
  return `${String(now).padStart(15, '0')}:${randomUUID()}`;
}

export function staleBefore(now = Date.now()): string {
  return String(now - COMMIT_STALE_MS).padStart(15, '0');
}

/** Stream a statement's records as plain objects, failing once more than `cap` arrive. */
export async function collectRows(tx: ManagedTransaction, statement: string, params: Row, cap: number): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const record of tx.run(statement, params)) {
    if (rows.length >= cap) throw tooManyRows(cap);
    rows.push(record.toObject() as Row);
  }
  return rows;
}

export class Neo4jClient {
  private readonly driver: Driver;
  /**
   * Shared by every session of this client: a read waits for the cluster member it lands on to have applied
   * this client's earlier writes (read-your-writes on a cluster or Aura; a no-op on a single server).
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();
  readonly maxRows: number;

  constructor(readonly config: Neo4jConfig) {
    this.maxRows = config.maxRows ?? MAX_QUERY_ROWS;
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: config.maxRetryTimeMs ?? MAX_RETRY_TIME_MS,
      connectionTimeout: config.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS,
      connectionAcquisitionTimeout: (config.connectionTimeoutMs ?? CONNECTION_TIMEOUT_MS) * 2,
    });
  }

  get uri(): string {
    return this.config.uri;
  }

  private session(mode: 'READ' | 'WRITE', fetchSize = READ_FETCH_SIZE) {
    // READ sessions are routed to followers/read replicas under a neo4j:// or neo4j+s:// URI.
    return this.driver.session({
      database: this.config.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      ...(mode === 'READ' ? { fetchSize } : {}),
      bookmarkManager: this.bookmarks,
    });
  }

  async verify(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.config.database });
    } catch (error) {
      const mapped = toStoreError(error, this.uri);
      throw mapped.code === 'INTERNAL' ? unavailable(this.uri, error) : mapped;
    }
  }

  /**
   * A read transaction; `timeoutMs` overrides the query timeout (whole-graph export), `fetchSize` the records per PULL
   * (a streamed read decoding each record as it comes needs few in the driver's buffer: graph/store/neo4j/neo4j-pages.ts).
   */
  async read<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number, fetchSize?: number): Promise<T> {
    const session = this.session('READ', fetchSize);
    try {
      return await session.executeRead(work, { timeout: timeoutMs ?? this.config.queryTimeoutMs ?? QUERY_TIMEOUT_MS });
    } catch (error) {
      throw toStoreError(error, this.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite(work, { timeout: this.config.writeTimeoutMs ?? WRITE_TIMEOUT_MS });
    } catch (error) {
      throw toStoreError(error, this.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * A write whose commit readers can tell apart (see ANNOUNCE_COMMIT): the token is announced when the work is
   * done, the graph version is bumped in the same transaction as the data (unless `changed` says the work changed
   * nothing), and the token is withdrawn once the data has committed, or failed.
   */
  async announcedWrite<T>(work: (tx: ManagedTransaction) => Promise<T>, changed: (result: T) => boolean = () => true): Promise<T> {
    const token = commitToken();
    try {
      return await this.write(async (tx) => {
        const result = await work(tx);
        await this.autoCommit([ANNOUNCE_COMMIT], { token, staleBefore: staleBefore() });
        if (changed(result)) await tx.run(BUMP_VERSION);
        return result;
      });
    } finally {
      await this.autoCommit([WITHDRAW_COMMIT], { token, staleBefore: staleBefore() }).catch(() => undefined);
    }
  }

  /** One read statement, its rows as plain objects (capped). */
  rows(statement: string, params: Row = {}): Promise<Row[]> {
    return this.read((tx) => collectRows(tx, statement, params, this.maxRows));
  }

  /** Auto-commit statements (schema changes cannot share a transaction with data). */
  async autoCommit(statements: string[], params: Row = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    const rows: Row[] = [];
    try {
      for (const statement of statements) rows.push(...(await session.run(statement, params)).records.map((r) => r.toObject() as Row));
      return rows;
    } catch (error) {
      throw toStoreError(error, this.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
