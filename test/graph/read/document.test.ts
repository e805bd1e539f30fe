// readDocumentFile / readDocumentBuffer: each format end to end, and each way a file can be bad.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../graph/ids.ts';
import { MAX_DOCUMENT_BYTES, readDocumentBuffer, readDocumentFile } from '../../../graph/read/index.ts';
import { docxFixture } from '../../support/docx-fixture.ts';
import { rejectedCode } from '../../support/error-code.ts';
import { zipFixture } from '../../support/zip-fixture.ts';

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'policy-graph-read-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function fixture(name: string, data: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe('readDocumentFile', () => {
  it('reads a UTF-8 text file with its size, checksum and title', async () => {
    const content = '关于推动双城经济圈建设行动方案.docx\r\n一、总体要求\r\n1.推动制造业发展(区经济信息委牵头)\r\n';
    const doc = await readDocumentFile(await fixture('plan.txt', content));
    expect(doc).toMatchObject({ format: 'txt', encoding: 'utf-8', title: '关于推动双城经济圈建设行动方案' });
    expect(doc.bytes).toBe(Buffer.byteLength(content));
    expect(doc.sha256).toBe(sha256(Buffer.from(content)));
    expect(doc.text).toBe('关于推动双城经济圈建设行动方案.docx\n一、总体要求\n1.推动制造业发展(区经济信息委牵头)\n');
  });

  it('reads the shipped seed', async () => {
    const doc = await readDocumentFile(join(import.meta.dirname, '../../../seeds/shuangcheng-action-plan.txt'));
    expect(doc.title).toBe('关于推动双城经济圈建设行动方案');
  });

  it('reads a .docx one paragraph per line', async () => {
    const docx = docxFixture(['关于推动双城经济圈建设行动方案', '一、总体要求', '', '1.推动制造业发展', '(1)建设涪江走廊']);
    const doc = await readDocumentFile(await fixture('plan.docx', docx));
    expect(doc).toMatchObject({ format: 'docx', title: '关于推动双城经济圈建设行动方案' });
    expect(doc.text).toBe('关于推动双城经济圈建设行动方案\n一、总体要求\n\n1.推动制造业发展\n(1)建设涪江走廊\n');
  });

  it('reads a .docx table one cell per line, row by row', async () => {
    const docx = docxFixture(['重点任务分工', { table: [['序号', '任务', '牵头单位'], ['1', '建设涪江走廊', '区水利局']] }]);
    const doc = await readDocumentFile(await fixture('table.docx', docx));
    expect(doc.text).toBe('重点任务分工\n序号\n任务\n牵头单位\n1\n建设涪江走廊\n区水利局\n');
  });

  it('reads markdown with its markup stripped', async () => {
    const doc = await readDocumentFile(await fixture('plan.md', '# 实施方案\n\n- **任务**:建设涪江走廊\n\n| 任务 | 牵头单位 |\n|---|---|\n| 建设涪江走廊 | 区水利局 |\n'));
    expect(doc).toMatchObject({ format: 'md', title: '实施方案' });
    expect(doc.text).toBe('实施方案\n\n任务:建设涪江走廊\n\n任务\n牵头单位\n建设涪江走廊\n区水利局\n');
  });

  it('refuses an empty file', async () => {
    expect(await rejectedCode(readDocumentFile(await fixture('empty.txt', '')))).toBe('EMPTY_DOCUMENT');
  });

  it('refuses a file of whitespace only', async () => {
    expect(await rejectedCode(readDocumentFile(await fixture('blank.txt', ' \r\n\t\u3000\n')))).toBe('EMPTY_DOCUMENT');
  });

  it('refuses a .docx without any text', async () => {
    expect(await rejectedCode(readDocumentFile(await fixture('blank.docx', docxFixture(['', '']))))).toBe('EMPTY_DOCUMENT');
  });

  it('refuses a binary file named .txt', async () => {
    expect(await rejectedCode(readDocumentFile(await fixture('scan.txt', new Uint8Array([1, 2, 0, 0, 255, 0]))))).toBe('BINARY_DOCUMENT');
  });

  it('refuses a .docx that is not a zip', async () => {
    expect(await rejectedCode(readDocumentFile(await fixture('fake.docx', '这其实是文本')))).toBe('CORRUPT_DOCX');
  });

  it('refuses an old .doc or encrypted file named .docx', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await rejectedCode(readDocumentFile(await fixture('old.docx', ole)))).toBe('CORRUPT_DOCX');
  });

  it('refuses a truncated .docx', async () => {
    const docx = docxFixture(['关于推动双城经济圈建设行动方案']);
    expect(await rejectedCode(readDocumentFile(await fixture('cut.docx', docx.slice(0, 200))))).toBe('CORRUPT_DOCX');
  });

  it('refuses a zip that holds no Word document', async () => {
    const zip = zipFixture([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect(await rejectedCode(readDocumentFile(await fixture('sheet.docx', zip)))).toBe('CORRUPT_DOCX');
  });

  it('refuses a .docx whose document XML mammoth cannot parse', async () => {
    expect(await rejectedCode(readDocumentFile(await fixture('bad-xml.docx', docxFixture([], { xml: 'not xml at all' }))))).toBe('CORRUPT_DOCX');
  });

  it('refuses a .docx whose document.xml declares more than 100 MB (zip bomb)', async () => {
    const bomb = docxFixture(['一'], { document: { declaredSize: 200 * 1024 * 1024 } });
    expect(await rejectedCode(readDocumentFile(await fixture('bomb.docx', bomb)))).toBe('TOO_LARGE');
  });

  it('refuses a missing file, keeping the OS error code', async () => {
    const error = await readDocumentFile(join(dir, 'missing.txt')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNREADABLE', source: join(dir, 'missing.txt'), cause: { code: 'ENOENT' } });
  });

  it('refuses a directory given as a file', async () => {
    await mkdir(join(dir, 'folder.txt'));
    expect(await rejectedCode(readDocumentFile(join(dir, 'folder.txt')))).toBe('UNREADABLE');
  });

  it('refuses an unsupported extension', async () => {
    expect(await rejectedCode(readDocumentFile(await fixture('slides.pptx', 'PK')))).toBe('UNSUPPORTED_FORMAT');
  });

  it('names the file and a fix in the error', async () => {
    const error = await readDocumentFile(await fixture('nothing.md', '')).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EMPTY_DOCUMENT', source: join(dir, 'nothing.md'), hint: expect.any(String) });
  });
});

describe('readDocumentBuffer', () => {
  it('takes the format from the upload name', async () => {
    const doc = await readDocumentBuffer(Buffer.from('## 工作要点\n- 一'), 'upload/要点.md');
    expect(doc).toMatchObject({ source: 'upload/要点.md', format: 'md', title: '工作要点' });
  });

  it('uses the format it is given over the name', async () => {
    expect((await readDocumentBuffer(Buffer.from('# 标题'), 'blob', 'txt')).text).toBe('# 标题');
  });

  it('reads zip bytes as .docx whatever the name says', async () => {
    const doc = await readDocumentBuffer(docxFixture(['实施方案']), 'upload.txt');
    expect(doc).toMatchObject({ format: 'docx', text: '实施方案\n' });
  });

  it('refuses a name without a known extension when no format is given', async () => {
    expect(await rejectedCode(readDocumentBuffer(Buffer.from('实施方案'), 'blob'))).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a buffer above MAX_DOCUMENT_BYTES', async () => {
    expect(await rejectedCode(readDocumentBuffer(new Uint8Array(MAX_DOCUMENT_BYTES + 1), 'big.txt'))).toBe('TOO_LARGE');
  });
});
