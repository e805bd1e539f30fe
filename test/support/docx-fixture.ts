// Builds small valid .docx files for reader tests: paragraphs and tables, nothing else.
import { zipFixture, type ZipFixtureEntry } from './zip-fixture.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export type DocxBlock = string | { table: string[][] };

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraph(text: string): string {
  return text === '' ? '<w:p/>' : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

function table(rows: string[][]): string {
  const cells = (row: string[]) => row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('');
  return `<w:tbl>${rows.map((row) => `<w:tr>${cells(row)}</w:tr>`).join('')}</w:tbl>`;
}

export function documentXml(blocks: DocxBlock[]): string {
  const body = blocks.map((block) => (typeof block === 'string' ? paragraph(block) : table(block.table))).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
  + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
  + '<Default Extension="xml" ContentType="application/xml"/>'
  + '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
  + '</Types>';

const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
  + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
  + '</Relationships>';

/** A .docx of `blocks`; `xml` replaces word/document.xml, `document` forges its zip entry (e.g. declaredSize). */
export function docxFixture(blocks: DocxBlock[], options: { xml?: string; document?: Partial<ZipFixtureEntry> } = {}): Uint8Array {
  return zipFixture([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'word/document.xml', data: options.xml ?? documentXml(blocks), ...options.document },
  ]);
}
