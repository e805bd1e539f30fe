// Where a real plan starts after its cover notice, on excerpts of published text (source beside each);
// the expected structure was written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const NOTICE = [
  '菏政办字 〔2023〕1号',
  '各县区人民政府 (管委会),市政府各部门、各直属机构:',
  '为深入贯彻落实《国务院关于支持山东深化新旧动能转换推动绿色低碳高质量发展的意见》,经市政府同意,现将《方案》印发给你们,请认真贯彻实施。',
  '一、高度重视,认真研究政策。各县区、各部门要坚持以习近平新时代中国特色社会主义思想为指导,对照《方案》所承担的目标任务,认真学习研究。',
  '二、压实责任,推动工作落实。各牵头单位要统筹落实任务事项,制定工作推进方案,明确时间表、路线图、责任制。',
  '三、加强督导,健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度,要建立健全工作推进机制。',
];

describe('a plan after its cover notice', () => {
  // https://dzrdoor.com/bgs/info/1131/3781.html (repost of 菏政办字〔2023〕1号, no signed date before the plan)
  it('starts the plan at its item 1 when the notice has no date line, its prose points staying the notice\'s', () => {
    const b = batchOf([...NOTICE, '1. 菏泽市深化新旧动能转换建设绿色低碳高质量发展先行区实现重大突破。(牵头单位:市发展改革委;配合单位:市工业和信息化局)'].join('\n'));
    const rows = dutyTable(b);
    expect(rows.filter((r) => r.label === 'Task').map((r) => r.path)).toEqual(['1']);
    expect(rows.find((r) => r.path === '1')!.lead).toEqual(['市发展改革委']);
    expect(rows.filter((r) => r.path.startsWith('通知/')).map((r) => r.path)).toEqual(['通知/一', '通知/二', '通知/三']);
  });

  it('keeps 1. under a plan heading whose line is a short title, as plans print them', () => {
    const b = batchOf(['一、总体要求', '1.加快发展。(牵头单位:市发展改革委)', '二、重点任务', '1.推进项目建设。(牵头单位:市住房城乡建设局)'].join('\n'));
    expect(dutyTable(b).filter((r) => r.label === 'Task').map((r) => r.path)).toEqual(['一/1', '二/1']);
  });
});
