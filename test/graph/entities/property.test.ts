// Properties over arbitrary text: the extractors never throw and every span is sound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, extractTargets, splitSentences, touchedPlaces } from '../../../graph/entities/index.ts';

/** Characters that exercise every rule: suffixes, heads, verbs, digits, units and both punctuation widths. */
const GENRE = [...'涪江河溪镇乡村山湖水库街道景区古城走廊通道经济带圈工程水厂中心园区产业集群高铁线推进建设加快确保与和的等'
  + '少云安巴岳川渝成都重庆潼南遂宁龙文化旅游新型储能到年达突破超亿元万吨家个%0123456789.、，。；：（）(),:;“”\n 分别GDPs'];
const genreText = fc.string({ unit: fc.constantFrom(...GENRE), maxLength: 120 });
const anyText = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 }), genreText);

describe('extractor properties', () => {
  it('extractEntities returns sound, sorted spans that contain their names', () => {
    fc.assert(fc.property(anyText, (text) => {
      const mentions = extractEntities(text);
      for (const [i, m] of mentions.entries()) {
        expect(m.start).toBeGreaterThanOrEqual(0);
        expect(m.start).toBeLessThan(m.end);
        expect(m.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(m.start, m.end)).toContain(m.name);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1].start);
      }
    }), { numRuns: 400 });
  });

  it('extractTargets returns spans whose text is the slice', () => {
    fc.assert(fc.property(anyText, (text) => {
      for (const t of extractTargets(text, { year: 2027 })) {
        expect(t.start).toBeGreaterThanOrEqual(0);
        expect(t.start).toBeLessThan(t.end);
        expect(t.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(t.start, t.end)).toBe(t.text);
        expect(Number.isFinite(t.value)).toBe(true);
      }
    }), { numRuns: 400 });
  });

  it('splitSentences returns ordered, disjoint spans inside the text', () => {
    fc.assert(fc.property(anyText, (text) => {
      let last = 0;
      for (const s of splitSentences(text)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.start).toBeLessThan(s.end);
        expect(s.end).toBeLessThanOrEqual(text.length);
        last = s.end;
      }
    }), { numRuns: 400 });
  });

  it('touchedPlaces never throws and never returns the name itself', () => {
    fc.assert(fc.property(genreText, genreText, (name, sentence) => {
      const places = extractEntities(sentence).filter((m) => m.label === 'Place');
      expect(touchedPlaces(name, sentence, places)).not.toContain(name);
    }), { numRuns: 200 });
  });
});
