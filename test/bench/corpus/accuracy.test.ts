// Parser accuracy on a clean generated corpus and on the seed; thresholds are measured values less a small margin.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, evaluateSeed, type AccuracyReport } from './evaluate.ts';
import { writeCorpus } from './generate.ts';
import { formatAccuracy } from './report.ts';
import { ENTITY_LABELS } from '../../../graph/model.ts';

// Measured at seed 1, 30 documents, noise 0 (see README Benchmarks): duty F1 0.988, tasks 0.986, entities ≥ 0.979,
// targets 0.980. What is lost is one parser gap: in one-line text a marker right after `〕` is not seen.
let dir = '';
let report: AccuracyReport;
let seed: AccuracyReport;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-graph-corpus-'));
  await writeCorpus(dir, { docs: 30, seed: 1 });
  report = await evaluateCorpus(dir);
  seed = await evaluateSeed();
}, 120_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('accuracy on a clean generated corpus (30 documents, seed 1)', () => {
  it('finds the tasks by title', () => {
    expect(report.tasks.recall).toBeGreaterThanOrEqual(0.97);
    expect(report.tasks.precision).toBeGreaterThanOrEqual(0.97);
  });

  it('assigns duties per role with F1 ≥ 0.97', () => {
    for (const role of ['lead', 'support', 'responsible', 'all'] as const) expect(report.duties[role].f1, role).toBeGreaterThanOrEqual(0.97);
    expect(report.exactTasks.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the entities of each label and the targets', () => {
    for (const label of ENTITY_LABELS) expect(report.entities[label].rate, label).toBeGreaterThanOrEqual(0.95);
    expect(report.targets.strict.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('prints a table that names both corpora', () => {
    const text = formatAccuracy([report, seed]);
    expect(text).toContain('duty all roles');
    expect(text).toContain('seed (golden table)');
  });
});

describe('accuracy on the seed against its golden table', () => {
  it('has duty F1 1.0 by construction, with every task found', () => {
    expect(seed.tasks.recall).toBe(1);
    expect(seed.duties.all.f1).toBe(1);
  });
});
