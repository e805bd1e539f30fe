// OCR repairs point at their own replacement in the normalised text, and a flood of them is summarised, not listed.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { batchOf } from '../../support/ingest-text.ts';

describe('OCR repairs', () => {
  it('records each repair at the position of its own replacement', () => {
    const norm = normaliseText('增长5%o推进J11渝合作%o完成10%o。L建设T本化');
    expect(norm.repairs.length).toBe(6);
    for (const r of norm.repairs) expect(norm.text.slice(r.at, r.at + r.to.length)).toBe(r.to);
    expect(new Set(norm.repairs.map((r) => r.at)).size).toBe(norm.repairs.length);
  });

  it('points a repair inside a rewritten table row at its replacement', () => {
    const norm = normaliseText('序号\n重点任务\n牵头单位\n责任单位\n1\n推进J11渝合作\n区水利局\n区财政局\n');
    const [r] = norm.repairs;
    expect(norm.text.slice(r.at, r.at + 1)).toBe('川');
  });

  it('summarises past 100 repairs instead of storing every one (no 29× amplification)', () => {
    const text = `一、重点任务\n1.推进建设${'%o'.repeat(20_000)}`;
    const b = batchOf(text);
    const ocr = b.warnings.filter((w) => w.code === 'OCR_REPAIR');
    expect(ocr).toHaveLength(1);
    expect(ocr[0].detail).toMatchObject({ count: 20_000, byRule: { 'pct-stop': 20_000 }, omitted: 19_900 });
    expect((ocr[0].detail!.repairs as unknown[]).length).toBe(100);
    expect(JSON.stringify(b).length).toBeLessThan(text.length * 10);
  });

  it('lists at most 100 warnings of one kind and counts the rest', () => {
    const items = Array.from({ length: 75 }, (_, i) => `${i + 1}.推进第${i + 1}项建设。`).join('\n');
    const b = batchOf(`一、重点任务\n(一)城市建设\n${items}\n(二)乡村建设\n${items}`);
    const noLead = b.warnings.filter((w) => w.code === 'NO_LEAD');
    expect(noLead).toHaveLength(101);
    expect(noLead[100].detail).toMatchObject({ omitted: 50, total: 150 });
  });
});
