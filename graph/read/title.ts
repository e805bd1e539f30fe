// A document's title: its heading line when it has one (a titled heading near the top wins over a headline or site
// navigation), else a 《title》 or a 关于…的通知 a repost names, else its opening clause, else its 文号, else its file name.
// A table's words, a numbered section and a form the body names are never it: a copy that starts inside its body has none.
import { DOC_NUMBER_TAIL } from '../metadata/doc-number.ts';
import { fileTitle } from '../metadata/document-name.ts';
import { bareLine, isPageFieldLine, PAGE_FIELD_KEY } from '../metadata/page-fields.ts';
import { columnOf } from '../normalise/tables.ts';
import { PINYIN_GLOSS } from '../normalise/glosses.ts';

/** Longer than this, a first line is body text, not a heading. */
const MAX_TITLE_CHARS = 60;

const TITLE_WORD = '(?:方案|规划|计划|意见|通知|办法|细则|报告|要点|清单|责任分工|任务分解)';
// A plan of measures is titled by them as its last words (陕西省关于加快文旅产业发展的若干措施, …若干政策(2025年版)); a bare
// 措施 also heads a section (保障措施), and inside a line the words may close a cited title (贯彻落实《…若干措施》实施方案).
const MEASURES_TITLE = '(?:若干(?:政策)?措施|政策措施|政策举措|若干政策)(?:[(（][^()（）]{1,12}[)）])?$';
// A 通报 is a title only as its last word (…完成情况的通报); 现将…通报如下 is the sentence that opens one.
const HAS_TITLE_WORD = new RegExp(`${TITLE_WORD}|的通报$|${MEASURES_TITLE}`);
// Up to the first title word without crossing a clause break; keeps a following 》的通知-style tail.
const LEADING_CLAUSE = new RegExp(`^[^。；;！!？?，,：:]*?${TITLE_WORD}(?:》?的(?:通知|意见|报告|函|批复))?`);
const MIN_CLAUSE_TITLE_CHARS = 6;
const HAN_CHARS = /\p{Script=Han}/gu;
const ENDS_LIKE_SENTENCE = /[。！？!?；;，,：:、]$/;
const HAS_SENTENCE_STOP = /[。！？!?]/;
const CLAUSE_BREAK = /[，,；;]/;
// Converted files often keep the original file name as their first line (the seed does).
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt|md)$/i;
// A markdown heading or bold line: ## 标题, **标题**.
const MARKDOWN_MARKS = /^#{1,6}\s+|^\*\*|\*\*$/g;
// Lines before the heading that are never titles: page numbers, 附件1, 文号 like 渝府办发〔2023〕12号.
const NOT_A_TITLE = [
  // Page numbers, rules and empty table cells (|).
  /^[\s\d\-—－_·.,，、()（）|｜]*$/,
  /^附件\s*\d*\s*[:：]?$/,
  /[〔[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号$/,
  // A saved web page's navigation and byline: 当前位置:首页 > 政务公开, 发布日期:…, 字体:【大 中 小】, 打印.
  /^(?:当前位置|您现在的位置|您的位置|所在位置)\s*[:：]/,
  /^[>＞»]|首页\s*[>＞»]/,
  /^(?:发布日期|发布时间|时间|日期|来源|信息来源|作者|编辑|责任编辑|字体|字号|浏览次数|点击数)\s*[:：]/,
  /^[[【]?\s*(?:字体|打印|关闭|分享)/,
  // A page's furniture (导航, 视窗, 进入老年版, 我要收藏), a newspaper's continuation line ((上接9月5日9版)), a code comment (// …).
  /^(?:导航|视窗|进入(?:老年|无障碍|关怀)版|无障碍|我要收藏|取消收藏)$/,
  /^[(（](?:上接|下转|接上|转下)/,
  /^\/\//,
  // A notice's closing formula (特此通知) and a repost's lead-in to the text (以下为方案全文:) frame the plan; neither names it.
  /^特此(?:通知|通报|函告|批复|公告)[。.]?$/,
  /^(?:以下|下面)[为是].{0,8}全文\s*[:：]?$/,
];
/** The page's own title field (名称: …, 标题: …) up to the next field on its line. */
const TITLE_FIELD = new RegExp(`^(?:信息名称|名称|标题|文件名称|公文标题)[:：][|｜]*([^|｜]+?)(?:[|｜].*|${PAGE_FIELD_KEY}[:：|｜].*)?$`);

/**
 * A table's header (序号 | 实事项目 | 责任单位, 牵头单位 alone on its line, 目 标 任 务) or a duty annotation (责任单位:市政府法制办…,
 * (牵头单位:市林业局;…)): the table's words, never the document's title.
 */
function isTableWords(line: string): boolean {
  const cells = line.split(/[|｜]/u).map((c) => c.trim()).filter((c) => c !== '');
  if (cells.some((c) => columnOf(c) !== null)) return true;
  const label = /^[(（]?([^:：()（）]{2,8})[:：]/u.exec(line)?.[1];
  return label !== undefined && columnOf(label) !== null;
}

/** A numbered section or item (五、职责分工, (二)健全预警和应急机制, 36.完善…): a part of the body, not the document's title. */
const OUTLINE_MARKER = /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,4}[)）]|\d{1,3}(?:[、．]|\.(?!\d)))/u;

/** A page's header fields (索 引 号 | …, • 发文单位:, 发文机关X) are never the title; its title field gives the title. */
function unfield(line: string): string | null {
  const field = TITLE_FIELD.exec(bareLine(line));
  if (field) return field[1];
  return isPageFieldLine(line) ? null : line;
}
/** How far down a titled heading (one with a plan word) is looked for before the first heading-like line is taken. */
const TITLE_LOOKAHEAD_LINES = 12;
// A form named like a notice or an opinion (《暂缓施工通知单》, 《整改意见书》) is no plan.
const NAMED_TITLE = new RegExp(`《([^《》\n]{4,${MAX_TITLE_CHARS}}${TITLE_WORD}(?![单书]》)[^《》\n]{0,12})》`);

// A line that breaks off at a comma, an enumeration mark or a conjunction (全面规划都市圈快速通道路网, / “十三五”规划和) is a
// sentence's clause, however it reads.
const ENDS_IN_CLAUSE_BREAK = /[，,、；;和与及]$/;

function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS || ENDS_IN_CLAUSE_BREAK.test(line)) return false;
  return !ENDS_LIKE_SENTENCE.test(line) || (HAS_TITLE_WORD.test(line) && !HAS_SENTENCE_STOP.test(line));
}

