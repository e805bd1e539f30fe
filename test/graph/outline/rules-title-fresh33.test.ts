// A 补助办法 sets steps its bodies take as a plan does: its title line (…补助办法) makes it one, so the steps of its
// 审核程序 are tasks, though most name no unit; the conditions it lists (申报条件) stay no task. Expected tasks written
// from the text (the labels of test/fixtures/real/fresh33) before the rule.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const labelled = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task').map((r) => r.path);

// zhiyao87/Shanghai-Gov-Docs-Index, 关于印发《虹口区新建同丰路绿地项目房屋征收地块中特殊生活困难对象补助办法》的通知
// (上海市虹口区人民政府广中路街道办事处, 2025-04-14; fresh33/hongkou-guangzhong-kunnan-buzhu-2025), shortened.
const BUZHU = [
  '虹口区新建同丰路绿地项目房屋征收',
  '地块中特殊生活困难对象补助办法',
  '二、申报条件',
  '（一）享受民政部门定期定量救助的社会困难户和特困供养人员、享受粮油帮困卡人员、精减退回沪职工、散居归侨、纠错落政救济人员对象。',
  '（二）享受城镇居民最低生活保障的人员。',
  '三、审核程序',
  '（一）成立相应特殊生活困难对象认定小组，小组成员分别由街道民政分管领导、受理窗口工作人员、地块联络员、街道救助所工作人员等组成。',
  '（二）被征收户、公房承租户履行房屋征收与补偿协议规定的搬迁义务后，可向受理窗口提出书面申请。',
].join('\n');

describe('the title line of a 办法 (fresh33)', () => {
  it('reads the steps of a 补助办法\'s 审核程序 as tasks and its 申报条件 as none', () => {
    expect(labelled(BUZHU)).toEqual(['三/(一)', '三/(二)']);
  });

  it('reads no step as a task when the title line is no plan\'s', () => {
    expect(labelled(BUZHU.replace('补助办法', '补助说明'))).toEqual([]);
  });
});
