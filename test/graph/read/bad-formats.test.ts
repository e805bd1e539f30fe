// Bad input in the new formats: each a clear AppError naming the file, and nothing written to the store.
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ingestPaths } from '../../../graph/pipeline/ingest.ts';
import { readDocumentBuffer } from '../../../graph/read/index.ts';
import { MemoryGraphStore } from '../../../graph/store/memory/memory-store.ts';
import { zipFixture } from '../../support/zip-fixture.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/formats');
let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'policy-graph-formats-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function refusal(bytes: Uint8Array | string, name: string) {
  const error = await readDocumentBuffer(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, name).catch((e: unknown) => e);
  return error as { code: string; source: string; message: string; hint: string };
}

/** A one-page PDF whose only content is a filled rectangle: what a scanner's image-only page amounts to. */
function imageOnlyPdf(): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>'];
  const stream = '0.5 g 50 50 495 742 re f';
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => { const at = body.length; body += `${i + 1} 0 obj\n${o}\nendobj\n`; return at; });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('bad input in the new formats', () => {
  it('a PDF without a text layer (a scan) is NO_TEXT_LAYER, saying so and what to do', async () => {
    const error = await refusal(imageOnlyPdf(), 'scan.pdf');
    expect(error).toMatchObject({ code: 'NO_TEXT_LAYER', source: 'scan.pdf' });
    expect(error.message).toMatch(/扫描件.*scan/);
    expect(error.hint).toMatch(/OCR/);
  });

  it('a truncated PDF is CORRUPT_DOCUMENT', async () => {
    const pdf = await readFile(join(FIXTURES, 'seed.pdf'));
    expect((await refusal(pdf.subarray(0, 2000), 'cut.pdf')).code).toBe('CORRUPT_DOCUMENT');
  });

  it('text named .pdf is CORRUPT_DOCUMENT', async () => {
    expect((await refusal('这不是 PDF', 'plan.pdf')).code).toBe('CORRUPT_DOCUMENT');
  });

  it('a web page with no article text is EMPTY_DOCUMENT, naming the page', async () => {
    const page = '<html><head><title>首页</title></head><body><nav><a href="/">首页</a><a href="/zw">政务公开</a></nav><footer>网站地图</footer></body></html>';
    expect(await refusal(page, 'index.html')).toMatchObject({ code: 'EMPTY_DOCUMENT', source: 'index.html' });
  });

  it('a corrupt .xlsx (a zip without a workbook, and a cut one) is CORRUPT_DOCUMENT', async () => {
    const notBook = zipFixture([{ name: 'hello.txt', data: '你好' }]);
    expect((await refusal(notBook, 'tasks.xlsx')).code).toBe('CORRUPT_DOCUMENT');
    const sheet = await readFile(join(FIXTURES, 'seed-tasks.xlsx'));
    expect((await refusal(sheet.subarray(0, sheet.length - 200), 'cut.xlsx')).code).toBe('CORRUPT_DOCUMENT');
  });

  it('an .xlsx that inflates past the limit (zip bomb) is TOO_LARGE', async () => {
    const bomb = zipFixture([{ name: 'xl/workbook.xml', data: '<a/>' }, { name: 'xl/worksheets/sheet1.xml', data: 'x'.repeat(20 * 1024 * 1024) }]);
    expect((await refusal(bomb, 'bomb.xlsx')).code).toBe('TOO_LARGE');
  });

  it('a spreadsheet with no 分工表 header is read as plain rows', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('说明').addRows([['2024年重点工作'], ['推进城市更新', '全年']]);
    const doc = await readDocumentBuffer(new Uint8Array(await book.xlsx.writeBuffer()), 'notes.xlsx');
    expect(doc.text).toBe('2024年重点工作\n推进城市更新 全年\n');
  });

  it('text named .doc is CORRUPT_DOCUMENT; a cut .doc too', async () => {
    expect((await refusal('这不是 Word 文件', 'plan.doc')).code).toBe('CORRUPT_DOCUMENT');
    const doc = await readFile(join(FIXTURES, 'seed.doc'));
    expect((await refusal(doc.subarray(0, 4096), 'cut.doc')).code).toBe('CORRUPT_DOCUMENT');
  });

  it('an .xls is UNSUPPORTED_FORMAT, told to save it as .xlsx', async () => {
    expect(await refusal('x', 'tasks.xls')).toMatchObject({ code: 'UNSUPPORTED_FORMAT', hint: expect.stringMatching(/\.xlsx/) });
  });

  it('ingesting a folder with one bad PDF writes nothing', async () => {
    await writeFile(join(dir, 'good.html'), await readFile(join(FIXTURES, 'seed.html')));
    await writeFile(join(dir, 'scan.pdf'), imageOnlyPdf());
    const store = new MemoryGraphStore();
    await expect(ingestPaths(store, [dir])).rejects.toMatchObject({ code: expect.any(String) });
    expect(await store.listDocuments()).toEqual([]);
  });
});
