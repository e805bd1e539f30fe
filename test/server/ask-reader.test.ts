// The reader's pieces on the seed and two real plans: document scope, the English lexicon, declining, and its plans.
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { PLAN_NAMES } from '../../server/ask/plan-names.ts';
import { declineOf } from '../../server/ask/reader/decline.ts';
import { englishToChinese, isEnglish } from '../../server/ask/reader/english.ts';
import { scopeOf } from '../../server/ask/reader/scope.ts';
import { viewFor, type GraphView } from '../../server/ask/reader/view.ts';

let store: MemoryGraphStore;
let view: GraphView;
beforeAll(async () => {
  store = new MemoryGraphStore();
  await ingestPaths(store, ['seeds', 'test/fixtures/questions/docs']);
  view = await viewFor(store);
});
const ask = (q: string) => askQuestion(store, q, { model: null });
const titleOf = (id: string) => view.documents.find((d) => d.id === id)!.title;

describe('document scope', () => {
  it('reads a jurisdiction as its documents and blanks the words that said so', () => {
    const s = scopeOf('立山区的方案里区发改局牵头哪些任务', view)!;
    expect(s.docIds.map(titleOf)).toEqual(['立山区政府2023年重点工作任务分解和责任分工方案']);
    expect(s.rest).not.toContain('方案');
    expect(s.rest).toContain('区发改局');
  });

  it('reads a piece of a title followed by 方案 as that document', () => {
    expect(scopeOf('双城经济圈行动方案里有多少项任务', view)!.docIds.map(titleOf)).toEqual(['关于推动双城经济圈建设行动方案']);
  });

  it('does not read a place named in a title as a scope when no document word follows', () => {
    expect(scopeOf('哪些任务涉及双城经济圈', view)).toBeNull();
  });

  it('reads a year before 方案 as the documents of that year', () => {
    expect(scopeOf('2023年的方案有哪些', view)!.docIds).toHaveLength(2);
  });

  it('reads a unit the scoped plan does not name (立山区\'s 区发改局) as that plan\'s body of the same function and level', async () => {
    const a = await ask('蔡甸区的方案里区发改局有哪些任务');
    expect(a.answer.text).toContain('区发展和改革局');
    expect(a.answer.items.map((i) => i.name)).toContain('固定资产投资增长10%以上');
    expect(a.answer.items.map((i) => i.name)).not.toContain('固定资产投资增长15%左右');
  });
});

describe('English', () => {
  it('rewrites department names, duty verbs and question words', () => {
    expect(englishToChinese('Which tasks does the Water Resources Bureau lead?')).toBe('哪些任务水利部门牵头');
    expect(englishToChinese("Which units support the Agriculture and Rural Affairs Commission's tasks?")).toBe('哪些单位配合农业农村部门的任务');
  });

  it('keeps a level the question says, and reads a department without one as its whole function', () => {
    expect(englishToChinese('Which tasks does the district Finance Bureau lead?')).toBe('哪些任务区财政局牵头');
    expect(englishToChinese('Which tasks does the provincial Education Department lead?')).toBe('哪些任务省教育局牵头');
    expect(englishToChinese('Which tasks does the Education Bureau lead?')).toBe('哪些任务教育部门牵头');
  });

  it('names places in Chinese: a place after in/of is the scope, stated first', () => {
    expect(englishToChinese('Which tasks mention Harbin?')).toBe('哪些任务涉及哈尔滨');
    expect(englishToChinese("What is the GDP growth target of Xi'an City?")).toBe('西安的地区生产总值增长目标是多少');
    expect(englishToChinese('Which tasks in Inner Mongolia does the NDRC lead?')).toBe('内蒙古的哪些任务发展改革部门牵头');
  });

  it('reads the other ways English asks the same (which bureau, don\'t lead, a shortened name)', () => {
    expect(englishToChinese('Which bureau leads flood control?')).toBe('哪个单位牵头防洪');
    expect(englishToChinese("Which departments don't lead any task?")).toBe('哪些单位从不牵头任务');
    expect(englishToChinese('How many tasks does the Sci-Tech Bureau lead?')).toBe('几项任务科技部门牵头');
  });

  it('tells English from Chinese with a name in Latin letters', () => {
    expect(isEnglish('Who leads the flood control work')).toBe(true);
    expect(isEnglish('2027年GDP目标')).toBe(false);
  });
});

