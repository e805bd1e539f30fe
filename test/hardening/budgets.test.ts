// Parse budgets: an upload parses in the worker, a document over a budget (time, nodes, edges, warnings, worker
// heap) is refused with 422 naming it and nothing written, and the server answers health checks meanwhile.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_BUDGET, type ParseBudget } from '../../graph/pipeline/budget.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { createApp } from '../../server/app.ts';
import { fingerprint, SEED_TEXT, seedVariant, upload } from './support.ts';

/** The seed repeated to about `kb` KB, each copy its own part so nothing collapses into one task. */
function bigPlan(kb: number): string {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < kb * 1024; i++) {
    parts.push(seedVariant(i).replace('行动方案', `行动方案（第${i}部分）`));
    size += Buffer.byteLength(parts[i]);
  }
  return parts.join('\n');
}

function appWith(budget: Partial<ParseBudget>) {
  const store = new MemoryGraphStore();
  return { store, app: createApp({ store, parseBudget: { ...DEFAULT_PARSE_BUDGET, ...budget } }) };
}

describe('a document over a count budget', () => {
  it.each([
    ['nodes', { nodes: 20 }, 'POLICY_GRAPH_MAX_DOC_NODES'],
    ['edges', { edges: 20 }, 'POLICY_GRAPH_MAX_DOC_EDGES'],
    ['warnings', { warnings: 0 }, 'POLICY_GRAPH_MAX_DOC_WARNINGS'],
  ])('over %s is 422 OVER_BUDGET naming the budget, and nothing is written', async (what, budget, env) => {
    const { store, app } = appWith(budget);
    const before = await fingerprint(store);
    const res = await upload(app, 'plan.txt', SEED_TEXT);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('OVER_BUDGET');
    expect(res.body.error.message).toContain(what);
    expect(res.body.error.hint).toContain(env);
    expect(await fingerprint(store)).toBe(before);
  });

  it('within budget the same document is ingested', async () => {
    const { store, app } = appWith({});
    expect((await upload(app, 'plan.txt', SEED_TEXT)).status).toBe(201);
    expect(await store.listDocuments()).toHaveLength(1);
  });
});

describe('time and memory budgets end the worker, not the server', () => {
  it('a parse past its time budget is 422 naming the time budget; the next upload parses normally', async () => {
    const { store, app } = appWith({ timeMs: 300 });
    const res = await upload(app, 'big.txt', bigPlan(1024));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('parse time');
    expect(res.body.error.hint).toContain('POLICY_GRAPH_PARSE_TIME_MS');
    expect(await store.listDocuments()).toHaveLength(0);
    const { app: roomy } = appWith({});
    expect((await upload(roomy, 'plan.txt', SEED_TEXT)).status).toBe(201);
  }, 60_000);

  it('a parse that needs more heap than the worker has is 422 naming the memory budget', async () => {
    const { store, app } = appWith({ workerHeapMb: 20 });
    const res = await upload(app, 'big.txt', bigPlan(2048));
    expect(res.status).toBe(422);
    expect(res.body.error.message).toContain('parse memory');
    expect(await store.listDocuments()).toHaveLength(0);
  }, 120_000);
});

describe('the server stays responsive while an upload parses', () => {
  // Parsing is what is measured: the plan is refused at its time budget, so no apply follows (applying a large
  // batch still blocks the main thread for a while: validation and hashing run there).
  const shapes: [string, string, number][] = [
    ['100 KB of ①', '关于推进的实施方案\n一、任务\n' + '①'.repeat(34_000), 20_000],
    ['a 1 MB plan (refused at a 3 s time budget)', bigPlan(1024), 3_000],
  ];
  let stop = () => {};
  afterEach(() => stop());

  it.each(shapes)('health answers in < 200 ms throughout the upload of %s', async (_name, text, timeMs) => {
    const { app } = appWith({ timeMs });
    // Warm the worker and the routes first: their one-time start-up is not what is measured.
    await upload(app, 'warm.txt', SEED_TEXT);
    await app.request('/api/health');
    let pending = true;
    const pendingUpload = upload(app, 'slow.txt', text).finally(() => { pending = false; });
    const latencies: number[] = [];
    let running = true;
    stop = () => { running = false; };
    while (pending && running) {
      const t = performance.now();
      expect((await app.request('/api/health')).status).toBe(200);
      latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 25));
    }
    const res = await pendingUpload;
    expect([201, 422]).toContain(res.status);
    // Since the parser is linear, 100 KB of ① takes well under a second: a probe or two land during it.
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(200);
  }, 60_000);
});
