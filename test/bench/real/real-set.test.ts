// The real development set: every label file matches the schema and the evaluator runs on dev (no score threshold yet).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { evaluateReal } from './evaluate.ts';
import { loadFixtures, SETS } from './labels.ts';
import { fold } from './score.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe.each(SETS)('real plans, %s set', (set) => {
  it('has label files that match the schema, each beside its text, with title keys found in the text', async () => {
    const fixtures = await loadFixtures(ROOT, set);
    expect(fixtures.length).toBeGreaterThan(0);
    for (const f of fixtures) {
      const body = fold(f.text);
      for (const t of f.labels.tasks) expect(body, `${f.id}: key ${t.key}`).toContain(fold(t.key));
      for (const t of f.labels.tasks) {
        for (const name of [...t.lead, ...t.support, ...t.responsible]) expect(body, `${f.id} ${t.key}: unit ${name}`).toContain(fold(name));
      }
    }
  });

  // The evaluator scores the parse; this loads it: a batch the store refuses (an edge without its node) loses the
  // document for a user while the score still reads well (fresh28's two 崇明 预案 once).
  it('loads every document into the store', async () => {
    const fixtures = await loadFixtures(ROOT, set);
    const reports = await ingestPaths(new MemoryGraphStore(), fixtures.map((f) => f.textFile));
    expect(reports).toHaveLength(fixtures.length);
  });

  it('keeps every title key distinct within its document', async () => {
    for (const f of await loadFixtures(ROOT, set)) {
      const keys = f.labels.tasks.map((t) => fold(t.key));
      expect(new Set(keys).size, f.id).toBe(keys.length);
    }
  });
});

describe('the real-set evaluator', () => {
  it('runs the ingest parse path on every dev document and reports counts that add up', async () => {
    const report = await evaluateReal(ROOT, 'dev');
    const fixtures = await loadFixtures(ROOT, 'dev');
    expect(report.documents.map((d) => d.id)).toEqual(fixtures.map((f) => f.id));
    const labelled = fixtures.reduce((n, f) => n + f.labels.tasks.length, 0);
    expect(report.total.tasks.labelled).toBe(labelled);
    expect(report.total.tasks.found).toBeLessThanOrEqual(labelled);
    for (const d of report.documents) {
      expect(d.error, d.id).toBeUndefined();
      expect(d.units.all.matchedParsed).toBeLessThanOrEqual(d.units.all.parsed);
      expect(d.names.asWritten).toBeLessThanOrEqual(d.names.shown);
    }
  });
});

describe('the eval:real command line', () => {
  it('prints its usage, every set named, for --help, and names the usage when a set is unknown', async () => {
    const { main } = await import('./cli.ts');
    const usage = await main(['--help']);
    expect(usage).toMatch(/^usage: npm run eval:real/u);
    expect(usage).toContain(`--set ${SETS.join('|')}|all]`);
    await expect(main(['--set', 'nope'])).rejects.toThrow(/--set 只能是.*usage: npm run eval:real/u);
  });
});
