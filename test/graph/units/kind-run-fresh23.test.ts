// A collective written across 、 by the kinds of body it covers (first met in fresh23); source beside the test.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('a run of body kinds as one collective (fresh23)', () => {
  // 杨浦区基层消防安全综合治理建设工作重点任务清单 (杨府办发〔2022〕12号 附件), row 4's 配合单位 cell: 各街道、 / 相关委、办、局
  it('keeps 相关委、办、局 whole beside the units listed before it', () => {
    const tasks = tasksOfLines(['二、推进基层消防安全组织建设', '4.出台文件规章。(牵头单位:区消防救援支队,配合单位:各街道、相关委、办、局)']);
    expect(tasks).toMatchObject([{ lead: ['区消防救援支队'], support: ['各街道', '相关委、办、局'] }]);
  });

  it('leaves a kind after a named body (区政府各委) to the rules of names', () => {
    const tasks = tasksOfLines(['一、重点任务', '1.做好工作。(责任单位:区财政局、区委、办公室)']);
    expect(tasks[0].responsible).not.toContain('区委、办公室');
  });
});
