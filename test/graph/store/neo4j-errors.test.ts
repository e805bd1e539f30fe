// Driver errors become AppErrors with the right code; configuration comes from the environment.
import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../graph/errors.ts';
import { cypherName } from '../../../graph/store/neo4j/neo4j-cypher.ts';
import { labelOfId } from '../../../graph/store/batch/id-prefix.ts';
import { QUERY_TIMEOUT_MS } from '../../../graph/store/neo4j/neo4j-client.ts';
import { toStoreError } from '../../../graph/store/neo4j/neo4j-errors.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../../graph/store/neo4j/neo4j-store.ts';
import { NODE_LABELS } from '../../../graph/model.ts';
import { planBatch } from '../../support/fixtures.ts';

const URI = 'bolt://db.example:7687';
const driverError = (code: string) => new Neo4jError('boom', code as never, '50N42', 'general processing exception');

describe('toStoreError', () => {
  it.each([
    ['ServiceUnavailable', 'STORE_UNAVAILABLE', true],
    ['SessionExpired', 'STORE_UNAVAILABLE', true],
    ['Neo.ClientError.Security.Unauthorized', 'STORE_UNAVAILABLE', true],
    ['Neo.ClientError.Security.AuthenticationRateLimit', 'STORE_UNAVAILABLE', true],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'QUERY_TIMEOUT', true],
    ['Neo.ClientError.Statement.SyntaxError', 'INTERNAL', false],
  ])('%s → %s', (code, expected, retriable) => {
    const error = toStoreError(driverError(code), URI);
    expect([error.code, error.retriable, error.cause instanceof Neo4jError]).toEqual([expected, retriable, true]);
  });

  it('names the server when it is down, and passes AppErrors through', () => {
    expect(toStoreError(driverError('ServiceUnavailable'), URI).message).toContain(URI);
    const own = new AppError('BAD_INPUT', 'x');
    expect(toStoreError(own, URI)).toBe(own);
  });
});

describe('neo4jConfigFromEnv', () => {
  it('reads NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_QUERY_TIMEOUT_MS', () => {
    const env = { NEO4J_URI: ' neo4j://h:1 ', NEO4J_USER: 'u', NEO4J_PASSWORD: 'p', NEO4J_DATABASE: 'graph', NEO4J_QUERY_TIMEOUT_MS: '120000' };
    expect(neo4jConfigFromEnv(env)).toStrictEqual({ uri: 'neo4j://h:1', user: 'u', password: 'p', database: 'graph', queryTimeoutMs: 120_000 });
  });

  it('defaults to the local server of npm run neo4j:start', () => {
    expect(neo4jConfigFromEnv({})).toStrictEqual({
      uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'policygraph-dev', database: undefined, queryTimeoutMs: QUERY_TIMEOUT_MS,
    });
  });

  it('refuses a query timeout that is not a positive number, naming the variable', () => {
    expect(() => neo4jConfigFromEnv({ NEO4J_QUERY_TIMEOUT_MS: '20s' })).toThrow(/NEO4J_QUERY_TIMEOUT_MS must be a positive number, got "20s"/);
  });
});

describe('cypherName', () => {
  it('lets only allow-listed labels into Cypher text', () => {
    expect(cypherName('Task', NODE_LABELS)).toBe('Task');
    expect(() => cypherName('Task) DETACH DELETE (x', NODE_LABELS)).toThrow();
  });
});

describe('ids route by their label prefix', () => {
  it('reads the label an id names, and none for an id of another shape', () => {
    expect([labelOfId('task:0123abcd'), labelOfId('doc:ab'), labelOfId('unit:区:区发展改革委'), labelOfId('u1'), labelOfId('edge:x')])
      .toEqual(['Task', 'Document', 'Unit', null, null]);
  });

  it('refuses a node whose id names another label before connecting, since reads would seek it under that label', async () => {
    const store = new Neo4jGraphStore({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'x' });
    const plan = planBatch();
    const unit = plan.nodes.findIndex((n) => n.label === 'Unit');
    const batch = { ...plan, nodes: plan.nodes.map((n, i) => (i === unit ? { ...n, id: 'task:not-a-task' } : n)), edges: [] };
    try {
      await expect(store.applyBatch(batch)).rejects.toMatchObject({ name: 'AppError', code: 'BAD_INPUT', issues: [{ path: ['nodes', unit, 'id'] }] });
    } finally {
      await store.close();
    }
  });
});
