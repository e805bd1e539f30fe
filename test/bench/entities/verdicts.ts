// The labelled precision sample of entity nodes (rules in test/fixtures/entities/README.md) and its schema.
import { z } from 'zod';
import { ENTITY_LABELS } from '../../../graph/model.ts';
import { SETS } from '../real/labels.ts';

export const SAMPLE_FILE = 'test/fixtures/entities/precision-sample.json';

/** ok: the span is such an entity as the sentence uses it; boundary: it is one, cut wrong; not: it names none. */
const VERDICTS = ['ok', 'boundary', 'not'] as const;

export const SampleItemSchema = z.object({
  id: z.number().int().positive(),
  /** Held aside: judged only after the fixes, its precision reported apart. */
  held: z.boolean(),
  set: z.enum(SETS),
  doc: z.string().min(1),
  label: z.enum(ENTITY_LABELS),
  name: z.string().min(1),
  kind: z.string().nullable(),
  evidence: z.string(),
  verdict: z.enum(VERDICTS).nullable(),
  note: z.string(),
});
export type SampleItem = z.infer<typeof SampleItemSchema>;
