// The per-version character index behind name filters: it must offer every name that holds the texts, in order.
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../graph/model.ts';
import { namesMaybeContaining, type LabelNodes } from '../../../graph/query/memory-cache.ts';

const NAMES = ['城镇化率', '常住人口城镇化率', '地区生产总值', '城乡居民收入', '新增城镇就业', '森林覆盖率'];
const label = (): LabelNodes => ({ nodes: NAMES.map((name) => ({ id: name, label: 'Target', name, properties: {} }) as GraphNode), names: [...NAMES] });

describe('namesMaybeContaining', () => {
  it('offers every name holding the texts, in ascending order', () => {
    for (const texts of [['城镇化率'], ['城镇'], ['率'], ['城', '收入'], ['覆盖率', '森林']]) {
      const offered = namesMaybeContaining(label(), texts);
      const holding = NAMES.flatMap((n, i) => (texts.every((t) => n.includes(t)) ? [i] : []));
      expect(offered).toEqual([...offered].sort((a, b) => a - b));
      expect(holding.every((i) => offered.includes(i))).toBe(true);
    }
  });

  it('offers nothing for a character no name holds', () => {
    expect(namesMaybeContaining(label(), ['水库'])).toEqual([]);
  });
});
