// Local Neo4j tooling without a server: settings from env, java version parsing, neo4j.conf, the suite gate.
import { describe, expect, it } from 'vitest';
import { localSettings, parseJavaMajor, renderConf, jvmArgs } from '../../../graph/neo4j/runtime-files.ts';
import { neo4jTestConfig } from '../../support/neo4j-env.ts';

describe('local Neo4j settings', () => {
  it('defaults to loopback Bolt 7687, HTTP 7474 and the dev password', () => {
    const s = localSettings({});
    expect(s).toMatchObject({ boltPort: 7687, httpPort: 7474, user: 'neo4j', password: 'policygraph-dev' });
  });

  it('takes ports and password from the environment, and refuses bad ones', () => {
    const s = localSettings({ NEO4J_BOLT_PORT: '7690', NEO4J_HTTP_PORT: 'off', NEO4J_PASSWORD: 'longenough' });
    expect(s).toMatchObject({ boltPort: 7690, httpPort: null, password: 'longenough' });
    expect(() => localSettings({ NEO4J_BOLT_PORT: 'x' })).toThrow(/NEO4J_BOLT_PORT/);
    expect(() => localSettings({ NEO4J_PASSWORD: 'short' })).toThrow(/8 characters/);
  });

  it('sizes the heap from NEO4J_HEAP (initial = max, 1g by default), and refuses what -Xmx would not take', () => {
    expect(localSettings({})).toMatchObject({ heapInitial: '1g', heapMax: '1g' });
    expect(localSettings({ NEO4J_HEAP: '2G' })).toMatchObject({ heapInitial: '2g', heapMax: '2g' });
    expect(jvmArgs(localSettings({ NEO4J_HEAP: '1536m' }))).toEqual(expect.arrayContaining(['-Xms1536m', '-Xmx1536m']));
    expect(renderConf(localSettings({ NEO4J_HEAP: '2g' }))).toContain('server.memory.heap.max_size=2g');
    for (const bad of ['2', '2gb', '256m', 'lots']) expect(() => localSettings({ NEO4J_HEAP: bad })).toThrow(/NEO4J_HEAP/);
  });

  it('writes a loopback-only conf with explicit memory and no usage report', () => {
    const conf = renderConf(localSettings({ NEO4J_HTTP_PORT: 'off' }));
    expect(conf).toContain('server.bolt.listen_address=127.0.0.1:7687');
    expect(conf).toContain('server.http.enabled=false');
    expect(conf).toContain('dbms.usage_report.enabled=false');
    expect(conf).toContain('server.memory.pagecache.size=512m');
    expect(conf).toContain('db.tx_state.memory_allocation=OFF_HEAP');
    expect(conf).toContain('db.tx_log.rotation.retention_policy=512M size');
    expect(conf).not.toMatch(/0\.0\.0\.0/);
  });

  it('launches CommunityEntryPoint with heap limits and the add-opens Java 17 needs', () => {
    const args = jvmArgs(localSettings({}));
    expect(args).toEqual(expect.arrayContaining(['-Xms1g', '-Xmx1g', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED']));
    // Neo4j's own defaults, in the order the JVM needs them (the experimental flag unlocks the next one).
    expect(args.indexOf('-XX:+TrustFinalNonStaticFields')).toBeGreaterThan(args.indexOf('-XX:+UnlockExperimentalVMOptions'));
    expect(args.indexOf('-XX:+UnlockExperimentalVMOptions')).toBeGreaterThanOrEqual(0);
    expect(args).not.toContain('-XX:+AlwaysPreTouch');
    // The throughput collector, not Neo4j's G1: fewer CPU seconds per bulk load on two cores.
    expect(args).toContain('-XX:+UseParallelGC');
    expect(args).not.toContain('-XX:+UseG1GC');
    expect(args).toContain('org.neo4j.server.CommunityEntryPoint');
    expect(args.at(-1)).toBe('--console-mode');
  });

  it('appends NEO4J_JVM_OPTS after the defaults and before the class path, so a later -XX flag wins', () => {
    const args = jvmArgs(localSettings({ NEO4J_JVM_OPTS: ' -XX:-UseParallelGC  -XX:+UseG1GC ' }));
    expect(args.indexOf('-XX:-UseParallelGC')).toBeGreaterThan(args.indexOf('-XX:+UseParallelGC'));
    expect(args.indexOf('-XX:+UseG1GC')).toBe(args.indexOf('-XX:-UseParallelGC') + 1);
    expect(args.indexOf('-XX:+UseG1GC')).toBeLessThan(args.indexOf('-cp'));
    expect(args).not.toContain('');
    expect(jvmArgs(localSettings({}))).toEqual(jvmArgs(localSettings({ NEO4J_JVM_OPTS: '' })));
  });

  it('reads the java major version', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('nonsense')).toBeNull();
  });
});

describe('neo4jTestConfig', () => {
  it('skips without NEO4J_URI, fails when REQUIRE_NEO4J=1', () => {
    expect(neo4jTestConfig({})).toBeNull();
    expect(() => neo4jTestConfig({ REQUIRE_NEO4J: '1' })).toThrow(/NEO4J_URI/);
  });

  it('defaults user, password and database to the local server', () => {
    expect(neo4jTestConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' })).toEqual({
      uri: 'bolt://127.0.0.1:7687', user: 'neo4j', password: 'policygraph-dev', database: 'neo4j',
    });
  });
});
