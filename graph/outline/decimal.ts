// The outline of a 预案 (an emergency plan): decimal section numbers at a line's start (`1总则`, `1 总则`, `1.总则`,
// `3.3工作机构`, `3.3.1区建设管理委主要职责：…`), often after a 目录 that prints every heading once before the body.
import type { Marker, MarkerKind } from './markers.ts';
import type { Outline, OutlineNode } from './outline.ts';

/** `N.N` or `N.N.N` at a line's start, before a word (a space after the number or none). */
const DECIMAL_RE = /(?<=^|\n)[ \t\u3000]*(\d{1,2}(?:\.\d{1,2}){1,2})[ \t\u3000]*(?=[\u4e00-\u9fff《“])/g;
/** A chapter `N` of such an outline: the number and a short title alone on its line (`1总则`, `2 风险评估`, `1.总则`). */
const CHAPTER_RE = /(?<=^|\n)[ \t\u3000]*(\d{1,2})\.?[ \t\u3000]*(?=[\u4e00-\u9fff]{2,12}[ \t\u3000]*(?:\n|$))/g;
/** A plan numbers decimally when it prints this many `N.N` headings under two chapters or more, the first one 1 (no dates or figures). */
const MIN_DECIMAL_HEADINGS = 4;
const LEVEL_KIND: MarkerKind[] = ['part', 'section', 'item'];

/**
 * The decimal headings of a text as markers: `N` a part, `N.N` a section, `N.N.N` an item, each valued by its last
 * number. Read only in a text that numbers so (MIN_DECIMAL_HEADINGS headings 1.1, … under chapters 1, 2, …), so a
 * figure at a line's start (`2.5万人…`) elsewhere stays text.
 */
export function decimalMarkers(text: string): Marker[] {
  const decimals = [...text.matchAll(DECIMAL_RE)];
  const chapters = new Set(decimals.map((m) => Number(m[1].split('.')[0])));
  if (decimals.length < MIN_DECIMAL_HEADINGS || !chapters.has(1) || chapters.size < 2) return [];
  // A chapter with no sections (`2风险评估` between 1.5 and 3.1) is one of the run the sections leave room for.
  for (let n = 1; n < Math.max(...chapters); n++) chapters.add(n);
  const markers: Marker[] = [];
  const add = (number: string, start: number, bodyStart: number) => {
    const parts = number.split('.').map(Number);
    markers.push({ kind: LEVEL_KIND[parts.length - 1], value: parts[parts.length - 1], number, start, bodyStart });
  };
  for (const m of decimals) add(m[1], m.index! + m[0].indexOf(m[1]), m.index! + m[0].length);
  for (const m of text.matchAll(CHAPTER_RE)) if (chapters.has(Number(m[1]))) add(m[1], m.index! + m[0].indexOf(m[1]), m.index! + m[0].length);
  return markers.filter((m) => m.value >= 1);
}

/** A line that reads 目录 (目  录) alone. */
const CONTENTS_RE = /(?<=^|\n)[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*(?=\n)/;
/** A contents line closed by its page number or a dot leader (总则……1, 总则 ·········· 3). */
const PAGED_LINE_RE = /(?:[.·…．]{2,}|[ \t\u3000])\s*\d{1,3}[ \t\u3000]*$/;

const squeeze = (line: string) => line.replace(/[ \t\u3000]/g, '');

/**
 * The span of a 目录: from its 目录 line to the line where its first entry is printed again (the body's first
 * heading), or over the lines that end in a page number or dots. Never the body: no marker inside it is a heading.
 */
export function tableOfContents(text: string): { start: number; end: number } | null {
  const head = CONTENTS_RE.exec(text);
  if (!head) return null;
  const lines: { at: number; line: string }[] = [];
  for (let at = head.index + head[0].length + 1; at < text.length;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (text.slice(at, end).trim() !== '') lines.push({ at, line: text.slice(at, end) });
    at = end + 1;
  }
  if (lines.length === 0) return null;
  const first = squeeze(lines[0].line);
  const repeat = lines.findIndex((l, k) => k > 0 && squeeze(l.line) === first);
  if (repeat > 0) return { start: head.index, end: lines[repeat].at };
  const paged = lines.findIndex((l) => !PAGED_LINE_RE.test(l.line));
  return paged > 0 ? { start: head.index, end: lines[paged].at } : null;
}

/** A decimal chapter `N` or section `N.N` of a 预案 (its `N.N.N` are items, tasks as any item is). */
const DECIMAL_HEADING_RE = /^\d{1,2}(?:\.\d{1,2})?$/;
/**
 * A 预案's sections that frame it rather than divide its work: purpose, basis, scope, grading of events, principles, risk
 * assessment, facts (应急避难场所情况), warning levels, interpretation and entry into force (预案解释, 预案实施).
 */
const FRAMING_SECTION_RE = /目的$|依据$|适用范围|分级$|原则$|风险评估|情况$|预警级别|预案(?:解释|实施)$/u;

/** A decimal chapter or section that frames the 预案 (by its title, or under 总则): no task, and its prose names no duty. */
export function isFramingSection(n: OutlineNode): boolean {
  if ((n.kind !== 'part' && n.kind !== 'section') || !DECIMAL_HEADING_RE.test(n.number)) return false;
  return FRAMING_SECTION_RE.test(n.title.trim()) || n.parent?.title.trim() === '总则';
}

/**
 * The leaf chapters and sections of a 预案 numbered decimally (3.2应急联动机构, 7.1队伍保障, 5.信息报告): each states who
 * does what in its prose, so each is a task with or without units, unless it frames the plan.
 */
export function decimalDutySections(text: string, outline: Outline): Set<OutlineNode> {
  const found = new Set<OutlineNode>();
  for (const n of outline.nodes) {
    if (n.children.length > 0 || (n.kind !== 'part' && n.kind !== 'section') || !DECIMAL_HEADING_RE.test(n.number) || isFramingSection(n)) continue;
    if (text.slice(n.bodyStart, n.end).trim() !== '') found.add(n);
  }
  return found;
}
