// Issue 10, out of domain done right: facts no plan holds (the weather now, a price by the jin, the clock, a person's own
// life) are declined from a lexicon over the question alone, and only when the question says no word of the plans'
// vocabulary; in other words than the question sets', on the eight real11 plans.
import { describe, expect, it } from 'vitest';
import { declineOf } from '../../server/ask/reader/decline.ts';
import { askOver } from './ask-over.ts';

const real11 = askOver(['test/fixtures/questions/real11-docs']);

/** The rule alone: no name blanked, nothing the documents hold. */
const kindOf = (q: string) => declineOf(q, q, 1, () => 1)?.kind ?? null;

describe('facts no plan holds', () => {
  it('reads the weather asked of now or soon, prices by the piece, the clock and a person\'s own facts', () => {
    expect(kindOf('明天下不下暴雨')).toBe('天气');
    expect(kindOf('周末会不会起雾')).toBe('天气');
    expect(kindOf('台风几号登陆')).toBe('天气');
    expect(kindOf('带鱼一斤要多少钱')).toBe('价格');
    expect(kindOf('这边的民宿一晚多少钱')).not.toBeNull();
    expect(kindOf('菜价现在贵不贵')).toBe('价格');
    expect(kindOf('How much does a bowl of noodles cost')).not.toBeNull();
    expect(kindOf('不动产登记中心几点下班')).toBe('时间');
    expect(kindOf('今天星期几')).toBe('时间');
    expect(kindOf('副区长老家是哪里的')).toBe('个人信息');
    expect(kindOf('主任今年几岁')).toBe('个人信息');
  });

  it('does not decline them when the question says a word of the plans (a duty, a task, a target)', () => {
    expect(kindOf('防台风的任务由谁牵头')).toBeNull();
    expect(kindOf('稳定菜价归哪个部门管')).toBeNull();
    expect(kindOf('哪些单位负责平抑菜价贵不贵的问题')).toBeNull();
    expect(kindOf('延长政务大厅营业时间是什么时候的目标')).toBeNull();
    // Requests are no question about facts: declined whatever words they use.
    expect(kindOf('帮我把这个方案翻译成英文')).toBe('翻译');
  });

  it('leaves the plans\' own growth words alone (增长 is no office holder)', () => {
    expect(kindOf('居民收入增长的学历要求')).toBeNull();
    expect(kindOf('有没有下达')).toBeNull();
  });
});

describe('over real plans', () => {
  it('declines everyday questions that name a place of the plans, with suggestions and no items', async () => {
    for (const q of ['盘锦明天刮不刮大风', '东莞的荔枝多少钱一斤', '咸宁市政务服务中心几点开门', '海城市长多大年纪']) {
      const a = await real11.ask(q);
      expect(a.plan.op, q).toBe('decline');
      expect(a.answer.items, q).toEqual([]);
      expect(a.answer.text, q).toMatch(/^抱歉/u);
      expect(a.suggestions.length, q).toBeGreaterThan(0);
    }
  });

  it('still answers a name the corpus lacks with 没有找到, and list questions, as before', async () => {
    const absent = await real11.ask('哪些项目涉及涪江');
    expect(absent.plan.op).not.toBe('decline');
    expect(absent.answer.text).toContain('没有找到');
    const docs = await real11.ask('2023年的方案有哪些');
    expect(docs.plan.op).toBe('documents');
    expect(docs.answer.items.length).toBeGreaterThan(0);
  });
});