describe('declining', () => {
  it('declines a kind of request no plan answers, even when it names a river of the plan', () => {
    expect(declineOf('写一首关于涪江的诗', '写一首关于　　的诗', 1, () => 1)?.kind).toBe('写作');
  });

  it('reads a request kind only outside the names the graph knows (美食 inside 特色美食街, a project)', () => {
    expect(declineOf('兰州拉面怎么做', '　　拉面怎么做', 1, () => 1)?.kind).toBe('饮食');
    expect(declineOf('特色美食街是哪个任务里的', '　　　　　是哪个任务里的', 1, () => 1)).toBeNull();
  });

  it('declines a question naming nothing, with no plan word, whose words the documents lack', () => {
    expect(declineOf('给我讲讲量子纠缠', '给我讲讲量子纠缠', 0, () => 0)).not.toBeNull();
    expect(declineOf('污水处理厂建设', '污水处理厂建设', 0, () => 1)).toBeNull();
  });
});

describe('readings', () => {
  it('reads a question with no name through the task it finds, and names that task', async () => {
    const a = await ask('防洪这件事归哪个部门管？');
    expect(a.plan.op).toBe('readTask');
    expect(a.answer.items[0].name).toBe('区水利局');
    expect(a.answer.text).toContain('完善水利基础设施');
    expect(a.evidence.length).toBeGreaterThan(0);
  });

  it('chains two steps and says what it understood', async () => {
    const a = await ask('跟区商务委一起负责任务的单位里，谁还牵头涉及巴岳山的任务？');
    expect(a.plan.op).toBe('chain');
    expect(a.answer.items.map((i) => i.name)).toEqual(['区农业农村委']);
    expect(a.answer.text).toMatch(/我理解为/u);
  });

  it('names the document of each fact when one function has a unit in each of two documents', async () => {
    // Each plan writes its own name (区商务委 in the seed, 区商务局 in 立山区's plan): both are answered.
    const a = await ask('各个文件里区商务部门分别牵头几项任务？');
    expect(a.answer.text).toContain('「区商务委」牵头的任务共 3 项');
    expect(a.answer.text).toContain('《关于推动双城经济圈建设行动方案》');
    expect(a.answer.text).toContain('「区商务局」牵头的任务共 1 项');
    expect(a.answer.text).toContain('《立山区政府2023年重点工作任务分解和责任分工方案》');
  });

  it('every plan it returns has a listed name', async () => {
    for (const q of ['保障措施有哪几条', '哪些部门一次也没牵过头', '区发展改革委和区商务委谁牵头的任务多', '写一首关于涪江的诗']) {
      expect(PLAN_NAMES).toContain((await ask(q)).plan.op);
    }
  });
});

describe('comparisons and plans side by side', () => {
  it('reads two places joined by 和 before 的方案 as both plans, and compares their task counts', async () => {
    expect(scopeOf('立山区和蔡甸区的方案哪个任务多', view)!.docIds).toHaveLength(2);
    const a = await ask('立山区和蔡甸区的方案哪个任务多？');
    expect(a.plan.op).toBe('documentTasks');
    // 立山区's plan holds 6 tasks, 蔡甸区's 3 (its page is cut after item 四): the larger first.
    expect(a.answer.items.map((i) => titleOf(i.id))).toEqual(['立山区政府2023年重点工作任务分解和责任分工方案', '区人民政府办公室关于印发2023年区《政府工作报告》确定的主要目标任务责任分解方案的通知']);
    expect(a.answer.text).toContain('立山区的更多');
  });

  it('lists the bodies of one function as common to two plans of different places', async () => {
    const a = await ask('立山区和蔡甸区的方案有哪些共同的单位？');
    expect(a.plan.op).toBe('documentUnits');
    expect(a.answer.items.map((i) => i.name).sort()).toEqual(['区发展和改革局', '区发改局']);
    expect(a.answer.text).toContain('同属');
  });
});
