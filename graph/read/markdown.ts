// Markdown to plain lines: drops markup the outline parser would misread, tables to one cell per line.

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const FENCE = /^\s{0,3}(```|~~~)/;

function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/`/g, '')
    .replace(/<br\s*\/?>/gi, '\n');
}

/** Heading marks, quotes and bullets go; ordered numbers (`1.`) stay: they number the tasks. */
function stripLine(line: string): string {
  if (RULE.test(line)) return '';
  const bare = line
    .replace(/^\s{0,3}#{1,6}\s*/, '')  // Chinese authors often omit the space
    .replace(/\s+#+\s*$/, '')
    .replace(/^\s*(>\s?)+/, '')
    .replace(/^\s*[-*+]\s+(\[[ xX]\]\s+)?/, '');
  return stripInline(bare);
}

function cellsOf(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => stripInline(cell.replace(/\\\|/g, '|').trim()));
}

function isTableStart(lines: string[], i: number): boolean {
  return lines[i].includes('|') && i + 1 < lines.length && DELIMITER_ROW.test(lines[i + 1]) && lines[i + 1].includes('-');
}

/** Plain text of a markdown document; table cells one per line, as mammoth flattens .docx tables. */
export function stripMarkdown(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let inTable = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (FENCE.test(line)) continue;
    if (isTableStart(lines, i)) {
      out.push(...cellsOf(line));
      i++; // the delimiter row
      inTable = true;
    } else if ((inTable && line.includes('|') && line.trim() !== '') || PIPE_ROW.test(line)) {
      out.push(...cellsOf(line));
    } else {
      inTable = false;
      out.push(stripLine(line));
    }
  }
  return out.join('\n');
}
