// The reader rules added after real4-fresh's first score (issue 10), one behaviour each, on the eight real4 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real4-docs']);

describe('reader rules after real4-fresh', () => {
  it('links a name spoken without its 自治区 level (农牧厅 → 自治区农牧厅)', async () => {
    const a = await ask('农牧厅负责哪些任务');
    expect(a.plan.params.unit).toBe('自治区农牧厅');
  });

  it('reads 除了X，还有哪些单位负责<a task in loose words> as that task of X\'s, X left out', async () => {
    const a = await ask('除了县住建局，还有哪些单位负责护城河综合治理');
    expect(a.plan.op).toBe('taskUnitsExcept');
    expect(a.answer.items.map((i) => i.name)).toEqual(['县护城河指挥部', '县水务局']);
  });

  it('answers a phrase the plans use even when a word of it is out of domain (天使基金), and still declines the word alone', async () => {
    const a = await ask('天使基金归谁管');
    expect(a.plan.op).not.toBe('decline');
    expect(a.answer.items.map((i) => i.name)).toContain('市科技和信息化局');
    expect((await ask('现在买什么基金好')).plan.op).toBe('decline');
  });

  it('reads 参与 of one unit as any role: the tasks it leads too', async () => {
    const a = await ask('县民政局参与了哪些项目');
    expect(a.plan.params).toEqual({ unit: '县民政局' });
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['开工建设县老年养护楼', '开工建设矾山镇、马站镇等2家中心敬老院']));
  });

  it('answers a short name several bodies answer to, with no scope, for each of them and says so', async () => {
    const a = await ask('卫健委牵头哪些事');
    expect(a.plan.params.units).toEqual(expect.arrayContaining(['县卫健局', '县卫生健康委员会']));
    expect(a.answer.text).toContain('分别列出');
    expect(a.answer.text).not.toContain('这里按');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['适龄女生HPV疫苗接种', '建成投用沿浦、宜山、莒溪、炎亭、望里、赤溪、岱岭、灵溪浦亭等8家卫生院']));
  });

  it('reads 和X一起负责任务的单位里谁是牵头的 as the leads of X\'s tasks, not X\'s own leads', async () => {
    const a = await ask('和省税务局一块儿负责任务的单位里，谁是牵头的');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.items.map((i) => i.name)).toEqual(['省财政厅']);
  });

  it('reads general English nouns the lexicon lacked (reservoir, kindergarten)', async () => {
    expect(await names('Which unit leads the reservoir construction?')).toEqual(['县水务局']);
    expect((await ask('Which documents mention kindergartens?')).answer.text).toContain('幼儿园');
  });

  it('reads a county in pinyin from the loaded graph\'s places, not only the gazetteer (Dazhu → 大竹 as the scope)', async () => {
    const a = await ask('Which tasks is the Civil Affairs Bureau in Dazhu involved in?');
    expect(a.answer.text).toContain('大竹县');
    expect(a.answer.items.map((i) => i.name)).toEqual(['开工建设县老年养护楼', '开工建设老年大学']);
  });
});
