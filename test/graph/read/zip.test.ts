// inspectDocxZip: the central-directory checks that keep zip bombs away from mammoth.
import { describe, expect, it } from 'vitest';
import { inspectDocxZip, readCentralDirectory } from '../../../graph/read/zip.ts';
import { docxFixture, documentXml } from '../../support/docx-fixture.ts';
import { thrownCode } from '../../support/error-code.ts';
import { zipFixture } from '../../support/zip-fixture.ts';

describe('readCentralDirectory', () => {
  it('lists entries with their declared sizes', () => {
    const zip = zipFixture([{ name: 'word/document.xml', data: 'x'.repeat(1000) }, { name: 'a.txt', data: 'ab', stored: true }]);
    expect(readCentralDirectory(zip, 'z.docx').map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['word/document.xml', 8, 1000],
      ['a.txt', 0, 2],
    ]);
  });

  it('refuses bytes without a central directory', () => {
    expect(thrownCode(() => readCentralDirectory(new Uint8Array(100), 'z.docx'))).toBe('CORRUPT_DOCX');
  });
});

describe('inspectDocxZip', () => {
  it('accepts a small .docx', () => {
    expect(inspectDocxZip(docxFixture(['实施方案']), 'a.docx').map((e) => e.name)).toContain('word/document.xml');
  });

  it('refuses XML parts whose declared sizes exceed the limit', () => {
    const docx = docxFixture(['实施方案'], { document: { declaredSize: 5000 } });
    expect(thrownCode(() => inspectDocxZip(docx, 'a.docx', 4000))).toBe('TOO_LARGE');
  });

  it('refuses a part that inflates past the limit while declaring a small size', () => {
    const xml = documentXml(['一'.repeat(20_000)]);
    const docx = docxFixture([], { xml, document: { declaredSize: 10 } });
    expect(thrownCode(() => inspectDocxZip(docx, 'a.docx', 10_000))).toBe('TOO_LARGE');
  });

  it('refuses a part whose compressed data is not deflate', () => {
    const zip = zipFixture([{ name: 'word/document.xml', data: 'not deflate', stored: true }]);
    const view = new DataView(zip.buffer);
    view.setUint16(8, 8, true); // local header: claim deflate
    const central = zip.length - 22 - (46 + 'word/document.xml'.length);
    view.setUint16(central + 10, 8, true);
    expect(thrownCode(() => inspectDocxZip(zip, 'a.docx'))).toBe('CORRUPT_DOCX');
  });
});
