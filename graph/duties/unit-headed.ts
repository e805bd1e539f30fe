// Duties written as paragraphs headed by their unit, with no annotation (a 实施方案's 职责分工): the unit as the
// sentence's subject (`区绿化市容局负责…`), the unit and a colon (`区民防办：负责…`), a numbered item headed so
// (`（一）城运中心：负责…`), an item line that is the unit alone, its duties in the next paragraph (`(一)区建管委`), or an
// item whose first sentence is the unit's name alone (`2.派出所。配合开展…`). One reader, one entry point: unitHeaded.
import { cleanSurface, isCollective, patternKind } from '../units/surface.ts';
import type { Annotation, RoleList } from './annotation-types.ts';
import { lastStartingBefore } from '../outline/spans.ts';
import { ATTACHMENT_LINE_RE, TITLED_ATTACHMENT_RE } from '../outline/segments.ts';
import { splitItems, splitJoinedNames } from './list-items.ts';
import { readsAsUnitGlossAside } from '../units/prose-names.ts';

/** An item's bracketed marker at the line's start: (一) （十） (1) — or none (an unnumbered paragraph). A step's `4、` is
 * step-subjects.ts's. */
const MARKER = '(?:[(（](?:[一二三四五六七八九十]{1,3}|\\d{1,2})[)）])?';
/**
 * A line that opens with names, then a colon or the verb the subject carries out: 负责, 牵头, 依法 (…实施处罚), 指导,
 * 作为 (…责任主体), 要/应/应当/须, the verb perhaps after 分别 or 共同 (市商务委、市国资委、市民防办分别负责…, 上海 2021). Names
 * may hold brackets (区经委（商务委）).
 */
const HEADED_RE = new RegExp(`^[ \\t\\u3000]*${MARKER}[ \\t\\u3000]*([\\u4e00-\\u9fff][^\\n,，。;；:：]{1,59}?)(?:[:：]|(?:分别|共同)?(?=负责|牵头|依法|指导|作为|(?<![主重需只必])要|应当?|须))`, 'gmu');
/** A line that is a marker and a name alone: the item's heading is its unit. */
const ALONE_RE = new RegExp(`^[ \\t\\u3000]*[(（][一二三四五六七八九十]{1,3}[)）][ \\t\\u3000]*([^\\n,，。;；:：、]{2,24}?)[ \\t\\u3000]*$`, 'gmu');
/** The line after it opens a list of its own (1. …): the name heads a group of items, no paragraph of duties. */
const MARKED_LINE_RE = /^[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])/u;


/** A role label before its colon (各牵头单位：X) is a field, never a unit heading its paragraph. */
const LABEL_WORD_RE = /牵头|责任|配合|协办|主办|支撑|参与/u;
/** A sentence about the text itself (本预案由区建设管理委负责编制与解释): its subject is the text, no unit heading a duty. */
const ABOUT_THE_TEXT_RE = /^本(?:预案|方案|办法|规定|细则|意见|计划)由/u;
/** A modal verb (要/应/须): said of a collective (各地要…) it is guidance to all, said of a named unit a duty. */
const MODAL_RE = /^(?:要|应|须)/u;

/**
 * The names at the head of a line as a list, or null unless every part reads as a unit; a collective stays whole
 * (各街道、镇). Before a modal verb only named units count: 各地要明确… is guidance, 规建办须督促… a duty.
 */
function headList(names: string, at: number, after: string, each = false): RoleList | null {
  if (LABEL_WORD_RE.test(names) || ABOUT_THE_TEXT_RE.test(names)) return null;
  if (MODAL_RE.test(after) && !splitItems(names, at).every((i) => patternKind(cleanSurface(i.text)) !== null)) return null;
  // Names before 分别/共同 are several, each read on its own, split at 和 too: no one collective stands for them
  // (各乡镇人民政府和本区相关部门、单位分别负责…, 崇明 2024).
  const split = each ? splitJoinedNames(splitItems(names, at), readsAsUnitGlossAside, '和与及') : splitItems(names, at);
  const items = split.length > 0 && split.every((i) => readsAsUnitGlossAside(i.text)) ? split
    : !each && isCollective(cleanSurface(names)) ? [{ text: names, start: at, end: at + names.length }] : null;
  if (!items) return null;
  // 负责牵头组织 leads as 牵头 does; the item's other unit-headed lines then support it (the role rule of a lead).
  return { role: /^(?:负责)?牵头/u.test(after) ? 'lead' : 'responsibleOrSupport', label: '职责分工', items };
}

/**
 * A unit whose sentence says it leads as its duty (区级林业部门作为…统筹主体，要切实履行牵头抓总职责, 松江 2026): the lead, its
 * item's other unit-headed paragraphs supporting it.
 */
const LEAD_DUTY_RE = /履行牵头(?:抓总)?职责|牵头抓总/u;
const sentenceEnd = (text: string, from: number) => { const end = text.slice(from).search(/[。\n]/u); return end < 0 ? text.length : from + end; };

const lineEnd = (text: string, from: number) => { const nl = text.indexOf('\n', from); return nl < 0 ? text.length : nl; };

