// Prose roles in 上海 notices and work rules that annotate no duty (fresh31): excerpts of the published texts (source beside
// each); the expected units were written from the text (the set's labels).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('prose roles of notices and work rules (fresh31)', () => {
  // 上海市生态环境局关于开展本市建设用地土壤污染状况初步调查监督检查工作的通知 (沪环土〔2022〕235号), fresh31
  // shanghai-turang-chubu-jiancha-2022: the notice's own 一、–五、 are its only items, then its contact block and its list of
  // attachments. Neither the 联系人 field nor the numbered attachment titles are part of the plan's duties or items.
  const chubu = () => tasksOfLines([
    '各区生态环境局，上海化工区管委会，上海自贸区管委会保税区管理局，上海自贸区临港新片区管委会，各有关单位：', '',
    '一、各单位要根据《建设用地土壤污染状况初步调查监督检查工作指南（试行）》（以下简称《工作指南》，见附件1）和《建设用地土壤污染状况调查质量控制技术规定（试行）》（见附件2）要求，对本行政区域建设用地土壤污染状况调查的初步调查关键环节（包括采样分析工作计划、现场采样和实验室检测分析）以及土壤污染状况调查报告进行监督检查。', '',
    '五、市生态环境局对各区建设用地土壤污染状况初步调查报告组织抽查，对存在重大问题的单位进行通报。', '',
    '联系人：市生态环境局土壤处  谢宇雷', '', '电  话：23115682', '',
    '附 件：1. 生态环境部《建设用地土壤污染状况初步调查监督检查工作指南（试行）》', '',
    '2. 生态环境部《建设用地土壤污染状况调查质量控制技术规定（试行）》', '',
    '3. 地块土壤污染初步调查质控管理线上操作流程', '',
    '上海市生态环境局', '', '2022年12月16日',
  ]);

  it('reads the subjects of a notice whose only label is its 联系人 field', () => {
    expect(chubu().find((t) => t.path === '一')).toMatchObject({ responsible: ['各单位'] });
  });

  it('keeps the numbered attachment titles out of the last point, whose subject 对… does the work', () => {
    expect(chubu().map((t) => t.path)).toEqual(['一', '五']);
    expect(chubu().find((t) => t.path === '五')).toMatchObject({ responsible: ['市生态环境局'] });
  });

  // 上海市政府质量奖评审工作规范 (2025), fresh31 shanghai-zhiliangjiang-pingshen-2025: `2．遴选评审员。` is the item's title on
  // its own line; the office that does the work opens the next line. 1．审定。 likewise, its subject before 召开.
  it('reads the subject on the line after a `N．title。` line', () => {
    const tasks = tasksOfLines([
      '（四）评审准备', '',
      '1．申报材料受理。', '', '申报材料包括：', '', '（1）上海市政府质量奖申报表；', '',
      '2．遴选评审员。', '',
      '上海市政府质量奖审定委员会办公室（以下简称“市审定办”）根据申报质量管理模式（成果）的行业特点，在上海市政府质量奖评审员库中遴选评审员，评审员签署《上海市政府质量奖评审员纪律承诺书》和《上海市政府质量奖评审工作回避申请表》，并于评审前反馈市审定办。', '',
      '（九）审定公示', '',
      '1．审定。', '',
      '上海市政府质量奖审定委员会（以下简称“市审定委”）召开专题会议，审议获奖建议名单，确定拟获奖名单。', '',
    ]);
    const byPath = Object.fromEntries(tasks.map((t) => [t.path, t.responsible]));
    expect(byPath['(四)/2']).toEqual(['上海市政府质量奖审定委员会办公室']);
    expect(byPath['(九)/1']).toEqual(['上海市政府质量奖审定委员会']);
  });

  // Same rules, 四、(六)、(七): the office by its short form, then 适时, 对…, 通知, 邀请 — what it does.
  it('reads a short-form subject before 适时, 对, 通知 and 邀请', () => {
    const tasks = tasksOfLines([
      '上海市政府质量奖审定委员会办公室（以下简称“市审定办”）根据申报质量管理模式（成果）的行业特点遴选评审员。', '',
      '（六）资料评审', '', '1．资料评审准备。', '',
      '（1）市审定办制定资料评审方案，包括资料评审分组、评审员分工及评审进度安排等；', '',
      '（3）市审定办适时向各评审组发放资料评审通知、申报材料、评审标准。', '',
      '（5）市审定办对未入围现场评审的质量管理模式（成果），反馈资料评审结果。', '',
      '（七）现场评审', '', '1．现场评审准备。', '',
      '（5）市审定办通知评审员参加现场评审，发放《上海市政府质量奖现场评审实施计划表》；', '',
      '（6）市审定办邀请观察员和推荐方参加现场评审，发放《上海市政府质量奖现场评审实施计划表》。', '',
    ]);
    const names = (path: string) => tasks.find((t) => t.path === path)?.responsible;
    for (const path of ['(六)/1/(3)', '(六)/1/(5)', '(七)/1/(5)', '(七)/1/(6)']) expect(names(path), path).toEqual(['市审定办']);
  });
});
