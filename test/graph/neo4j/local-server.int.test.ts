// Local Neo4j integration: a real Bolt round trip (and the cjk full-text analyzer) when NEO4J_URI is set.
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jSuiteConfig } from '../../support/neo4j-env.ts';

const config = neo4jSuiteConfig();

describe.runIf(config !== null)('local Neo4j server', () => {
  let driver: Driver;
  const label = `LocalServerTest_${process.pid}`;
  const index = `local_server_test_${process.pid}`;

  beforeAll(() => {
    driver = neo4j.driver(config!.uri, neo4j.auth.basic(config!.user, config!.password));
  });

  afterAll(async () => {
    if (!driver) return;
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`, {}, { database: config!.database });
    await driver.executeQuery(`DROP INDEX ${index} IF EXISTS`, {}, { database: config!.database });
    await driver.close();
  });

  it('answers RETURN 1 over Bolt', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: config!.database });
    expect(records[0].get('one').toNumber()).toBe(1);
  });

  it('finds Chinese text through a full-text index with the cjk analyzer', async () => {
    const db = { database: config!.database };
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX ${index} IF NOT EXISTS FOR (n:${label}) ON EACH [n.name] ` +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      {},
      db,
    );
    await driver.executeQuery('CALL db.awaitIndex($index, 60)', { index }, db);
    await driver.executeQuery(
      `UNWIND $names AS name CREATE (:${label} {name: name})`,
      { names: ['推动经济高质量发展', '加强生态环境保护', '促进区域协调发展战略'] },
      db,
    );
    const { records } = await driver.executeQuery(
      'CALL db.index.fulltext.queryNodes($index, $q) YIELD node RETURN node.name AS name ORDER BY name',
      { index, q: '发展' },
      db,
    );
    expect(records.map((r) => r.get('name'))).toEqual(['促进区域协调发展战略', '推动经济高质量发展']);
  });
});