/**
 * A heading line: 一、 or an attachment's label line (附件, 附件1, 附件：职责分工 — a part, whose unit-headed paragraphs are
 * its tasks: a 预案's annex of `单位：职责` lines) or a numbered item ((一), 1.).
 */
const HEADING_LINE_RE = /^[ \t\u3000]*(?:([一二三四五六七八九十]{1,3}、|附件[ \t\u3000]*\d{0,2}[ \t\u3000]*(?:[:：][^\n]*)?$)|([(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])|(第[一二三四五六七八九十]{1,3}条)|\d{1,2}[.．、])/gmu;
type Family = 'part' | 'bracket' | 'article' | 'digit';
/** An article's line that is its marker and a short title, bracketed or not, and no sentence (第十四条（职责分工）). */
const TITLE_ONLY_ARTICLE_RE = /^[ \t\u3000]*第[一二三四五六七八九十]{1,3}条[ \t\u3000]*[(（]?[^，,。；;：:\n()（）]{2,12}[)）]?[ \t\u3000]*$/u;
interface Heading { at: number; part: boolean; family: Family }

/**
 * A paragraph begins after a heading line or a closed sentence; after a short cell of a table copied line by line
 * (海绵城市 / 建设管理 / 区建设管理委负责…, a task table's content column) the line is a cell, no paragraph of duties.
 */
function opensParagraph(text: string, lineStart: number, headingAt: number): boolean {
  const start = previousLineStart(text, lineStart);
  if (start === null) return true;
  // An attachment's label (附件 / 附件1 / 附件：相关单位及职责) over its title line (相关部门、单位的职责): the title heads the paragraphs.
  const label = previousLineStart(text, start);
  const labelLine = text.slice(label ?? 0, lineEnd(text, label ?? 0)).trim();
  if (label === headingAt && (ATTACHMENT_LINE_RE.test(labelLine) || TITLED_ATTACHMENT_RE.test(labelLine))) return true;
  return start === headingAt || /[。;；:：!！]$/u.test(text.slice(start, lineEnd(text, start)).trimEnd());
}

/** Where the last non-empty line before `lineStart` begins, or null at the text's start. */
function previousLineStart(text: string, lineStart: number): number | null {
  let end = lineStart;
  while (end > 0 && /\s/u.test(text[end - 1])) end--;
  return end === 0 ? null : text.lastIndexOf('\n', end - 1) + 1;
}

/**
 * Each paragraph or item headed by its units, outside any annotation already found: an annotation from the names to
 * the paragraph's end. A heading unit leads where its text opens with 牵头, else it is responsible; units the paragraph
 * only directs or mentions are no duty holders. Unnumbered paragraphs right under a part (三、职责分工) are a task each;
 * under a numbered item ((三)公开收费信息 / 规建办须… / 房管办须…) they are sentences of that item: one annotation.
 */
export function unitHeaded(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  const headings: Heading[] = [...text.matchAll(HEADING_LINE_RE)]
    .map((h) => ({ at: h.index!, part: h[1] !== undefined, family: h[1] !== undefined ? 'part' : h[2] !== undefined ? 'bracket' : h[3] !== undefined ? 'article' : 'digit' }));
  let h = -1;
  let group: { heading: number; annotation: Annotation } | null = null;
  const underPart = new Map<number, Annotation[]>();
  for (const m of text.matchAll(HEADED_RE)) {
    const at = m.index! + m[0].lastIndexOf(m[1]);
    const end = lineEnd(text, at);
    if (taken(at) || taken(end - 1)) continue;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 4).replace(/^[:：]\s*/u, '');
    const headed = headList(m[1].trim(), at, after, /(?:分别|共同)$/u.test(m[0]));
    if (!headed) continue;
    const list = LEAD_DUTY_RE.test(text.slice(at, sentenceEnd(text, at))) ? { ...headed, role: 'lead' as const } : headed;
    while (h + 1 < headings.length && headings[h + 1].at <= m.index!) h++;
    const numbered = h >= 0 && headings[h].at === m.index!;
    // Before any heading a paragraph is the notice's (各委办局、各街镇要依据…), no duty of the plan's.
    if (!numbered && (h < 0 || !opensParagraph(text, m.index!, headings[h].at))) continue;
    // An article's line and its own paragraphs (第二十八条 … / 镇文物行政管理部门应当建立…) are its sentences, read with it as
    // prose (prose-roles.ts); the article ends the item before it, whose sentences stop there (柘林 2023 第十九条 (三) / 第二十条).
    // An article whose line is its title alone (第十四条（职责分工）, 月浦镇 2019) heads its paragraphs as a part does, where they
    // are headed by unit and colon (镇规划建设办：负责…); sentences whose subject is a unit (区国动办是…，负责…, 黄浦 2025) stay
    // its prose, read with the other subjects in them.
    const titledArticle = h >= 0 && headings[h].family === 'article' && /[:：]$/u.test(m[0]) && TITLE_ONLY_ARTICLE_RE.test(text.slice(headings[h].at, lineEnd(text, headings[h].at)));
    if (h >= 0 && headings[h].family === 'article' && !titledArticle) continue;
    const underItem = !numbered && !headings[h].part && !titledArticle;
    // The remit paragraph of an item headed by its unit alone over numbered duties ((七)各街道办事处 / 各街道办事处负责… /
    // 1. …): heading-units.ts gives the unit to each duty; the paragraph is no task of its own.
    if (underItem && list.role === 'responsible' && headsNumberedDuties(text, headings, h)) continue;
    if (underItem && group && group.heading === h) {
      group.annotation.lists.push(list);
      group.annotation.end = end;
      continue;
    }
    const annotation: Annotation = { start: at, end, kind: 'line', truncated: false, lists: [list], others: [] };
    group = underItem ? { heading: h, annotation } : null;
    if (numbered || underItem) found.push(annotation);
    else underPart.set(h, [...(underPart.get(h) ?? []), annotation]);
  }
  // A part divides duties among several units; one unit-headed paragraph alone (三、监督及考核 / X负责监督…) is its prose.
  for (const run of underPart.values()) if (run.length >= 2) found.push(...run);
  found.push(...titledItems(text, headings, taken, found));
  let k = 0;
  for (const m of text.matchAll(ALONE_RE)) {
    const at = m.index! + m[0].indexOf(m[1]);
    if (taken(at)) continue;
    const next = /\S/u.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 16));
    if (!next) continue;
    const body = text.slice(m.index! + m[0].length + next.index, m.index! + m[0].length + next.index + 16);
    if (MARKED_LINE_RE.test(body)) continue;
    while (k < headings.length && headings[k].at < m.index!) k++;
    if (headings[k]?.at === m.index && headsNumberedDuties(text, headings, k)) continue;
    const list = headList(m[1], at, body);
    if (list) found.push({ start: at, end: at + m[1].length, kind: 'line', truncated: false, lists: [list], others: [] });
  }
  return found;
}

