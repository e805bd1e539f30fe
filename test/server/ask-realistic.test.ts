// The realistic question set on the seed and two real plans loaded together: accuracy per type, dev and held-out.
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracyByType, askerOver, loadQuestions, summary, type Verdict } from './ask-realistic-set.ts';

/** What the rules reach today on the dev set, overall and the floor for every type (the issue aims at 0.95 / 0.90). */
// What the reader reaches since units are shown as each document writes them: a function named loosely
// (发改部门) across plans that name its unit differently (区发展改革委 / 区发改局) is not joined yet.
const DEV_OVERALL = 0.98;
const DEV_EVERY_TYPE = 0.88;

describe('realistic question set (seed + 立山区 + 蔡甸区)', () => {
  const dev = loadQuestions('dev');
  const fresh = loadQuestions('fresh');
  let devVerdicts: Verdict[] = [];

  beforeAll(async () => {
    const run = await askerOver(['seeds', 'test/fixtures/questions/docs']);
    devVerdicts = await run(dev);
    console.log(summary('dev', devVerdicts, process.env.ASK_DETAILS === '1'));
    // Held out: scored only on request (ASK_FRESH=1), its failures only with ASK_FRESH_DETAILS=1, so no one tunes on them.
    if (process.env.ASK_FRESH === '1') console.log(summary('fresh (held out)', await run(fresh), process.env.ASK_FRESH_DETAILS === '1'));
  }, 120_000);

  it('has at least 300 questions, every type at least 15 in dev', () => {
    expect(dev.length + fresh.length).toBeGreaterThanOrEqual(300);
    for (const [t, s] of accuracyByType(devVerdicts)) expect(s.n, t).toBeGreaterThanOrEqual(15);
  });

  it(`answers at least ${DEV_OVERALL * 100}% of dev, and ${DEV_EVERY_TYPE * 100}% of every type`, () => {
    const ok = devVerdicts.filter((v) => v.ok).length / devVerdicts.length;
    expect(ok, summary('dev', devVerdicts, true)).toBeGreaterThanOrEqual(DEV_OVERALL);
    for (const [t, s] of accuracyByType(devVerdicts)) expect(s.ok / s.n, t).toBeGreaterThanOrEqual(DEV_EVERY_TYPE);
  });
});
