// The i18n layer: every key used by the UI exists, every English text is translated, plurals read right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../ui/src/messages-en.ts';
import { ZH } from '../../ui/src/messages-zh.ts';
import { format, isMessageKey, translate } from '../../ui/src/i18n.ts';

const SRC = 'ui/src';
const CJK = /[\u3400-\u9fff]/;
/** English texts that may hold Chinese: the language button, and a question typed in Chinese. */
const EN_MAY_HOLD_CHINESE = new Set(['lang.switch', 'lang.title', 'ask.placeholder']);
/** Source files whose Chinese is content, not UI text: sheet headers and file names staff expect, example questions. */
const CHINESE_CONTENT_FILES = new Set(['messages-zh.ts', 'messages-en.ts', 'task-table.ts', 'sheets.ts', 'exporting.ts', 'overlaps.ts', 'ask.ts', 'start-here.ts']);

const sources = readdirSync(SRC).filter((f) => f.endsWith('.ts')).map((f) => ({ file: f, text: readFileSync(join(SRC, f), 'utf8') }));
const html = readFileSync('ui/index.html', 'utf8');

function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

describe('i18n', () => {
  it('has an English text for every key, with the same placeholders', () => {
    for (const key of Object.keys(ZH) as (keyof typeof ZH)[]) {
      expect(EN[key], key).toBeTruthy();
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(EN[key]), key).toEqual(vars(ZH[key]));
    }
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
  });

  it('leaves no Chinese in the English texts', () => {
    const untranslated = Object.entries(EN).filter(([key, text]) => !EN_MAY_HOLD_CHINESE.has(key) && CJK.test(text));
    expect(untranslated).toEqual([]);
  });

  it('knows every key the UI asks for (t(...), data-i18n*)', () => {
    const used = new Set<string>();
    for (const { text } of sources) for (const m of text.matchAll(/\bt\(\s*'([\w.]+)'/g)) used.add(m[1]);
    for (const m of `${html}\n${sources.map((s) => s.text).join('\n')}`.matchAll(/data-i18n(?:-\w+)?[=:]\s*['"]([\w.]+)['"]/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !isMessageKey(k))).toEqual([]);
  });

  it('has no Chinese UI text outside the dictionary', () => {
    const offenders = sources.filter((s) => !CHINESE_CONTENT_FILES.has(s.file) && CJK.test(stripComments(s.text))).map((s) => s.file);
    expect(offenders).toEqual([]);
  });

  it('picks English plurals by the number and leaves Chinese alone', () => {
    expect(translate('en', 'count.tasks', { n: 1 })).toBe('1 task');
    expect(translate('en', 'count.tasks', { n: 0 })).toBe('0 tasks');
    expect(translate('en', 'count.tasks', { n: 27 })).toBe('27 tasks');
    expect(translate('en', 'stats.line', { documents: 1, nodes: 249, edges: 1 })).toBe('1 document · 249 nodes · 1 relationship');
    expect(translate('zh', 'count.tasks', { n: 1 })).toBe('1 项任务');
    expect(format('{a} [a:x|xs] and {b} [b:y|ys]', { a: 1, b: 2 }, 'en')).toBe('1 x and 2 ys');
  });
});
