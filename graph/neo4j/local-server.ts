// Start, stop and probe a local Neo4j Community server run from Maven jars under graph/neo4j/runtime (dev, tests, CI).
import neo4j from 'neo4j-driver';
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import {
  INSTALL_HINT,
  LocalNeo4jError,
  RUNTIME_DIR,
  RUNTIME_PATHS,
  consoleLogTail,
  ensureInitialPassword,
  fetchJars,
  jarsReady,
  javaBin,
  jvmArgs,
  localSettings,
  missingPrerequisites,
  writeRuntimeConf,
  type LocalNeo4jSettings,
} from './runtime-files.ts';

export { LocalNeo4jError } from './runtime-files.ts';

function boltPortFromEnv(): number {
  try {
    return localSettings().boltPort;
  } catch {
    return 7687; // a bad NEO4J_BOLT_PORT/NEO4J_PASSWORD is reported by start/status, not at import
  }
}

/** Bolt URI of the local server (port from NEO4J_BOLT_PORT, default 7687). */
export const LOCAL_BOLT_URI = `bolt://127.0.0.1:${boltPortFromEnv()}`;

export interface LocalNeo4jOptions {
  /** Progress lines; defaults to console.log. */
  log?: (line: string) => void;
  /** How long start waits for Bolt to answer `RETURN 1`; default 120 s. */
  timeoutMs?: number;
}

export interface LocalNeo4jStart {
  uri: string;
  user: string;
  password: string;
  /** null when something else already answers on the Bolt port. */
  pid: number | null;
  alreadyRunning: boolean;
  /** Milliseconds spent fetching jars with Maven (0 when they were there). */
  fetchMs: number;
  /** Milliseconds from launching java until Bolt answered (0 when already running). */
  startMs: number;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid: number | null;
  boltAnswers: boolean;
  uri: string;
  /** Why Bolt did not answer, when it did not. */
  detail?: string;
}

type Probe = { ok: true } | { ok: false; code?: string; message: string };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function uriOf(s: LocalNeo4jSettings): string {
  return `bolt://127.0.0.1:${s.boltPort}`;
}

/** Runs `RETURN 1` over Bolt once, without the driver's retries. */
async function probeBolt(s: LocalNeo4jSettings, timeoutMs = 3000): Promise<Probe> {
  const driver = neo4j.driver(uriOf(s), neo4j.auth.basic(s.user, s.password), {
    connectionTimeout: timeoutMs,
    connectionAcquisitionTimeout: timeoutMs,
    maxConnectionPoolSize: 1,
  });
  const session = driver.session();
  try {
    const result = await session.run('RETURN 1 AS one');
    return result.records[0]?.get('one').toNumber() === 1 ? { ok: true } : { ok: false, message: 'unexpected answer' };
  } catch (error) {
    const e = error as { code?: string; message?: string };
    return { ok: false, code: e.code, message: e.message ?? String(error) };
  } finally {
    await session.close().catch(() => undefined);
    await driver.close().catch(() => undefined);
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(false));
  });
}

