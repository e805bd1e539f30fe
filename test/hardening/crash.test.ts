// kill -9 during ingest: the data dir still opens, the earlier document is intact, and every document present is whole.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths, prepareBatches } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { seedVariant } from './support.ts';

const DOCUMENTS = 40;
/**
 * When to kill: once the k-th new document file has appeared in the store (k drawn from the range), plus up to
 * 15 ms, so the kill lands anywhere in the next write (temp file, fsync, rename) with documents left to go.
 */
const KILL_AFTER: [number, number][] = [[1, 5], [6, 15], [16, 25]];
const EXTRA_DELAY_MS = 15;
const STORE = 'memory-store';

let root: string;
let inputDir: string;
let template: string;
let seedId: string;
let seedExport: string;
/** docId → Task count of a fresh parse. */
const taskCounts = new Map<string, number>();

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'pg-hard-crash-'));
  inputDir = join(root, 'input');
  template = join(root, 'template');
  await mkdir(inputDir);
  for (let i = 0; i < DOCUMENTS; i++) await writeFile(join(inputDir, `variant-${String(i).padStart(2, '0')}.txt`), seedVariant(i));
  for (const { batch } of await prepareBatches([inputDir])) {
    taskCounts.set(batch.docId, batch.nodes.filter((n) => n.label === 'Task').length);
  }
  const store = new MemoryGraphStore({ dataDir: template });
  const [report] = await ingestPaths(store, ['seeds']);
  seedId = report.docId;
  seedExport = JSON.stringify(await store.exportGraph());
  await store.close();
}, 240_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Killed {
  dataDir: string;
  pid: number;
  /** Documents whose file had been renamed into place before the kill: written, so they must survive it. */
  applied: number;
  when: string;
}

const DOC_FILE = /^doc-[0-9a-f]{32}\.json\.gz$/;

/**
 * Copies the seeded template, starts the ingest child, watches the store directory, and SIGKILLs the child once the
 * k-th new document file appears plus a few ms, or, with `onTempFile`, the moment the next temp file appears.
 */
async function ingestAndKill(name: string, [min, max]: [number, number], onTempFile = false): Promise<Killed> {
  const dataDir = join(root, name);
  await cp(template, dataDir, { recursive: true });
  const storeDir = join(dataDir, STORE);
  const before = new Set(await readdir(storeDir));
  const k = min + Math.floor(Math.random() * (max - min + 1));
  const delayMs = Math.floor(Math.random() * (EXTRA_DELAY_MS + 1));
  const when = onTempFile ? `killed as the write after document ${k} created its temp file` : `killed ${delayMs} ms after document ${k}`;
  const written = new Set<string>();
  let applied = -1;
  let killing = false;
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/hardening/ingest-child.ts', dataDir, inputDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const kill = () => {
    if (killing) return;
    killing = true;
    applied = written.size;
    child.kill('SIGKILL');
  };
  const watcher = watch(storeDir, (_event, file) => {
    const f = String(file);
    if (DOC_FILE.test(f) && !before.has(f)) written.add(f);
    if (written.size < k || killing) return;
    if (onTempFile ? f.endsWith('.tmp') : written.size === k && DOC_FILE.test(f)) setTimeout(kill, onTempFile ? 0 : delayMs);
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
  watcher.close();
  expect(signal, `child finished before it was ${when}: ${out.slice(-300)}`).toBe('SIGKILL');
  return { dataDir, pid: child.pid as number, applied, when };
}

/** Opens the dir in a fresh store and checks it: seed intact, finished writes kept, every document whole. */
async function verify(run: Killed): Promise<void> {
  const why = `${run.when}, ${run.applied} written before`;
  const store = new MemoryGraphStore({ dataDir: run.dataDir });
  await expect(store.init(), why).resolves.toBeUndefined();
  const docs = await store.listDocuments();
  const graph = await store.exportGraph();
  expect(docs.map((d) => d.id), why).toContain(seedId);
  const variants = docs.filter((d) => d.id !== seedId);
  expect(variants.length, why).toBeGreaterThanOrEqual(run.applied);
  expect(variants.length, why).toBeLessThan(DOCUMENTS);
  for (const doc of variants) {
    const tasks = graph.nodes.filter((n) => n.label === 'Task' && n.properties.docId === doc.id).length;
    expect({ doc: doc.id, summary: doc.counts.tasks, tasks }, why).toEqual({ doc: doc.id, summary: taskCounts.get(doc.id), tasks: taskCounts.get(doc.id) });
  }
  for (const doc of variants) await store.removeDocument(doc.id);
  expect(JSON.stringify(await store.exportGraph()), why).toBe(seedExport);
  await store.close();
}

describe('kill -9 during ingest', () => {
  it('at random moments while writing: the store opens, the seed is intact, every document present is whole', async () => {
    const runs = await Promise.all([
      ...KILL_AFTER.map((range, i) => ingestAndKill(`run-${i}`, range)),
      ingestAndKill('mid-write', [1, 20], true),
    ]);
    // The kill inside a write usually leaves that write's temp file behind: the case the atomic rename is for.
    // A compact document can be written and renamed before SIGKILL lands, so when none survived, leave one as
    // the killed writer would have (its pid, half a file) and the open below must still clear it.
    const midWrite = join(runs[3].dataDir, STORE);
    if (!(await readdir(midWrite)).some((f) => f.endsWith('.tmp'))) {
      await writeFile(join(midWrite, `.doc-${'0'.repeat(32)}.json.gz.${runs[3].pid}.deadbeef.tmp`), 'half a write');
    }
    for (const run of runs) await verify(run);
    // Leftover temp files of the killed writers are cleared on open.
    for (const run of runs) expect((await readdir(join(run.dataDir, STORE))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 240_000);

  it('garbage and truncated temp files do not break opening, and the ingest can be rerun to completion', async () => {
    const run = await ingestAndKill('garbage', [1, 20]);
    const storeDir = join(run.dataDir, STORE);
    const [docFile] = (await readdir(storeDir)).filter((f) => DOC_FILE.test(f));
    const whole = await readFile(join(storeDir, docFile), 'utf8');
    // Temp files as a dead writer (the killed child), a live one (pid 1) and no writer at all would leave them.
    const planted = {
      deadTruncated: `.${docFile}.${run.pid}.dead.tmp`,
      liveOwner: `.${docFile}.1.beef.tmp`,
      unmatched: `.${docFile}.tmp`,
      stray: 'notes.tmp',
    };
    await writeFile(join(storeDir, planted.deadTruncated), whole.slice(0, whole.length / 3));
    await writeFile(join(storeDir, planted.liveOwner), '\u0000\u0001garbage');
    await writeFile(join(storeDir, planted.unmatched), '{"format":');
    await writeFile(join(storeDir, planted.stray), '');
    await verify(run);
    const left = await readdir(storeDir);
    expect(left).not.toContain(planted.deadTruncated);
    expect(left).toEqual(expect.arrayContaining([planted.liveOwner, planted.unmatched, planted.stray]));

    // verify() removed the variants again; a full rerun brings every one back whole.
    const store = new MemoryGraphStore({ dataDir: run.dataDir });
    await ingestPaths(store, [inputDir]);
    await store.close();
    const reopened = new MemoryGraphStore({ dataDir: run.dataDir });
    const docs = await reopened.listDocuments();
    expect(docs).toHaveLength(DOCUMENTS + 1);
    for (const doc of docs.filter((d) => d.id !== seedId)) expect(doc.counts.tasks).toBe(taskCounts.get(doc.id));
  }, 240_000);
});
