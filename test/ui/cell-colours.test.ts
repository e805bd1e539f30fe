// The overlaps matrix colours: every shade keeps its number readable (WCAG AA, 4.5:1).
import { describe, expect, it } from 'vitest';
import { cellColours } from '../../ui/src/overlaps.ts';

function luminance(hex: string): number {
  const rgb = hex.startsWith('#') ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) : hex.match(/\d+/g)!.map(Number);
  const [r, g, b] = rgb.map((c) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('cellColours', () => {
  it('keeps text contrast at 4.5:1 or more from the faintest to the strongest cell', () => {
    for (let share = 0; share <= 1.0001; share += 0.05) {
      const { background, color } = cellColours(share);
      const [a, b] = [luminance(background), luminance(color === '#fff' ? '#ffffff' : '#000000')].sort((x, y) => y - x);
      expect((a + 0.05) / (b + 0.05), `share ${share.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
