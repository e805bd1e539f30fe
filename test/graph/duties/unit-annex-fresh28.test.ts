// A 预案's annex of duties (first met in fresh28): after the plan, an attachment 相关部门、单位的职责 whose lines each open
// with a unit and a full-width colon, its duties after it. Each line is a task of that unit (responsible). Excerpt of
// the published text (source beside it); the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { validateBatch } from '../../../graph/store/batch/batch-validate.ts';
import { batchOf, tasksOfLines } from '../../support/ingest-text.ts';

describe('a 预案\'s `单位：职责` annex (fresh28)', () => {
  // 上海市崇明区地下空间突发事件应急预案 (沪崇建管〔2024〕77号), fresh28 chongming-dixia-yuan-2024: its last section, then the
  // annex under a bare 附件 label and its title line (a few sections of the plan before it, so that it numbers decimally).
  const lines = [
      '1总则', '', '1.3适用范围', '', '本预案适用于本区行政区域内地下空间突发事件的防范和应急处置。', '',
      '8预案管理', '', '8.1预案解释', '', '本预案由区建设管理委负责编制与解释，并报市住建委备案。', '',
      '8.2预案修订', '', '本预案由区建设管理委根据实际情况，适时评估修订。', '', '8.4预案实施', '', '本预案由区建设管理委组织实施。', '', '本预案自印发之日起实施，有效期为5年。', '',
      '附件：相关部门、单位的职责', '', '附件', '', '相关部门、单位的职责', '',
      '区建设管理委：编制和修订本区地下空间应急预案；参与相关突发事件的应急处置、调查、评估等工作；承办区政府和区城运应急委交办的其他事项。', '',
      '区公安分局：参加区地下空间突发事件的应急处置、救援，并负责保障应急处置车辆快速安全通行，维护事发地社会治安秩序，配合做好现场救助、人员疏散等工作。', '',
      '区应急局：组织、参与地下空间安全生产事故的应急救援和处置；按职责组织、参与地下空间相关生产安全事故调查。', '',
  ];

  it('reads each `单位：职责` line of a headingless attachment as a task of its unit', () => {
    const tasks = tasksOfLines(lines);
    const annex = tasks.filter((t) => /^区[^：:]+[：:]/u.test(t.title));
    expect(annex).toMatchObject([
      { title: expect.stringContaining('编制和修订本区地下空间应急预案'), lead: [], support: [], responsible: ['区建设管理委'] },
      { title: expect.stringContaining('参加区地下空间突发事件的应急处置'), lead: [], support: [], responsible: ['区公安分局'] },
      { title: expect.stringContaining('组织、参与地下空间安全生产事故'), lead: [], support: [], responsible: ['区应急局'] },
    ]);
  });

  // The part is made after its lines are read: it must still come before them in the batch, or their edges to it have no
  // target and the store refuses the document (as it did for both 崇明 预案 until this test).
  it('gives a batch the store accepts, every edge with both ends', () => {
    const batch = batchOf(lines.join('\n'));
    expect(() => validateBatch(batch)).not.toThrow();
    const ids = new Set(batch.nodes.map((n) => n.id));
    expect(batch.edges.filter((e) => !ids.has(e.source) || !ids.has(e.target))).toEqual([]);
  });
});
