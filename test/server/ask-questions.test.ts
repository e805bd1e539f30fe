// The question set against the seed plan: at least 95% answered as the text says; failures are listed.
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { judge, report, type CaseResult } from './ask-eval.ts';
import { ASK_CASES } from './ask-questions.ts';

const REQUIRED_ACCURACY = 0.95;

describe('ask question set (seed plan)', () => {
  let results: CaseResult[] = [];

  beforeAll(async () => {
    const store = new MemoryGraphStore();
    await ingestPaths(store, ['seeds']);
    results = [];
    for (const c of ASK_CASES) results.push(judge(c, await askQuestion(store, c.q, { model: null })));
    console.log(report(results));
  });

  it('has at least 60 questions', () => {
    expect(ASK_CASES.length).toBeGreaterThanOrEqual(60);
  });

  it(`answers at least ${REQUIRED_ACCURACY * 100}% as expected`, () => {
    const accuracy = results.filter((r) => r.ok).length / results.length;
    expect(accuracy, report(results)).toBeGreaterThanOrEqual(REQUIRED_ACCURACY);
  });
});
