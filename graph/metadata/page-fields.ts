// The header block a government site prints above a reposted document (索引号, 发文机关, 发文单位, 成文日期, 主题分类 …):
// fields about the page, never its title and never a duty. The one list of their names, for the title reader and
// the duty reader alike.

/** Field names of a government page's header block (信息公开目录 of 省/市/县 sites). */
const PAGE_FIELD_KEYS = [
  '索引号', '信息索引号', '索取号', '文件编号', '规范性文件统一编号', '文号', '发文字号', '发文文号', '发布文号', '发文序号',
  '发布机构', '发文机关', '发文机构', '发文单位', '发布单位', '发布部门', '发文部门', '成文单位',
  '成文日期', '发文日期', '发布日期', '印发日期', '生成日期', '施行日期', '生效日期', '生效时间', '废止日期', '废止时间',
  '公开方式', '公开范围', '公开类型', '公开形式', '组配分类', '主题分类', '体裁分类', '信息分类', '文件类型',
  '有效性', '信息有效性', '时效性', '公文时效', '效力状态', '效力级别',
  '信息来源', '文件下载', '重点领域', '内容概览', '政策级别', '政策主题', '政策咨询机关', '政策咨询电话', '政策原文', '政策解读',
];
const alternation = (keys: string[]) => `(?:${[...keys].sort((a, b) => b.length - a.length).join('|')})`;
const KEY = alternation(PAGE_FIELD_KEYS);
// Keys that can be glued to their value: three characters or more, naming a body, a date, a number or a class
// (a key like 重点领域 or 政策解读 also opens prose, so it needs its separator).
const GLUABLE_KEY = alternation(PAGE_FIELD_KEYS.filter((k) => k.length >= 3 && /(?:机关|机构|单位|部门|日期|时间|字号|文号|编号|序号|索引号|分类|时效|时效性|有效性|状态|级别)$/.test(k)));

/** Bullets a page's list of fields keeps (•, ·, -, *) and the spaces sites put inside a key (索 引 号). */
const BULLETS_AND_SPACES = /^[\s•·\-*]+|\s+/g;
/** A key and its separator (`:`, a `|` cell, or the end of the line when the value sits on the next line). */
const KEYED = new RegExp(`^${KEY}(?:[:：|｜]|$)`);
/** A key of three characters or more glued to its value with no separator (发文机关阜阳市人民政府, 时效性现行有效). */
const GLUED = new RegExp(`^${GLUABLE_KEY}(?![:：|｜])`);
/** Any `key:` inside a line, to find a line of several fields whose first key was cut (号: … 信息分类: …). */
const KEY_INSIDE = new RegExp(`${KEY}[:：]`);
const FIELD_SEPARATORS = /\p{Script=Han}{1,8}[:：]/gu;
/** Fields set apart by spaces alone, two on a line (公开方式 主动公开 公开范围 面向全社会). */
const SPACED_FIELDS = new RegExp(`^[\\s•·\\-*]*${KEY}\\s+\\S+\\s+${KEY}(?:\\s|$)`);

/** A line with its bullets and spaces dropped (the form the keys are matched on). */
export function bareLine(line: string): string {
  return line.replace(BULLETS_AND_SPACES, '');
}

/**
 * Is this line one of a page's header fields: it opens with a field name (`发文单位:区政府办`, `• 主题分类:发展规划`,
 * `索 引 号 | … |`, `发文机关阜阳市人民政府`), holds two fields set apart by spaces (`公开方式 主动公开 公开范围 面向全社会`),
 * or it holds two fields or more one of which is named (a first key cut short: `号: 003187229/… 信息分类: …`).
 */
export function isPageFieldLine(line: string): boolean {
  const bare = bareLine(line);
  if (KEYED.test(bare) || GLUED.test(bare) || SPACED_FIELDS.test(line)) return true;
  return (bare.match(FIELD_SEPARATORS)?.length ?? 0) >= 2 && KEY_INSIDE.test(bare);
}

/** The keys as a pattern, for a reader that cuts a line at the next field (名称: X 文号: …). */
export const PAGE_FIELD_KEY = KEY;
