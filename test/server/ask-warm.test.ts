// warmAsk leaves nothing for the first question to build: BM25 has taken its last slice when it resolves.
import { describe, expect, it } from 'vitest';
import { warmAsk } from '../../server/ask/index.ts';
import { taskIndexFor } from '../../server/search/task-index.ts';
import { freshSeedStore } from './support.ts';

/** Whether a promise has settled by the end of this turn's microtasks (no slice can run in between). */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

describe('warmAsk', () => {
  it('resolves only once the task index has segmented every task', async () => {
    const store = await freshSeedStore();
    const cold = await taskIndexFor(store);
    expect(await settled(cold.ready)).toBe(false);
    await warmAsk(store);
    expect(await settled((await taskIndexFor(store)).ready)).toBe(true);
  });
});
