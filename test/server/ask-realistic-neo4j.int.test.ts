// The realistic question set on Neo4j: every question gets the same plan, items and text as on the memory store.
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { neo4jSuiteConfig, type Neo4jTestConfig } from '../support/neo4j-env.ts';
import { freshNeo4jStore } from '../graph/store/neo4j-support.ts';
import { loadParaphrases, loadQuestions, paraphrasedQuestions, type SetName } from './ask-realistic-set.ts';

const config = neo4jSuiteConfig();
const PATHS = ['seeds', 'test/fixtures/questions/docs'];

async function answers(store: GraphStore, questions: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const q of questions) {
    const a = await askQuestion(store, q, { model: null });
    out.push(JSON.stringify({ q, plan: a.plan, items: a.answer.items.map((i) => i.name), text: a.answer.text }));
  }
  return out;
}

/** Each question set with the documents it is asked over (the seed with two plans; ten sets of real plans without the
 * seed), and the set whose paraphrases (para-dev, para-fresh) are asked over the same documents. */
const SETS = [
  { name: 'seed + 立山区 + 蔡甸区', paths: PATHS, files: ['dev', 'fresh'] as const, reworded: 'dev' },
  { name: 'six real plans (real-dev, real-fresh)', paths: ['test/fixtures/questions/real-docs'], files: ['real-dev', 'real-fresh'] as const, reworded: 'real-dev' },
  { name: 'six more real plans (real2-dev, real2-fresh)', paths: ['test/fixtures/questions/real2-docs'], files: ['real2-dev', 'real2-fresh'] as const, reworded: 'real2-dev' },
  { name: 'seven more real plans (real3-dev, real3-fresh)', paths: ['test/fixtures/questions/real3-docs'], files: ['real3-dev', 'real3-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real4-dev, real4-fresh)', paths: ['test/fixtures/questions/real4-docs'], files: ['real4-dev', 'real4-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real5-dev, real5-fresh)', paths: ['test/fixtures/questions/real5-docs'], files: ['real5-dev', 'real5-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real6-dev, real6-fresh)', paths: ['test/fixtures/questions/real6-docs'], files: ['real6-dev', 'real6-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real7-dev, real7-fresh)', paths: ['test/fixtures/questions/real7-docs'], files: ['real7-dev', 'real7-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real8-dev, real8-fresh)', paths: ['test/fixtures/questions/real8-docs'], files: ['real8-dev', 'real8-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real9-dev, real9-fresh)', paths: ['test/fixtures/questions/real9-docs'], files: ['real9-dev', 'real9-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real10-dev, real10-fresh)', paths: ['test/fixtures/questions/real10-docs'], files: ['real10-dev', 'real10-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real11-dev, real11-fresh)', paths: ['test/fixtures/questions/real11-docs'], files: ['real11-dev', 'real11-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real12-dev, real12-fresh)', paths: ['test/fixtures/questions/real12-docs'], files: ['real12-dev', 'real12-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real13-dev, real13-fresh)', paths: ['test/fixtures/questions/real13-docs'], files: ['real13-dev', 'real13-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real14-dev, real14-fresh)', paths: ['test/fixtures/questions/real14-docs'], files: ['real14-dev', 'real14-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real15-dev, real15-fresh)', paths: ['test/fixtures/questions/real15-docs'], files: ['real15-dev', 'real15-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real16-dev, real16-fresh)', paths: ['test/fixtures/questions/real16-docs'], files: ['real16-dev', 'real16-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real17-dev, real17-fresh)', paths: ['test/fixtures/questions/real17-docs'], files: ['real17-dev', 'real17-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real18-dev, real18-fresh)', paths: ['test/fixtures/questions/real18-docs'], files: ['real18-dev', 'real18-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real19-dev, real19-fresh)', paths: ['test/fixtures/questions/real19-docs'], files: ['real19-dev', 'real19-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real20-dev, real20-fresh)', paths: ['test/fixtures/questions/real20-docs'], files: ['real20-dev', 'real20-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real21-dev, real21-fresh)', paths: ['test/fixtures/questions/real21-docs'], files: ['real21-dev', 'real21-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real22-dev, real22-fresh)', paths: ['test/fixtures/questions/real22-docs'], files: ['real22-dev', 'real22-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real23-dev, real23-fresh)', paths: ['test/fixtures/questions/real23-docs'], files: ['real23-dev', 'real23-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real24-dev, real24-fresh)', paths: ['test/fixtures/questions/real24-docs'], files: ['real24-dev', 'real24-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real25-dev, real25-fresh)', paths: ['test/fixtures/questions/real25-docs'], files: ['real25-dev', 'real25-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real26-dev, real26-fresh)', paths: ['test/fixtures/questions/real26-docs'], files: ['real26-dev', 'real26-fresh'] as const, reworded: null },
  { name: 'eight more real plans (real27-dev, real27-fresh)', paths: ['test/fixtures/questions/real27-docs'], files: ['real27-dev', 'real27-fresh'] as const, reworded: null },
] satisfies { name: string; paths: string[]; files: readonly string[]; reworded: SetName | null }[];

const PARAPHRASES = [...loadParaphrases('para-dev'), ...loadParaphrases('para-fresh')];

for (const set of SETS) {
  describe.runIf(config !== null)(`realistic question set on Neo4j: ${set.name}`, () => {
    const reworded = set.reworded ? paraphrasedQuestions(PARAPHRASES, set.reworded) : [];
    const questions = [...set.files.flatMap((f) => loadQuestions(f)), ...reworded].map((q) => q.q);
    let memory: string[] = [];
    let neo4j: string[] = [];

    beforeAll(async () => {
      const mem = new MemoryGraphStore();
      await ingestPaths(mem, set.paths);
      memory = await answers(mem, questions);
      const store = await freshNeo4jStore(config as Neo4jTestConfig);
      try {
        await store.init();
        await ingestPaths(store, set.paths);
        neo4j = await answers(store, questions);
      } finally {
        await store.close();
      }
    }, 600_000);

    it('answers every question exactly as the memory store does', () => {
      expect(neo4j).toEqual(memory);
    });
  });
}
