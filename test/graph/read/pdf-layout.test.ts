// PDF text layers of real plans printed as offices print them (make-real-excerpts.ts): paragraphs joined back
// whole, page numbers dropped, so the annotations and items read as they do in the text.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../../graph/read/index.ts';
import { EXCERPTS, excerptText } from '../../fixtures/formats/make-real-excerpts.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/formats');

async function linesOf(name: string) {
  const excerpt = EXCERPTS.find((e) => e.name === name)!;
  const doc = await readDocumentFile(join(FIXTURES, name));
  return { got: doc.text.split('\n').filter(Boolean), want: excerptText(excerpt.source, excerpt.lines).split('\n').filter(Boolean) };
}

describe('PDF paragraphs of an indented official document', () => {
  it('a line at the right margin ending in `：` or `。` continues when the next line is not indented (广州 2012, three pages)', async () => {
    const { got, want } = await linesOf('real-guangzhou-rencai-2012.pdf');
    expect(got).toEqual(want);
    // The footer's `— N —` is gone, and the annotations cut at the margin read whole.
    expect(got.join('\n')).not.toMatch(/—\s*\d+\s*—/);
    expect(got).toContain(want.find((l) => l.startsWith('6.金融高级人才开发项目')));
  }, 120_000);

  it('one-line paragraphs, most starting indented: a full line before an indented one ends (宜兴 2020, a portal page printed)', async () => {
    const { got, want } = await linesOf('real-yixing-zhongdian-2020.pdf');
    // HTML collapses runs of spaces; the lines are otherwise the text's own.
    const collapse = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(collapse(got)).toEqual(collapse(want));
  }, 120_000);
});
