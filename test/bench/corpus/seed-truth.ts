// The seed's ground truth, read from test/fixtures/seed-truth.json (the golden test reads the same file).
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { TruthDocument } from './truth.ts';

export const SEED_FILE = 'seeds/shuangcheng-action-plan.txt';
export const SEED_TRUTH_FILE = 'test/fixtures/seed-truth.json';

const SeedTruthSchema = z.object({
  file: z.string(),
  note: z.string(),
  tasks: z.array(z.object({
    path: z.string(), title: z.string(), lead: z.array(z.string()), support: z.array(z.string()), responsible: z.array(z.string()),
  }).strict()),
}).strict();

export async function seedTruth(truthFile = SEED_TRUTH_FILE, file = SEED_FILE): Promise<TruthDocument> {
  const parsed = SeedTruthSchema.safeParse(JSON.parse(await readFile(truthFile, 'utf8')));
  if (!parsed.success) throw new Error(`seedTruth: ${truthFile} does not match the seed-truth schema: ${parsed.error.message}`);
  return {
    file, title: '', jurisdiction: '', layout: 'oneline',
    tasks: parsed.data.tasks.map((t) => ({ ...t, entities: {}, targets: [], conventions: [], forms: [], noise: [] })),
  };
}
