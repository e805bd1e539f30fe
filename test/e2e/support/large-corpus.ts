// A synthetic plan of about 3,000 elements (tasks, units, places and their edges) for the scale test.
import type { GraphBatch } from '../../../graph/model.ts';
import { BatchBuilder, type FixtureDuty } from '../../support/batch-builder.ts';

export interface CorpusSize { sections: number; tasksPerSection: number; units: number; places: number }

export const SCALE_CORPUS: CorpusSize = { sections: 25, tasksPerSection: 20, units: 60, places: 60 };

const CN_DIGITS = '〇一二三四五六七八九';

function cnNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN_DIGITS[tens]}十${n % 10 ? CN_DIGITS[n % 10] : ''}`;
}

/** Deterministic: task i is led by one unit, supported by two others, and mentions one place. */
export function largeCorpus(size: CorpusSize = SCALE_CORPUS): GraphBatch {
  const b = new BatchBuilder('scale', '规模测试行动方案', '测试区');
  const unit = (i: number) => `区测试单位${String((i % size.units) + 1).padStart(2, '0')}局`;
  let n = 0;
  for (let s = 1; s <= size.sections; s++) {
    const section = `(${cnNumber(s)})`;
    b.item('Section', section, section, `第${s}项重点工作`, `${section}第${s}项重点工作`, null);
    for (let t = 1; t <= size.tasksPerSection; t++, n++) {
      const duties: FixtureDuty[] = [
        { unit: unit(n), role: 'lead' },
        { unit: unit(n * 7 + 3), role: 'support' },
        { unit: unit(n * 13 + 5), role: 'support' },
      ];
      const title = `推进测试任务${s}-${t}`;
      b.item('Task', `${section}/${t}`, String(t), title, `${t}.${title}。(牵头单位:${duties[0].unit},责任单位:${duties[1].unit}、${duties[2].unit})`, section, {
        duties, mentions: [['Place', `测试镇${(n % size.places) + 1}`]],
      });
    }
  }
  return b.build();
}
