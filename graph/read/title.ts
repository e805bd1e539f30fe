// A document's title: its heading line when it has one, else its opening clause, else its file name.
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
// Lines before the heading that are never titles: page numbers, 附件1, 文号 like 渝府办发〔2023〕12号.
const NOT_A_TITLE = [
  /^[\s\d\-—－_·.,，、()（）]*$/,
  /^附件\s*\d*\s*[:：]?$/,
  /[〔[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号$/,
];

function looksLikeHeading(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS) return false;
  return !ENDS_LIKE_SENTENCE.test(line) || (HAS_TITLE_WORD.test(line) && !HAS_SENTENCE_STOP.test(line));
}

function firstCandidateLine(text: string): string | null {
  for (const raw of text.split('\n')) {
    const line = raw.trim().replace(FILE_EXTENSION, '').trim();
    if (line !== '' && !NOT_A_TITLE.some((pattern) => pattern.test(line))) return line;
  }
  return null;
}

function fileTitle(source: string): string {
  const name = basename(source);
  return name.slice(0, name.length - extname(name).length) || name || source;
}

export function titleOf(text: string, source: string): string {
  const line = firstCandidateLine(text);
  if (line === null) return fileTitle(source);
  if (looksLikeHeading(line)) return line;
  const clause = line.slice(0, MAX_TITLE_CHARS).match(LEADING_CLAUSE);
  return clause ? clause[0].trim() : fileTitle(source);
}
