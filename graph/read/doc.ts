// Legacy Word .doc (OLE) to text through word-extractor; table cells one per line, as .docx tables are read.
import { startsWith } from './decode.ts';
import { corruptDocument } from './corrupt.ts';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/**
 * word-extractor turns Word's cell marks into tabs; each becomes a line break, so a table arrives
 * flattened one cell per line as mammoth gives .docx tables, and the parser's table grammar reads it.
 */
export async function extractDocText(buffer: Uint8Array, source: string): Promise<string> {
  if (!startsWith(buffer, OLE_SIGNATURE)) {
    throw corruptDocument(source, 'doc', '不是 Word 97-2003 (.doc) 文件', 'not a Word 97-2003 (.doc) file');
  }
  let body: string;
  try {
    const { default: WordExtractor } = await import('word-extractor');
    const doc = await new WordExtractor().extract(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength));
    body = doc.getBody({ filterUnicode: false });
  } catch (error) {
    throw corruptDocument(source, 'doc', 'Word 内容无法解析（损坏、截断或加密）', 'word-extractor cannot parse it (damaged, truncated or encrypted)', error);
  }
  return body.replace(/\r\n?/g, '\n').replace(/\t\n/g, '\n').replace(/\t/g, '\n');
}
