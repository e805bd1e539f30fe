// search.ts SEARCH_LADDER on a real server: Neo4j's CASE (generated from the ladder) and scoreOf give every rung, and
// every pair of rungs a row meets at once, the same score. Run from neo4j-store.int.test.ts (it owns the database).
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../graph/store/graph-store.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { BatchBuilder, unitId } from '../../support/batch-builder.ts';

/** One task per unit: [unit name, the surface the plan names it by (an alias), the score of 水务 on it by the rule]. */
const UNITS: [string, string | undefined, number][] = [
  ['水务', undefined, 100], // exact name
  ['区水务局', '水务', 90], // exact alias over name substring
  ['水务中心', '区水务所', 80], // name prefix over alias substring
  ['区水务服务中心', '水务站', 70], // alias prefix over name substring
  ['区城乡水务局', undefined, 60], // name substring (its alias, the name, is a substring too)
  ['区排水中心', '城市水务处', 50], // alias substring alone
];

function ladderBatch() {
  const b = new BatchBuilder('ladder', '关于加强城市排水管理的实施方案', '区');
  b.item('Section', '一', '一、', '完善管理体制', '一、完善管理体制', null);
  UNITS.forEach(([unit, surface], i) => {
    b.item('Task', `一/${i + 1}`, `${i + 1}.`, `推进第${i + 1}项管网建设`,
      `${i + 1}.推进第${i + 1}项管网建设。(牵头单位:${surface ?? unit})`, '一', { duties: [{ unit, role: 'lead', surface }] });
  });
  return b.build();
}

export function neo4jSearchLadderSuite(create: () => Promise<GraphStore>): void {
  describe('search ladder: Neo4j scores as scoreOf', () => {
    it('every rung, and a row meeting two rungs, score alike on both stores', async () => {
      const neo4j = await create();
      const memory = new MemoryGraphStore();
      try {
        for (const s of [neo4j, memory]) {
          await s.init();
          await s.applyBatch(ladderBatch());
        }
        const input = { text: '水务', limit: 50 };
        const [got, want] = [await neo4j.run('search', input), await memory.run('search', input)];
        expect(got).toEqual(want);
        const scores = new Map(got.hits.items.map((h) => [h.id, h.score]));
        for (const [unit, , score] of UNITS) expect(scores.get(unitId('区', unit)), unit).toBe(score);
        // The tasks' and the section's texts name the units: text hits, the ladder's last rung.
        const text = got.hits.items.filter((h) => h.label === 'Task' || h.label === 'Section');
        expect(text.map((h) => [h.score, h.matched])).toEqual(Array(UNITS.length + 1).fill([20, 'text']));
      } finally {
        await neo4j.close();
        await memory.close();
      }
    });
  });
}
