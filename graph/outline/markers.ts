// Numbering markers of the genre: parts 一、 sections (一) items 1. sub-items (1) ①, in text with or without line breaks;
// and items numbered by name on their own line: articles 第N条 and task lists ——任务N：.

import { decimalMarkers, tableOfContents } from './decimal.ts';
import { annexLists } from './segments.ts';

export type MarkerKind = 'part' | 'section' | 'item' | 'subitem';

export interface Marker {
  kind: MarkerKind;
  /** Numeric value of the printed number. */
  value: number;
  /** The number as printed, normalised: 一 / (一) / 1 / (1). */
  number: string;
  start: number;
  /** Where the heading text begins. */
  bodyStart: number;
  /** Found without a sentence boundary before it: trusted only when its number is the one expected. */
  loose?: boolean;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
// One code point each for (1)…(20), as Word and some OCR print them: ⑴耕地保有量…
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';

/** 一 … 九十九 as printed in headings. */
export function chineseNumber(s: string): number | null {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return null;
  if (s === '十') return 10;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? CN_DIGITS[s] : null;
  const tens = i === 0 ? 1 : CN_DIGITS[s[0]];
  const ones = i === s.length - 1 ? 0 : CN_DIGITS[s[i + 1]];
  return tens === undefined || ones === undefined ? null : tens * 10 + ones;
}

/** A number as a question or heading writes it, in digits or in Chinese (第3项, 第十一条). */
export function writtenNumber(s: string): number | null {
  return /^\d+$/u.test(s) ? Number(s) : chineseNumber(s);
}

/** A heading starts at the start of a line or right after the previous sentence or annotation. */
const BOUNDARY = '(?<=^|[\\n。;；)）〕】\\]!！?？:：”"]|\\s)';
const PART_RE = new RegExp(`${BOUNDARY}([一二三四五六七八九十]{1,3})[、.](?=\\S)`, 'gm');
const SECTION_RE = new RegExp(`${BOUNDARY}[(（]([一二三四五六七八九十]{1,3})[)）]`, 'gm');
// ﹒ (U+FE52, a small full stop) is how some reposts print the dot of 1.
const ITEM_RE = new RegExp(`(?<=^|[\\n。;；)）〕】\\]!！?？:：”"%]|\\s)(\\d{1,2})[.．、﹒](?![\\d%])`, 'gm');
// A line that opens with an item whose title starts with digits (11.121人才梯队项目, 3、2017年…) looks like a
// decimal or a list of numbers: trusted only when its number is the next one expected.
const LINE_ITEM_DIGIT_RE = /(?<=^|\n)[ \t]*(\d{1,2})[.．、](?=\d+[\u4e00-\u9fff])/g;
// Task lists of a hundred items and more (135.统筹…): three digits only at a line start, before a word.
const LINE_ITEM_3_RE = /(?<=^|\n)[ \t]*([1-9]\d{2})[.．、](?=[\u4e00-\u9fff“])/g;
// Some reposts print the dot of 1. as a full stop (1。在…): only at a line start, before a word.
const LINE_ITEM_FULL_STOP_RE = /(?<=^|\n)[ \t\u3000]*(\d{1,2})。(?=[\u4e00-\u9fff“])/g;
// OCR sometimes drops the dot: ")3提升…" — trusted only right after an annotation or a full stop.
const BARE_ITEM_RE = /(?<=[)）〕】。])(\d{1,2})(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,1}[个年月日项家亿万%号])/g;
// The same dropped dot at a line start (11完善规范性文件定期清理制度。): trusted only in a run that numbers on (see gluedLineItems).
const LINE_BARE_ITEM_RE = /(?<=^|\n)[ \t\u3000]*(\d{1,2})(?=[\u4e00-\u9fff])(?![\u4e00-\u9fff]{0,1}[个年月日项家亿万%号])/g;
// A plan run on one line glues an item to the heading before it (…全力推进业务流程革命性再造1.实现…, 长宁 2019): a
// number between two words, only on a line too long to be one, trusted only when it is the one expected (never
// after 第, 附件 or 图表 words that cite).
const GLUED_ITEM_RE = /(?<=[\u4e00-\u9fff])(?<![第件表图款条])(\d{1,2})[.．](?=[\u4e00-\u9fff])/g;
const MIN_RUN_ON_LINE = 300;
const onRunOnLine = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return (end < 0 ? text.length : end) - (text.lastIndexOf('\n', at) + 1) >= MIN_RUN_ON_LINE;
};
/** A document number's year in brackets (〔2023〕2号, [2022]18号): the number after it is never a marker. */
const DOC_NUMBER_YEAR_RE = /[〔[(（]\s*(?:19|20)\d\d\s*[〕\])）]\s*$/;
// A heading run into the previous one (一、总体要求(一)指导思想): any (一) that is not already a marker.
const LOOSE_SECTION_RE = /[(（]([一二三四五六七八九十]{1,3})[)）](?=[\u4e00-\u9fff])/g;
// An 实施意见 or 若干意见 in articles (第五条（标题）, 第四条　备案管理, or 第四条备案管理 once the space between words is
// gone): each article at a line start, before its bracketed or spaced title or a title that is the whole line, is an
// item; an article cited in a sentence (第五条规定的…) runs on into its sentence.
const LINE_ARTICLE_RE = /(?<=^|\n)[ \t\u3000]*第([一二三四五六七八九十]{1,3})条(?=[ \t\u3000]*[（(]|[ \t\u3000]+[\u4e00-\u9fff]|[\u4e00-\u9fff]{2,20}[ \t]*(?:\n|$))/g;
/**
 * An article whose text runs on its own line with no space left after the number (第七条区应急局、区规划资源局牵头…, 普陀
 * 2025, once the space between words is gone): trusted only in a run of such lines that numbers on (n beside n±1),
 * so a sentence that opens by citing one (第五条规定的…) stays text.
 */
const LINE_ARTICLE_GLUED_RE = /(?<=^|\n)[ \t\u3000]*第([一二三四五六七八九十]{1,3})条(?=[\u4e00-\u9fff“《（(])/g;
/**
 * A chapter over articles (第二章　职责分工, 第三章 规划与建设) at a line's start: a part, its articles numbered on across
 * chapters. Read only in a text with articles: a plan's 第一章 over 一、 parts (a 十四五 规划) numbers otherwise.
 */
const LINE_CHAPTER_RE = /(?<=^|\n)[ \t\u3000]*第([一二三四五六七八九十]{1,3})章(?=[ \t\u3000]*[\u4e00-\u9fff])/g;
/** An article's number as findMarkers gives it (第十三条): its own points 1、 2、 are sub-items under it. */
export const isArticle = (m: { kind: string; number: string }) => m.kind === 'item' && /^第[一二三四五六七八九十]{1,3}条$/.test(m.number);
// A plan that numbers its tasks by name (——任务12：推动完成…): an item at a line start, with or without the dash leader.
const LINE_NAMED_TASK_RE = /(?<=^|\n)[ \t\u3000]*(?:——|—|-{1,2})?任务(\d{1,3})[:：](?=\S)/g;
const SUBITEM_RE = new RegExp(`${BOUNDARY}[(（](\\d{1,2})[)）]|[${CIRCLED}${PARENTHESIZED}]`, 'gm');

export function findMarkers(text: string, excludedSpan: (pos: number) => boolean): Marker[] {
  // A 目录 prints the headings before the body: none of its lines is one.
  // A notice's list of its attachments (附件：1.… 2.…) titles papers: none of its numbers is an item either.
  const skipped = [tableOfContents(text), ...annexLists(text)].filter((s) => s !== null);
  const excluded = (pos: number) => excludedSpan(pos) || skipped.some((s) => pos >= s.start && pos < s.end);
  // A 预案's decimal headings come first, so that at the same place they win over the item a `1.` or `1.1` reads as.
  const markers: Marker[] = decimalMarkers(text).filter((m) => !excluded(m.start));
  const add = (kind: MarkerKind, value: number | null, number: string, start: number, length: number) => {
    if (value === null || value < 1 || excluded(start)) return;
    if (DOC_NUMBER_YEAR_RE.test(text.slice(Math.max(0, start - 8), start))) return;
    markers.push({ kind, value, number, start, bodyStart: start + length });
  };
  for (const m of text.matchAll(PART_RE)) add('part', chineseNumber(m[1]), m[1], m.index!, m[0].length);
  for (const m of text.matchAll(SECTION_RE)) add('section', chineseNumber(m[1]), `(${m[1]})`, m.index!, m[0].length);
  const strict = new Set(markers.map((m) => m.start));
  for (const m of text.matchAll(LOOSE_SECTION_RE)) {
    if (strict.has(m.index!) || excluded(m.index!)) continue;
    const value = chineseNumber(m[1]);
    if (value !== null) markers.push({ kind: 'section', value, number: `(${m[1]})`, start: m.index!, bodyStart: m.index! + m[0].length, loose: true });
  }
  for (const m of text.matchAll(ITEM_RE)) {
    add('item', Number(m[1]), m[1], m.index!, m[0].length);
    if (afterBrokenLine(text, m.index!) && markers[markers.length - 1]?.start === m.index) markers[markers.length - 1].loose = true;
  }
  for (const m of text.matchAll(BARE_ITEM_RE)) add('item', Number(m[1]), m[1], m.index!, m[0].length);
  for (const m of text.matchAll(GLUED_ITEM_RE)) {
    if (!excluded(m.index!) && onRunOnLine(text, m.index!)) markers.push({ kind: 'item', value: Number(m[1]), number: m[1], start: m.index!, bodyStart: m.index! + m[0].length, loose: true });
  }
  for (const m of text.matchAll(LINE_ITEM_FULL_STOP_RE)) add('item', Number(m[1]), m[1], m.index! + m[0].length - m[1].length - 1, m[1].length + 1);
  for (const m of text.matchAll(LINE_ITEM_3_RE)) add('item', Number(m[1]), m[1], m.index! + m[0].length - m[1].length - 1, m[1].length + 1);
  for (const m of gluedLineItems(text)) add('item', Number(m[1]), m[1], m.index! + m[0].length - m[1].length, m[1].length);
  for (const m of text.matchAll(LINE_ITEM_DIGIT_RE)) {
    const at = m.index! + m[0].length - m[1].length - 1;
    if (!excluded(at)) markers.push({ kind: 'item', value: Number(m[1]), number: m[1], start: at, bodyStart: m.index! + m[0].length, loose: true });
  }
  const articles = [...text.matchAll(LINE_ARTICLE_RE), ...gluedArticles(text)];
  for (const m of articles) {
    const at = m.index! + m[0].length - m[1].length - 2;
    add('item', chineseNumber(m[1]), `第${m[1]}条`, at, m[1].length + 2);
  }
  if (articles.length > 0) {
    for (const m of text.matchAll(LINE_CHAPTER_RE)) {
      const at = m.index! + m[0].length - m[1].length - 2;
      add('part', chineseNumber(m[1]), `第${m[1]}章`, at, m[1].length + 2);
    }
  }
  for (const m of text.matchAll(LINE_NAMED_TASK_RE)) {
    const indent = m[0].length - m[0].trimStart().length;
    add('item', Number(m[1]), `任务${m[1]}：`, m.index! + indent, m[0].length - indent);
  }
  for (const m of text.matchAll(SUBITEM_RE)) {
    const value = m[1] ? Number(m[1]) : (CIRCLED.indexOf(m[0]) + 1 || PARENTHESIZED.indexOf(m[0]) + 1);
    add('subitem', value, `(${value})`, m.index!, m[0].length);
  }
  markers.sort((a, b) => a.start - b.start);
  const unique = markers.filter((m, i) => i === 0 || m.start !== markers[i - 1].start);
  // A marker with no words before the next one (①①①, 一、(一)) numbers nothing: it is not a heading.
  const worded = unique.filter((m, i) => HAS_WORDS_RE.test(text.slice(m.bodyStart, unique[i + 1]?.start ?? text.length)));
  return dropNameLists(text, worded);
}

/**
 * Lines that open with a number glued to their title, no dot (a law-database copy of a 市 依法行政 plan: `11完善…` /
 * `12改革…` / `13深化…`, each over its own 责任单位 line): a figure at a line start (`10家企业`, `2022年`) is common, so
 * only numbers that run on from one such line to the next (n, n+1) are items.
 */
function gluedLineItems(text: string): RegExpMatchArray[] {
  const all = [...text.matchAll(LINE_BARE_ITEM_RE)];
  const value = (k: number) => (k >= 0 && k < all.length ? Number(all[k][1]) : NaN);
  return all.filter((_, k) => value(k - 1) === value(k) - 1 || value(k + 1) === value(k) + 1);
}

/** Glued article lines (LINE_ARTICLE_GLUED_RE) that number on from or to the next one. */
function gluedArticles(text: string): RegExpMatchArray[] {
  const all = [...text.matchAll(LINE_ARTICLE_GLUED_RE)];
  const value = (k: number) => (k >= 0 && k < all.length ? chineseNumber(all[k][1]) ?? NaN : NaN);
  return all.filter((_, k) => value(k - 1) === value(k) - 1 || value(k + 1) === value(k) + 1);
}

/** A numbered name of a ranking or roll (金寨县, 第一名 …): a few characters, no figure, closed by ; , 。 or the line's end. */
const LISTED_NAME_RE = /^[\u4e00-\u9fff]{2,6}[;；,，。、]?\s*$/;
const MIN_LISTED_NAMES = 3;

/**
 * A line that numbers three names or more one after another (`1、金寨县;2、金安区;3、裕安区;…`, a county ranking in a
 * report) is a list inside a sentence, not items: its markers are dropped and the line stays the text it is.
 */
function dropNameLists(text: string, markers: Marker[]): Marker[] {
  const listed = new Set<Marker>();
  let i = 0;
  while (i < markers.length) {
    const lineEnd = text.indexOf('\n', markers[i].start) < 0 ? text.length : text.indexOf('\n', markers[i].start);
    let j = i;
    while (j < markers.length && markers[j].start < lineEnd) j++;
    const line = markers.slice(i, j).filter((m) => m.kind === markers[i].kind);
    const names = line.every((m, k) => LISTED_NAME_RE.test(text.slice(m.bodyStart, k + 1 < line.length ? line[k + 1].start : lineEnd)));
    if (line.length >= MIN_LISTED_NAMES && line.length === j - i && names) line.forEach((m) => listed.add(m));
    i = j;
  }
  return listed.size === 0 ? markers : markers.filter((m) => !listed.has(m));
}

const HAS_WORDS_RE = /[\p{L}\p{N}]/u;

/** A long line that stops in a word or after a comma: the sentence goes on in the next line. */
const BROKEN_LINE_RE = /[\u4e00-\u9fff,，、]$/;
const BROKEN_LINE_MIN_CHARS = 50;

/**
 * A marker at the start of a line whose previous line, a long one, stopped mid-sentence: the line was broken inside a
 * sentence (a PDF text layer, a sharing site's page preview numbering its chunks 1、 2、 3、), so the marker is trusted
 * only when its number is the one expected.
 */
function afterBrokenLine(text: string, at: number): boolean {
  if (at === 0 || text[at - 1] !== '\n') return false;
  const lineStart = text.lastIndexOf('\n', at - 2) + 1;
  const previous = text.slice(lineStart, at - 1).trimEnd();
  return previous.length >= BROKEN_LINE_MIN_CHARS && BROKEN_LINE_RE.test(previous);
}

/** Standard short headings that OCR often runs into the following sentence. */
const STANDARD_HEADINGS = [
  '指导思想', '总体要求', '工作目标', '主要目标', '发展目标', '基本原则', '工作原则', '主要任务', '重点任务',
  '工作任务', '保障措施', '组织保障', '组织领导', '工作要求', '实施步骤', '职责分工', '适用范围', '总体目标',
];

const MAX_TITLE_CHARS = 40;

/**
 * A mark that opens a title flags its item (★地区生产总值增长15%: a key indicator, 郧阳 2023) or bullets a paragraph
 * (●, ■, ◆, □, —): no part of its name.
 */
const LEADING_MARKS_RE = /^(?:[\s★☆●○■□◆◇▲△▪•※◎►▶➢√]|--|——|—)*/;

/** The heading text after a marker: up to the first full stop, line end, annotation or next marker. */
export function headingTitle(text: string, from: number, limit: number): { title: string; end: number } {
  from += LEADING_MARKS_RE.exec(text.slice(from, Math.min(limit, from + 8)))![0].length;
  const window = text.slice(from, Math.min(limit, from + 200));
  const standard = STANDARD_HEADINGS.find((h) => window.startsWith(h));
  if (standard) return { title: standard, end: from + standard.length };
  // A duty label glued to the title (…的实施意见责任单位:X), or after its comma (1、学前教育促进,牵头单位:X。), ends it.
  const stop = window.search(/[。;；\n!！?？]|[(（](?:牵头|责任|配合)|(?<=\p{Script=Han})(?:牵头|责任|配合)(?:单位|部门)[:：]|[,，](?=(?:牵头|责任|配合)(?:单位|部门)[:：])/u);
  if (stop >= 0 && stop <= MAX_TITLE_CHARS) return { title: window.slice(0, stop).trim(), end: from + stop };
  const year = window.search(/(?:到|至)20\d\d年/);
  if (year > 1 && year <= MAX_TITLE_CHARS) return { title: window.slice(0, year).replace(/[,，]$/, ''), end: from + year };
  const comma = window.search(/[,，]/);
  if (comma > 1 && comma <= MAX_TITLE_CHARS) return { title: window.slice(0, comma), end: from + comma };
  const cut = Math.min(window.length, stop >= 0 ? stop : 24, 24);
  return { title: window.slice(0, cut).trim(), end: from + cut };
}
