// The reader's rules added on real4's dev questions, one behaviour each, on the eight real4 plans (no seed).
import { describe, expect, it } from 'vitest';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real4-docs']);

describe('reader rules from real4', () => {
  it('says which number a named task has (X是第几条)', async () => {
    const a = await ask('建立省市联动机制是第几条？');
    expect(a.plan.op).toBe('sectionOf');
    expect(a.answer.text).toContain('21');
  });

  it('lists one plan\'s tasks with no lead, also one that names no unit (哪一项没有写牵头单位)', async () => {
    const a = await ask('徐州的分解方案里哪一项没有写牵头单位？');
    expect(a.plan.op).toBe('tasksLacking');
    expect(a.answer.items.map((i) => i.name)).toEqual(['社会消费']);
  });

  it('lists the other units of a role in a plan (除了X还有哪些单位牵头)', async () => {
    const got = await names('广州的意见里除了市科技和信息化局还有哪些单位牵头？');
    expect(got).toEqual(expect.arrayContaining(['市人才办', '市发展改革委', '市知识产权局', '市财政局']));
    expect(got).not.toContain('市科技和信息化局');
  });

  it('answers 哪些项目提到X with tasks when no project touches X', async () => {
    expect(await names('哪些项目提到马站镇')).toEqual(['开工建设矾山镇、马站镇等2家中心敬老院']);
  });

  it('reads the initials of an A和B name (科信局) and 牵了哪些头', async () => {
    const a = await ask('科信局都牵了哪些头');
    expect(a.plan).toEqual({ op: 'unitTasks', params: { unit: '市科技和信息化局', role: 'lead' } });
  });

  it('reads 各地的X as each place\'s body of that function', async () => {
    const a = await ask('各地的发展改革委分别牵头哪些任务？');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['培育创新型产业集群', '地区生产总值增长6%以上', '固定资产投资增长10%']));
    expect(a.answer.text).not.toContain('可能指');
  });

  it('reads a bare place after a duty verb as the scope, and its topic as a task, not the plan\'s unit list', async () => {
    const a = await ask('哪些单位配合辽宁的固定资产投资目标');
    expect(a.plan.op).toBe('readTask');
    expect(a.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['省农业农村厅', '省商务厅', '省国资委']));
    expect(a.answer.items.map((i) => i.name)).not.toContain('各县(市)区政府');
  });
});
