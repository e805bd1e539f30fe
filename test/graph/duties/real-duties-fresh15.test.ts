// Duty conventions first met in fresh15 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh15)', () => {
  // http://fsou.com/html/text/lar/171694/17169469_1.html (a 市 government's opinion on 市县 依法行政, a law-database
  // page that begins at item 三): a bracket with no role word closes each item; 及 and 和 join names inside it.
  it('reads a bare closing bracket (A、B及C和D) as four responsible units, 及 and 和 joining names', () => {
    const tasks = tasksOfLines([
      '三、完善规范性文件制定程序。制定与群众利益密切相关的规范性文件,提交政府常务会议或全体会议审议前,要向社会公开征求意见。(市政府办公室、市政府法制办及相关部门和县(区)政府)',
      '五、加强依法行政工作。各县(区)、各部门要结合各自职责,对以往制定的推进依法行政配套制度,进行清理、修订和完善。(市政府各部门、县(区)政府)',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['市政府办公室', '市政府法制办', '相关部门', '县(区)政府'].sort() },
      { lead: [], support: [], responsible: ['市政府各部门', '县(区)政府'].sort() },
    ]);
  });

  // A name holding 和 (市劳动和社会保障局) is one name in a bare bracket: its halves are no units.
  it('keeps a name holding 和 whole in a bare closing bracket', () => {
    const tasks = tasksOfLines(['一、完善社会保障。做好社会保险工作。(市劳动和社会保障局、市财政局)']);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市劳动和社会保障局', '市财政局'].sort() }]);
  });
  // http://fsou.com (a 市 依法行政 plan, ≈2007, page 2 of a law-database copy): (A、B…为主要责任单位,按照各自职能组织
  // 有关部门实施) — no unit is named 牵头, so the listed units answer for the item together; the 有关部门 they 组织 are none.
  it('reads (A、B为主要责任单位,按照各自职能组织有关部门实施) as A and B responsible', () => {
    const tasks = tasksOfLines([
      '(二)大力推进行政复议工作的制度和机制创新。发挥行政复议在化解行政争议、构建社会主义和谐社会的作用。(市府办、市法制办、市编办、市财政局、市监察局为主要责任单位,按照各自职能组织有关部门实施)',
    ]);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市府办', '市法制办', '市编办', '市财政局', '市监察局'].sort() }]);
  });

  // http://www.fymate.net/html/text/lar/168469/16846944_3.html (a 市 依法行政 plan, ≈2005, page 3 of a law-database
  // copy): a bracket with no role label names its lead with 会同 — X会同A, B、C: X leads, every name after 会同 supports;
  // X组织有关单位: X leads the collective it organises.
  it('reads (X会同A,B、C) as X lead and the rest support, and (X组织有关单位) as X lead, 有关单位 support', () => {
    const tasks = tasksOfLines([
      '(二)探索拓宽对行政行为实施监督的渠道,完善监督机制。研究建立对新闻媒体反映的问题进行调查、核实,并依法及时作出处理的工作机制。(市监察局会同市府办,市信访局、法制局)',
      '(三)完善上级政府对下级政府、政府对所属行政部门以及上级行政部门对下级行政部门的层级监督机制。(市府办会同市监察局、法制局)',
      '(六)建立和完善行政执法过错责任追究制度。明确划分领导干部和工作人员的过错责任。(市法制局组织有关单位)',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['市监察局'], support: ['市府办', '市信访局', '法制局'].sort(), responsible: [] },
      { lead: ['市府办'], support: ['市监察局', '法制局'].sort(), responsible: [] },
      { lead: ['市法制局'], support: ['有关单位'], responsible: [] },
    ]);
  });

  // A 会同 inside body text in brackets names no duty: the clause must be names on both sides.
  it('reads no duty from a bracket of body text holding 会同', () => {
    const tasks = tasksOfLines(['(一)完善监督机制,建立工作机制(市发改委会同市财政局制定实施细则)。(市监察局)']);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市监察局'] }]);
  });

  // http://www.lygzb.net/html/text/lar/168402/16840227_3.html (a 市 依法行政 plan, ≈2004, a law-database page): (A、B共同负责,C配合) — the two answering together are
  // the principals the others support, as (X负责,Y配合) is read; (X牵头,A、B各负其责) — each answers for its share
  // beside the lead: support.
  it('reads (A、B共同负责,C、D配合) as two leads and (X牵头,A、B各负其责) as support', () => {
    const tasks = tasksOfLines([
      '(十九)建立健全规范性文件制定、公布制度。开展规章和规范性文件实施效果评估和定期清理工作。(市政府法制办牵头,市政府办公厅、市信息办及相关部门各负其责)',
      '(二十)加快建立权责明确、行为规范、监督有效、保障有力的行政执法体制,减少行政执法层次。(市编办、市政府法制办共同负责,市财政局、市监察局及相关部门配合)',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: ['市政府法制办'], support: ['市政府办公厅', '市信息办', '相关部门'].sort(), responsible: [] },
      { lead: ['市编办', '市政府法制办'].sort(), support: ['市财政局', '市监察局', '相关部门'].sort(), responsible: [] },
    ]);
  });

  // Without a 配合 clause, 共同负责 names no principal: the units stay responsible together.
  it('keeps (A、B共同负责) alone responsible', () => {
    const tasks = tasksOfLines(['(二十)加快建立行政执法体制。(市编办、市政府法制办共同负责)']);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市编办', '市政府法制办'].sort() }]);
  });

  // http://fsou.com/html/text/lar/171909/17190909_1.html (a 市 依法行政 plan, ≈2009, a law-database page):
  // 市、县(市、区)政府 — the bare 市 shares the government after it: the governments of both levels, one collective as
  // written, and so is their 法制办.
  it('reads 市、县(市、区)政府 and 市、县(市、区)政府法制办 as one collective each', () => {
    const tasks = tasksOfLines([
      '(七)继续深入推行行政执法责任制。研究、构建行政执法考评奖励机制和责任追究机制,实现权力与责任的有机统一。',
      '责任单位:市、县(市、区)政府,市直各有关部门。',
      '(十)加强县(市、区)行政执法监督队伍建设。严格行政执法证件核发前培训、考试制度。',
      '责任单位:市、县(市、区)政府法制办,市直各有关部门。',
    ]);
    expect(tasks.map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['市、县(市、区)政府', '市直各有关部门'].sort() },
      { lead: [], support: [], responsible: ['市、县(市、区)政府法制办', '市直各有关部门'].sort() },
    ]);
  });

  // http://ask.fsou.com/html/text/lar/171136/17113652_1.html (a 市 依法行政 plan, ≈2009, a law-database page):
  // 县区政府 without 各 names the governments of the level below, a collective, never 县 beside 区政府.
  it('reads 县区政府 written without 各 as one collective', () => {
    const tasks = tasksOfLines([
      '(三)加快政府信息公开载体建设和更新维护,拓宽信息公开渠道。加强政府信息公开的法制化建设,建立健全政府公告和新闻发布制度。(市政府办公室及市政府各部门、县区政府)',
    ]);
    expect(tasks.map(sorted)).toEqual([{ lead: [], support: [], responsible: ['市政府办公室', '市政府各部门', '县区政府'].sort() }]);
  });
});
