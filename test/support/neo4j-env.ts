// Gate for Neo4j integration suites: connection settings from the environment, null to skip, error when required.
import { DEFAULT_LOCAL_PASSWORD, LOCAL_NEO4J_USER } from '../../graph/neo4j/runtime-files.ts';

export interface Neo4jTestConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const NEO4J_SKIP_MESSAGE =
  'Neo4j suite skipped: set NEO4J_URI (e.g. `npm run neo4j:start` then NEO4J_URI=bolt://127.0.0.1:7687) to run it';

/**
 * NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, defaulting to the local server's) or null when
 * NEO4J_URI is unset. Throws when REQUIRE_NEO4J=1 and NEO4J_URI is unset, so CI cannot silently skip.
 */
export function neo4jTestConfig(env: NodeJS.ProcessEnv = process.env): Neo4jTestConfig | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) {
    if (env.REQUIRE_NEO4J === '1') {
      throw new Error('REQUIRE_NEO4J=1 but NEO4J_URI is not set: run `npm run neo4j:start` and export NEO4J_URI=bolt://127.0.0.1:7687');
    }
    return null;
  }
  return {
    uri,
    user: env.NEO4J_USER || LOCAL_NEO4J_USER,
    password: env.NEO4J_PASSWORD || DEFAULT_LOCAL_PASSWORD,
    database: env.NEO4J_DATABASE || 'neo4j',
  };
}

let skipAnnounced = false;

/** neo4jTestConfig() for a suite's top level; prints the one skip line (once per test process) when it is null. */
export function neo4jSuiteConfig(env: NodeJS.ProcessEnv = process.env): Neo4jTestConfig | null {
  const config = neo4jTestConfig(env);
  if (config === null && !skipAnnounced) {
    skipAnnounced = true;
    console.log(NEO4J_SKIP_MESSAGE);
  }
  return config;
}
