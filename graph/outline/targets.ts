// A heading with no deeper items whose own text sets quantified targets (一、主要目标 / 到2020年…达到94%) is a task.

import type { Outline, OutlineNode } from './outline.ts';

/**
 * A figure with its measure (94%, 2600个, 60亿元, 15万平方米), the way a target is stated; a year (2020年) or a
 * document number is not one. Counted in the node's own text, before its first child. Bounded repeats keep a
 * long run of digits linear.
 */
const FIGURE_RE = /\d{1,12}(?:\.\d{1,6})?\s{0,2}(?:%|个|家|项|所|座|户|人|名|套|台|辆|条|处|次|倍|吨|亩|公里|千米|平方(?:公|千)?米|立方米|万|亿|千瓦|兆瓦|元)/;
/** A target verb or bound near the figure: 达到, 增长, 下降, 控制在, 不少于, …以上 / 左右. */
const TARGET_WORD_RE = /达到|达|增长|下降|降低|提高|提升到|控制在|不少于|不低于|不超过|新增|新建|累计|建成|以上|以下|左右/;

/**
 * A title line of a plan, ending in its genre word (…实施方案(2019-2020年), …工作要点, …分工方案(一), …实施细则, …重点工作安排,
 * …补助办法: rules set steps and duties as a plan does): a 政府工作报告, whose parts state targets too (三、2006年的工作意见),
 * assigns none. A numbered heading is no title.
 */
const PLAN_TITLE_LINE_RE = /^(?![一二三四五六七八九十]{1,3}[、.]|[(（]|\d{1,3}[、.．])[^。]{2,80}?(?:方案|要点|要點|计划|計劃|措施|细则|細則|意见|意見|清单|清單|分解表|分工表|工作安排|办法)(?:[(（][^)）]{1,20}[)）])?$/;
const TITLE_CHARS = 1500;
/** The plan's framing (一、总体要求 → (一)指导思想 (二)工作目标): its goals frame the tasks, they are not one. */
const FRAMING_PARENT_RE = /总体要求|總體要求|总体思路|總體思路/;
const FRAMING_SIBLING_RE = /指导思想|指導思想|基本原则|基本原則/;

/**
 * The leaf headings (一、 / (一)) of a plan whose own text states targets: each is read as a task, with or without
 * units (一、主要目标 / 到2024年,全市累计建成5G基站1万个), except the goals in the plan's framing part.
 */
export function targetHeadings(text: string, outline: Outline): Set<OutlineNode> {
  const found = new Set<OutlineNode>();
  if (!isPlanText(text)) return found;
  for (const n of outline.nodes) {
    if (n.children.length > 0 || (n.kind !== 'part' && n.kind !== 'section') || framing(n)) continue;
    const own = text.slice(n.bodyStart, n.end);
    if (setsTargets(own)) found.add(n);
  }
  return found;
}

/** The text opens with a plan's title line (…实施方案, …工作要点), not a report's. */
export function isPlanText(text: string): boolean {
  return hasTitleLine(text, PLAN_TITLE_LINE_RE);
}

/** Some line near the text's opening, where its title stands, matches `re`. */
export function hasTitleLine(text: string, re: RegExp): boolean {
  return text.slice(0, TITLE_CHARS).split('\n').some((line) => re.test(line.trim()));
}

/** A report's own title line (…政府工作报告, 政府工作报告(2016年)): the report itself, not a plan that divides it. */
const WORK_REPORT_TITLE_RE = /^[^。，,]{0,30}政府工作报告(?:[(（][^)）]{1,20}[)）])?$/u;
const REPORT_HEAD_LINES = 5;

/** A 政府工作报告 itself: its title line among the first lines, and no plan title line (a 分解方案 quoting it is a plan). */
export function isWorkReport(text: string): boolean {
  const head = text.slice(0, TITLE_CHARS).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, REPORT_HEAD_LINES);
  return head.some((line) => WORK_REPORT_TITLE_RE.test(line)) && !isPlanText(text);
}

function framing(n: OutlineNode): boolean {
  if (n.parent && FRAMING_PARENT_RE.test(n.parent.title)) return true;
  return (n.parent?.children ?? []).some((s) => s !== n && FRAMING_SIBLING_RE.test(s.title));
}

/**
 * A sentence that opens on the year its goal is due (到2025年,…; 力争到2025年,…, 静安 2023's actions) sets a dated goal,
 * with or without a figure.
 */
const DATED_GOAL_RE = /(?:^|[。;；\n])\s*(?:力争)?到(?:19|20)\d\d年(?:底|末)?[,，]/;

/** A sentence of the text holds a figure with its measure and a target word, or opens on its goal's year. */
function setsTargets(own: string): boolean {
  return DATED_GOAL_RE.test(own) || own.split(/[。;；\n]/).some((sentence) => FIGURE_RE.test(sentence.replace(/(?:19|20)\d\d年/g, '')) && TARGET_WORD_RE.test(sentence));
}
