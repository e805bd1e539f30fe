// PDF to text through pdf.js (legacy build, for Node): lines rebuilt from positions, wrapped lines joined.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../errors.ts';
import { corruptDocument } from './corrupt.ts';
import { repairRadicals } from './radicals.ts';

interface Glyphs { str: string; transform: number[]; width: number; height: number; hasEOL: boolean }
interface Line { text: string; left: number; right: number; y: number; size: number }

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** Fewer readable characters than this per page on average, and the PDF is a scan. */
const MIN_CHARS_PER_PAGE = 20;
// Page numbers and running marks printed on every page (`- 3 -`, `— 3 —`, `第 3 页`, `3/12`), as a page's first or last line.
const PAGE_MARK = /^[\s\-—－–·]*(?:第\s*)?\d{1,4}(?:\s*[页/／]\s*(?:共\s*)?\d{0,4}\s*页?)?[\s\-—－–·]*$/;
/** A line ending within this many characters of the right margin was wrapped. */
const WRAP_SLACK_CHARS = 2.5;
/** A line starting this many characters right of the body's left edge is indented (a paragraph's first line). */
const INDENT_CHARS = 1.5;
const SENTENCE_END = /[。！？；：!?;:）)」』”]$/;

function noTextLayer(source: string, pages: number): AppError {
  return new AppError('NO_TEXT_LAYER', `PDF 没有文字层（共 ${pages} 页，几乎没有可提取的文字），可能是扫描件 / the PDF has no text layer (${pages} pages, almost no text): probably a scan`, {
    source,
    hint: '请先用 OCR 软件识别（如 WPS、Acrobat 的“识别文字”），或找到原文的 .docx / 网页版 / run OCR on it first (WPS, Acrobat “recognise text”), or find the .docx or web version.',
  });
}

// Text runs to lines: a run that starts on the same baseline as the previous one continues its line.
function linesOf(items: Glyphs[]): Line[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (item.str === '' && !item.hasEOL) continue;
    const [, , , d, x, y] = item.transform;
    const size = Math.abs(d) || item.height || 1;
    const last = lines.at(-1);
    if (last && Math.abs(last.y - y) < size * 0.5 && x >= last.right - size) {
      last.text += item.str;
      last.right = Math.max(last.right, x + item.width);
    } else if (item.str.trim() !== '') {
      // An indent typed as spaces (全角空格 in WPS and Word files) starts the text further right.
      const spaces = item.str.length - item.str.trimStart().length;
      lines.push({ text: item.str, left: x + spaces * size, right: x + item.width, y, size });
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text !== '');
}

/** The lines of a page without its running header and footer: a page number as the first or last line. */
function withoutPageMarks(lines: Line[]): Line[] {
  const first = lines[0] && PAGE_MARK.test(lines[0].text) ? 1 : 0;
  const last = lines.length > first && PAGE_MARK.test(lines.at(-1)!.text) ? lines.length - 1 : lines.length;
  return lines.slice(first, last);
}

/**
 * The body's left margin: the leftmost edge two lines or more start at (wrapped lines and unindented paragraphs start
 * there; in a document of one-line paragraphs most lines start indented, so the commonest edge is not it).
 */
function bodyLeft(lines: Line[]): number {
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(Math.round(l.left), (counts.get(Math.round(l.left)) ?? 0) + 1);
  const shared = [...counts].filter(([, n]) => n >= 2).map(([x]) => x);
  return shared.length > 0 ? Math.min(...shared) : Math.min(...counts.keys());
}

/**
 * A line that runs to the right margin was wrapped by the typesetter: the next line continues its paragraph,
 * and a line that stops short ends it. Whether a line at the margin also ends its paragraph is told by the next
 * line's indent when the document indents its paragraphs (official documents indent each by two characters,
 * GB/T 9704), whatever punctuation the line ends with (a sentence or a `牵头单位：` can end at the margin inside a
 * paragraph); without indents, a line ending a sentence at the margin ends its paragraph.
 */
function paragraphs(pages: Line[][]): string {
  const lines = pages.flatMap(withoutPageMarks);
  const margin = Math.max(...lines.map((l) => l.right), 0);
  const left = bodyLeft(lines);
  const full = (l: Line) => l.right >= margin - l.size * WRAP_SLACK_CHARS; // unjustified text leaves up to two characters free
  const indented = (l: Line) => l.left >= left + l.size * INDENT_CHARS;
  const starts = lines.filter((l, i) => i > 0 && !full(lines[i - 1]));
  const indents = starts.length > 0 && starts.filter(indented).length * 2 >= starts.length;
  let out = '';
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const wrapped = full(line) && (indents && next ? !indented(next) : !SENTENCE_END.test(line.text));
    out += line.text + (wrapped ? '' : '\n');
  });
  return out.replace(/\n?$/, '\n');
}

async function openPdf(buffer: Uint8Array, source: string) {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(buffer), // pdf.js takes ownership of (and detaches) the array it is given
    cMapUrl: join(PDFJS_DIR, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(PDFJS_DIR, 'standard_fonts') + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw corruptDocument(source, 'pdf', '文件有密码保护', 'it is password-protected', error);
    throw corruptDocument(source, 'pdf', '文件已损坏或被截断', 'it is damaged or truncated', error);
  }
}

/** The text of every page, one paragraph per line; throws NO_TEXT_LAYER for a scan. */
export async function extractPdfText(buffer: Uint8Array, source: string): Promise<string> {
  const pdf = await openPdf(buffer, source);
  try {
    const pages: Line[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items.flatMap((i) => ('str' in i ? [i] : []))));
      page.cleanup();
    }
    const text = repairRadicals(paragraphs(pages));
    const readable = (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
    if (readable < MIN_CHARS_PER_PAGE * pdf.numPages) throw noTextLayer(source, pdf.numPages);
    return text;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corruptDocument(source, 'pdf', '页面内容无法解析（可能被截断）', 'a page cannot be parsed (truncated?)', error);
  } finally {
    await pdf.destroy();
  }
}
