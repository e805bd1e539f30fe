// Reads one plan (a file on disk or an uploaded buffer) into text plus the facts ingestion records.
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../errors.ts';
import { sha256 } from '../ids.ts';
import { decodeText } from './decode.ts';
import { extractDocText } from './doc.ts';
import { extractDocxText, isZip } from './docx.ts';
import { formatOf, unsupportedFormat, type DocumentFormat } from './formats.ts';
import { extractHtmlText } from './html.ts';
import { stripMarkdown } from './markdown.ts';
import { extractXlsxText } from './xlsx.ts';
import { extractPdfText } from './pdf.ts';
import { simplifyScript } from './script.ts';
import { titleOf } from './title.ts';
import { unreadable } from './unreadable.ts';


export interface RawDocument {
  /** The path as given, or the upload's name. */
  source: string;
  format: DocumentFormat;
  /** Size of the raw bytes. */
  bytes: number;
  /** Of the raw bytes, so the same file re-ingested is recognised whatever its name. */
  sha256: string;
  /** One paragraph, heading, list item or table cell per line; `\n` line ends. Simplified script. */
  text: string;
  /** A traditional-script (繁體) document's own text, character for character with `text`. */
  original?: string;
  encoding: string;
  title: string;
}

/**
 * The largest plans we have seen are a few hundred KB of text, or a few MB as .docx with
 * embedded images. 20 MB leaves ample room while bounding what one upload or file can make
 * us hold in memory (bytes, decoded text and the parse built on it, several times the size).
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

function tooLarge(source: string, bytes: number): AppError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new AppError('TOO_LARGE', `文件过大（${mb} MB，上限 20 MB）/ the file is too large (${mb} MB, limit 20 MB)`, {
    source,
    hint: '请拆分文档，或删除其中的图片后再试 / split the document, or remove its images, and try again.',
  });
}

function emptyDocument(source: string): AppError {
  return new AppError('EMPTY_DOCUMENT', '文件为空或只有空白 / the file is empty or only whitespace', {
    source,
    hint: '请确认选对了文件；扫描件请先 OCR / check that this is the right file; OCR scanned documents first.',
  });
}

// Binary formats carry their own encoding; the text formats are decoded here.
async function textOf(buffer: Uint8Array, source: string, format: DocumentFormat) {
  if (format === 'docx') return { text: await extractDocxText(buffer, source), encoding: 'utf-8' };
  if (format === 'doc') return { text: await extractDocText(buffer, source), encoding: 'word' };
  if (format === 'pdf') return { text: await extractPdfText(buffer, source), encoding: 'pdf' };
  if (format === 'xlsx') return { text: await extractXlsxText(buffer, source), encoding: 'utf-8' };
  const decoded = decodeText(buffer, source);
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (format === 'html') return { text: await extractHtmlText(text, source), encoding: decoded.encoding };
  return { text: format === 'md' ? stripMarkdown(text) : text, encoding: decoded.encoding };
}

// A zip is a .docx unless it was named .xlsx (a zip is never a text file).
function sniffedFormat(buffer: Uint8Array, declared: DocumentFormat | null): DocumentFormat | null {
  if (isZip(buffer)) return declared === 'xlsx' ? 'xlsx' : 'docx';
  return declared;
}

/**
 * For uploads. The format comes from `format`, else from the source's extension; bytes that
 * start like a zip are read as .docx (or .xlsx when so named) whatever the name says. A traditional-
 * script text is given simplified for parsing, its own characters kept in `original`.
 */
export async function readDocumentBuffer(buffer: Uint8Array, source: string, format?: DocumentFormat): Promise<RawDocument> {
  if (buffer.length > MAX_DOCUMENT_BYTES) throw tooLarge(source, buffer.length);
  if (buffer.length === 0) throw emptyDocument(source);
  const resolved = sniffedFormat(buffer, format ?? formatOf(source));
  if (resolved === null) throw unsupportedFormat(source);
  const read = await textOf(buffer, source, resolved);
  if (read.text.trim() === '') throw emptyDocument(source);
  const script = simplifyScript(read.text);
  const text = script?.text ?? read.text;
  return {
    source,
    format: resolved,
    bytes: buffer.length,
    sha256: sha256(buffer),
    text,
    ...(script ? { original: script.original } : {}),
    encoding: read.encoding,
    title: titleOf(text, source),
  };
}

export async function readDocumentFile(path: string): Promise<RawDocument> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  if (info.isDirectory()) throw unreadable(path, undefined, 'EISDIR');
  if (!info.isFile()) throw unreadable(path, undefined, 'ENOTREG');
  const format = formatOf(path);
  if (format === null) throw unsupportedFormat(path);
  // Checked before reading, so a huge file is refused without being loaded.
  if (info.size > MAX_DOCUMENT_BYTES) throw tooLarge(path, info.size);
  let buffer: Uint8Array;
  try {
    buffer = await readFile(path);
  } catch (error) {
    throw unreadable(path, error);
  }
  return readDocumentBuffer(buffer, path, format);
}
