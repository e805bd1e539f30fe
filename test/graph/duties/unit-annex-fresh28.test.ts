// A 预案's annex of duties (first met in fresh28): after the plan, an attachment 相关部门、单位的职责 whose lines each open
// with a unit and a full-width colon, its duties after it. Each line is a task of that unit (responsible). Excerpt of
// the published text (source beside it); the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { validateBatch } from '../../../graph/store/batch/batch-validate.ts';
import { batchOf, tasksOfLines } from '../../support/ingest-text.ts';

describe('a 预案\'s `单位：职责` annex (fresh28)', () => {
  // 上海市崇明区地下空间突发事件应急预案 (沪崇建管〔2024〕77号), fresh28 chongming-dixia-yuan-2024: the notice's signature, its
  // last section, then the annex under a bare 附件 label and its title line (a few sections of the plan before it, so that
  // it numbers decimally; the signed date ends the notice, so the annex is an attachment of the plan, not the plan itself).
  const lines = [
      '经区政府同意，现印发《上海市崇明区地下空间突发事件应急预案》，请认真贯彻落实。', '', '上海市崇明区建设和管理委员会', '', '2024年11月28日', '',
      '上海市崇明区地下空间突发事件应急预案', '',
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

  // 嘉定工业区地下空间突发事件应急预案(2025年) (嘉工管委发〔2025〕9号), fresh28 jiading-gongyequ-yuan-2025: the annex's label
  // carries its title (附件：相关单位及职责), the title printed again, then the lines; its offices are named with no 区 prefix,
  // some with their field in brackets.
  const titled = [
    '现将《嘉定工业区地下空间突发事件应急预案》印发给你们，请按照执行。', '', '上海嘉定工业区管理委员会', '', '2025年10月12日', '',
    '嘉定工业区地下空间突发事件应急预案(2025年)', '',
    '1 总则', '', '1.3适用范围', '', '本预案适用于嘉定工业区区域内地下空间突发事件的应急处置。', '',
    '8 预案管理', '', '8.1预案解释', '', '本预案由嘉定工业区地空联办负责解释。', '',
    '8.2预案修订', '', '本预案由嘉定工业区地空联办根据实际情况，适时评估修订并报审。', '',
    '8.4预案实施', '', '本预案由嘉定工业区地空联办组织实施。', '', '本预案自印发之日起实施，有效期为5年。', '',
    '附件：相关单位及职责', '', '相关单位及职责', '',
    '规划建设和生态环境办公室（工程）：承担工业区地空联办职责。协调、推进辖区内地下空间应急体系建设和监督检查；编制和修订辖区内地下空间应急预案，指导各社区、应急管理单位地下空间应急预案的编制与修订；综合协调辖区内地下空间应急演练、宣传培训等工作参与相关突发事件的应急处置、调查、评估等工作；承办管委会交办的其他事项。', '',
    '派出所：负责地下空间突发事件现场及周边社会治安秩序维护和交通疏导，视情采取隔离警戒和交通管制措施；会同有关部门做好现场救助和人员疏散；参与地下空间相关突发事件的原因分析、调查与处理工作。', '',
    '城市运行管理中心：参与地下空间安全生产事故的应急救援和处置；按职责参与地下空间相关生产安全事故调查。', '',
    '规划建设和生态环境办公室（环保）：参与地下空间核与辐射事故的应急处置工作；负责地下空间突发事件现场及周边地区环境监测及预测可能产生的环境影响，参与事件污染控制与处置；参与地下空间的核与辐射事故、环境污染事件相关的调查处理工作。', '',
    '社会工作办公室：组织、协调医疗卫生资源，开展伤病员现场救治、转运和医院收治工作，统计医疗机构接诊救治伤病员情况；根据需要，做好卫生防病工作，视情提出保护公众健康的措施建议，做好伤病员的心理援助。负责对符合政策的对象的基本生活救助，协调遗体处理等善后事宜。', '',
  ];

  it('reads an annex whose label carries its title, each line a task of the office that heads it', () => {
    const annex = tasksOfLines(titled).filter((t) => /^[^：:]{2,20}[：:]/u.test(t.title));
    expect(annex).toMatchObject([
      { title: expect.stringContaining('承担工业区地空联办职责'), lead: [], support: [], responsible: ['规划建设和生态环境办公室(工程)'] },
      { title: expect.stringContaining('负责地下空间突发事件现场及周边社会治安秩序维护'), lead: [], support: [], responsible: ['派出所'] },
      { title: expect.stringContaining('参与地下空间安全生产事故的应急救援和处置'), lead: [], support: [], responsible: ['城市运行管理中心'] },
      { title: expect.stringContaining('参与地下空间核与辐射事故的应急处置工作'), lead: [], support: [], responsible: ['规划建设和生态环境办公室(环保)'] },
      { title: expect.stringContaining('组织、协调医疗卫生资源'), lead: [], support: [], responsible: ['社会工作办公室'] },
    ]);
  });
});
