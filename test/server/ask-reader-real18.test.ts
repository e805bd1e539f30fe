// The reader rules added while tuning on real18 (issue 10), one behaviour each, in other words than the set's, on the eight real18 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real18-docs']);

describe('reader rules after real18', () => {
  it('reads a genre word a plan\'s title spells (工作要点) as that word, not as a heading one character away (工作要求)', async () => {
    // 扬州's title: …扬州市数字政府建设2023年工作要点; its text: 根据《扬州市数字政府高质量建设三年行动计划(2022-2024年)》(扬府发〔2022〕90号).
    const a = await ask('扬州那份工作要点依据的是哪个文件');
    expect(a.plan.op).toBe('documents');
    expect(a.answer.text).toMatch(/扬州市数字政府高质量建设三年行动计划/u);
    expect(a.answer.text).not.toMatch(/工作要求/u);
  });

  it('says the total a plan states for its items beside the count the graph holds', async () => {
    // 松江: 分类梳理…共22项任务; the parser also reads 工作保障's (六)坚持党建引领 as a task.
    const a = await ask('松江那份计划里总共几项任务');
    expect(a.answer.text).toMatch(/原文写明共 22 项任务（图中读出 23 项）/u);
  });

  it('declines whether a place is open to visitors now, a notice no plan holds', async () => {
    // 静安 item 22: 重点推进张园历史风貌片区开发 — a work planned, not its opening hours.
    const a = await ask('张园今天对外开放了没有');
    expect(a.plan.op).toBe('decline');
    expect((await ask('哪条任务提到张园')).plan.op).not.toBe('decline');
  });
});
