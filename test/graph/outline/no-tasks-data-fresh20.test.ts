// A file that is program source or exported data, whose records are not a task table the parser reads, yields no task:
// NO_TASKS says what the file is, quotes a line of it and says what to load instead (fresh20's data files).
import { describe, expect, it } from 'vitest';
import { batchOf } from '../../support/ingest-text.ts';

const noTasks = (text: string, title = '测试文档') => batchOf(text, title).warnings.filter((w) => w.code === 'NO_TASKS');

describe('NO_TASKS on program source and data', () => {
  // 数字广东建设2025年工作要点 as a JavaScript literal, cut before its first task record: sections only, no duty field.
  it('names JavaScript source, the line seen and the export to load', () => {
    const [w, ...rest] = noTasks([
      '// 完整的六大板块数据',
      'const sectionData = [',
      '  {',
      '    id: 1,',
      '    title: "加快培育数字化发展引擎",',
      '    description: "打造数字技术创新高地、深化数据要素市场化配置改革、深入开展\\"人工智能+\\"行动",',
      '    subsections: [',
      '      {',
      '        id: "1-1",',
      '        title: "打造数字技术创新高地",',
    ].join('\n'), '数字广东');
    expect(rest).toEqual([]);
    expect(w.detail?.cause).toBe('program-source');
    expect(w.message).toContain('《数字广东》');
    expect(w.message).toContain('const sectionData = [');
    expect(w.message).toContain('请导出方案的正文或任务表');
  });

  it('names JSON data whose records carry no task and duty fields', () => {
    const [w] = noTasks('[{"category": "推动芯片全链发展", "dimension": "算力", "count": 11}, {"category": "推进模型创新", "dimension": "算法", "count": 9}]');
    expect(w.detail?.cause).toBe('json-data');
    expect(w.message).toContain('"category":"推动芯片全链发展"');
  });

  it('keeps a plan\'s text with a colon-labelled line out of it', () => {
    const [w] = noTasks('三、2016年重点工作\n今年要重点做好八个方面工作。\n(一)稳定和完善宏观经济政策。\n积极的财政政策要加大力度。');
    expect(w.detail?.cause).toBe('no-duties');
  });
});
