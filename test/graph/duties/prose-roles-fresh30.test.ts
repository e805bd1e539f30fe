// Prose roles the round's review found unread (issue 9): an office's duty whose verb's object begins with 人 (区国动办应当将人防
// 工程信息…, fresh30) read as a person, and a plan whose steps each close with a `完成时限：…` line (fresh28) read as annotating
// its duties, so none of its prose was read. Excerpts of the published texts (source beside each); expected units written
// from the text (the labels) before the rules.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

const roles = (lines: string[]) => tasksOfLines(lines).map((t) => [t.title.slice(0, 8), t.lead, t.support, t.responsible]);

describe('prose roles', () => {
  // zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/ (上海市浦东新区人民政府, 2023; fresh30/pudong-renfang-2023), 第三条 and
  // 第七条, shortened: `人防工程建设单位` and `人防工程管理责任人` are parties; the office's own sentence is its duty.
  it("reads an office's duty when its object opens with 人 (人防工程), no person of the office", () => {
    expect(roles([
      '第三条  (主管部门职责)',
      '',
      '浦东新区国防动员办公室(以下简称“区国动办”)负责本区人防工程的建设和使用管理以及综合协调工作。',
      '',
      '第四条  (档案信息移交)',
      '',
      '人防工程建设单位应当配合区国动办开展人防工程现场查验、核对工作，提供项目工程基础信息。',
      '',
      '新建人防工程资料归档后，区国动办应当将人防工程信息和备案信息告知相关区域管理单位。',
    ])).toEqual([
      ['(主管部门职责)', [], [], ['浦东新区国防动员办公室']],
      ['(档案信息移交)', [], [], ['区国动办']],
    ]);
  });

  // zhiyao87/Shanghai-Gov-Docs-Index (上海市松江区绿化和市容管理局, 2026; fresh28/songjiang-gongyilin-2026), 三、实施步骤 and
  // 四、工作要求, shortened: each step closes with its own `完成时限：` line, a field naming no duty.
  it('reads the prose of a plan whose only fields are deadlines, and a unit that 履行牵头抓总职责 as the lead', () => {
    expect(roles([
      '三、实施步骤',
      '',
      '（一）明确事项收回节点',
      '',
      '区级林业部门与各街镇（经开区）做好沟通对接。对尚未正式立项的公益林抚育项目予以收回。',
      '',
      '完成时限：2025年12月。',
      '',
      '（三）实施公益林抚育项目',
      '',
      '区级林业部门会同各街镇（经开区）制定公益林抚育年度计划，启动上报2026年公益林抚育意向图斑。',
      '',
      '完成时限：2026年12月。',
      '',
      '四、工作要求',
      '',
      '（二）夯实各方责任，构建闭环体系',
      '',
      '区级林业部门作为管护事项收回工作的统筹主体，要切实履行牵头抓总职责，加强统筹协调、政策执行和全程监管。',
      '',
      '街镇林业部门作为原有管护工作的实施主体，要严格落实属地责任，全力配合区级部门做好工作交接、地块排摸、项目衔接等工作。',
    ])).toEqual([
      ['明确事项收回节点', [], [], ['区级林业部门', '各街镇(经开区)']],
      ['实施公益林抚育项', [], [], ['区级林业部门', '各街镇(经开区)']],
      ['夯实各方责任,构', ['区级林业部门'], ['街镇林业部门'], []],
    ]);
  });
});
