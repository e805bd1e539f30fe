// Every parse stage (normalise, annotations, outline, duties, entities, batch) runs in near-linear time on hostile shapes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBatch } from '../../../graph/pipeline/build-batch.ts';
import { parseDocumentText } from '../../../graph/pipeline/parse.ts';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import { pathological, SHAPES, type Shape } from '../../support/pathological.ts';

const SMALL = 10_000;
/** 8× the small input: linear work costs ~8× (up to 12× seen on a loaded 2-core machine), quadratic work 64×. */
const LARGE = 80_000;
/** Half of what quadratic work costs and ~3× what linear work costs under load: a gap noise does not cross
 * (a 4× step with an 8× bound failed one CI run at 8.07 on a linear shape). */
const MAX_RATIO = 32;
/** A hostile 80 KB costs at most this many times an ordinary 80 KB plan parsed in the same run: a bound in the
 * machine's own units, so load that slows every parse moves both sides (an absolute 4 s failed at load 30). The worst
 * shape, broken header cells, costs 6× at load 19 and 18× at load 2 (the warm plan parses faster there); quadratic work
 * at 80 KB costs 8× its linear cost on top. */
const MAX_PLAN_MULTIPLE = 40;
/** The bounds are on CPU time; wall time is only a backstop, wide enough for a machine at load 30 (30 s was not). */
const WALL_BACKSTOP_MS = 120_000;
/** Below this the small run's time is mostly noise: ratios are taken against at least this much. */
const FLOOR_MS = 25;

function cpuMsToParse(text: string): number {
  const before = process.cpuUsage();
  const parsed = parseDocumentText(text, new UnitResolver());
  buildBatch(parsed, { source: 'shape.txt', sha256: '0'.repeat(64), title: '测试', ingestedAt: '2026-01-01T00:00:00.000Z' });
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** One run, and a second only when the first is over `limit`: a scheduler hiccup inflates one run, never both. */
function cpuMs(text: string, limit = 0): number {
  const first = cpuMsToParse(text);
  return first > limit ? Math.min(first, cpuMsToParse(text)) : first;
}

/** The seed plan repeated to the large size: what an ordinary document of that length costs. */
function ordinaryPlan(length: number): string {
  const seed = readFileSync(new URL('../../../seeds/shuangcheng-action-plan.txt', import.meta.url), 'utf8');
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length);
}

describe('parsing time is linear in the input', () => {
  cpuMsToParse(pathological(SHAPES[0], SMALL)); // warm the JIT and the unit registry once
  const plan = ordinaryPlan(LARGE);
  cpuMsToParse(plan);
  const maxLargeCpuMs = MAX_PLAN_MULTIPLE * Math.min(cpuMsToParse(plan), cpuMsToParse(plan));

  it.each(SHAPES.map((s): [string, Shape] => [s.name, s]))('%s: 80 KB costs < 32× 10 KB and < 40× an ordinary 80 KB plan', (_name, shape) => {
    const small = cpuMs(pathological(shape, SMALL), Infinity);
    const large = cpuMs(pathological(shape, LARGE), Math.min(maxLargeCpuMs, MAX_RATIO * Math.max(small, FLOOR_MS)) / 2);
    expect(large, `${shape.name}: ${large.toFixed(0)} ms CPU at 80 KB, plan ${(maxLargeCpuMs / MAX_PLAN_MULTIPLE).toFixed(0)}`).toBeLessThan(maxLargeCpuMs);
    expect(large / Math.max(small, FLOOR_MS), `${shape.name}: ${small.toFixed(0)} → ${large.toFixed(0)} ms`).toBeLessThan(MAX_RATIO);
  }, WALL_BACKSTOP_MS);

  it('reads 80 KB of repeated ① (41 s before) in < 40× an ordinary 80 KB plan', () => {
    expect(cpuMs('①'.repeat(80_000), maxLargeCpuMs / 2)).toBeLessThan(maxLargeCpuMs);
  }, WALL_BACKSTOP_MS);
});
