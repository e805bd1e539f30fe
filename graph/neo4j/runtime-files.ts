// Files and prerequisites of the local Neo4j runtime: settings, paths, java/mvn checks, jar fetch, neo4j.conf, password.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** graph/neo4j/ — holds pom.xml; everything generated goes under runtime/ (git-ignored). */
export const NEO4J_TOOL_DIR = fileURLToPath(new URL('.', import.meta.url));
export const POM_PATH = join(NEO4J_TOOL_DIR, 'pom.xml');
export const RUNTIME_DIR = join(NEO4J_TOOL_DIR, 'runtime');
export const RUNTIME_PATHS = {
  lib: join(RUNTIME_DIR, 'lib'),
  libMarker: join(RUNTIME_DIR, 'lib', '.fetched-version'),
  conf: join(RUNTIME_DIR, 'conf'),
  confFile: join(RUNTIME_DIR, 'conf', 'neo4j.conf'),
  data: join(RUNTIME_DIR, 'data'),
  systemDb: join(RUNTIME_DIR, 'data', 'databases', 'system'),
  logs: join(RUNTIME_DIR, 'logs'),
  consoleLog: join(RUNTIME_DIR, 'logs', 'console.log'),
  pidFile: join(RUNTIME_DIR, 'neo4j.pid'),
} as const;

export const LOCAL_NEO4J_USER = 'neo4j';
/** Password given to the local server on its first start unless NEO4J_PASSWORD says otherwise (min. 8 chars). */
export const DEFAULT_LOCAL_PASSWORD = 'policygraph-dev';
export const INSTALL_HINT = 'On Debian/Ubuntu: apt-get update && apt-get install -y openjdk-17-jre-headless maven';

export interface LocalNeo4jSettings {
  boltPort: number;
  /** null: HTTP connector disabled (NEO4J_HTTP_PORT=off). */
  httpPort: number | null;
  user: string;
  password: string;
  heapInitial: string;
  heapMax: string;
  pageCache: string;
  /** NEO4J_JVM_OPTS, split on spaces: flags after the defaults (a later -XX flag wins), for trying server settings. */
  jvmOpts: string[];
}

export class LocalNeo4jError extends Error {
  override readonly name = 'LocalNeo4jError';
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

function portFrom(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new LocalNeo4jError(`${name}=${raw} is not a TCP port (1-65535).`, 2);
  }
  return port;
}

/**
 * The heap when NEO4J_HEAP does not say: 1 GB holds a 100-document write group. 2 GB halves the collector's work on a
 * bulk load (README, "Where a bulk write's time goes") but costs each server about 1.1 GB more resident memory, and
 * on a shared 24 GB machine every engineer runs one: about 1.7 GB a server with 1 GB of heap and 512 MB of page cache.
 */
const DEFAULT_HEAP = '1g';

/** A JVM memory size as -Xmx takes it, in MB or GB: 1g, 1536m. */
function heapFrom(raw: string | undefined): string {
  if (raw === undefined || raw === '') return DEFAULT_HEAP;
  const match = /^(\d+)([mg])$/i.exec(raw.trim());
  const mb = match ? Number(match[1]) * (match[2].toLowerCase() === 'g' ? 1024 : 1) : 0;
  if (mb < 512) throw new LocalNeo4jError(`NEO4J_HEAP=${raw} is not a heap size of at least 512m (e.g. 1g, 1536m, 2g).`, 2);
  return raw.trim().toLowerCase();
}

/** Settings from the environment: NEO4J_BOLT_PORT, NEO4J_HTTP_PORT (number or "off"), NEO4J_PASSWORD, NEO4J_HEAP, NEO4J_JVM_OPTS. */
export function localSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  const httpRaw = env.NEO4J_HTTP_PORT;
  const password = env.NEO4J_PASSWORD || DEFAULT_LOCAL_PASSWORD;
  if (password.length < 8) throw new LocalNeo4jError('NEO4J_PASSWORD must have at least 8 characters.', 2);
  const heap = heapFrom(env.NEO4J_HEAP);
  return {
    boltPort: portFrom(env.NEO4J_BOLT_PORT, 7687, 'NEO4J_BOLT_PORT'),
    httpPort: httpRaw === 'off' || httpRaw === '0' ? null : portFrom(httpRaw, 7474, 'NEO4J_HTTP_PORT'),
    user: LOCAL_NEO4J_USER,
    password,
    // Initial = max, as Neo4j's manual advises: a heap growing from 512m during a bulk write collects more often.
    heapInitial: heap,
    heapMax: heap,
    pageCache: '512m',
    jvmOpts: (env.NEO4J_JVM_OPTS ?? '').split(' ').filter((flag) => flag !== ''),
  };
}

/** The java binary: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
export function javaBin(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Major version from `java -version` output ("1.8.0_x" → 8, "17.0.15" → 17), or null. */
export function parseJavaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/** What is missing to run (java 17+) and, when the jars are not fetched yet, to fetch them (mvn). */
export function missingPrerequisites(needMaven: boolean): string[] {
  const problems: string[] = [];
  const java = spawnSync(javaBin(), ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    problems.push(`java not found (${javaBin()}); Neo4j 5.26 needs a Java 17 or 21 runtime.`);
  } else {
    const major = parseJavaMajor(`${java.stderr}${java.stdout}`);
    if (major !== null && major < 17) problems.push(`java ${major} found; Neo4j 5.26 needs Java 17 or 21.`);
  }
  if (needMaven) {
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0) problems.push('mvn (Maven) not found; it fetches the Neo4j jars once.');
  }
  return problems;
}

