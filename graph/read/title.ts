// A document's title: its heading line when it has one (a titled heading near the top wins over a headline or site
// navigation), else a 《title》 a repost names, else its opening clause, else its file name.
import { basename, extname } from 'node:path';

/** Longer than this, a first line is body text, not a heading. */
export const MAX_TITLE_CHARS = 60;

const TITLE_WORD = '(?:方案|规划|计划|意见|通知|办法|报告|要点|清单)';
const HAS_TITLE_WORD = new RegExp(TITLE_WORD);
// Up to the first title word without crossing a clause break; keeps a following 》的通知-style tail.
const LEADING_CLAUSE = new RegExp(`^[^。；;！!？?，,：:]*?${TITLE_WORD}(?:》?的(?:通知|意见|报告|函|批复))?`);
const ENDS_LIKE_SENTENCE = /[。！？!?；;，,：:、]$/;
const HAS_SENTENCE_STOP = /[。！？!?]/;
// Converted files often keep the original file name as their first line (the seed does).
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|txt|md)$/i;
// A markdown heading or bold line: ## 标题, **标题**.
const MARKDOWN_MARKS = /^#{1,6}\s+|^\*\*|\*\*$/g;
// Lines before the heading that are never titles: page numbers, 附件1, 文号 like 渝府办发〔2023〕12号.
const NOT_A_TITLE = [
  /^[\s\d\-—－_·.,，、()（）]*$/,
  /^附件\s*\d*\s*[:：]?$/,
  /[〔[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号$/,
  // A saved web page's navigation and byline: 当前位置:首页 > 政务公开, 发布日期:…, 字体:【大 中 小】, 打印.
  /^(?:当前位置|您现在的位置|您的位置|所在位置)\s*[:：]/,
  /^[>＞»]|首页\s*[>＞»]/,
  /^(?:发布日期|发布时间|时间|日期|来源|信息来源|作者|字体|字号|浏览次数|点击数)\s*[:：]/,
  /^[[【]?\s*(?:字体|打印|关闭|分享)/,
];
/** How far down a titled heading (one with a plan word) is looked for before the first heading-like line is taken. */
const TITLE_LOOKAHEAD_LINES = 12;
const NAMED_TITLE = new RegExp(`《([^《》\n]{4,${MAX_TITLE_CHARS}}${TITLE_WORD}[^《》\n]{0,12})》`);

function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS) return false;
  return !ENDS_LIKE_SENTENCE.test(line) || (HAS_TITLE_WORD.test(line) && !HAS_SENTENCE_STOP.test(line));
}

function candidateLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split('\n', 200)) {
    const line = raw.trim().replace(FILE_EXTENSION, '').replace(MARKDOWN_MARKS, '').trim();
    if (line !== '' && !NOT_A_TITLE.some((pattern) => pattern.test(line))) lines.push(line);
    if (lines.length === TITLE_LOOKAHEAD_LINES) break;
  }
  return lines;
}

function fileTitle(source: string): string {
  const name = basename(source);
  return name.slice(0, name.length - extname(name).length) || name || source;
}

export function titleOf(text: string, source: string): string {
  const lines = candidateLines(text);
  const line = lines[0];
  if (line === undefined) return fileTitle(source);
  const titled = lines.find((l) => looksLikeHeading(l) && HAS_TITLE_WORD.test(l));
  if (titled) return titled;
  // A news repost opens with the plan's headline figures and names the plan in a sentence: 近日,X发布《…报告…分解》.
  const named = lines.find((l) => !looksLikeHeading(l))?.match(NAMED_TITLE);
  if (named && looksLikeHeading(line) && !HAS_TITLE_WORD.test(line)) return named[1];
  if (looksLikeHeading(line)) return line;
  const clause = line.slice(0, MAX_TITLE_CHARS).match(LEADING_CLAUSE);
  return clause ? clause[0].trim() : fileTitle(source);
}
