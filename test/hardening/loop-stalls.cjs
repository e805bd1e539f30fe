// Preload for a profiled server (node --require): logs every event-loop turn held past LOOP_STALL_MS on stderr as
// `loop-stall FROM_US TO_US CPU_US WAIT_US`: the window on the monotonic clock a V8 CPU profile uses (so
// cpu-blocks.ts --stalls can say what ran in it), and how much of it the main thread ran on a core and how much it
// waited for one (/proc schedstat), which on a machine shared by many tells the code's blocks from the machine's.
// Measurement only: never loaded by the server itself.
const { readFileSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');

const TICK_MS = 5;
const LOOP_STALL_MS = Number(process.env.LOOP_STALL_MS || 100);
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`;

/** Nanoseconds this thread has run on a core, and waited on a run queue. */
function sched() {
  const [run, wait] = readFileSync(SCHEDSTAT, 'utf8').split(' ').map(BigInt);
  return { run, wait };
}

// Workers inherit the preload (execArgv): only the thread that answers requests is watched.
if (isMainThread) {
  let last = process.hrtime.bigint();
  let lastSched = sched();
  setInterval(() => {
    const now = process.hrtime.bigint();
    const s = sched();
    if (Number(now - last) / 1e6 > LOOP_STALL_MS + TICK_MS) {
      process.stderr.write(`loop-stall ${last / 1000n} ${now / 1000n} ${(s.run - lastSched.run) / 1000n} ${(s.wait - lastSched.wait) / 1000n}\n`);
    }
    last = now;
    lastSched = s;
  }, TICK_MS).unref();
}