/** An attachment's label before its title (附件:1.2020年政府工作报告重点工作责任分解): the title is what follows. */
const ATTACHMENT_LABEL = /^附件\s*\d*\s*[:：]\s*(?:\d{1,2}\s*[.、．]\s*)?(?=\S)/u;
/** A title kept in a table's cell (…的通知 |) is read without the cell's bars. */
const TABLE_EDGES = /^[|｜\s]+|[|｜\s]+$/gu;

/** A numbered line is the body's, unless it is a whole title under a number (一、10件民生实事任务分解表, an attachment's list). */
function isBodyPart(line: string): boolean {
  return OUTLINE_MARKER.test(line) && !(HAS_TITLE_WORD.test(line) && isClosed(line));
}

/**
 * The lines a title may be, in the first TITLE_LOOKAHEAD_LINES of the text (page furniture not counted); `inBody` when a
 * numbered item or a table's words came before the first of them: the copy starts inside the body.
 */
function candidateLines(text: string): { lines: string[]; inBody: boolean } {
  const lines: string[] = [];
  let seen = 0;
  let inBody = false;
  let inParts = false;
  for (const raw of text.split('\n', 200)) {
    // A mirror's pinyin glosses (發(fā)布) are no part of a field's key or the title.
    const line = unfield(raw.trim().replace(PINYIN_GLOSS, '').replace(FILE_EXTENSION, '').replace(MARKDOWN_MARKS, '').replace(TABLE_EDGES, '').trim());
    if (!line || NOT_A_TITLE.some((pattern) => pattern.test(line))) continue;
    seen++;
    // Below a numbered part of the body (一、分解原则), a numbered line is the next part (二、任务分解, 黄冈 2007), no title.
    if (isTableWords(line) || isBodyPart(line) || (inParts && OUTLINE_MARKER.test(line))) inBody ||= lines.length === 0;
    else lines.push(line.replace(ATTACHMENT_LABEL, ''));
    inParts ||= isBodyPart(line);
    if (seen === TITLE_LOOKAHEAD_LINES) break;
  }
  return { lines, inBody };
}

