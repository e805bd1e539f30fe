// A real `policy-graph serve` in a child process for the large-upload suites: started on a data dir with a heap
// limit, probed over HTTP from this process (a client the server's event loop cannot delay), and measured from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { SEED_TEXT } from './support.ts';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stderr: () => string;
  /** What it printed on stdout (the listening line, and --trace-gc lines when given). */
  stdout: () => string;
  /** Resolves once it has loaded its stored documents (it listens first, and loads meanwhile). */
  loaded: () => Promise<void>;
  stop: () => Promise<void>;
}

/** What `serve` prints on stderr once its stored documents are loaded (and the seed ingested when it was empty). */
export const LOADED_LINE = /loaded: \d+ documents/;

export async function startServer(dataDir: string, heapMb: number, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ServerProcess> {
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, ...nodeArgs, 'server/cli/bin.mjs', '--store', 'memory', 'serve', '--data', dataDir], {
    env: { ...process.env, PORT: '0', API_TOKEN: '', NEO4J_URI: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => { err += d; });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code, signal) => reject(new Error(`server exited ${code ?? signal}: ${err.slice(-2000)}`)));
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const loaded = new Promise<void>((resolve, reject) => {
    const check = () => {
      if (LOADED_LINE.test(err)) resolve();
      else if (child.exitCode !== null || child.signalCode !== null) reject(new Error(`server exited before it loaded: ${err.slice(-2000)}`));
      else setTimeout(check, 50);
    };
    check();
  });
  loaded.catch(() => undefined);
  return {
    url, child, stderr: () => err, stdout: () => out, loaded: () => loaded,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Peak resident memory of a process so far (VmHWM), in MB. */
export function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** CPU time a process has used so far (user + system, all its threads), in ms: what a loaded machine does not stretch. */
export function cpuTimeMs(pid: number): number {
  // Fields 14 and 15 of /proc/PID/stat, counted after the command name's closing parenthesis.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  return Math.round(((Number(fields[11]) + Number(fields[12])) * 1000) / 100);
}

/** A plan of about `bytes` bytes: the seed repeated under numbered part headings, with its own title line. */
export function largePlan(bytes: number, title: string): string {
  const parts = [`${title}\n`];
  let size = Buffer.byteLength(parts[0]);
  const seedBytes = Buffer.byteLength(SEED_TEXT);
  for (let i = 1; size + seedBytes < bytes; i++) {
    parts.push(SEED_TEXT.replace('行动方案', `行动方案（第${i}部分）`));
    size += seedBytes + 1;
  }
  return parts.join('\n');
}

/** A health probe slower than this is listed with when it began (the goal is 200 ms while uploads run). */
const SLOW_PROBE_MS = 200;

export interface HealthWatch {
  stop: () => Promise<{ maxMs: number; p99Ms: number; probes: number; failures: number; slow: { atMs: number; ms: number }[] }>;
}

/** Ask /api/health every `everyMs` until stopped; the slowest answer, the 99th percentile, how many were not 200, and the slow ones. */
export function watchHealth(url: string, everyMs = 50): HealthWatch {
  let running = true;
  const start = performance.now();
  const result = { maxMs: 0, probes: 0, failures: 0, slow: [] as { atMs: number; ms: number }[] };
  const all: number[] = [];
  const loop = (async () => {
    while (running) {
      const t = performance.now();
      const res = await fetch(`${url}/api/health`).catch(() => null);
      if (res?.status !== 200) result.failures += 1;
      await res?.arrayBuffer();
      const ms = performance.now() - t;
      result.maxMs = Math.max(result.maxMs, ms);
      all.push(ms);
      if (ms > SLOW_PROBE_MS) result.slow.push({ atMs: Math.round(t - start), ms: Math.round(ms) });
      result.probes += 1;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  const p99 = () => all.sort((a, b) => a - b)[Math.min(all.length - 1, Math.floor(all.length * 0.99))] ?? 0;
  return { stop: async () => { running = false; await loop; return { ...result, maxMs: Math.round(result.maxMs), p99Ms: Math.round(p99()) }; } };
}

/** A multipart upload's body, built whole: building 20 MB in the probing process would delay its own health probes. */
export interface UploadBody {
  boundary: string;
  body: Buffer;
}

export function uploadBody(name: string, text: string): UploadBody {
  const boundary = `----pg${Date.now()}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n`;
  return { boundary, body: Buffer.concat([Buffer.from(head), Buffer.from(text), Buffer.from(`\r\n--${boundary}--\r\n`)]) };
}

/** uploadText with the body built beforehand (uploadBody), so a health watch started in between measures only the server. */
export function sendUpload(url: string, { boundary, body }: UploadBody): Promise<{ status: number; code: string | null }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${url}/api/documents`, {
      method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
    }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => { data += d; });
      res.on('end', () => {
        const parsed = JSON.parse(data) as { error?: { code?: string } };
        resolve({ status: res.statusCode ?? 0, code: parsed.error?.code ?? null });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => { if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error); });
    for (let at = 0; at < body.length; at += 1 << 20) req.write(body.subarray(at, at + (1 << 20)));
    req.end();
  });
}

/**
 * Upload over a plain HTTP request with a chunked body (no declared size): the server reads it and decides on the
 * file's size. With a declared size it may refuse before reading, and the unread rest ends in a broken pipe.
 */
export function uploadText(url: string, name: string, text: string): Promise<{ status: number; code: string | null }> {
  return sendUpload(url, uploadBody(name, text));
}
