// The reader rules added while tuning on real20 (issue 10), one behaviour each, in other words than the set's, on the eight real20 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask } = askOver(['test/fixtures/questions/real20-docs']);

describe('reader rules after real20', () => {
  it('takes a plan whose header says only its level (市) to be the one city of that level its body names', async () => {
    // 成都's table, kept without its issuer: 3加强家庭源危险废物处置的规范化管理…制定成都市有害垃圾处置工作指导意见…市生态环境局,各区(市)县政府(管委会);
    // 4…落实生活垃圾分类设施专项规划…市城管委、市规划和自然资源局,市生态环境局、市商务局、市住建局,… — 成都 is the plan, not one row's place.
    const a = await ask('成都那张表里市生态环境局负责几项');
    expect(a.answer.text).toMatch(/成都市/u);
    expect(a.answer.text).toMatch(/2 项/u);
    expect(a.answer.text).not.toMatch(/涉及「成都」/u);
  });
});
