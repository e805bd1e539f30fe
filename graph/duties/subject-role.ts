// A sentence that names who answers for the work by what they are: `A、B和C是镇域内建设工程管理的责任部门` (月浦镇 2017),
// `各街镇（管委会）是专项治理行动的处置主体` (嘉定 2014), `其中：镇规划建设和生态环境办公室为牵头受理部门` (周浦镇 2022). The names
// before 是/为 are responsible — or lead, where they are the work's 牵头单位/牵头部门 — with no annotation and no verb of duty.
import { readsAsUnit } from '../units/prose-names.ts';
import type { Annotation, Span } from './annotation-types.ts';
import { splitItems, splitJoinedNames } from './list-items.ts';

/**
 * Names opening a clause (after a line start, a clause or sentence boundary, `一是` or `其中：`), then 是 (or 为 before a
 * lead's part), a few words of what the work is, and the part they take, closing the clause. An item's marker
 * (16.各街镇是…) is the line's, not the names'.
 */
const SUBJECT_RE = /(?<=^|[，,。；;]|[一二三四五六七八九十]是|其中[:：])[ \t\u3000]*(?:\d{1,2}[.．、]|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])?[ \t\u3000]*([^，,。；;：:\n是为]{2,60}?)([是为])([^，,。；;：:\n]{0,30}?)(责任部门|责任单位|责任主体|处置主体|实施主体|牵头单位|牵头(?:受理)?部门)(?=[，,。；;\n]|$)/gmu;
/** A name the registry's shapes read as a unit, or a collective. */
/** A longer Han name beside unit names in one list (规划建设和环境保护办公室): kept for the resolver to judge, never alone. */
const isHanName = (s: string) => /^[\u4e00-\u9fff()（）]{3,24}$/u.test(s);

/** Each `X是…责任部门/处置主体/牵头单位` clause outside an annotation already found, when its opening words hold a name. */
export function subjectRoles(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  for (const m of text.matchAll(SUBJECT_RE)) {
    const at = m.index! + m[0].lastIndexOf(m[1]);
    if (taken(at)) continue;
    const items: Span[] = splitJoinedNames(splitItems(m[1], at), readsAsUnit, '和及');
    if (!items.some((i) => readsAsUnit(i.text)) || !items.every((i) => readsAsUnit(i.text) || isHanName(i.text))) continue;
    const lead = m[4].startsWith('牵头');
    // 为 names only the lead (X为牵头受理部门); 各村为减量化工作的责任主体 beside the paragraph's own duty sentences is read with
    // them as prose (头桥 2024).
    if (m[2] === '为' && !lead) continue;
    found.push({ start: at, end: at + m[1].length, kind: 'line', truncated: false, lists: [{ role: lead ? 'lead' : 'responsible', label: m[4], items }], others: [] });
  }
  return found;
}
