// A progress table whose rows lost their cell separators and their header (萍乡 2008, a law site's page 4 of a
// quarterly notice: `57城区绿化工程建成区绿地率达35%…2008年2009年市建设局`): each row is its serial glued to its
// project, then content, progress, the start and end dates, sometimes a person, and last the units, a list that may
// wrap onto the next line after its 、. Only the dates tell the cells apart: what follows the row's last date, when
// it ends in a unit's name, is put on a labelled line of its own (责任单位:…, a person before it as 责任领导:…).
import { defaultRegistry } from '../units/registry.ts';
import { isCollective, patternKind, suffixKind } from '../units/surface.ts';
import { lineSpans } from './row-offsets.ts';
import type { TextWork } from './text-work.ts';

/** A row's first line: its serial glued to its first word (57城区绿化工程…), as a table's text layer runs it. */
const ROW_START_RE = /^[ \t]*(\d{1,3})(?=\p{Script=Han})/u;
/** Fewer rows numbering on than this are no table. */
const MIN_ROWS = 3;
/** A date cell: a year, its month and day, a part of the month. */
const DATE_RE = /(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|内|上旬|中旬|下旬)?/gu;
/** What a unit cell holds: names, 、 between them (a line break after one), brackets. */
const UNIT_CELL_RE = /^[\p{Script=Han}()（）、\n \t]{2,80}$/u;
/** Surnames common enough to tell a person's name glued before a unit (孙家群开发区, 张学民市建设局): data. */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤';

/** A name that reads as a unit on its own: a unit's pattern, a collective, a zone's short name. */
const isUnit = (s: string) => patternKind(s) !== null || isCollective(s) || (suffixKind(s) !== null && s.length <= 3);
/** A unit that opens with its level or that the registry knows whole: no person's name can be glued before it. */
const isWholeUnit = (s: string) => /^[省市县区]/u.test(s) ? isUnit(s) : defaultRegistry().lookup(s) !== null || (suffixKind(s) !== null && s.length <= 3);

/** A person glued before the first unit: a surname, one or two more characters, then a whole unit. */
function personBefore(name: string): number {
  if (!SURNAMES.includes(name[0])) return 0;
  const fits = [3, 2].filter((n) => name.length > n + 1 && isWholeUnit(name.slice(n)));
  return fits.length === 1 ? fits[0] : 0;
}

interface Edit { at: number; remove: number; insert: string }

/** The edits that put one row's unit cell (after its last date) on labelled lines; none when the cell reads otherwise. */
function rowEdits(text: string, from: number, to: number): Edit[] {
  const row = text.slice(from, to);
  let last: RegExpExecArray | null = null;
  for (const m of row.matchAll(DATE_RE)) last = m as RegExpExecArray;
  if (!last) return [];
  const at = from + last.index + last[0].length;
  const cell = text.slice(at, to).trimEnd();
  if (!UNIT_CELL_RE.test(cell) || /、\s*$/u.test(cell)) return [];
  const names = cell.split('、').map((n) => n.replace(/\s+/gu, ''));
  const person = personBefore(names[0]);
  // Every part a name, one of them a unit's by its look (萍钢 or a county's bare name 安源区 alone say too little).
  if (names.some((n) => n.length < 2) || !names.some((n, i) => isUnit(i === 0 ? n.slice(person) : n))) return [];
  const edits: Edit[] = [];
  if (person > 0) edits.push({ at, remove: 0, insert: '\n责任领导:' });
  edits.push({ at: at + person, remove: 0, insert: '\n责任单位:' });
  // The list wrapped after a 、: its next line joins it.
  for (const m of cell.matchAll(/、([ \t]*\n[ \t]*)/gu)) edits.push({ at: at + m.index! + 1, remove: m[1].length, insert: '' });
  return edits;
}

/** Rows of such a table: row starts numbering on, each row running to the next row start (in order or not). */
function rowSpans(text: string): { from: number; to: number }[] {
  const starts: { at: number; value: number }[] = [];
  for (const { start, end } of lineSpans(text)) {
    const m = ROW_START_RE.exec(text.slice(start, end));
    if (m) starts.push({ at: start, value: Number(m[1]) });
  }
  const rows: { from: number; to: number }[] = [];
  for (let i = 0; i < starts.length;) {
    let j = i + 1;
    while (j < starts.length && starts[j].value === starts[j - 1].value + 1) j++;
    if (j - i >= MIN_ROWS) {
      for (let k = i; k < j; k++) rows.push({ from: starts[k].at, to: k + 1 < starts.length ? starts[k + 1].at : rowEnd(text, starts[k].at) });
    }
    i = j;
  }
  return rows;
}

/** The last row runs to a blank line or the text's end. */
function rowEnd(text: string, from: number): number {
  const blank = text.indexOf('\n\n', from);
  return blank < 0 ? text.length : blank;
}

export function splitDatedUnitCells(work: TextWork): TextWork {
  const { text, map } = work;
  if (!text.includes('年')) return work;
  const edits = rowSpans(text).flatMap(({ from, to }) => rowEdits(text, from, to));
  if (edits.length === 0) return work;
  edits.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  const maps: number[] = [];
  let copied = 0;
  for (const e of edits) {
    parts.push(text.slice(copied, e.at));
    for (let k = copied; k < e.at; k++) maps.push(map[k]);
    parts.push(e.insert);
    for (let k = 0; k < e.insert.length; k++) maps.push(map[Math.min(e.at, map.length - 1)]);
    copied = e.at + e.remove;
  }
  parts.push(text.slice(copied));
  for (let k = copied; k < text.length; k++) maps.push(map[k]);
  return { text: parts.join(''), map: Int32Array.from(maps) };
}
