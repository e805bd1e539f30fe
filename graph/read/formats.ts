// Which files the readers accept, decided by extension, with the errors for the ones they do not.
import { extname } from 'node:path';
import { AppError } from '../errors.ts';

export type DocumentFormat = 'txt' | 'md' | 'docx' | 'doc' | 'pdf' | 'html' | 'xlsx';

const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['txt', 'md', 'docx', 'doc', 'pdf', 'html', 'xlsx'];

/** Extensions that name a format under another spelling. */
const SYNONYMS: Record<string, DocumentFormat> = { htm: 'html', shtml: 'html', xhtml: 'html', markdown: 'md' };

/** The extensions a user can give, for messages and the upload form. */
const DOCUMENT_EXTENSIONS = '.txt、.md、.docx、.doc、.pdf、.html/.htm、.xlsx';

/** The format a file name promises, or null when its extension is not one we read. */
export function formatOf(source: string): DocumentFormat | null {
  const ext = extname(source).slice(1).toLowerCase();
  if ((DOCUMENT_FORMATS as readonly string[]).includes(ext)) return ext as DocumentFormat;
  return SYNONYMS[ext] ?? null;
}

/** Word lock files (`~$plan.docx`) and hidden files are never documents, whatever their extension. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

// Formats people have that we do not read, and what to do with each.
const HINTS: Record<string, string> = {
  '.wps': '请用 Word/WPS 另存为 .docx / save it as .docx in Word or WPS.',
  // SheetJS, the .xls reader, has no release on the npm registry without known file-parsing flaws.
  '.xls': '请用 Excel/WPS 另存为 .xlsx / save it as .xlsx in Excel or WPS.',
  '.et': '请用 Excel/WPS 另存为 .xlsx / save it as .xlsx in Excel or WPS.',
  '.ofd': '请导出为 PDF 或 .docx / export it as PDF or .docx.',
};

export function unsupportedFormat(source: string): AppError {
  const ext = extname(source).toLowerCase() || '(无扩展名 / no extension)';
  const hint = HINTS[ext] ?? `请转换为 ${DOCUMENT_EXTENSIONS} 之一 / convert it to one of ${DOCUMENT_EXTENSIONS.replace(/、/g, ', ')}.`;
  return new AppError(
    'UNSUPPORTED_FORMAT',
    `不支持的文件格式 ${ext}，只能读取 ${DOCUMENT_EXTENSIONS} / unsupported format ${ext}; only ${DOCUMENT_EXTENSIONS.replace(/、/g, ', ')} are read`,
    { source, hint },
  );
}