/**
 * A news repost names the plan unquoted in its lead (据…消息,近日,安徽省人民政府发布关于…责任分解的通知): the issuer just
 * before the verb, if it is a government body, heads the title.
 */
const LEAD_TITLE = new RegExp(`(?:([\\u4e00-\\u9fa5]{2,20}(?:人民政府|政府|办公厅|办公室))|[，,、])(?:正式)?(?:发布|印发|出台|公布)(?:了)?(关于[^。；;，,《》]{2,${MAX_TITLE_CHARS}}?的(?:通知|意见|决定|实施方案|工作方案|行动方案|方案))`);

function leadTitle(line: string): string | null {
  const m = LEAD_TITLE.exec(line);
  return m ? (m[1] ?? '') + m[2] : null;
}

/** A 文号 line in the head (发文字号阜政办〔2023〕11号, 文件编号:海政办发〔2023〕2号): a title-less copy's best name. */
const NUMBER_LINE = new RegExp(`^(?:发文字号|发文序号|文件编号|发布文号|文号|字号)?\\s*[:：]?\\s*(\\p{Script=Han}{1,12}${DOC_NUMBER_TAIL})$`, 'u');

function numberTitle(text: string): string | null {
  for (const raw of text.split('\n', TITLE_LOOKAHEAD_LINES * 2)) {
    const m = NUMBER_LINE.exec(bareLine(raw.trim()));
    if (m) return m[1].replace(/\s+/gu, '');
  }
  return null;
}

/** A whole title ends in its genre word (…的意见, …行动方案); 《政府工作报告》 and 关于印发 leave it open. */
const COMPLETE_TITLE = new RegExp(`(?:方案|规划|计划|意见|通知|通报|办法|报告|要点|清单|决定|批复|函|分解|分解表|分工|细则|纲要|情况)$|${MEASURES_TITLE}`);
const MAX_JOINED_TITLE_CHARS = 2 * MAX_TITLE_CHARS;

/** A line that is only an issuing place or body (马鞍山市, XX县人民政府办公室). */
const ISSUER_ALONE = /^(?:中共)?\p{Script=Han}{2,24}(?:省|市|区|县|州|人民政府|政府|办公室|办公厅|委员会)$/u;

/** Lines a title is printed over, at most. */
const MAX_TITLE_LINES = 3;

/** Is the title closed: it ends in its genre word, a dated one in brackets after it, with every 《 closed? */
function isClosed(title: string): boolean {
  const core = title.replace(/[(（][^()（）]{1,30}[)）]$/, '');
  return COMPLETE_TITLE.test(core) && (title.match(/《/g)?.length ?? 0) <= (title.match(/》/g)?.length ?? 0);
}

/**
 * A title printed over several lines (国务院关于落实《政府工作报告》 / 重点工作部门分工的意见): the titled line, or the
 * line before it when that one opens with 关于, joined to the lines after it when that closes the title (its genre
 * word, its 《》). A title already closed, or a line repeated (a headline above the same title), is left alone.
 */
