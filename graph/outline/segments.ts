// Where a document restarts its numbering: after a notice's signature and date, or at an 附件N (附表N) line.

export interface Segment {
  /** Where the segment's first line begins. */
  start: number;
  /** Path prefix of the segment's top-level nodes ('' for the plan itself). */
  prefix: string;
}

/** A line that is only an attachment label: 附件 / 附件1 / 附件2： / 附表 (an attached table, 静安 2025). */
export const ATTACHMENT_LINE_RE = /^(附[件表])\s*(\d{0,2})\s*[:：]?$/;
/**
 * An attachment label with its title on one line (附件：嘉定区…重点任务分解表) right before the attachment's first item: the
 * attachment itself, not the plan's list of them (which the attachment's own label line follows).
 */
export const TITLED_ATTACHMENT_RE = /^(附[件表])\s*(\d{0,2})\s*[:：]\s*\S.{1,80}$/;
/**
 * A notice's list of its attachments, the first on the 附件： line (附件：1.生态环境部《…指南（试行）》 / 2.… / 3.…): titles of
 * papers attached, never items of the plan. Each later line numbers on from the one before and closes no sentence inside.
 */
const ANNEX_LIST_HEAD_RE = /(?<=^|\n)[ \t\u3000]*附\s*件\s*[:：]\s*1\s*[.．、][^\n]*/gu;
const ANNEX_LIST_LINE_RE = /^[ \t\u3000]*(\d{1,2})\s*[.．、]\s*[^\s。][^。\n]{0,80}[。；;]?[ \t\u3000]*$/u;

/** The spans of a notice's attachment lists (ANNEX_LIST_HEAD_RE): no marker inside one is a heading. */
export function annexLists(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const head of text.matchAll(ANNEX_LIST_HEAD_RE)) {
    let end = head.index! + head[0].length;
    for (let expected = 2, at = end + 1; at < text.length; expected++) {
      while (at < text.length && text[at] === '\n') at++;
      const nl = text.indexOf('\n', at);
      const lineEnd = nl < 0 ? text.length : nl;
      const m = ANNEX_LIST_LINE_RE.exec(text.slice(at, lineEnd));
      if (!m || Number(m[1]) !== expected) break;
      end = lineEnd;
      at = lineEnd + 1;
    }
    spans.push({ start: head.index!, end });
  }
  return spans;
}
/** The date under a notice's signature. */
const DATE_LINE_RE = /^(?:19|20)\d\d年\d{1,2}月\d{1,2}日$/;
/** Lines allowed between the date and the plan's title: publication remarks in brackets. */
const REMARK_LINE_RE = /^[(（][^)）]{0,20}[)）]$/;

interface Boundary { start: number; label: string }

/** A cover letter's own words: the plan is 印发给你们, 请认真贯彻执行. */
const NOTICE_WORDS_RE = /印发给你们|现印发|请认真(?:贯彻)?(?:执行|实施|落实)/;
/** A notice's numbered point: heading and its prose on one line (三、加强督导,健全推进机制。市发展改革委负责…). */
const PROSE_POINT_RE = /^[一二三四五六七八九十]{1,3}、[^。\n]{2,40}。\S{20,}/;
/** The plan's first item right after it. */
const FIRST_ITEM_RE = /^1\s*[.．、]\s*\S/;
/**
 * An attachment's first item: `1.`, its first part `一、` (a list grouped under 一、水安全 …), or a name and its colon
 * opening a 预案's annex of duties (派出所：负责…, 规划建设和生态环境办公室（工程）：承担…).
 */
const ATTACHMENT_FIRST_RE = /^(?:(?:1\s*[.．、]|一、)\s*\S|[\u4e00-\u9fff][\u4e00-\u9fff（）()、]{1,29}[:：]\S)/u;

/** The index of the next non-blank line after line i (lines.length at the end): asked only at an attachment's line. */
function nextLineAt(lines: string[], i: number): number {
  let k = i + 1;
  while (k < lines.length && !lines[k].trim()) k++;
  return k;
}

/**
 * A titled attachment label right before the attachment's first item, or before its title printed again and then the
 * first item (附件：普陀区水务“十五五”重点项目清单 / 普陀区水务“十五五”重点项目清单 / 一、水安全, 普陀 2026; 附件：相关单位及职责 /
 * 相关单位及职责 / 派出所：负责…, 嘉定工业区 2025).
 */
function opensAttachment(lines: string[], i: number): boolean {
  const m = TITLED_ATTACHMENT_RE.exec(lines[i].trim());
  if (!m) return false;
  const next = nextLineAt(lines, i);
  const line = (k: number) => (lines[k] ?? '').trim();
  if (FIRST_ITEM_RE.test(line(next))) return true;
  const title = lines[i].trim().replace(/^附[件表]\s*\d{0,2}\s*[:：]\s*/u, '');
  return line(next) === title && ATTACHMENT_FIRST_RE.test(line(nextLineAt(lines, next)));
}

function boundaries(text: string): Boundary[] {
  const found: Boundary[] = [];
  let afterDate = false;
  let notice = false;
  let afterPoint = false;
  let pos = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.trim();
    const start = pos;
    pos += raw.length + 1;
    if (!line) continue;
    // A notice with no signed date before the plan: its points are prose, the plan's first item restarts at 1.
    if (found.length === 0 && notice && afterPoint && FIRST_ITEM_RE.test(line)) found.push({ start, label: '' });
    notice ||= NOTICE_WORDS_RE.test(line);
    afterPoint = notice && PROSE_POINT_RE.test(line);
    const attachment = ATTACHMENT_LINE_RE.exec(line) ?? (opensAttachment(lines, i) ? TITLED_ATTACHMENT_RE.exec(line) : null);
    if (attachment) { found.push({ start, label: `${attachment[1]}${attachment[2]}` }); afterDate = false; continue; }
    if (DATE_LINE_RE.test(line)) { afterDate = true; continue; }
    if (afterDate && REMARK_LINE_RE.test(line)) continue;
    // The first line after a signed date starts the plan, unless an attachment label already did.
    if (afterDate && found[found.length - 1]?.start !== start) found.push({ start, label: '' });
    afterDate = false;
  }
  return found.filter((b) => /\S/.test(text.slice(b.start)));
}

/**
 * The document's segments. The text before the first boundary is the notice when it carries no duty
 * annotation: its nodes get the prefix 通知/, so the plan after it keeps its own numbering and paths.
 */
export function findSegments(text: string, hasAnnotationBefore: (pos: number) => boolean): Segment[] {
  const found = boundaries(text);
  if (found.length === 0) return [{ start: 0, prefix: '' }];
  const notice = !hasAnnotationBefore(found[0].start);
  const segments: Segment[] = [{ start: 0, prefix: notice ? '通知/' : '' }];
  found.forEach((b, k) => {
    const plain = notice && found.length === 1;
    segments.push({ start: b.start, prefix: plain ? '' : `${b.label || `正文${k + 1}`}/` });
  });
  return segments;
}
