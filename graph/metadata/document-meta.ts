// What a document says about itself: issuing body, 文号, date, level, kind, period, the plan it carries out.
//
// Read from the text as printed: a notice's header and signature block (北京市人民政府办公厅 / 2016年5月28日),
// a government site's labelled fields (发文字号：镇政发〔2024〕7号), the title (…2023—2027年行动方案) and the
// opening sentence (为贯彻落实《…》). Anything the text does not say stays null; nothing is guessed from
// outside the text. The jurisdiction itself is read by pipeline/jurisdiction.ts.

import { z } from 'zod';
import { DOC_NUMBER_TAIL } from './doc-number.ts';

export const DOCUMENT_LEVELS = ['省', '市', '县', '区', '乡镇'] as const;
export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];

const field = z.string().min(1).max(200).nullable();
/** The one definition of document metadata: the Document node's properties, the API's summary, overrides. */
export const documentMetadataSchema = z.object({
  issuer: field.describe('issuing body / 发文机关'),
  docNumber: field.describe('文号, e.g. 渝府办发〔2023〕12号'),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().describe('date of signing or issue (YYYY-MM-DD) / 成文日期'),
  level: z.enum(DOCUMENT_LEVELS).nullable().describe('administrative level / 层级'),
  kind: field.describe('kind of plan / 文种, e.g. 任务分工方案'),
  period: z.string().regex(/^\d{4}(?:-\d{4})?$/).nullable().describe('period, e.g. 2023-2027 / 规划期'),
  implements: field.describe('title of the plan this one implements or divides / 所落实的上级文件'),
});
export type DocumentMetadata = z.infer<typeof documentMetadataSchema>;
export const METADATA_KEYS = Object.keys(documentMetadataSchema.shape) as (keyof DocumentMetadata)[];

// Where a notice's header and signature live; the plan body after it is never searched for them.
const HEADER_CHARS = 1500;

const DOC_NUMBER_RE = new RegExp(`([\\u4e00-\\u9fa5]{1,12}${DOC_NUMBER_TAIL})`);
// A 文号 alone on its line: no title or header words can be glued before its issuer's abbreviation.
const DOC_NUMBER_LINE = new RegExp(`^${DOC_NUMBER_RE.source}$`);
const RED_HEADER_PREFIX = /^.*文件/u;
const LABELLED = (label: string) => new RegExp(`(?:${label})\\s*[:：]?\\s*\\n?\\s*([^\\n]{2,60})`);
const ISSUER_FIELD = LABELLED('发文机关|发文机构|发布机构|发布部门|发文单位');
// A site's 发布单位 is who posted it — often the issuer's own office or department (沪安委会〔2023〕9号 posted by
// 上海市应急管理局): weaker than the title's and the signature's issuer, stronger than none.
const PUBLISHER_FIELD = LABELLED('发布单位');
const NUMBER_FIELD = LABELLED('发文字号|发布文号|文\\s*号');
const DATE_FIELD = LABELLED('成文日期|发文日期|印发日期');

