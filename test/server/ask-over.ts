// A fresh memory store over some plans (no seed), filled before a test file's tests, and ask over it (rules only, no LLM).
import { beforeAll } from 'vitest';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';

export function askOver(paths: string[]) {
  const store = new MemoryGraphStore();
  beforeAll(() => ingestPaths(store, paths), 60_000);
  const ask = (q: string) => askQuestion(store, q, { model: null });
  const names = async (q: string) => (await ask(q)).answer.items.map((i) => i.name);
  return { ask, names };
}
