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
// Page numbers and running marks printed on every page: `- 3 -`, `第 3 页`, `3/12`.
const PAGE_MARK = /^[\s\-—－–·]*(?:第\s*)?\d{1,4}(?:\s*[页/／]\s*(?:共\s*)?\d{0,4}\s*页?)?[\s\-—－–·]*$/;
/** A line ending within this many characters of the right margin was wrapped. */
const WRAP_SLACK_CHARS = 2.5;
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
      lines.push({ text: item.str, left: x, right: x + item.width, y, size });
    }
  }
  return lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text !== '');
}

/**
 * A line that runs to the right margin was wrapped by the typesetter: the next line continues its
 * paragraph. A line that stops short, or ends a sentence at the margin, ends its paragraph.
 */
function paragraphs(pages: Line[][]): string {
  const margin = Math.max(...pages.flat().map((l) => l.right), 0);
  let out = '';
  for (const lines of pages) {
    for (const line of lines.filter((l) => !PAGE_MARK.test(l.text))) {
      out += line.text;
      // Unjustified text leaves up to two characters free when the next would start with punctuation.
      const wrapped = line.right >= margin - line.size * WRAP_SLACK_CHARS && !SENTENCE_END.test(line.text);
      out += wrapped ? '' : '\n';
    }
  }
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
