// An item whose duties are numbered fields under it (十堰 2008: 三、实施… then (一)责任领导:X (二)责任单位:Y
// (三)协办单位:A、B (四)项目内容及任务分解:… (五)资金筹措:… (六)完成时限:…): the run of fields is the item's
// annotation block, so the fields are no sub-items and the steps inside a content field are no tasks.
import type { Annotation, OtherField, RoleList } from './annotation-types.ts';
import { labelledLists, resolveUnknownLabels } from './labelled-lists.ts';
import { chineseNumber } from '../outline/markers.ts';
import { labelMeaning } from './roles.ts';

/** A line opening with a numbered field: (一)责任单位: / 1.责任单位: — the field's name a few words, then a colon. */
const FIELD_LINE_RE = /^[ \t]*(?:[(（]([一二三四五六七八九十]{1,3})[)）]|(\d{1,2})[.、．])[ \t]*(\p{Script=Han}{2,10})[ \t]*[:：]/gmu;
/** A step line inside a content field whose value opens on the next line (1、新建通村水泥路…). */
const STEP_LINE_RE = /^[ \t]*(?:\d{1,2}[.、．]|[(（]\d{1,2}[)）])/u;

interface Field { start: number; labelStart: number; labelEnd: number; lineEnd: number; name: string; value: number; style: 'cn' | 'arabic' }

/**
 * Runs of fields numbered from 1 in one style, each the next number; a field of the other style (a step inside a
 * content field) neither breaks nor joins a run. A run is a block when at least two of its fields are known labels,
 * one of them a duty (责任单位, 协办单位), so a plan's sections that happen to end in a colon ((一)指导思想:) are none.
 */
function fieldRuns(text: string): Field[][] {
  const runs: Field[][] = [];
  const open: Record<Field['style'], Field[]> = { cn: [], arabic: [] };
  for (const m of text.matchAll(FIELD_LINE_RE)) {
    const style = m[1] ? 'cn' : 'arabic';
    const value = m[1] ? chineseNumber(m[1]) : Number(m[2]);
    if (value === null) continue;
    const labelStart = m.index! + m[0].indexOf(m[3]);
    const nl = text.indexOf('\n', m.index!);
    const field: Field = { start: m.index! + (m[0].length - m[0].trimStart().length), labelStart, labelEnd: m.index! + m[0].length, lineEnd: nl < 0 ? text.length : nl, name: m[3], value, style };
    const run = open[style];
    if (value === 1) { runs.push(run); open[style] = [field]; } else if (run.length > 0 && value === run[run.length - 1].value + 1) run.push(field);
  }
  runs.push(open.cn, open.arabic);
  return runs.filter((run) => {
    const meanings = run.map((f) => labelMeaning(f.name)).filter((m) => m !== undefined);
    return meanings.length >= 2 && meanings.some((m) => m.kind === 'duty');
  });
}

/** Where the block ends: its last field's line, and the step lines under it when its value opens on the next line. */
function blockEnd(text: string, last: Field): number {
  let end = last.lineEnd;
  if (text.slice(last.labelEnd, last.lineEnd).trim() !== '') return end;
  while (end < text.length) {
    const nl = text.indexOf('\n', end + 1);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(end + 1, lineEnd);
    if (line.trim() !== '' && !STEP_LINE_RE.test(line)) break;
    end = lineEnd;
  }
  return text.slice(0, end).trimEnd().length;
}

/** Each block of numbered fields as one annotation: its duty fields' lists, its other known fields kept apart. */
export function fieldBlocks(text: string): Annotation[] {
  if (!/[:：]/u.test(text)) return [];
  return fieldRuns(text).map((run) => {
    const lists: RoleList[] = [];
    const others: OtherField[] = [];
    for (const f of run) {
      if (labelMeaning(f.name) === undefined) continue; // 项目内容, 资金筹措: what the item does, no duty
      const read = labelledLists(text, f.labelStart, f.lineEnd, [{ start: f.labelStart, end: f.labelEnd, name: f.name }], false);
      lists.push(...read.lists);
      others.push(...read.others);
    }
    return { start: run[0].start, end: blockEnd(text, run[run.length - 1]), kind: 'line', truncated: false, lists: resolveUnknownLabels(lists), others };
  });
}
