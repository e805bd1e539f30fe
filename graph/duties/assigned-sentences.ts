// A sentence on its own line that names the units of the items above it: 该目标责任单位为X。 / 4项目标的责任单位均为X。
import { isCollective, patternKind } from '../units/surface.ts';
import type { Annotation } from './annotation-types.ts';
import { splitItems } from './list-items.ts';

/** 该目标 / 此项任务 (the item above) or 4项目标 / 两项指标 (that many items above), then 责任单位(均)为 and the names. */
const ASSIGNED_LINE_RE = /^[ \t]*(?:(?:该|此|本)项?|(\d{1,2}|[一二两三四五六七八九十]{1,3})项)(?:目标|任务|指标|工作|事项)(?:的)?责任(?:单位|部门)均?为([^。\n]{2,80}?)[。.]?[ \t]*$/gmu;
const CHINESE_COUNT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function countOf(raw: string | undefined): number {
  if (!raw) return 1;
  if (/^\d+$/u.test(raw)) return Number(raw);
  // 十二 = 10 + 2, 二十 = 2 × 10: enough for the counts a plan states.
  const [tens, ones] = raw.includes('十') ? raw.split('十') : ['', raw];
  return (raw.includes('十') ? (CHINESE_COUNT[tens] ?? 1) * 10 : 0) + (CHINESE_COUNT[ones] ?? 0);
}

/**
 * 郑州 2007 prints targets as a numbered list and, after each run of them, one sentence naming who answers for
 * them: `4项目标的责任单位均为市发展改革委。` covers the four items above it, `该目标责任单位为市经委。` the one
 * item above. Each such sentence whose names all read as units is an annotation covering that many items.
 */
export function assignedSentences(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  for (const m of text.matchAll(ASSIGNED_LINE_RE)) {
    const start = m.index! + (m[0].length - m[0].trimStart().length);
    if (taken(start)) continue;
    const valueStart = m.index! + m[0].lastIndexOf(m[2]);
    const items = splitItems(m[2], valueStart);
    if (items.length === 0 || !items.every((i) => patternKind(i.text) !== null || isCollective(i.text))) continue;
    found.push({
      start, end: m.index! + m[0].trimEnd().length, kind: 'line', truncated: false,
      lists: [{ role: 'supportOrResponsible', label: '责任单位', items }], others: [], covers: countOf(m[1]),
    });
  }
  return found;
}
