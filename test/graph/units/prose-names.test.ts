// Unit names in running text (units/prose-names.ts): where a name starts and ends in a sentence of a real plan.
import { describe, expect, it } from 'vitest';
import { nameAt, namesIn } from '../../../graph/units/prose-names.ts';

const texts = (s: string) => namesIn(s).map((n) => n.text);

describe('unit names in running text', () => {
  it('ends a name before the verb after it (区建设管理委负责…, 区建设管理委会同…)', () => {
    expect(nameAt('区建设管理委负责全区建设工程的监督管理。', 0)).toEqual({ text: '区建设管理委', start: 0, end: 6 });
    expect(texts('区建设管理委会同区财政局制定补助办法。')).toEqual(['区建设管理委', '区财政局']);
  });

  // 2026年虹口区…消防为民办实事项目实施方案 (虹口区应急管理局) and 嘉定区2014年违法用地专项治理行动实施方案 (嘉府发〔2014〕43号)
  it('finds registry names, suffixed names, collectives and a level\'s purse in a plan\'s sentences', () => {
    expect(texts('区财政局、区发改委负责落实项目所需经费。各属地街道负责排摸辖区内电动自行车集中场所底数情况。')).toEqual(['区财政局', '区发改委', '各属地街道']);
    expect(texts('共需经费约400万元，由区级财政承担。')).toEqual(['区级财政']);
    expect(texts('各街镇（管委会）要以专项治理为契机，落实网格化管理。')).toEqual(['各街镇（管委会）']);
    expect(texts('由项目办牵头办理招投标手续。')).toEqual(['项目办']);
  });

  it('reads no name where a word only ends like one (管理办法, 快速处置, 美丽乡村) or names a person (养老分管局长)', () => {
    expect(texts('健全项目生成机制，完善区城市更新项目库管理办法。')).toEqual([]);
    expect(texts('强化路面机动巡查与快速处置，从严处罚。')).toEqual([]);
    expect(texts('与乡村振兴战略、美丽乡村建设等涉农条线工作有机结合。')).toEqual([]);
    expect(texts('养老分管局长负责本机构的燃气安全。')).toEqual([]);
    expect(texts('加强组织领导。完善考核评价体系，压实各方责任。')).toEqual([]);
  });

  it('reads no name across a preposition or a list (联席办向区财政局, 区监察局等部门对各街镇)', () => {
    expect(texts('由联席办向区财政局申请立项资金。')).toEqual(['联席办', '区财政局']);
    expect(texts('区规土局将会同区监察局等部门对各街镇开展验收。')).toEqual(['区规土局', '区监察局', '各街镇']);
    // 吴淞街道 2024 第四条: the clause opens with a time (资料齐全后), then 由 names the body; 由 is inside no name but 自由….
    expect(texts('资料齐全后由建管中心牵头，营商办参与审核。')).toEqual(['建管中心', '营商办']);
    expect(texts('区自由贸易试验区管委会负责推进。')).toEqual(['区自由贸易试验区管委会']);
  });
});
