// Which files the readers accept, decided by extension, with the errors for the ones they do not.
import { extname } from 'node:path';
import { AppError } from '../errors.ts';

export type DocumentFormat = 'txt' | 'md' | 'docx';

export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['txt', 'md', 'docx'];

/** The format a file name promises, or null when its extension is not one we read. */
export function formatOf(source: string): DocumentFormat | null {
  const ext = extname(source).slice(1).toLowerCase();
  return (DOCUMENT_FORMATS as readonly string[]).includes(ext) ? (ext as DocumentFormat) : null;
}

/** Word lock files (`~$plan.docx`) and hidden files are never documents, whatever their extension. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

export function unsupportedFormat(source: string): AppError {
  const ext = extname(source).toLowerCase() || '(无扩展名 / no extension)';
  const hint = ext === '.doc' || ext === '.wps'
    ? '请用 Word/WPS 另存为 .docx / save it as .docx in Word or WPS.'
    : '请转换为 .txt、.md 或 .docx / convert it to .txt, .md or .docx.';
  return new AppError(
    'UNSUPPORTED_FORMAT',
    `不支持的文件格式 ${ext}，只能读取 .txt、.md、.docx / unsupported format ${ext}; only .txt, .md and .docx are read`,
    { source, hint },
  );
}
