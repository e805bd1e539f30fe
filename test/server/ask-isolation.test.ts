// A corpus's answers do not depend on what else the process loaded before it (jieba's user words were global, and
// alignment tokenized with whatever names some earlier index had taught it).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { corpusAnswers } from './ask-corpus-isolation.ts';

const ALIGN = 'test/fixtures/questions/align-docs';
const REAL5 = 'test/fixtures/questions/real5-docs';

describe('two corpora one after another in one process', () => {
  it('answer the second corpus as a fresh process does', async () => {
    // The first corpus shares the second's plans, so every name the second uses was taught to the process before it.
    await corpusAnswers('align-dev', [ALIGN, REAL5]);
    const here = await corpusAnswers('align-dev', [ALIGN]);
    const fresh = execFileSync(process.execPath, ['--import', 'tsx', 'test/server/ask-corpus-isolation.ts', 'align-dev', ALIGN],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim().split('\n');
    expect(here.length).toBeGreaterThan(30);
    expect(here).toEqual(fresh);
  }, 600_000);
});
