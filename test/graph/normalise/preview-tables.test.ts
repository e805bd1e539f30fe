// Document-sharing previews of .docx plans, on excerpts of real stored copies (source beside each): the site's chunk
// numbers and a table whose cells run together; expected tasks written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { joinPreviewChunks } from '../../../graph/normalise/preview-chunks.ts';
import { splitGluedRows } from '../../../graph/normalise/glued-rows.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

const identity = (text: string) => ({ text, map: Int32Array.from(text, (_, i) => i) });
const long = (s: string) => s.repeat(Math.ceil(220 / s.length));

describe('preview chunk numbers (1、 2、 3、 at line starts, each chunk cut mid-sentence)', () => {
  // https://taowenge.com/p-11575940.html (a 广东 city's 食品安全 plan, .docx preview; test/fixtures/real/dev/s7a-shian-gongzuo-docx)
  it('drops the numbers and joins the chunks, so the plan reads 一、 二、 and no item 1 2 3', () => {
    const text = [
      '《食品安全重点工作安排的通知.docx》由会员分享,可在线阅读。',
      `1、x市食品平安重点工作支配的通知${long('各区政府,市委宣扬部、市委网信办,')}全面贯彻党的十九大和十九届`,
      `2、二中、三中全会精神,${long('围绕市委、市政府中心工作,')}现就我市食品平安重点工作支配如下:一、切实加强食品平安工作制定出台市委、市政府关于深化改革加强食品平安工作的若干措施。(市食安办负责)依据机构改革状况,调整市食品平安委员会以及成员单位食品平安工作职责和工作机制。(市食安办牵头,市食安委各有关成员单位协作)二、深化开展国家食品平安示`,
      '3、范城市创建活动',
    ].join('\n');
    const joined = joinPreviewChunks(identity(text));
    expect(joined.text).toContain('十九届二中、三中全会');
    expect(joined.text).toContain('食品平安示范城市创建活动');
    expect(joined.text[joined.text.indexOf('二中') - 1]).toBe('届');
    // The map still points every kept character at its original.
    const at = joined.text.indexOf('范城市');
    expect(text.slice(joined.map[at], joined.map[at] + 3)).toBe('范城市');
    const tasks = writtenTasks(batchOf(text));
    // 二、 is the heading the excerpt stops in: a task like the one before it, its units not kept.
    expect(tasks.map((t) => t.path)).toEqual(['一', '二']);
    expect(tasks[0].lead).toEqual(['市食安办']);
    expect(tasks[1].lead).toEqual([]);
  });

  // https://1wenmi.com/doc/507125.html (fresh6 zhonglou-minsheng-2021): the chunk number 2、 falls inside a unit name
  it('mends a unit name a chunk number cut (高新园(邹区镇 / 2、)各街道)', () => {
    const text = `1、${long('实施新建、改扩建学校重点建设项目,')}教育局经开区高新园(邹区镇\n2、)各街道市国有公司${long('落实就业优先战略,')}组\n3、织开展`;
    expect(joinPreviewChunks(identity(text)).text).toContain('高新园(邹区镇)各街道');
  });

  it('keeps a real numbered list whose items close their sentences', () => {
    const text = `1、${long('加快推进重点项目建设,')}。\n2、${long('持续优化营商环境,')}。\n3、强化要素保障。`;
    expect(joinPreviewChunks(identity(text)).text).toBe(text);
  });
});

describe('a table whose cells run together with no separator', () => {
  // https://1wenmi.com/doc/507125.html (常州市钟楼区 2021 重大民生实事, a .docx preview; fresh6 zhonglou-minsheng-2021)
  const table = '2021年重大民生实事项目目标任务责任分解表序号项目名称主要内容区政府分管领导牵头单位配合单位1增加教育资源供给实施新建、改扩建学校重点建设项目12个,计划竣工3个,其中幼儿园7个、小学4个、初中1个;增加学位5000个。何海平教育局经开区高新园(邹区镇)各街道市国有公司2促进就业稳定增长落实就业优先战略。城镇登记失业率控制在3%以内;支持大学生创业240人。何海平人社局高新园(邹区镇)各街道3老城厢复兴发展完成瞿秋白纪念馆整体提升工程对外开放。何海平文体旅局晋陵公司轨道公司序号项目名称主要内容区政府分管领导牵头单位配合单位4优化养老服务为全区23000名老年人提供居家上门服务。';

  it('finds the header by its labels and starts a numbered line at each next serial, skipping numbers in the cells', () => {
    const lines = splitGluedRows(identity(table)).text.split('\n');
    expect(lines.filter((l) => /^\d+\./.test(l)).map((l) => l.slice(0, 10))).toEqual([
      '1.增加教育资源供给', '2.促进就业稳定增长', '3.老城厢复兴发展完', '4.优化养老服务为全',
    ]);
    expect(lines.filter((l) => l.startsWith('序号'))).toHaveLength(2);
  });

  it('maps every character of the rewritten text, the annotations it inserts included, back to the original', () => {
    const out = splitGluedRows(identity(table));
    expect(out.text).toContain('(分管领导:何海平,牵头单位:文体旅局,');
    expect(out.map.length).toBe(out.text.length);
    const at = out.text.indexOf('文体旅局');
    expect(table.slice(out.map[at], out.map[at] + 4)).toBe('文体旅局');
    expect(Math.max(...out.map)).toBeLessThan(table.length);
  });

  it('makes each row a task', () => {
    expect(writtenTasks(batchOf(table)).map((t) => t.path)).toEqual(['1', '2', '3', '4']);
  });

  it('leaves a line with a 序号 that heads no duty table alone', () => {
    const text = '序号项目名称主要内容1加快建设2完善机制';
    expect(splitGluedRows(identity(text)).text).toBe(text);
  });
});
