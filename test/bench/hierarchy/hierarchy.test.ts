// Alignment and comparison on a small generated hierarchy meet the bars (the bench runs the full 200 documents).
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../server/search/tokenizer.ts';
import { scoreHierarchy } from './evaluate.ts';
import { DEFAULT_HIERARCHY, generateHierarchies } from './generate.ts';

describe('generated hierarchies', () => {
  const { docs, truth } = generateHierarchies({ ...DEFAULT_HIERARCHY, seed: 7, provinces: 2 });
  const score = scoreHierarchy(docs, truth, tokenize);

  it('finds exactly the document pairs that implement one another', () => {
    expect(score.pairs.right).toBe(score.pairs.expected);
    expect(score.pairs.found).toBe(score.pairs.expected);
  });

  it('aligns tasks across three levels with F1 ≥ 0.9', () => {
    expect(score.links.f1, JSON.stringify(score.links)).toBeGreaterThanOrEqual(0.9);
  });

  it('tells kept, added and dropped tasks of two yearly versions apart (≥ 0.95)', () => {
    expect(score.comparison.accuracy, JSON.stringify(score.comparison)).toBeGreaterThanOrEqual(0.95);
    expect(score.comparison.rewordedRight / score.comparison.reworded).toBeGreaterThanOrEqual(0.9);
  });
});
