// The server's memory on a loaded Neo4j store, in a process of its own: what each index built from the graph holds.
//
// The bench's own process ingests and parses the corpus, so its RSS says more about ingest than about a server. This
// runs as a fresh child (`node --expose-gc`), as `serve` would start over a database another process loaded: it warms
// ask as the server does, asks questions, and reads RSS and heap after a full GC at each step.
// RSS is read once it has settled after the full GC, not at once: V8 returns the pages a GC freed from a background
// thread, so a read right after gc() still counted them (1,000 documents: 417 MB right after the export was let go,
// 125 MB a moment later, with heapTotal already back at 45 MB). `rssAtGcMB` keeps the immediate read for comparison.
// The indexes read the graph in pages (graph/store/graph-source.ts), each only what it keeps, so no step holds an export:
// before that, the whole export was read first and held through the steps (1,000 documents: +333 MB RSS, settled 600 MB).
// Its reads get NEO4J_QUERY_TIMEOUT_MS (READ_TIMEOUT_MS unless the caller set it) instead of the store's 20 s default: on a
// loaded machine ask's first reads over 1,000 documents took longer, and the step failed on a timeout, not a measurement.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeHeapSnapshot } from 'node:v8';

export interface MemoryStep {
  step: string;
  /** Once settled after the full GC (see the header). */
  rssMB: number;
  /** Right after the full GC, as this file read RSS before: it counts pages the GC freed and has not yet given back. */
  rssAtGcMB: number;
  heapMB: number;
  /**
   * The heap V8 holds from the system (heapTotal). Far above heapMB after a full GC, the old space is half empty pages
   * around what is kept: garbage promoted during a build (graph-source.ts PAGE_ITEMS), RSS that no GC gives back.
   */
  heapCommittedMB: number;
  /** Outside the JS heap: the typed arrays (pair and BM25 postings) and the driver's buffers. heapMB misses them. */
  externalMB: number;
}

export interface ServerMemory {
  steps: MemoryStep[];
  /** RSS once ask is warm and has answered: what a running server keeps. */
  rssMB: number;
  /** The highest RSS the child reached (getrusage): the warm-up's peak, which the settled RSS stays near. */
  peakMB: number;
}

const SELF = fileURLToPath(import.meta.url);
/** Questions asked before the last reading: they fill the answer paths' per-version caches as a serving process would. */
const QUESTIONS = ['哪些任务涉及长江？', '区发展改革委牵头哪些任务？', '哪些单位共同负责交通建设？'];
/** The child's read timeout when NEO4J_QUERY_TIMEOUT_MS is not set: the whole-graph reads' (EXPORT_TIMEOUT_MS). */
const READ_TIMEOUT_MS = '300000';

/** Runs this file as a child over the NEO4J_* database and returns what it measured. */
export async function measureServerMemory(): Promise<ServerMemory> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--import', 'tsx', SELF], {
    env: { ...process.env, NEO4J_QUERY_TIMEOUT_MS: process.env.NEO4J_QUERY_TIMEOUT_MS || READ_TIMEOUT_MS }, maxBuffer: 1 << 20, timeout: 1_800_000,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) as string) as ServerMemory;
}

/** How long the server idles before the last reading. */
const IDLE_MS = 31_000;
/** Polled this often while RSS still falls after a GC, for at most SETTLE_MAX_MS. */
const SETTLE_POLL_MS = 250;
const SETTLE_MAX_MS = 10_000;

/** RSS once two reads SETTLE_POLL_MS apart agree within a megabyte (or SETTLE_MAX_MS has passed). */
async function settledRssMB(): Promise<number> {
  let last = process.memoryUsage().rss / 2 ** 20;
  for (let waited = 0; waited < SETTLE_MAX_MS; waited += SETTLE_POLL_MS) {
    await new Promise((done) => setTimeout(done, SETTLE_POLL_MS));
    const now = process.memoryUsage().rss / 2 ** 20;
    if (Math.abs(now - last) < 1) return now;
    last = now;
  }
  return last;
}

async function child(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('neo4j-memory: run with node --expose-gc (measureServerMemory does).');
  const { Neo4jGraphStore, neo4jConfigFromEnv } = await import('../../graph/store/neo4j/neo4j-store.ts');
  const { askQuestion } = await import('../../server/ask/index.ts');
  const { lexiconFor } = await import('../../server/ask/lexicon.ts');
  const { viewFor } = await import('../../server/ask/reader/view.ts');
  const { warmViewGrams } = await import('../../server/ask/view-grams.ts');
  const { warmViewSets } = await import('../../server/ask/reader/view-sets.ts');
  const { taskIndexFor } = await import('../../server/search/task-index.ts');
  const { alignmentFor } = await import('../../server/ask/reader/alignment-data.ts');
  const { loadTokenizer } = await import('../../server/search/tokenizer.ts');
  const steps: MemoryStep[] = [];
  const read = async (step: string) => {
    gc();
    const m = process.memoryUsage();
    steps.push({ step, rssMB: await settledRssMB(), rssAtGcMB: m.rss / 2 ** 20, heapMB: m.heapUsed / 2 ** 20, heapCommittedMB: m.heapTotal / 2 ** 20, externalMB: m.external / 2 ** 20 });
  };
  const store = new Neo4jGraphStore(neo4jConfigFromEnv());
  try {
    await store.init();
    await read('store open');
    // warmAsk's pieces one at a time (server/ask/index.ts), so each step's growth is what that index adds. jieba's
    // dictionary is native memory of its own (about 37 MB RSS, none of it heap), the same at any size: read apart, it
    // was counted as the view's. The task index's step holds a second copy with the corpus's names (segmenterFor).
    loadTokenizer();
    await read('tokenizer');
    // The view first: the lexicon hands out its nodes and mentions.
    const view = await viewFor(store);
    await read('view');
    await lexiconFor(store);
    await read('lexicon');
    await warmViewGrams(view);
    await warmViewSets(view);
    await read('view grams + sets');
    await (await taskIndexFor(store)).complete();
    await read('task index');
    await alignmentFor(store);
    await read('ask warm: alignment');
    for (const question of QUESTIONS) await askQuestion(store, question, { model: null });
    await read('questions asked');
    // A while idle, as a server between questions: V8's memory reducer gives back heap pages only once allocation has
    // quietened (the export's checkout read its last step after the export's hold, SNAPSHOT_HOLD_MS + 1 s, as long).
    await new Promise((done) => setTimeout(done, IDLE_MS));
    await read('idle');
    // What holds the heap, for heap-retained.ts: a snapshot of the idle server when NEO4J_MEMORY_SNAPSHOT names a file.
    if (process.env.NEO4J_MEMORY_SNAPSHOT) writeHeapSnapshot(process.env.NEO4J_MEMORY_SNAPSHOT);
  } finally {
    await store.close();
  }
  process.stdout.write(`${JSON.stringify({ steps, rssMB: steps.at(-1)?.rssMB ?? 0, peakMB: process.resourceUsage().maxRSS / 1024 } satisfies ServerMemory)}\n`);
}

if (process.argv[1] === SELF) {
  child().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exitCode = 1;
  });
}
