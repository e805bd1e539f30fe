// The reader rules added while tuning on real6-dev (issue 10), one behaviour each, in other words than the set's, on the eight real6 plans (no seed).
import { describe, expect, it } from 'vitest';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real6-docs']);

describe('reader rules after real6-dev', () => {
  it('reads an English education bureau as 教育局, which links where the plans write 教育局 (教委 alone links nothing)', async () => {
    expect(englishToChinese('What is the city education bureau responsible for?')).toContain('市教育局');
    const a = await ask("Which items is Guangzhou's education bureau responsible for?");
    expect(a.plan.params.unit).toBe('市教育局');
    expect(a.answer.items.map((i) => i.name)).toContain('积极推广全民终身教育');
  });

  it('knows fire-fighting, equipment and upgrade in English', async () => {
    expect(englishToChinese('Who is in charge of upgrading firefighting equipment?')).toBe('谁牵头升级消防装备');
    expect(await names('Which unit handles firefighting equipment upgrades?')).toContain('区消防救援大队');
  });
});
