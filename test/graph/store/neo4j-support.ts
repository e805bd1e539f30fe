// Helpers for the Neo4j suites: wipe the one database, open stores on it, and a TCP proxy to cut and restore the link.
import { createServer, connect, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { Neo4jGraphStore, type Neo4jConfig } from '../../../graph/store/neo4j/neo4j-store.ts';
import type { Neo4jTestConfig } from '../../support/neo4j-env.ts';

export function storeConfig(config: Neo4jTestConfig, extra: Partial<Neo4jConfig> = {}): Neo4jConfig {
  return { uri: config.uri, user: config.user, password: config.password, database: config.database, ...extra };
}

/**
 * A database holding at least this many documents was not filled by the suites (they load a few dozen at most): most
 * likely an engineer's bench-loaded or working store that NEO4J_URI points at by mistake. Wiping it is refused unless
 * NEO4J_TEST_WIPE=1 says it is meant.
 */
export const WIPE_GUARD_DOCUMENTS = 500;

/** Delete every node and relationship (Community edition has one database, so suites share it and run one file). */
export async function wipeDatabase(
  config: Neo4jTestConfig,
  { env = process.env, guard = WIPE_GUARD_DOCUMENTS }: { env?: NodeJS.ProcessEnv; guard?: number } = {},
): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session({ database: config.database });
  try {
    if (env.NEO4J_TEST_WIPE !== '1') {
      const result = await session.run('MATCH (d:Document) RETURN count(d) AS n');
      const documents = Number(result.records[0]?.get('n') ?? 0);
      if (documents >= guard) {
        throw new Error(
          `refusing to wipe ${config.uri} (database ${config.database}): it holds ${documents} documents, more than the ` +
            `Neo4j test suites ever load — point NEO4J_URI at a server for tests, or set NEO4J_TEST_WIPE=1 to wipe it anyway`,
        );
      }
    }
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

/** A new store on a wiped database (the suite calls init()). */
export async function freshNeo4jStore(config: Neo4jTestConfig, extra: Partial<Neo4jConfig> = {}): Promise<Neo4jGraphStore> {
  await wipeDatabase(config);
  return new Neo4jGraphStore(storeConfig(config, extra));
}

/** A TCP proxy in front of Neo4j's Bolt port that can be cut (every socket dropped) and restored on the same port. */
export class BoltProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  static forUri(uri: string): BoltProxy {
    const url = new URL(uri.replace(/^neo4j:/, 'bolt:'));
    return new BoltProxy({ host: url.hostname, port: Number(url.port || 7687) });
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
