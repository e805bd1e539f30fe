// Where the main thread blocks while a 20 MB plan is uploaded and committed: runs commit-blocks-child.ts under
// `node --cpu-prof` for this tree and (optionally) other checkouts, alternating in one run so they share the load,
// then reads each main-thread profile for what ran in the longest event-loop gaps the child measured.
// Usage: npx tsx test/bench/commit-blocks.ts [--rounds N] [--json] [DIR ...]   (DIR: another checkout, e.g. a baseline)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Gap } from './commit-blocks-child.ts';

const CHILD = 'test/bench/commit-blocks-child.ts';
/** Copied into another checkout that predates them, so a baseline runs the very same measurement. */
const BENCH_FILES = [CHILD, 'test/bench/commit-blocks-client.ts'];

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }
/**
 * A gap of the event loop: its length, the time the profile's non-idle samples cover in it (wall-clock ticks: on a
 * loaded machine they include time the thread waited for a core), and the frames on those samples.
 */
interface Block { ms: number; sampledMs: number; atMs: number; top: string[] }

const IDLE = new Set(['(idle)']);
/** (program) stays: it is V8's own work outside JS (e.g. deserialising a worker's message), often the answer. */
const UNINFORMATIVE = new Set(['(root)']);

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^.*\/(graph|server|test|node_modules)\//, '$1/');
  return `${functionName || '(anon)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Our own frames (graph/, server/) and named natives on the stack of a sample: where its time is attributed. */
function stackOf(id: number, parent: Map<number, number>, byId: Map<number, ProfileNode>): string[] {
  const frames: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const node = byId.get(at)!;
    if (/\/(graph|server)\//.test(node.callFrame.url) || /^\(/.test(node.callFrame.functionName) || node.callFrame.url === '') frames.push(frameName(node));
  }
  return [...new Set(frames)];
}

/**
 * What ran in each of the longest event-loop gaps the child saw: the profile's samples in [end - ms, end], weighted
 * by the frames on their stacks (a frame counts once per sample, so callers and callees both show).
 */
function attribute(profile: CpuProfile, gaps: Gap[], count = 6): Block[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let at = profile.startTime;
  for (const dt of profile.timeDeltas) times.push((at += dt));
  return [...gaps].sort((a, b) => b.ms - a.ms).slice(0, count).map((gap) => {
    const weight = new Map<string, number>();
    let samples = 0;
    let sampledUs = 0;
    profile.samples.forEach((id, i) => {
      if (times[i] < gap.endUs - gap.ms * 1000 || times[i] > gap.endUs || IDLE.has(byId.get(id)!.callFrame.functionName)) return;
      samples += 1;
      sampledUs += profile.timeDeltas[i + 1] ?? 0;
      for (const f of stackOf(id, parent, byId)) if (!UNINFORMATIVE.has(f)) weight.set(f, (weight.get(f) ?? 0) + 1);
    });
    const top = [...weight].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([f, n]) => `${Math.round((100 * n) / Math.max(1, samples))}% ${f}`);
    return { ms: gap.ms, sampledMs: Math.round(sampledUs / 1000), atMs: gap.atMs, top };
  });
}

function runOnce(dir: string): { result: unknown; blocks: Block[] } {
  const profDir = mkdtempSync(join(tmpdir(), 'pg-commit-prof-'));
  try {
    for (const f of BENCH_FILES) if (!existsSync(join(dir, f))) copyFileSync(f, join(dir, f));
    const out = spawnSync(process.execPath, ['--max-old-space-size=2048', '--cpu-prof', `--cpu-prof-dir=${profDir}`, '--import', 'tsx', CHILD], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, POLICY_GRAPH_PARSE_TIME_MS: '600000' }, maxBuffer: 1 << 26,
    });
    if (out.status !== 0) throw new Error(`bench child failed in ${dir}: ${out.stderr.slice(-3000)}`);
    const line = out.stdout.trim().split('\n').at(-1)!;
    // The main thread's profile: file names end in .<pid>.<thread id>.<seq>.cpuprofile, and the main thread is 0.
    const main = readdirSync(profDir).find((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f));
    const result = JSON.parse(line) as { gaps: Gap[] };
    const blocks = main ? attribute(JSON.parse(readFileSync(join(profDir, main), 'utf8')) as CpuProfile, result.gaps) : [];
    delete (result as Partial<typeof result>).gaps;
    return { result, blocks };
  } finally {
    rmSync(profDir, { recursive: true, force: true });
  }
}

function main(argv: string[]): void {
  const rounds = Number(argv[argv.indexOf('--rounds') + 1] || 1) || 1;
  const asJson = argv.includes('--json');
  const dirs = [process.cwd(), ...argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--rounds').map((d) => resolve(d))];
  for (let round = 1; round <= rounds; round++) {
    for (const dir of dirs) {
      const { result, blocks } = runOnce(dir);
      if (asJson) process.stdout.write(`${JSON.stringify({ round, dir, result, blocks })}\n`);
      else {
        process.stdout.write(`\n== round ${round}: ${dir}\n${JSON.stringify(result, null, 1)}\nlongest event-loop gaps, and what the CPU profile shows in them:\n`);
        for (const b of blocks) process.stdout.write(`  ${b.ms} ms (${b.sampledMs} ms busy in the profile), ending ${b.atMs} ms into the upload\n${b.top.map((t) => `      ${t}`).join('\n')}\n`);
      }
    }
  }
}

main(process.argv.slice(2));
