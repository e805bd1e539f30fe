// A minimal zip central-directory reader, so a .docx/.xlsx zip bomb is refused before a library inflates it.
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors.ts';
import { corruptDocument } from './corrupt.ts';

/**
 * Inflated size of a .docx's parts. A long plan's word/document.xml is a few MB; mammoth needs about 100×
 * the XML size in memory, so this bound is what keeps one upload from exhausting the server's heap.
 */
export const MAX_DOCX_XML_BYTES = 16 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared by the central directory; 0xFFFFFFFF (zip64) reads as "too big" by design. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export function corruptDocx(source: string, zh: string, en: string, cause?: unknown): AppError {
  return new AppError('CORRUPT_DOCX', `无法读取 .docx：${zh} / cannot read the .docx: ${en}`, {
    source,
    cause,
    hint: '请用 Word/WPS 打开并重新另存为 .docx（加密文件请先取消密码）/ open it in Word or WPS and save it again as .docx (remove any password first).',
  });
}

/** The error of the format being read: what is wrong (zh, en) to an AppError. */
type Fail = (zh: string, en: string, cause?: unknown) => AppError;

/** A zip-based format: the part that proves it, and how its errors read. */
interface ZipFormat { label: string; required: string; fail: (source: string) => Fail }

const DOCX: ZipFormat = {
  label: '.docx', required: 'word/document.xml',
  fail: (source) => (zh, en, cause) => corruptDocx(source, zh, en, cause),
};

export const XLSX: ZipFormat = {
  label: '.xlsx', required: 'xl/workbook.xml',
  fail: (source) => (zh, en, cause) => corruptDocument(source, 'xlsx', zh, en, cause),
};

function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_MIN_BYTES - MAX_COMMENT_BYTES);
  for (let at = view.byteLength - EOCD_MIN_BYTES; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

/** The entries listed by the central directory; throws CORRUPT_DOCX (or `fail`'s error) when there is none to read. */
export function readCentralDirectory(buffer: Uint8Array, source: string, fail: Fail = DOCX.fail(source)): ZipEntry[] {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw fail('不是 zip 文件或已被截断', 'not a zip file, or truncated');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw fail('zip 目录损坏', 'the zip central directory is damaged');
    }
    const nameLength = view.getUint16(at + 28, true);
    entries.push({
      name: new TextDecoder().decode(buffer.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function tooLarge(source: string, limit: number, label: string): AppError {
  const mb = Math.round(limit / 1024 / 1024);
  return new AppError('TOO_LARGE', `${label} 解压后超过 ${mb} MB，可能是 zip 炸弹 / the ${label} inflates to more than ${mb} MB (a zip bomb?)`, {
    source,
    hint: '请拆分文档或另存为 .txt / split the document or save it as .txt.',
  });
}

// The directory may lie about sizes, so the parts are inflated here with a hard output cap;
// Infinity means the part inflates past the budget.
function inflatedLength(buffer: Uint8Array, entry: ZipEntry, budget: number, fail: Fail): number {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
    throw fail(`${entry.name} 的数据缺失`, `the data of ${entry.name} is missing`);
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = buffer.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > view.byteLength) {
    throw fail(`${entry.name} 被截断`, `${entry.name} is truncated`);
  }
  if (entry.method === 0) return data.length;
  if (entry.method !== 8) throw fail(`不支持的压缩方式 ${entry.method}`, `unsupported compression method ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return Infinity;
    throw fail(`${entry.name} 解压失败`, `${entry.name} does not inflate`, error);
  }
}

/**
 * Checks a .docx before mammoth sees it: a zip, with word/document.xml, whose entries (declared and
 * actually inflated) stay within `limit` bytes in total. Every entry counts, not only *.xml: mammoth
 * reads the main document and the parts it links from wherever _rels names them (word/main.dat is
 * read as XML too). Images barely inflate, so real documents stay far below the limit.
 */
export function inspectDocxZip(buffer: Uint8Array, source: string, limit = MAX_DOCX_XML_BYTES): ZipEntry[] {
  return inspectZip(buffer, source, DOCX, limit);
}

/** The same checks for any zip-based format: its required part, and every entry within `limit` inflated. */
export function inspectZip(buffer: Uint8Array, source: string, format: ZipFormat, limit = MAX_DOCX_XML_BYTES): ZipEntry[] {
  const fail = format.fail(source);
  const entries = readCentralDirectory(buffer, source, fail);
  if (!entries.some((entry) => entry.name === format.required)) {
    throw fail(`缺少 ${format.required}，不是 ${format.label} 文件`, `no ${format.required}, not a ${format.label} file`);
  }
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limit) throw tooLarge(source, limit, format.label);
  let remaining = limit;
  for (const entry of entries) {
    remaining -= inflatedLength(buffer, entry, remaining, fail);
    if (remaining < 0) throw tooLarge(source, limit, format.label);
  }
  return entries;
}