// Zero is printed 〇, 零, or a circle (二○一一年: ○ U+25CB, ◯ U+25EF) where a font lacked 〇 (无锡 2011).
const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, '◯': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const ARABIC_DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
// Sites print their fields as 2023-01-03.
const ISO_DATE = /((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})/;
const CHINESE_DATE = /([〇零○◯一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/;
const DATE_LINE = new RegExp(`^[(（]?\\s*(?:${ARABIC_DATE.source}|${CHINESE_DATE.source})\\s*[)）]?$`);

const GOVERNMENT_SUFFIXES = ['人民政府办公厅', '人民政府办公室', '人民政府', '政府办公室', '政府办公厅', '办公厅', '办公室', '委员会', '领导小组办公室', '领导小组', '指挥部', '政府'];
const ISSUER_SUFFIX = `(?:${GOVERNMENT_SUFFIXES.join('|')})`;
const ISSUER_LINE = new RegExp(`^(?:中共)?[\\u4e00-\\u9fa5]{2,24}${ISSUER_SUFFIX}$`);
// Where the text itself says who issued it — a labelled field, the signature above the date, the title before 关于 — a
// department or agency issues too (上海市虹口区应急管理局, 上海市消防救援总队, …街道办事处, …管委会); a first line alone
// is trusted only with a government's own suffix.
const BODY_SUFFIX = `(?:${[...GOVERNMENT_SUFFIXES, '局', '委', '厅', '总队', '办事处', '管委会'].join('|')})`;
const BODY_LINE = new RegExp(`^(?:中共)?[\\u4e00-\\u9fa5]{2,24}${BODY_SUFFIX}$`);
// A field may add the offices a body also signs as: 市政府办公室(市外办、市金融办、市大数据局).
const TRAILING_BRACKETS = /\s*[(（][^()（）]*[)）]$/u;
const UNNAMED_ISSUER = /^(?:中共)?[区县市省乡镇]/;
const TITLE_ISSUER = new RegExp(`^((?:中共)?[\\u4e00-\\u9fa5]{2,24}?${BODY_SUFFIX})(?:关于|印发)`);

// The kind is the title's last kind word (…确定的主要目标任务责任分解方案 is a 责任分解方案); longest wins a tie.
const KINDS = [
  '重点任务分工方案', '任务分工方案', '责任分工方案', '分工方案', '责任分解方案', '任务分解方案', '分解方案', '任务清单', '工作要点',
  '行动方案', '三年行动计划', '行动计划', '实施方案', '实施意见', '实施细则', '工作方案', '规划纲要', '专项规划', '规划',
  '指导意见', '意见', '办法', '政府工作报告', '通知',
];
const REPORT_DIVISION = '政府工作报告目标任务分解';
const PERIOD_RE = /((?:19|20)\d{2})\s*[—–\-－~～至到]+\s*((?:19|20)\d{2})\s*年/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;
const IMPLEMENTS_RE = /(?:贯彻落实|贯彻|落实|根据|按照|依据|对照)[^。；\n]{0,40}?《([^》]{4,80})》/;
const MUNICIPALITIES = /^(?:北京|天津|上海|重庆)市/;

/**
 * Everything the text says about the document; `title` is the heading the reader found, `jurisdiction`
 * the place pipeline/jurisdiction.ts read (its level stands in when no issuing body is printed).
 */
export function readDocumentMetadata(title: string, text: string, jurisdiction: string | null = null): DocumentMetadata {
  const head = text.slice(0, HEADER_CHARS);
  const lines = head.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const issuer = readIssuer(title, head, lines);
  const planTitle = innerTitle(title);
  return {
    issuer,
    docNumber: readDocNumber(head, lines),
    date: readDate(head, lines),
    level: levelOf(issuer ?? '') ?? levelOf(jurisdiction ?? ''),
    kind: kindOf(planTitle),
    period: readPeriod(planTitle, head),
    implements: IMPLEMENTS_RE.exec(text.slice(0, HEADER_CHARS * 2))?.[1]?.trim() ?? null,
  };
}

/** The plan's own title inside a cover notice: 关于印发《X实施方案》的通知 → X实施方案. */
function innerTitle(title: string): string {
  const inner = /印发(.+?)的通知/.exec(title)?.[1] ?? /《([^》]+)》/.exec(title)?.[1] ?? title;
  return inner.replace(/[《》〈〉\s]/g, '');
}

function kindOf(planTitle: string): string | null {
  if (/政府工作报告/.test(planTitle) && /分解|分工/.test(planTitle)) return REPORT_DIVISION;
  let best: string | null = null;
  let at = -1;
  for (const k of KINDS) {
    const i = planTitle.lastIndexOf(k);
    if (i >= 0 && (i + k.length > at || (i + k.length === at && best !== null && k.length > best.length))) { best = k; at = i + k.length; }
  }
  return best;
}

function readIssuer(title: string, head: string, lines: string[]): string | null {
  const publisher = PUBLISHER_FIELD.exec(head)?.[1]?.trim().replace(TRAILING_BRACKETS, '');
  const signers = signersOf(lines);
  // Of a joint signature, the body that posted the document (and gave it its 文号) if it signs, else the first.
  const signer = signers.find((s) => s === publisher) ?? signers[0];
  const stated = [ISSUER_FIELD.exec(head)?.[1]?.trim(), signer, TITLE_ISSUER.exec(title)?.[1], publisher]
    .filter((c): c is string => !!c && BODY_LINE.test(c));
  const candidates = ISSUER_LINE.test(lines[0] ?? '') ? [...stated, lines[0]] : stated;
  // A title often says just 区人民政府办公室; the signature block names the place.
  return candidates.find((c) => !UNNAMED_ISSUER.test(c)) ?? candidates[0] ?? null;
}

/**
 * The bodies signing above the first date line, in order: one a line (上海市发展和改革委员会 / 上海市粮食和物资储备局),
 * or two run together on one (上海市民政局上海市消防救援总队: split where the first one's place name recurs).
 */
function signersOf(lines: string[]): string[] {
  const date = lines.findIndex((l, i) => i > 0 && DATE_LINE.test(l) && BODY_LINE.test(lines[i - 1]));
  if (date < 0) return [];
  let first = date - 1;
  while (first > 0 && BODY_LINE.test(lines[first - 1])) first--;
  return lines.slice(first, date).flatMap((line) => {
    const place = /^.{2,8}?[省市区县]/u.exec(line)?.[0];
    const again = place === undefined ? -1 : line.indexOf(place, place.length + 2);
    return again > 0 ? [line.slice(0, again), line.slice(again)] : [line];
  });
}

// A 文号 a site printed without its brackets and 号 (杨府办202048: 杨府办〔2020〕48号), alone on its line: an issuer's
// abbreviation ending as 文号 prefixes end (…办, …发, …函, …字), the year, the number.
const COMPACT_DOC_NUMBER = /^(\p{Script=Han}{1,8}[办发函字])((?:19|20)\d{2})(\d{1,4})$/u;

function readDocNumber(head: string, lines: string[]): string | null {
  const field = NUMBER_FIELD.exec(head)?.[1];
  const compact = lines.map((l) => COMPACT_DOC_NUMBER.exec(l)).find((m) => m !== null);
  // A title line ending in its 文号 (…实施计划的通知 拱政办发〔2018〕42号) reads as one run of characters; the 文号's own
  // line below it, when there is one, holds the number alone.
  const found = (field && DOC_NUMBER_RE.exec(field)?.[1]) || lines.find((l) => DOC_NUMBER_LINE.test(l)) || ownNumberIn(head);
  // A red header's 文件 line glued to the number (常熟市人民政府办公室文件常政办发〔2018〕32号, once its space is gone):
  // the number's issuer abbreviation starts after 文件, never holds it.
  if (found) return found.replace(/\s+/g, '').replace(RED_HEADER_PREFIX, '');
  return compact ? `${compact[1]}〔${compact[2]}〕${compact[3]}号` : null;
}

/** Where a cited document's 文号 sits: right after its title's closing 》 (贯彻落实《…的通知》(鲁政字〔2023〕18号). */
const CITED_BEFORE = /》\s*[(（]\s*$/u;
const DOC_NUMBER_ALL = new RegExp(DOC_NUMBER_RE.source, 'gu');

/** The first 文号 in running text that is not a cited document's: a plan's opening cites the one it carries out. */
function ownNumberIn(head: string): string | undefined {
  for (const m of head.matchAll(DOC_NUMBER_ALL)) if (!CITED_BEFORE.test(head.slice(Math.max(0, m.index - 8), m.index))) return m[1];
  return undefined;
}

function readDate(head: string, lines: string[]): string | null {
  const field = DATE_FIELD.exec(head)?.[1];
  if (field) {
    const d = parseDate(field);
    if (d) return d;
  }
  const own = lines.find((l) => DATE_LINE.test(l));
  return own ? parseDate(own) : null;
}

function parseDate(s: string): string | null {
  const a = ARABIC_DATE.exec(s) ?? ISO_DATE.exec(s);
  if (a) return isoDate(Number(a[1]), Number(a[2]), Number(a[3]));
  const c = CHINESE_DATE.exec(s);
  if (!c) return null;
  const year = Number([...c[1]].map((ch) => CN_DIGIT[ch]).join(''));
  return isoDate(year, chineseNumber(c[2]), chineseNumber(c[3]));
}

/** 一 … 三十一 as printed in dates. */
function chineseNumber(s: string): number {
  if (!s.includes('十')) return CN_DIGIT[s] ?? NaN;
  const [tens, ones] = s.split('十');
  return (tens === '' ? 1 : CN_DIGIT[tens]) * 10 + (ones === '' ? 0 : CN_DIGIT[ones]);
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function readPeriod(planTitle: string, head: string): string | null {
  const range = PERIOD_RE.exec(planTitle) ?? PERIOD_RE.exec(head);
  if (range) return `${range[1]}-${range[2]}`;
  return YEAR_IN_TITLE.exec(planTitle)?.[1] ?? null;
}

const ADMIN_SUFFIX = /(自治区|自治州|自治县|省|市|区|县|旗|乡|镇|街道)/g;
const LEVEL_OF_SUFFIX: Record<string, DocumentLevel> = {
  省: '省', 自治区: '省', 市: '市', 自治州: '市', 县: '县', 自治县: '县', 旗: '县', 区: '区', 乡: '乡镇', 镇: '乡镇', 街道: '乡镇',
};

/** The level of the lowest government named: 重庆市铜梁区人民政府 → 区, 北京市人民政府办公厅 → 省 (直辖市). */
export function levelOf(name: string): DocumentLevel | null {
  const place = name.replace(/^中共/, '').replace(new RegExp(`${ISSUER_SUFFIX}$`), '');
  let last: { suffix: string; at: number } | null = null;
  // A suffix counts only after at least one character of name since the last one (区 alone is no place; the 市 of
  // 上海市市场监督管理局's 市场 follows 上海市 directly).
  let nameFrom = 0;
  for (const m of place.matchAll(ADMIN_SUFFIX)) {
    if (m.index > nameFrom) last = { suffix: m[1], at: m.index };
    nameFrom = m.index + m[1].length;
  }
  if (last === null) return null;
  // A 直辖市's own bodies (上海市人民政府, 上海市民政局) are of provincial level.
  if (last.suffix === '市' && MUNICIPALITIES.test(place) && last.at === place.indexOf('市')) return '省';
  return LEVEL_OF_SUFFIX[last.suffix];
}
