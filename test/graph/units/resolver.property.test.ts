// Property: resolving never throws and never turns text with sentence punctuation or a long run into a unit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitResolver } from '../../../graph/units/resolver.ts';

// Characters that make unit names, OCR junk and body text, so generated strings get near real matches.
const ALPHABET = [...'区县市省发展改革委经济信息局农业村招商投资教卫生健康自然资源规划等各相关部门单位镇街道公司集团中心管会建设推进，。；：、()（） OyaJ13'];

const nearUnitText = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((cs) => cs.join(''));
const anyText = fc.oneof(nearUnitText, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 40 }));

describe('UnitResolver properties', () => {
  const resolver = new UnitResolver();

  it('never throws and always answers', () => {
    fc.assert(fc.property(anyText, (s) => {
      expect(resolver.resolve(s).length).toBeGreaterThan(0);
    }), { numRuns: 2000 });
  });

  it('never resolves to a canonical with sentence punctuation or longer than 30 characters', () => {
    fc.assert(fc.property(anyText, (s) => {
      for (const r of resolver.resolve(s)) {
        if (r.status !== 'resolved') continue;
        expect(r.canonical).not.toMatch(/[，。；：,;:]/u);
        expect(r.canonical.length).toBeLessThanOrEqual(30);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
      }
    }), { numRuns: 2000 });
  });
});
