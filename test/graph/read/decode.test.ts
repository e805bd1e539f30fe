// decodeText: the encodings Chinese plans arrive in, and the binaries that must be refused.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../graph/read/decode.ts';
import { thrownCode } from '../../support/error-code.ts';

// '区发展改革委牵头，各镇街配合。' in GBK/GB18030, from python3 str.encode('gb18030').
const GBK_SENTENCE = [199, 248, 183, 162, 213, 185, 184, 196, 184, 239, 206, 175, 199, 163, 205, 183, 163, 172,
  184, 247, 213, 242, 189, 214, 197, 228, 186, 207, 161, 163];

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'utf8')] : part)));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return new Uint8Array([...(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...le]);
}

describe('decodeText', () => {
  it('reads UTF-8', () => {
    expect(decodeText(bytes('牵头单位:区水利局'), 'a.txt')).toEqual({ text: '牵头单位:区水利局', encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], '一、总体要求'), 'a.txt')).toEqual({ text: '一、总体要求', encoding: 'utf-8' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    expect(decodeText(new Uint8Array(GBK_SENTENCE), 'a.txt')).toEqual({ text: '区发展改革委牵头，各镇街配合。', encoding: 'gb18030' });
  });

  it('reads UTF-16LE with a byte order mark', () => {
    expect(decodeText(utf16('(一)推动制造业发展', 'le'), 'a.txt')).toEqual({ text: '(一)推动制造业发展', encoding: 'utf-16le' });
  });

  it('reads UTF-16BE with a byte order mark', () => {
    expect(decodeText(utf16('责任单位:区经济信息委', 'be'), 'a.txt')).toEqual({ text: '责任单位:区经济信息委', encoding: 'utf-16be' });
  });

  it('keeps a UTF-8 file cut off in the middle of a character as UTF-8', () => {
    const cut = bytes('推动双城经济圈建设').slice(0, -1);
    expect(decodeText(cut, 'a.txt')).toEqual({ text: '推动双城经济圈建', encoding: 'utf-8' });
  });

  it('keeps a long UTF-8 file with one corrupt byte as UTF-8 rather than GB18030 mojibake', () => {
    const text = '推动成渝地区双城经济圈建设是党中央作出的重大战略部署';
    const { text: decoded, encoding } = decodeText(bytes(text, [0xff], text), 'a.txt');
    expect(encoding).toBe('utf-8-lossy');
    expect(decoded).toBe(`${text}\uFFFD${text}`);
  });

  it('refuses text with NUL bytes', () => {
    expect(thrownCode(() => decodeText(bytes('abc', [0, 0, 0], 'def'), 'a.txt'))).toBe('BINARY_DOCUMENT');
  });

  it('refuses text that is mostly control characters', () => {
    const noisy = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(thrownCode(() => decodeText(noisy, 'a.txt'))).toBe('BINARY_DOCUMENT');
  });

  it('refuses a PDF by its signature', () => {
    expect(thrownCode(() => decodeText(bytes('%PDF-1.7\n%âãÏÓ\n'), 'plan.txt'))).toBe('BINARY_DOCUMENT');
  });

  it('refuses a PNG by its signature', () => {
    expect(thrownCode(() => decodeText(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'plan.txt'))).toBe('BINARY_DOCUMENT');
  });

  it('refuses an executable by its signature', () => {
    const exe = new Uint8Array(128);
    exe.set([0x4d, 0x5a, 0x90, 0x00]);
    expect(thrownCode(() => decodeText(exe, 'plan.txt'))).toBe('BINARY_DOCUMENT');
  });

  it('reads English text that happens to start with MZ', () => {
    expect(decodeText(bytes('MZ district plan'), 'a.txt').text).toBe('MZ district plan');
  });
});
