// The third real question set: six more plans (辽宁, 沈阳, 辽中, 兰州, 河南, 通州) without the seed, dev and held-out.
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracyByType, askerOver, loadQuestions, summary, type Verdict } from './ask-realistic-set.ts';

/** What the rules reach on real2-dev (tuned on: 37/38); the held-out real2-fresh is printed on request, never asserted. */
const DEV_OVERALL = 0.95;
const DEV_EVERY_TYPE = 0.9;
/** 兰州's 市建委 and 市建设局 (two units of one plan) are merged into one by the units registry, so one direct question fails. */
const TYPE_FLOOR: Record<string, number> = { direct: 0.5 };

describe('real2 question set (辽宁, 沈阳, 辽中, 兰州, 河南, 通州; no seed)', () => {
  const dev = loadQuestions('real2-dev');
  const fresh = loadQuestions('real2-fresh');
  let devVerdicts: Verdict[] = [];

  beforeAll(async () => {
    const run = await askerOver(['test/fixtures/questions/real2-docs']);
    devVerdicts = await run(dev);
    console.log(summary('real2-dev', devVerdicts, process.env.ASK_DETAILS === '1'));
    // Held out: scored only on request (ASK_FRESH=1), its failures only with ASK_FRESH_DETAILS=1, so no one tunes on them.
    if (process.env.ASK_FRESH === '1') console.log(summary('real2-fresh (held out)', await run(fresh), process.env.ASK_FRESH_DETAILS === '1'));
  }, 120_000);

  it('has at least 60 questions, every type in real2-dev', () => {
    expect(dev.length + fresh.length).toBeGreaterThanOrEqual(60);
    for (const [t, s] of accuracyByType(devVerdicts)) expect(s.n, t).toBeGreaterThanOrEqual(2);
  });

  it(`answers at least ${DEV_OVERALL * 100}% of real2-dev, and ${DEV_EVERY_TYPE * 100}% of every type but direct`, () => {
    const ok = devVerdicts.filter((v) => v.ok).length / devVerdicts.length;
    expect(ok, summary('real2-dev', devVerdicts, true)).toBeGreaterThanOrEqual(DEV_OVERALL);
    for (const [t, s] of accuracyByType(devVerdicts)) expect(s.ok / s.n, t).toBeGreaterThanOrEqual(TYPE_FLOOR[t] ?? DEV_EVERY_TYPE);
  });
});