/** The Neo4j version pinned in pom.xml. */
export function pomNeo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM_PATH, 'utf8'));
  if (!match) throw new LocalNeo4jError(`No <neo4j.version> in ${POM_PATH}.`);
  return match[1].trim();
}

/** True when runtime/lib holds a complete copy of the jars for the pom's version. */
export function jarsReady(): boolean {
  return existsSync(RUNTIME_PATHS.libMarker) && readFileSync(RUNTIME_PATHS.libMarker, 'utf8').trim() === pomNeo4jVersion();
}

/** Copies the server jars (and their dependencies) from Maven into runtime/lib. */
export function fetchJars(log: (line: string) => void): void {
  const version = pomNeo4jVersion();
  rmSync(RUNTIME_PATHS.lib, { recursive: true, force: true });
  log(`Fetching Neo4j ${version} jars with Maven into ${RUNTIME_PATHS.lib} (first time only, about a minute)...`);
  const args = ['-q', '-B', '-f', POM_PATH, 'dependency:copy-dependencies', `-DoutputDirectory=${RUNTIME_PATHS.lib}`];
  const mvn = spawnSync('mvn', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (mvn.error || mvn.status !== 0) {
    const output = `${mvn.stdout ?? ''}${mvn.stderr ?? ''}`.trimEnd().split('\n').slice(-40).join('\n');
    throw new LocalNeo4jError(`mvn ${args.join(' ')} failed (exit ${mvn.status ?? mvn.error?.message}):\n${output}`);
  }
  writeFileSync(RUNTIME_PATHS.libMarker, `${version}\n`);
}

/** neo4j.conf for a loopback-only dev server with explicit memory and no usage reporting. */
export function renderConf(s: LocalNeo4jSettings): string {
  const http = s.httpPort === null
    ? ['server.http.enabled=false']
    : ['server.http.enabled=true', `server.http.listen_address=127.0.0.1:${s.httpPort}`];
  return [
    '# Written by graph/neo4j/neo4j-ctl.ts on every start; edit runtime-files.ts instead.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${s.boltPort}`,
    'server.bolt.tls_level=DISABLED',
    ...http,
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
    // Read for the memory sanity check only: the heap itself is set with -Xms/-Xmx, as we launch java ourselves.
    `server.memory.heap.initial_size=${s.heapInitial}`,
    `server.memory.heap.max_size=${s.heapMax}`,
    `server.memory.pagecache.size=${s.pageCache}`,
    // A bulk group's transaction state (tens of thousands of new nodes and edges with their strings) kept off the heap,
    // so the collector does not copy it from one survivor space to the next while the group is written.
    'db.tx_state.memory_allocation=OFF_HEAP',
    // Community has no online backup, so logs serve crash recovery only: keep a bounded amount, not every day's.
    'db.tx_log.rotation.retention_policy=512M size',
    '',
  ].join('\n');
}

/** Creates the runtime directories and (re)writes conf/neo4j.conf. */
export function writeRuntimeConf(s: LocalNeo4jSettings): void {
  for (const dir of [RUNTIME_PATHS.conf, RUNTIME_PATHS.data, RUNTIME_PATHS.logs]) mkdirSync(dir, { recursive: true });
  writeFileSync(RUNTIME_PATHS.confFile, renderConf(s));
}

/**
 * Before the very first start (no system database yet) sets the neo4j user's password, as
 * `neo4j-admin dbms set-initial-password` does. Later starts keep whatever password the store has.
 */
export function ensureInitialPassword(s: LocalNeo4jSettings): void {
  if (existsSync(RUNTIME_PATHS.systemDb)) return;
  const admin = spawnSync(
    javaBin(),
    ['-cp', join(RUNTIME_PATHS.lib, '*'), 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', s.password],
    { encoding: 'utf8', env: { ...process.env, NEO4J_HOME: RUNTIME_DIR, NEO4J_CONF: RUNTIME_PATHS.conf } },
  );
  if (admin.error || admin.status !== 0) {
    throw new LocalNeo4jError(`Setting the initial password failed:\n${admin.stdout ?? ''}${admin.stderr ?? ''}`);
  }
}

/**
 * JVM flags of Neo4j 5.26's default neo4j.conf (`server.jvm.additional`) on Java 17+, plus our memory limits, but
 * for -XX:+AlwaysPreTouch: it makes the whole heap resident at start (one more GB per server on a machine several
 * engineers share) and cost 8-9 s of CPU to start a 2 GB heap on the loaded 2-core machine. And the throughput
 * collector (ParallelGC) in place of G1: a bulk load is a throughput job, and G1's concurrent work and write barriers
 * cost CPU the two cores do not have (test/bench/neo4j-config-ab.ts, 1,000 documents: collector threads 14.0 → 8.1 s,
 * server CPU 102.3 → 88.2 s; README, "Where a bulk write's time goes"). Its pauses stop every thread, as G1's young
 * ones do, but fewer and longer (its young generation is a third of the heap; G1 sizes its own to a pause goal).
 */
export function jvmArgs(s: LocalNeo4jSettings): string[] {
  return [
    `-Xms${s.heapInitial}`,
    `-Xmx${s.heapMax}`,
    '-XX:+UseParallelGC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    ...s.jvmOpts,
    '-cp',
    join(RUNTIME_PATHS.lib, '*'),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${RUNTIME_DIR}`,
    `--config-dir=${RUNTIME_PATHS.conf}`,
    '--console-mode',
  ];
}

/** Last lines of runtime/logs/console.log, for failure messages. */
export function consoleLogTail(lines = 40): string {
  if (!existsSync(RUNTIME_PATHS.consoleLog)) return '(no console log yet)';
  return readFileSync(RUNTIME_PATHS.consoleLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
