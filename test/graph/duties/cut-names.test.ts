// An excerpt that ends inside an annotation: the complete names are kept, the cut one is never guessed.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const tasks = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task');

describe('annotations cut by the end of an excerpt', () => {
  // http://zt.cjn.cn/zt2022/whcyzcpt/shijzc/zcfg/202211/t4327000.htm (武汉市 2018): the copy ends inside a name.
  it('leaves out a name cut mid-word (市人力资源社会保) instead of completing it to a registry name', () => {
    const rows = tasks([
      '2.开展非法金融活动专项整治。(责任单位:市金融工作局)',
      '3.加强养老保险金收支管理。(牵头单位:市人力资源社会保',
    ].join('\n'));
    expect(rows[0].responsible).toEqual(['市金融工作局']);
    expect([...rows[1].lead, ...rows[1].support, ...rows[1].responsible]).toEqual([]);
  });

  it('keeps a complete name the cut annotation ends on', () => {
    const [task] = tasks('3.加强养老保险金收支管理。(牵头单位:市财政局;责任单位:市审计局');
    expect(task.lead).toEqual(['市财政局']);
    expect(task.support).toEqual(['市审计局']);
  });
});