function readPid(): number | null {
  if (!existsSync(RUNTIME_PATHS.pidFile)) return null;
  const pid = Number(readFileSync(RUNTIME_PATHS.pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/** True when pid is alive and (where /proc exists) is the Neo4j launched for this runtime directory. */
function isOurServer(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (!existsSync('/proc/self/cmdline')) return true;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('CommunityEntryPoint') && cmdline.includes(`--home-dir=${RUNTIME_DIR}`);
  } catch {
    return false;
  }
}

function unauthorizedHint(s: LocalNeo4jSettings): string {
  return `Bolt at ${uriOf(s)} answers but rejects user ${s.user} with the configured password. The password is fixed at the ` +
    `first start; set NEO4J_PASSWORD to it, or stop the server and delete ${RUNTIME_PATHS.data} to start afresh.`;
}

/** Polls Bolt until `RETURN 1` works; throws with the console log tail if the process dies or time runs out. */
async function waitForBolt(s: LocalNeo4jSettings, pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: Probe = { ok: false, message: 'not probed yet' };
  while (Date.now() < deadline) {
    if (!isOurServer(pid)) {
      rmSync(RUNTIME_PATHS.pidFile, { force: true });
      throw new LocalNeo4jError(`Neo4j (pid ${pid}) exited while starting. Tail of ${RUNTIME_PATHS.consoleLog}:\n${consoleLogTail()}`);
    }
    last = await probeBolt(s);
    if (last.ok) return;
    if (last.code === 'Neo.ClientError.Security.Unauthorized') {
      throw new LocalNeo4jError(`${unauthorizedHint(s)} (The server, pid ${pid}, is left running.)`);
    }
    await sleep(1000);
  }
  await stopPid(pid, () => undefined);
  throw new LocalNeo4jError(
    `Neo4j did not answer on ${uriOf(s)} within ${Math.round(timeoutMs / 1000)} s (last error: ${last.ok ? '' : last.message}); ` +
      `stopped it. Tail of ${RUNTIME_PATHS.consoleLog}:\n${consoleLogTail()}`,
  );
}

/**
 * Starts the local server unless it already answers: checks java/mvn, fetches jars once, writes conf,
 * sets the initial password, launches java detached and waits until Bolt runs `RETURN 1`.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions = {}): Promise<LocalNeo4jStart> {
  const log = options.log ?? ((line: string) => console.log(line));
  const timeoutMs = options.timeoutMs ?? 120_000;
  const s = localSettings();
  const base = { uri: uriOf(s), user: s.user, password: s.password, fetchMs: 0, startMs: 0 };

  const existing = readPid();
  if (existing !== null && isOurServer(existing)) {
    await waitForBolt(s, existing, timeoutMs);
    log(`Neo4j is already running (pid ${existing}); Bolt answers at ${base.uri}`);
    return { ...base, pid: existing, alreadyRunning: true };
  }
  if (existing !== null) rmSync(RUNTIME_PATHS.pidFile, { force: true });

  if (await portOpen(s.boltPort)) {
    const probe = await probeBolt(s);
    if (probe.ok) {
      log(`A Neo4j not started by this tool already answers at ${base.uri}; using it.`);
      return { ...base, pid: null, alreadyRunning: true };
    }
    if (probe.code === 'Neo.ClientError.Security.Unauthorized') throw new LocalNeo4jError(unauthorizedHint(s));
    throw new LocalNeo4jError(`Port ${s.boltPort} on 127.0.0.1 is taken by something that is not a usable Neo4j: ` +
      `${probe.message}. Free it or set NEO4J_BOLT_PORT.`);
  }

  const needJars = !jarsReady();
  const missing = missingPrerequisites(needJars);
  if (missing.length > 0) throw new LocalNeo4jError(`Cannot start Neo4j:\n  ${missing.join('\n  ')}\n${INSTALL_HINT}`, 2);

  if (needJars) {
    const fetchStart = Date.now();
    fetchJars(log);
    base.fetchMs = Date.now() - fetchStart;
    log(`Fetched jars in ${(base.fetchMs / 1000).toFixed(1)} s.`);
  }
  writeRuntimeConf(s);
  ensureInitialPassword(s);

  const launchStart = Date.now();
  const out = openSync(RUNTIME_PATHS.consoleLog, 'w');
  const child = spawn(javaBin(), jvmArgs(s), { cwd: RUNTIME_DIR, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new LocalNeo4jError(`Could not launch ${javaBin()}.`);
  child.unref();
  writeFileSync(RUNTIME_PATHS.pidFile, `${pid}\n`);
  log(`Launched Neo4j (pid ${pid}); waiting for Bolt at ${base.uri} ...`);

  await waitForBolt(s, pid, timeoutMs);
  base.startMs = Date.now() - launchStart;
  log(`Neo4j is up in ${(base.startMs / 1000).toFixed(1)} s: ${base.uri} (user ${s.user})`);
  return { ...base, pid, alreadyRunning: false };
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isOurServer(pid)) return true;
    await sleep(250);
  }
  return !isOurServer(pid);
}

/** SIGTERM, wait up to 60 s for a clean shutdown, then SIGKILL. Returns true if SIGKILL was needed. */
async function stopPid(pid: number, log: (line: string) => void): Promise<boolean> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return false;
  }
  if (await waitForExit(pid, 60_000)) return false;
  log(`Neo4j (pid ${pid}) ignored SIGTERM for 60 s; sending SIGKILL.`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  await waitForExit(pid, 10_000);
  return true;
}

/** Stops the server started by startLocalNeo4j, if any, and removes the pid file. */
export async function stopLocalNeo4j(
  options: Pick<LocalNeo4jOptions, 'log'> = {},
): Promise<{ wasRunning: boolean; killed: boolean }> {
  const log = options.log ?? ((line: string) => console.log(line));
  const pid = readPid();
  if (pid === null || !isOurServer(pid)) {
    rmSync(RUNTIME_PATHS.pidFile, { force: true });
    log('Neo4j is not running.');
    return { wasRunning: false, killed: false };
  }
  log(`Stopping Neo4j (pid ${pid}) ...`);
  const killed = await stopPid(pid, log);
  rmSync(RUNTIME_PATHS.pidFile, { force: true });
  log(killed ? 'Neo4j killed.' : 'Neo4j stopped.');
  return { wasRunning: true, killed };
}

/** Whether the local server process is running and whether Bolt answers `RETURN 1`. */
export async function localNeo4jStatus(): Promise<LocalNeo4jStatus> {
  const s = localSettings();
  const uri = uriOf(s);
  const pid = readPid();
  if (pid === null || !isOurServer(pid)) return { running: false, pid: null, boltAnswers: false, uri };
  const probe = await probeBolt(s);
  return probe.ok
    ? { running: true, pid, boltAnswers: true, uri }
    : { running: true, pid, boltAnswers: false, uri, detail: probe.message };
}