function wholeTitle(lines: string[], at: number): string {
  // 马鞍山市 / 关于…的实施细则: the issuer alone on the line above a title that opens with 关于 heads it.
  if (isClosed(lines[at]) && lines[at].startsWith('关于') && ISSUER_ALONE.test(lines[at - 1] ?? '')) return lines[at - 1] + lines[at];
  const opensAbove = (k: number) => !!lines[k]?.includes('关于') && !isClosed(lines[k]);
  if (isClosed(lines[at]) && !lines[at - 1]?.includes('关于') && !opensAbove(at - 2)) return lines[at];
  const joins = (title: string, line: string | undefined): line is string => !!line && looksLikeHeading(line)
    && !title.includes(line) && !line.includes(title) && title.length + line.length <= MAX_JOINED_TITLE_CHARS
    && !HAS_SENTENCE_STOP.test(line);
  // 关于进一步激发… / 成就企业家… / 高质量发展的实施意见: the 关于 line may be two above the closing one.
  for (const start of [at - 2, at - 1, at]) {
    if (start < 0 || (start < at && !opensAbove(start))) continue;
    let title = lines[start];
    // An issuer too long for the 关于 line (…工作领导小组 / 办公室关于印发…) begins on the line before it.
    const issuer = lines[start - 1];
    if (start < at && !title.startsWith('关于') && issuer && looksLikeHeading(issuer) && !HAS_TITLE_WORD.test(issuer) && !HAS_SENTENCE_STOP.test(issuer)) title = issuer + title;
    for (let k = start + 1; k < start + MAX_TITLE_LINES && joins(title, lines[k]); k++) {
      title += lines[k];
      if (k >= at && isClosed(title)) return title;
    }
  }
  return lines[at];
}

/** A 文号 run into the title before its 关于 (玉市委、市政府督通〔2021〕37号关于…的通报): the number is not the title's. */
const LEADING_DOC_NUMBER = new RegExp(`^[\\p{Script=Han}、]{1,16}${DOC_NUMBER_TAIL}\\s*(?=关于)`, 'u');

/**
 * What a page or a converter prints around a title line: a page count before it (第1页共8页), a breadcrumb
 * (600字范文 > ), the item number of a title in a list (17.), a date after it ( 2020-04-24), a download link
 * (下载本文) or a stray page digit glued to its genre word (…的通知0).
 */
const AROUND_TITLE: readonly RegExp[] = [
  /^第\s*\d+\s*页\s*共\s*\d+\s*页\s*/u,
  /^[^>＞»《\s]{1,20}\s+[>＞»]\s+/u,
  /\s+(?:19|20)\d{2}-\d{1,2}-\d{1,2}$/u,
  /\s*下载本文$/u,
];
const STRAY_DIGIT = /\d$/u;

/** A headline printed whole in book marks (《临汾市政府印发临汾市水污染防治2018年行动计划》, a news repost of 2018): the marks quote it. */
const QUOTED_WHOLE = /^《([^《》]+)》$/u;

function tidy(title: string): string {
  let t = AROUND_TITLE.reduce((s, noise) => s.replace(noise, ''), title).replace(QUOTED_WHOLE, '$1');
  if (OUTLINE_MARKER.test(t) && isClosed(t.replace(OUTLINE_MARKER, ''))) t = t.replace(OUTLINE_MARKER, '').trim();
  if (STRAY_DIGIT.test(t) && isClosed(t.slice(0, -1))) t = t.slice(0, -1);
  return t;
}

/**
 * A cover notice's sentence that issues one plan names it whole: 现将《徐庄镇2017年度安全生产专项整治工作计划》印发给你们,
 * 《以控制成本为核心优化营商环境的具体措施》已经县政府同意,现印发给你们; a notice issuing several (《A》《B》已经…) names none.
 */
