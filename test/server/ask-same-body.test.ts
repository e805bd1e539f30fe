// A unit name one plan writes reaches the other plans' body only where the registry reads both names as one body at
// one level (issue 10): 区水务局 is another district's 区水利局, a 区水利厅 (only provinces have 厅) is no one's.
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestUpload } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { defaultRegistry } from '../../graph/units/registry.ts';
import { askQuestion } from '../../server/ask/index.ts';

/** Three districts' plans in the genre's form, each naming its water body its own way. */
const plan = (district: string, water: string, task: string) => `${district}人民政府办公室关于印发${district}河湖治理实施方案的通知
为贯彻落实上级部署，结合${district}实际，制定本方案。
一、主要任务
(一)${task}。(牵头单位:${water};配合单位:区财政局)
(二)加强宣传引导。(牵头单位:区委宣传部)
`;

const store = new MemoryGraphStore();
beforeAll(async () => {
  for (const [i, text] of [
    plan('铜梁区', '区水利局', '推进小安溪综合治理'),
    plan('荣昌区', '区水务局', '推进濑溪河生态修复'),
    plan('璧山区', '区水利厅', '推进璧南河清淤疏浚'),
  ].entries()) await ingestUpload(store, Buffer.from(text), `plan-${i}.txt`);
}, 60_000);

describe('same body across plans', () => {
  it('the registry reads a levelled name as its body at that level, and a name whose ending says another level as none', () => {
    const registry = defaultRegistry();
    expect(registry.levelledBody('区水务局')).toBe('区水利局');
    expect(registry.levelledBody('省水利厅')).toBe('省水利局');
    expect(registry.levelledBody('中共区委统一战线工作部')).toBe('区委统战部');
    expect(registry.levelledBody('区水利厅')).toBeNull();
    expect(registry.levelledBody('水利局')).toBeNull();
  });

  it('reaches the other district\'s 区水务局 under 区水利局, but not a 区水利厅', async () => {
    const a = await askQuestion(store, '区水利局牵头哪些任务？', { model: null });
    const names = a.answer.items.map((i) => i.name);
    expect(names).toEqual(expect.arrayContaining(['推进小安溪综合治理', '推进濑溪河生态修复']));
    expect(names).not.toContain('推进璧南河清淤疏浚');
    expect(a.answer.text).not.toContain('区水利厅');
  });
});
