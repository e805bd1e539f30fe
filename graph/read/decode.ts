// Bytes to text for .txt/.md: BOMs, strict UTF-8, then GB18030; refuses binaries with a reason.
import { AppError } from '../errors.ts';

interface Signature { bytes: number[]; kind: string }

// Files people drop into a folder of plans by mistake. Zip is absent: a zip is sniffed as .docx.
const SIGNATURES: Signature[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], kind: 'TIFF' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], kind: 'TIFF' },
  { bytes: [0x4d, 0x5a], kind: 'EXE' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'ELF' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'OLE (.doc/.xls/encrypted .docx)' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], kind: 'RAR' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], kind: '7z' },
  { bytes: [0x1f, 0x8b], kind: 'gzip' },
];

/** Above this share of control or replacement characters the "text" is really binary. */
const MAX_CONTROL_RATIO = 0.05;
/** A UTF-8 file with a few corrupt bytes stays UTF-8 when valid CJK outnumbers them this much. */
const MIN_CJK_PER_INVALID_SEQUENCE = 20;

export function startsWith(buffer: Uint8Array, bytes: readonly number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((byte, i) => buffer[i] === byte);
}

/** The kind of a known binary format the bytes start with, or null. */
function binarySignature(buffer: Uint8Array): string | null {
  // "MZ" alone could open an English text; executables follow it with a NUL-filled DOS header.
  const hit = SIGNATURES.find((s) => startsWith(buffer, s.bytes) && (s.kind !== 'EXE' || buffer.slice(0, 64).includes(0)));
  return hit ? hit.kind : null;
}

function binaryDocument(source: string, zh: string, en: string): AppError {
  return new AppError('BINARY_DOCUMENT', `文件不是文本（${zh}）/ the file is not text (${en})`, {
    source,
    hint: '请提供 .txt（UTF-8 或 GB18030）、.md、.docx、.pdf 等并使用对应的扩展名；图片请先 OCR / provide .txt (UTF-8 or GB18030), .md, .docx, .pdf… with the matching extension; OCR images first.',
  });
}

function decodeStrictUtf8(buffer: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer);
  } catch {
    return null;
  }
}

// A file cut off mid-character (a truncated copy) is still UTF-8: streaming mode holds the tail back.
function decodeTruncatedUtf8(buffer: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buffer, { stream: true });
  } catch {
    return null;
  }
}

// GBK bytes read as UTF-8 give almost no valid CJK; a UTF-8 file with a stray bad byte gives thousands.
function decodeMostlyUtf8(buffer: Uint8Array): string | null {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buffer);
  const invalid = (text.match(/\uFFFD/g) ?? []).length;
  const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  return cjk >= invalid * MIN_CJK_PER_INVALID_SEQUENCE ? text : null;
}

function decodeBytes(buffer: Uint8Array): { text: string; encoding: string } {
  if (startsWith(buffer, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(buffer.subarray(3)), encoding: 'utf-8' };
  }
  if (startsWith(buffer, [0xff, 0xfe])) return { text: new TextDecoder('utf-16le').decode(buffer), encoding: 'utf-16le' };
  if (startsWith(buffer, [0xfe, 0xff])) return { text: new TextDecoder('utf-16be').decode(buffer), encoding: 'utf-16be' };
  const utf8 = decodeStrictUtf8(buffer) ?? decodeTruncatedUtf8(buffer);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const lossy = decodeMostlyUtf8(buffer);
  if (lossy !== null) return { text: lossy, encoding: 'utf-8-lossy' };
  // GB18030 is a superset of GBK and GB2312, the encodings of older Chinese government files.
  return { text: new TextDecoder('gb18030').decode(buffer), encoding: 'gb18030' };
}

function controlRatio(text: string): number {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isControl = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f;
    if (isControl || c === 0xfffd || (c >= 0x80 && c <= 0x9f)) bad++;
  }
  return text.length === 0 ? 0 : bad / text.length;
}

/** Decodes a text file's bytes; throws BINARY_DOCUMENT when they are not text. */
export function decodeText(buffer: Uint8Array, source: string): { text: string; encoding: string } {
  const kind = binarySignature(buffer);
  if (kind) throw binaryDocument(source, `${kind} 文件`, `a ${kind} file`);
  const decoded = decodeBytes(buffer);
  if (decoded.text.includes('\u0000')) {
    throw binaryDocument(source, '含 NUL 字节，可能是无 BOM 的 UTF-16 或二进制文件', 'it has NUL bytes: binary, or UTF-16 without a BOM');
  }
  if (controlRatio(decoded.text) > MAX_CONTROL_RATIO) {
    throw binaryDocument(source, '控制字符过多', 'too many control characters');
  }
  return decoded;
}
