// The errors of the binary readers (PDF, web page, .doc, .xlsx): which file, what is wrong, what to do.
import { AppError } from '../errors.ts';

const KIND: Record<string, string> = { pdf: 'PDF', html: '网页 / web page', doc: '.doc', xlsx: '.xlsx' };

const HINT: Record<string, string> = {
  pdf: '请用原软件重新导出 PDF，或另存为 .docx / export the PDF again, or save it as .docx.',
  html: '请在浏览器中“另存为 网页，全部”或复制正文为 .txt / save the page again, or copy its text into a .txt.',
  doc: '请用 Word/WPS 另存为 .docx / save it as .docx in Word or WPS.',
  xlsx: '请用 Excel/WPS 打开并重新另存为 .xlsx / open it in Excel or WPS and save it again as .xlsx.',
};

export function corruptDocument(source: string, format: string, zh: string, en: string, cause?: unknown): AppError {
  return new AppError('CORRUPT_DOCUMENT', `无法读取${KIND[format] ?? format}：${zh} / cannot read the ${format}: ${en}`, {
    source,
    cause,
    hint: HINT[format] ?? '请换一种格式导出 / export it in another format.',
  });
}
