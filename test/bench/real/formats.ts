// The real sets in the formats users load (`npm run eval:real -- --format html|pdf|docx`): each plain text is
// rendered once to a file under test-output/real-formats/, named by the hash of the text and the renderer, then
// scored with the same labels through prepareBatches. How each mirrors what real sites and offices produce:
// - html: a government portal's article page (test/support/article-page.ts: header, navigation, breadcrumbs,
//   metadata line, sidebar, footer), the title in <h1>, one <p> per line of the text as CMS editors paste it, and
//   the text's `|`-separated rows as a <table> with one <td> per cell.
// - pdf: that article printed by Chromium (as an office prints its 正式文件 from Word or WPS): A4, the GB/T 9704
//   margins (37 mm top, 28 mm left), a CJK serif at 16 pt (三号), indented paragraphs, bordered tables, and the page
//   number `— N —` centred in the footer of every page.
// - docx: a Word file as an office drafts it, one paragraph per line, the `|` rows as a real Word table (w:tbl).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { articlePage, escapeHtml, printablePage } from '../../support/article-page.ts';
import { docxFixture, type DocxBlock } from '../../support/docx-fixture.ts';

export const FORMATS = ['html', 'pdf', 'docx'] as const;
export type Format = (typeof FORMATS)[number];

/** Bump when a renderer changes: the cache key includes it, so old renders are never scored by mistake. */
const RENDER_VERSION = 1;
const CACHE = 'test-output/real-formats';
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Block = { line: string } | { rows: string[][] };

/** A line with a `|` is a table row (the fixtures keep web tables as `a | b | c |`); consecutive rows are one table. */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (!line.includes('|')) { blocks.push({ line }); continue; }
    const cells = line.replace(/\|\s*$/, '').split('|').map((c) => c.trim());
    const last = blocks.at(-1);
    if (last && 'rows' in last) last.rows.push(cells);
    else blocks.push({ rows: [cells] });
  }
  return blocks;
}

/** The title shown above the article: the text's first line when it reads as one (short, not a table row). */
function splitTitle(blocks: Block[]): { title: string; body: Block[] } {
  const first = blocks[0];
  if (first && 'line' in first && first.line.length <= 60) return { title: first.line, body: blocks.slice(1) };
  return { title: '', body: blocks };
}

function bodyHtml(blocks: Block[]): string {
  return blocks.map((b) => ('line' in b
    ? `<p>${escapeHtml(b.line)}</p>`
    : `<table border="1" cellspacing="0">${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`)).join('\n');
}

// GB/T 9704 layout; the footer template is Chromium's own (pageNumber is filled per page).
const PRINT_STYLE = '@page{margin:37mm 26mm 35mm 28mm}body{font-size:16pt;line-height:28pt}p{margin:0;text-indent:2em}'
  + 'table{border-collapse:collapse;width:100%;font-size:12pt;line-height:18pt}td{border:1px solid #000;padding:2pt 4pt;vertical-align:top}';
const FOOTER = '<div style="width:100%;text-align:center;font-size:12pt;font-family:\'Noto Serif CJK SC\',serif">— <span class="pageNumber"></span> —</div>';

let browser: Promise<Browser> | undefined;

async function printPdf(html: string): Promise<Uint8Array> {
  browser ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await (await browser).newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'A4', displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: FOOTER, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

/** Closes the browser the PDF renders opened, if any. */
export async function closeRenderer(): Promise<void> {
  if (browser) await (await browser).close();
  browser = undefined;
}

/** The text as a file of `format` (HTML text, or the bytes of a PDF or .docx). */
export async function render(text: string, format: Format): Promise<Uint8Array | string> {
  const { title, body } = splitTitle(blocksOf(text));
  if (format === 'html') return articlePage(escapeHtml(title), bodyHtml(body));
  if (format === 'pdf') return printPdf(printablePage(escapeHtml(title), bodyHtml(body), PRINT_STYLE));
  const docx: DocxBlock[] = blocksOf(text).map((b) => ('line' in b ? b.line : { table: b.rows }));
  return docxFixture(docx);
}

/** The fixture's text rendered to `format`, from the cache when it is there: the path to score. */
export async function renderedFile(root: string, text: string, format: Format): Promise<string> {
  const key = createHash('sha256').update(`${format}\0${RENDER_VERSION}\0${text}`).digest('hex').slice(0, 20);
  const dir = join(root, CACHE, format);
  const file = join(dir, `${key}.${format}`);
  if (existsSync(file)) return file;
  await mkdir(dir, { recursive: true });
  await writeFile(`${file}.tmp`, await render(text, format));
  await rename(`${file}.tmp`, file);
  return file;
}
