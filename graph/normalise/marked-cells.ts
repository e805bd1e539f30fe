// A duty cell opened by a marker (★区发改委、统计局) that a table flattened onto its own line becomes a labelled
// line (责任单位:区发改委、统计局), so the item above it gets its units.
import { columnOf } from './tables.ts';
import type { TextWork } from './text-work.ts';

// Only a short line with no sentence punctuation is a cell of units; a ★ bullet before a sentence stays as it is.
const MARKED_LINE = /^[ \t]*[★☆▲△][ \t]*(?=[\u4e00-\u9fff][^\n。;；,，:：]{1,59}$)/gm;
/** A legend the document gives (★为牵头单位, 标★的为牵头单位) says what the marker means. */
const LEGEND = /[★☆▲△](?:者|的|号)?(?:为|是|表示)(?:工作)?(牵头单位|牵头部门|责任单位|配合单位)/;

/** The duty column the marked cells sit in: the legend's, else the only duty header the text has. */
function labelOf(text: string): string | null {
  const legend = LEGEND.exec(text);
  if (legend) return legend[1];
  const duties = new Set<string>();
  for (const line of text.split('\n')) {
    const cell = line.trim();
    if (cell.length > 0 && cell.length <= 8 && ['lead', 'support', 'responsible'].includes(columnOf(cell) ?? '')) duties.add(cell.replace(/\s+/g, ''));
  }
  return duties.size === 1 ? [...duties][0] : null;
}

/** Marked cell lines rewritten with their column's label; the label maps to the marker's offset. */
export function labelMarkedCells(work: TextWork): TextWork {
  const { text, map } = work;
  MARKED_LINE.lastIndex = 0;
  if (!MARKED_LINE.test(text)) return work;
  const label = labelOf(text);
  if (!label) return work;
  const parts: string[] = [];
  const maps: number[] = [];
  let last = 0;
  MARKED_LINE.lastIndex = 0; // matchAll starts from the regex's lastIndex
  for (const m of text.matchAll(MARKED_LINE)) {
    parts.push(text.slice(last, m.index));
    for (let i = last; i < m.index!; i++) maps.push(map[i]);
    parts.push(`${label}:`);
    for (let k = 0; k <= label.length; k++) maps.push(map[m.index!]);
    last = m.index! + m[0].length;
  }
  parts.push(text.slice(last));
  for (let i = last; i < text.length; i++) maps.push(map[i]);
  return { text: parts.join(''), map: Int32Array.from(maps) };
}
