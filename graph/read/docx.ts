// .docx to text through mammoth, one paragraph (or table cell) per line, after the zip is vetted.
import { startsWith } from './decode.ts';
import { corruptDocx, inspectDocxZip } from './zip.ts';

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04] as const;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

export function isZip(buffer: Uint8Array): boolean {
  return startsWith(buffer, ZIP_SIGNATURE);
}

/**
 * mammoth ends every paragraph with a blank line; one newline keeps numbered items and
 * table cells (mammoth flattens tables cell by cell) one per line. Empty paragraphs stay
 * as empty lines. Soft line breaks (w:br) are dropped by mammoth's raw text.
 */
export async function extractDocxText(buffer: Uint8Array, source: string): Promise<string> {
  if (startsWith(buffer, OLE_SIGNATURE)) {
    throw corruptDocx(source, '这是旧版 .doc 或加密的文件', 'this is an old .doc or a password-protected file');
  }
  if (!isZip(buffer)) throw corruptDocx(source, '不是 zip 文件', 'it is not a zip file');
  inspectDocxZip(buffer, source);
  let raw: string;
  try {
    // Loaded on first use: a bulk ingest of text files never pays for it (nor does the parse worker's start).
    const { default: mammoth } = await import('mammoth');
    const result = await mammoth.extractRawText({ buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) });
    raw = result.value;
  } catch (error) {
    throw corruptDocx(source, 'Word 内容无法解析', 'mammoth cannot parse its content', error);
  }
  return raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n');
}
