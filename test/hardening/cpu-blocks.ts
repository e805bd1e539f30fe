// The main thread's blocks in a V8 CPU profile (node --cpu-prof): every run of busy samples longer than a threshold,
// with what held it (the deepest frame under most of its samples, the top self-time functions, the GC share).
// npx tsx test/hardening/cpu-blocks.ts PROFILE.cpuprofile [--min-ms 100] [--stalls SERVER_LOG] [--json]
// A busy run may be many short turns (sliced work with requests between): with --stalls, the windows that
// loop-stalls.cjs logged (turns really held past 100 ms) are described instead, each by the samples inside it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; startTime: number; samples: number[]; timeDeltas: number[] }

export interface Block {
  /** When it began, in ms since the profile started. */
  atMs: number;
  ms: number;
  /** The deepest frame present in at least half of its samples: what the block was doing. */
  cause: string;
  /** Functions by self time in the block, most first. */
  top: { fn: string; ms: number }[];
  gcMs: number;
  /** Time the main thread ran on a core in it (--stalls: from schedstat; else the busy samples' time). */
  cpuMs: number;
  /** --stalls: time it was ready to run and waited for a core (the machine's load, not the code). */
  waitMs?: number;
}

/** Samples of the event loop waiting (or of nothing) are not work. */
const IDLE = new Set(['(idle)', '(root)']);
const TOP_FUNCTIONS = 5;

function frameName(n: ProfileNode): string {
  const file = n.callFrame.url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '');
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
}

/** Blocks of busy samples lasting at least `minMs`, in profile order. */
export function cpuBlocks(profile: Profile, minMs: number): Block[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const blocks: Block[] = [];
  let run: { at: number; samples: { id: number; us: number }[] } | null = null;
  let t = 0;
  const close = () => {
    if (!run) return;
    const us = run.samples.reduce((s, x) => s + x.us, 0);
    if (us / 1000 >= minMs) blocks.push(describe(run.at, run.samples, byId, parent));
    run = null;
  };
  profile.samples.forEach((id, i) => {
    // A sample's delta is the time since the previous one: the time it stands for.
    const us = profile.timeDeltas[i] ?? 0;
    t += us;
    const busy = !IDLE.has(byId.get(id)!.callFrame.functionName);
    if (!busy) return close();
    run ??= { at: t - us, samples: [] };
    run.samples.push({ id, us });
  });
  close();
  return blocks;
}

function describe(atUs: number, samples: { id: number; us: number }[], byId: Map<number, ProfileNode>, parent: Map<number, number>): Block {
  const total = samples.reduce((s, x) => s + x.us, 0);
  const inclusive = new Map<number, number>();
  const self = new Map<string, number>();
  let gc = 0;
  for (const { id, us } of samples) {
    const name = frameName(byId.get(id)!);
    self.set(name, (self.get(name) ?? 0) + us);
    if (byId.get(id)!.callFrame.functionName === '(garbage collector)') gc += us;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) inclusive.set(n, (inclusive.get(n) ?? 0) + us);
  }
  // Walk down from the root while one child still holds half of the block.
  let cause = '';
  let node = [...inclusive.keys()].find((id) => !parent.has(id));
  while (node !== undefined) {
    const next: number | undefined = (byId.get(node)!.children ?? []).find((c) => (inclusive.get(c) ?? 0) * 2 >= total);
    if (next === undefined) break;
    cause = frameName(byId.get(next)!);
    node = next;
  }
  const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS).map(([fn, us]) => ({ fn, ms: Math.round(us / 1000) }));
  return { atMs: Math.round(atUs / 1000), ms: Math.round(total / 1000), cause, top, gcMs: Math.round(gc / 1000), cpuMs: Math.round(total / 1000) };
}

/** The windows loop-stalls.cjs logged (`loop-stall FROM_US TO_US`), each described by the samples inside it. */
export function stallBlocks(profile: Profile, log: string): Block[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const at: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) at.push((t += profile.timeDeltas[i] ?? 0));
  const blocks: Block[] = [];
  for (const m of log.matchAll(/^loop-stall (\d+) (\d+) (\d+) (\d+)$/gm)) {
    const [from, to, runUs, waitUs] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    const samples: { id: number; us: number }[] = [];
    for (let i = 0; i < at.length; i++) {
      if (at[i] <= from || at[i] > to) continue;
      const id = profile.samples[i];
      if (!IDLE.has(byId.get(id)!.callFrame.functionName)) samples.push({ id, us: profile.timeDeltas[i] ?? 0 });
    }
    const b = describe(from - profile.startTime, samples, byId, parent);
    blocks.push({ ...b, ms: Math.round((to - from) / 1000), cpuMs: Math.round(runUs / 1000), waitMs: Math.round(waitUs / 1000) });
  }
  return blocks;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { 'min-ms': { type: 'string', default: '100' }, stalls: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!positionals[0]) {
    process.stderr.write('usage: cpu-blocks.ts PROFILE.cpuprofile [--min-ms 100] [--json]\n');
    process.exit(2);
  }
  const profile = JSON.parse(readFileSync(positionals[0], 'utf8')) as Profile;
  const blocks = values.stalls ? stallBlocks(profile, readFileSync(values.stalls, 'utf8')) : cpuBlocks(profile, Number(values['min-ms']));
  if (values.json) console.log(JSON.stringify(blocks));
  else {
    for (const b of blocks) {
      console.log(`${String(b.atMs).padStart(8)} ms  ${String(b.ms).padStart(5)} ms (cpu ${b.cpuMs}${b.waitMs === undefined ? '' : `, waiting ${b.waitMs}`}, gc ${b.gcMs})  ${b.cause}`);
      for (const f of b.top) console.log(`${' '.repeat(20)}${String(f.ms).padStart(5)} ms  ${f.fn}`);
    }
    console.log(`${blocks.length} ${values.stalls ? 'stalls' : `busy runs of ${values['min-ms']} ms or more`}`);
    if (values.stalls) console.log(`${blocks.filter((b) => b.cpuMs >= Number(values['min-ms'])).length} with ${values['min-ms']} ms or more on a core`);
  }
}
