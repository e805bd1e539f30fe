// A heading that names the lead of its work (（一）省监察委员会牵头的工作) with its paragraph run on after a space.
import type { Annotation } from './annotation-types.ts';

/**
 * The heading's own line ends at 牵头的工作 when line breaks survive (the outline reads that heading); on a page
 * run together, the paragraph follows on the same line, and the lead is read here. The name must end as a
 * body's name ends, so 建立部门牵头的工作机制 is no heading lead.
 */
const RUN_ON_HEADING_LEAD_RE = /^[ \t\u3000]*(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)[ \t\u3000]*([^\s,，。;；、()（）]{1,28}?(?:局|委|厅|办|部|室|院|会|处|所|中心|政府|公司))牵头的?(?:工作|事项|任务)[ \t\u3000]*(?=[^\s(（])/gm;

export function runOnHeadingLeads(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  for (const m of text.matchAll(RUN_ON_HEADING_LEAD_RE)) {
    const start = m.index! + m[0].indexOf(m[1]);
    if (taken(start)) continue;
    const item = { text: m[1], start, end: start + m[1].length };
    found.push({ start, end: item.end, kind: 'line', truncated: false, lists: [{ role: 'lead', label: '牵头的工作', items: [item] }], others: [] });
  }
  return found;
}