/** A bracketed item whose title is a unit alone and whose next heading is a numbered point under it ((一)X / … / 1.…). */
function headsNumberedDuties(text: string, headings: Heading[], h: number): boolean {
  const own = headings[h];
  if (own.family !== 'bracket' || headings[h + 1]?.family !== 'digit') return false;
  const title = /^[ \t\u3000]*[(（][一二三四五六七八九十]{1,3}[)）][ \t\u3000]*([^\n]{2,40})/u.exec(text.slice(own.at, lineEnd(text, own.at)));
  return !!title && readsAsUnitGlossAside(title[1].trim());
}

/** An item whose first sentence is a name and nothing else (1.街道消委办。 (二)派出所。 3.服务办：), its duties after it. */
const TITLED_RE = /^[ \t\u3000]*(?:\d{1,2}[.．、]|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])[ \t\u3000]*([\u4e00-\u9fff()（）]{2,16})[。.:：]/gmu;
/** The item's own text says its unit leads (牵头开展, 负责牵头落实, 牵头召集…). */
export const LEADS_RE = /牵头(?:开展|负责|召集|组织|落实|推进|做好)|负责牵头/u;
/** Fewer unit-titled items than this under one heading is a list of topics, one of which ends like a unit. */
const MIN_TITLED = 2;

/**
 * Items of a 职责分工 part each titled by the unit that owns them (古美路 2022: 1.街道消委办。牵头开展… / 2.派出所。配合开展…),
 * two or more under one heading, none with items of its own nor an annotation already read in it: the unit leads where
 * its item says it leads, else it is responsible.
 */
function titledItems(text: string, headings: Heading[], taken: (pos: number) => boolean, found: Annotation[]): Annotation[] {
  const mine = [...found].sort((a, b) => a.start - b.start);
  const owned = (from: number, to: number) => {
    for (let p = from; p < to; p++) if (taken(p)) return true;
    const i = lastStartingBefore(mine, to - 1);
    return i >= 0 && mine[i].end > from;
  };
  const byParent = new Map<number, Annotation[]>();
  let h = -1;
  for (const m of text.matchAll(TITLED_RE)) {
    while (h + 1 < headings.length && headings[h + 1].at <= m.index!) h++;
    if (h < 0 || headings[h].at !== m.index! || patternKind(m[1]) === null) continue;
    const own = headings[h];
    const next = headings[h + 1];
    // A leaf: the next heading is a sibling, a part, or none.
    if (next && next.family !== own.family && next.family !== 'part') continue;
    const itemEnd = next ? next.at : text.length;
    if (owned(own.at, itemEnd)) continue;
    let parent = h - 1;
    while (parent >= 0 && headings[parent].family === own.family) parent--;
    const at = m.index! + m[0].lastIndexOf(m[1]);
    const item = { text: m[1], start: at, end: at + m[1].length };
    const lead = LEADS_RE.test(text.slice(item.end, itemEnd));
    const list = { role: lead ? 'lead' as const : 'responsible' as const, label: lead ? '牵头单位' : '责任单位', items: [item] };
    byParent.set(parent, [...(byParent.get(parent) ?? []), { start: at, end: item.end, kind: 'line', truncated: false, lists: [list], others: [] }]);
  }
  return [...byParent.values()].filter((run) => run.length >= MIN_TITLED).flat();
}
