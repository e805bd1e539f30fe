// The typo pool's typed-array counting against the q-gram filter written plainly, on random names and questions.
import { distance } from 'fastest-levenshtein';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editsFor, fuzzyPool } from '../../server/ask/fuzzy-pool.ts';
import type { Form, Lexicon } from '../../server/ask/lexicon.ts';

function pairs(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < text.length; i++) counts.set(text.slice(i, i + 2), (counts.get(text.slice(i, i + 2)) ?? 0) + 1);
  return counts;
}

/** Every form that shares enough pairs with the text (or, with three characters, its outer two), in lexicon order. */
function byPairs(text: string, fuzzy: Form[]): Form[] {
  const q = pairs(text);
  return fuzzy.filter((form) => {
    const k = editsFor(form);
    if (k === 0) return false;
    if (form.text.length === 3) {
      for (let i = 0; i + 3 <= text.length; i++) if (text[i] === form.text[0] && text[i + 2] === form.text[2]) return true;
      return false;
    }
    let shared = 0;
    for (const [p, n] of pairs(form.text)) shared += Math.min(n, q.get(p) ?? 0);
    return shared > 0 && shared >= form.text.length - 1 - 2 * k;
  });
}

/** Those of them holding at least L − k of their L characters in the text (as multisets). */
function plain(text: string, fuzzy: Form[]): Form[] {
  return byPairs(text, fuzzy).filter((form) => {
    const left = [...text];
    let shared = 0;
    for (const c of form.text) {
      const at = left.indexOf(c);
      if (at >= 0) {
        shared++;
        left.splice(at, 1);
      }
    }
    return shared >= form.text.length - editsFor(form);
  });
}

/** Whether some window of the text lies within the form's allowed edits (the linker's own test, brute force). */
function nearSomeWindow(text: string, form: Form): boolean {
  const k = editsFor(form);
  for (let i = 0; i < text.length; i++) for (let j = i + 1; j <= text.length; j++) if (distance(text.slice(i, j), form.text) <= k) return true;
  return false;
}

const chars = fc.constantFrom('区', '发', '展', '改', '革', '委', '水', '利', '局');
const forms = fc.array(fc.tuple(fc.string({ unit: chars, minLength: 2, maxLength: 10 }), fc.constantFrom('unit', 'entity', 'task')), { maxLength: 40 })
  .map((rows) => rows.map(([text, kind]): Form => ({ text, kind: kind as Form['kind'], method: 'name', targets: [] })));

describe('fuzzyPool', () => {
  it('keeps exactly the forms the q-gram lemmas allow, in lexicon order', () => {
    fc.assert(fc.property(forms, fc.array(fc.string({ unit: chars, maxLength: 14 }), { minLength: 1, maxLength: 3 }), (fuzzy, texts) => {
      const lexicon = { fuzzy } as unknown as Lexicon;
      // Several questions over one lexicon: the reused counters must start from zero each time.
      for (const text of texts) expect(fuzzyPool(text, lexicon)).toEqual(plain(text, fuzzy));
    }), { numRuns: 300 });
  });

  it('drops by characters only forms no window of the text is within the allowed edits of', () => {
    fc.assert(fc.property(forms, fc.string({ unit: chars, maxLength: 14 }), (fuzzy, text) => {
      const kept = new Set(fuzzyPool(text, { fuzzy } as unknown as Lexicon));
      for (const form of byPairs(text, fuzzy)) if (!kept.has(form)) expect(nearSomeWindow(text, form)).toBe(false);
    }), { numRuns: 300 });
  });
});
