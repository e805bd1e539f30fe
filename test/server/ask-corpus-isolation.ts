// One corpus's answers, printed as JSON lines: run in a fresh process by ask-isolation.test.ts to compare with a process that loaded another corpus first.
// Usage: npx tsx test/server/ask-corpus-isolation.ts QUESTION_FILE DIR...
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { alignStore } from '../../server/alignment.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { searchGraph } from '../../server/search/graph-search.ts';
import { loadQuestions, type QuestionFile } from './ask-realistic-set.ts';

/**
 * The plans' alignment (taken first, before any question builds the search index), then each question's answer and a
 * text search's ranking: what another corpus loaded earlier in the process must not change.
 */
export async function corpusAnswers(file: QuestionFile, dirs: string[]): Promise<string[]> {
  const store = new MemoryGraphStore();
  await ingestPaths(store, dirs);
  const out = (await alignStore(store)).flatMap((pair) => pair.links.map((l) => JSON.stringify([l.id, l.score, l.status])));
  for (const { q } of loadQuestions(file)) {
    const a = await askQuestion(store, q, { model: null });
    out.push(JSON.stringify([q, a.answer.text, a.answer.items.map((i) => i.id)]));
    const { hits } = await searchGraph(store, { text: q });
    out.push(JSON.stringify([q, hits.items.map((h) => [h.id, h.score])]));
  }
  return out;
}

if (process.argv[1]?.endsWith('ask-corpus-isolation.ts')) {
  corpusAnswers(process.argv[2] as QuestionFile, process.argv.slice(3)).then((lines) => {
    process.stdout.write(`${lines.join('\n')}\n`);
    process.exit(0);
  }, (e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
