// An own-line duty label whose units are a space apart: the spaces between whole names become 、 before spaces inside
// Chinese text are dropped (which would glue the names into one). Excerpt: 开封市人民政府办公室 汴政办〔2005〕34号, a law
// site's copy (test/fixtures/real/fresh19/kaifeng-fenjie-2005.txt).
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';

describe('units a space apart after an own-line duty label', () => {
  it('are listed with 、 when every part ends a name (开封 2005)', () => {
    const text = '  责任领导:吉炳伟\n  责任单位:市发改委 五县五区政府 开发区管委会\n  责 任 人:安洪海 五县县长 五区区长 李兵纪\n';
    const out = normaliseText(text).text;
    expect(out).toContain('责任单位:市发改委、五县五区政府、开发区管委会');
    // Persons under another label are no units: their spaces are left for the later stages.
    expect(out).not.toContain('安洪海、');
  });

  it('are left alone when a part is a verb or a sentence, not a name', () => {
    expect(normaliseText('责任单位:市发改委 牵头\n').text).not.toContain('、');
    expect(normaliseText('牵头单位:市交通局 负责 全市公路建设\n').text).not.toContain('、');
  });
});
