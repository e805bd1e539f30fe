// The seed's ground truth: the TASKS table of test/graph/pipeline/seed-golden.test.ts, read from that file's text.
import { readFile } from 'node:fs/promises';
import type { TruthDocument } from './truth.ts';

export const SEED_FILE = 'seeds/shuangcheng-action-plan.txt';
export const SEED_GOLDEN_FILE = 'test/graph/pipeline/seed-golden.test.ts';

type Row = [string, string, string[], string[], string[]];

/**
 * The table is read, not imported: importing a test file would run its suite. Its rows are plain
 * string literals, so turning the single quotes into JSON is enough.
 */
export function parseGoldenTasks(source: string): Row[] {
  const m = /const TASKS[^=]*=\s*(\[[\s\S]*?\n\]);/.exec(source);
  if (!m) throw new Error(`parseGoldenTasks: no \`const TASKS = [...]\` table found. Check ${SEED_GOLDEN_FILE}.`);
  const json = m[1].replace(/'([^'\\]*)'/g, (_, s: string) => JSON.stringify(s)).replace(/,(\s*[\]}])/g, '$1');
  return JSON.parse(json) as Row[];
}

export async function seedTruth(golden = SEED_GOLDEN_FILE, file = SEED_FILE): Promise<TruthDocument> {
  const rows = parseGoldenTasks(await readFile(golden, 'utf8'));
  return {
    file, title: '', jurisdiction: '', layout: 'oneline',
    tasks: rows.map(([path, title, lead, support, responsible]) => ({
      path, title, lead, support, responsible, entities: {}, targets: [], conventions: [], forms: [], noise: [],
    })),
  };
}