const ISSUING_SENTENCE = new RegExp(`现将《([^《》\n]{4,${MAX_TITLE_CHARS}})》(?:予以)?(?:印发|转发|下发)|(?<!》)《([^《》\n]{4,${MAX_TITLE_CHARS}})》已经[^。\n]{0,30}?(?:同意|通过)[,，]?现(?:予)?(?:印发|转发|下发)`, 'u');
/** Where a cover notice's issuing sentence sits, before the plan it issues. */
const NOTICE_CHARS = 1500;

function issuedTitle(text: string): string | null {
  const m = ISSUING_SENTENCE.exec(text.slice(0, NOTICE_CHARS));
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * A title printed over two lines with no plan word on the first (内蒙古自治区2022年坚持稳中求进 / 推动产业高质量发展政策清单):
 * the line above joins it when the text names the two together in 《》 (the notice that issues it, a list of the plans).
 */
function splitTitle(text: string, title: string): string | null {
  const lines = text.slice(0, NOTICE_CHARS * 2).split('\n').map((l) => l.trim()).filter(Boolean);
  const at = lines.indexOf(title);
  const whole = at > 0 ? lines[at - 1] + title : null;
  return whole && text.includes(`《${whole}》`) ? whole : null;
}

export function titleOf(text: string, source: string): string {
  const read = readTitle(text, source);
  const plain = text.replace(PINYIN_GLOSS, '');
  const title = splitTitle(plain, read) ?? read;
  // A copy whose heading line is lost (its 文号 or its file name left) or split (the last of its lines, 工作计划 alone) is named
  // by the sentence that issues it.
  const issued = issuedTitle(plain);
  if (issued && (title === fileTitle(source) || title === numberTitle(text) || (title !== issued && issued.endsWith(title)))) return issued;
  return title === fileTitle(source) ? title : tidy(title).replace(LEADING_DOC_NUMBER, '');
}

function readTitle(text: string, source: string): string {
  const { lines, inBody } = candidateLines(text);
  const line = lines[0];
  if (line === undefined) return numberTitle(text) ?? fileTitle(source);
  const titled = (l: string) => looksLikeHeading(l) && HAS_TITLE_WORD.test(l);
  // A headline that reads as a sentence (…印发重磅实施方案!涉及…) or a lead broken off mid-sentence (近日,…公布《2025年…目标)
  // gives way to a titled line below it that does not.
  const reads = (l: string) => titled(l) && !HAS_SENTENCE_STOP.test(l) && (!CLAUSE_BREAK.test(l) || isClosed(l));
  const readsAt = lines.findIndex(reads);
  const titledAt = readsAt >= 0 ? readsAt : lines.findIndex(titled);
  if (titledAt >= 0) return wholeTitle(lines, titledAt);
  // A news repost opens with the plan's headline figures and names the plan in a sentence: 近日,X发布《…报告…分解》.
  const named = lines.find((l) => !looksLikeHeading(l))?.match(NAMED_TITLE);
  if (named && looksLikeHeading(line) && !HAS_TITLE_WORD.test(line)) return named[1];
  // A copy that starts inside its body (五、职责分工 …) has no title line: a line below its items is the body's. Nor does a
  // heading of a word or two (规划司, a table cell's broken name) or one with few Chinese characters (loading...) name one.
  if (inBody) return numberTitle(text) ?? fileTitle(source);
  if (looksLikeHeading(line) && (line.match(HAN_CHARS)?.length ?? 0) >= MIN_CLAUSE_TITLE_CHARS) return line;
  const lead = leadTitle(line);
  if (lead) return lead;
  // A clause of a few characters (在规划…, a body sentence's opening) names no document.
  const clause = line.slice(0, MAX_TITLE_CHARS).match(LEADING_CLAUSE)?.[0].trim();
  return clause && clause.length >= MIN_CLAUSE_TITLE_CHARS ? clause : numberTitle(text) ?? fileTitle(source);
}
