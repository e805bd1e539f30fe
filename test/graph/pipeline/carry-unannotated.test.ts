// A clause that carries units to every later task (以下任务均需X落实,不再一一列出) reaches later items with no annotation
// of their own; on an excerpt of a real plan (source beside it), expected units written from the text first.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('以下…均需X落实 carried to later items without an annotation', () => {
  // http://www.e-gov.org.cn/article-186199.html (数字威海建设2023年工作要点; fresh6 weihai-shuzi-2023): the excerpt ends
  // inside item 2, before its annotation
  const text = [
    '(一)提升政务服务效能',
    '1.深化政务服务“网上办”。全面深化“双全双百”提升工程。(牵头单位:市行政审批服务局;责任单位:市直有关部门、单位,各区市政府、开发区管委。以下任务均需各区市政府、开发区管委落实,不再一一列出)',
    '2.优化“爱山东”“掌上办”功能。以好用、爱用为目标,持续推进移动端政务服务渠道整合迁移,上线“不动产+公积金+金融”一键联办、“数通家',
  ].join('\n');

  it('gives the carried units to the later item, as supporters since the carrying annotation names a lead', () => {
    const rows = writtenTasks(batchOf(text));
    expect(rows.map((r) => r.path)).toEqual(['(一)/1', '(一)/2']);
    expect(rows[1].lead).toEqual([]);
    expect(rows[1].support).toEqual(expect.arrayContaining(['各区市政府', '开发区管委']));
    expect(rows[1].support).toHaveLength(2);
  });

  it('gives nothing to a later item when no clause carries units', () => {
    const plain = text.replace('以下任务均需各区市政府、开发区管委落实,不再一一列出', '');
    expect(writtenTasks(batchOf(plain))[1].support).toEqual([]);
  });
});
