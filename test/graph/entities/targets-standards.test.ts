// Figures of a standard that are no targets, and a unit per measure read whole: excerpts of published plans.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../graph/entities/index.ts';

describe('targets beside a standard', () => {
  // https://gd.010b.com/policy/detail/71743.html (江门 2018, 降低制造业企业成本; test/fixtures/real/fresh10/jiangmen-zhizao-2018)
  it('reads no target from a tax standard listed grade by grade', () => {
    const text = '1.严格执行《江门市人民政府关于印发江门市城镇土地使用税适用税额调整方案的通知》(江府函〔2017〕200号)规定的税额标准,具体为:'
      + '工业用地:一级5元/平方米、二级4元/平方米、三级3元/平方米、四级2元/平方米、五级1元/平方米;'
      + '非工业用地:一级10元/平方米、二级8元/平方米、三级6元/平方米、四级4元/平方米、五级2元/平方米。';
    expect(extractTargets(text)).toEqual([]);
  });

  // https://fishermanscry.com/p6608561/9612995.html (六安 2021 重点工作; test/fixtures/real/dev/luan-zhongdian-2021)
  it('keeps a unit per measure whole (元/人), so its figure is still a target', () => {
    const [target] = extractTargets('3.全员劳动生产率46000元/人以上。');
    expect(target).toMatchObject({ indicator: '全员劳动生产率', value: 46000, unit: '元/人', text: '全员劳动生产率46000元/人以上' });
  });
});
