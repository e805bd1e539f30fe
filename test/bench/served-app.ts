// What the API benches share: another checkout readied to serve, one checkout's app started as a child process over a
// stored graph (api-ask-child.ts), and a process's CPU time from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CHILD = 'test/bench/api-ask-child.ts';
/** Copied into another checkout, so every side serves and asks the same way as this tree. */
const BENCH_FILES = [CHILD, 'test/bench/api.ts'];
/** Linux clock ticks per second (USER_HZ), the unit of /proc/PID/stat's utime and stime. */
const TICKS_PER_SEC = 100;

/** Each other checkout gets this tree's child and question list; `who` names the bench in the error. */
export function readyCheckouts(here: string, others: string[], who: string): void {
  for (const root of others) {
    if (!existsSync(join(root, 'server/app.ts'))) throw new Error(`${who}: ${root} is not a checkout of this repo.`);
    for (const f of BENCH_FILES) copyFileSync(join(here, f), join(root, f));
  }
}

/** One checkout's app over the memory store in `dataDir`, listening on a loopback port. */
export async function startServed(root: string, dataDir: string, who: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening (http:\/\/127\.0\.0\.1:\d+)/u.exec(out);
      if (m) ok(m[1]);
    });
    child.on('exit', (code) => fail(new Error(`${who}: the server in ${root} exited (${code}) before listening`)));
  });
  return { child, url };
}

/** User + system CPU of a process so far, in ms (Linux: /proc/PID/stat). */
export function processCpuMs(pid: number | string): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SEC;
}
