// The reader rules added while tuning on real10-dev (issue 10), one behaviour each, in other words than the set's, on the eight real10 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real10-docs']);

describe('reader rules after real10-dev', () => {
  it('limits a question to the document whose 文号 it names, written with any brackets', async () => {
    for (const q of ['在平政办〔2013〕11号里市发改委负责哪些', '平政办[2013]11号文件里市发改委负责哪些', '平政办2013年11号里市发改委负责哪些']) {
      const got = await names(q);
      expect(got, q).toEqual(expect.arrayContaining(['装备制造产业', '围绕新兴产业']));
      expect(got, q).not.toContain('地区生产总值增长12%');
    }
  });

  it('files a merged office written with a joining dot (区国土·规划分局) under the function its fields name', async () => {
    expect(await names('黄石港区的国土部门管什么')).toEqual(expect.arrayContaining([expect.stringContaining('用地调整')]));
  });

  it('reads ports, throughput and sci-tech innovation centres in English', async () => {
    expect(englishToChinese('What is the container throughput target?')).toBe('集装箱吞吐量目标是多少');
    expect(englishToChinese('Which tasks mention the harbour?')).toBe('哪些任务涉及港口');
    expect(await names('Who is in charge of the sci-tech innovation centre?')).toEqual(['市科技局']);
  });
});
