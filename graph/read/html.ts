// Saved web pages to text: the article found by Readability (on linkedom), block by block, tables as rows.
import { AppError } from '../errors.ts';
import { taskTableLines } from './task-table.ts';

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'DL', 'DT', 'DD', 'HEADER', 'FOOTER', 'CENTER']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'INPUT', 'FORM']);

// A page's own metadata kept beside the article: publication date, source, view count, print links.
const PAGE_META = /^(?:发布(?:时间|日期)|来源|浏览次数|阅读次数|点击数|字号|【\s*字体|打印本页|关闭窗口|分享到)[:：\s]/;

function noMainText(source: string): AppError {
  return new AppError('EMPTY_DOCUMENT', '网页中找不到正文 / the web page has no main text', {
    source,
    hint: '请确认保存的是文章页而不是栏目或首页；也可复制正文另存为 .txt / save the article page itself, or copy its text into a .txt.',
  });
}

/** A table as a grid of cell texts, with rowspan/colspan cells repeated where they are merged. */
function grid(table: Element): string[][] {
  const rows: string[][] = [];
  const rowEls = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  rowEls.forEach((tr, r) => {
    rows[r] ??= [];
    let c = 0;
    for (const cell of [...tr.children].filter((el) => el.tagName === 'TD' || el.tagName === 'TH')) {
      while (rows[r][c] !== undefined) c++;
      const text = blockText(cell).join('\n');
      const rowspan = Math.max(1, Number(cell.getAttribute('rowspan')) || 1);
      const colspan = Math.max(1, Number(cell.getAttribute('colspan')) || 1);
      for (let dr = 0; dr < rowspan && r + dr < rowEls.length; dr++) {
        rows[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) rows[r + dr][c + dc] = dc === 0 ? text : '';
      }
      c += colspan;
    }
  });
  return rows.map((row) => Array.from(row, (cell) => cell ?? ''));
}

// A 分工表 becomes numbered items; another table, one cell per line as .docx tables are read.
function tableLines(table: Element): string[] {
  const rows = grid(table);
  return taskTableLines(rows) ?? rows.flat().filter((cell) => cell.trim() !== '');
}

/** The element's text, one line per block element and <br>, whitespace inside a line collapsed. */
function blockText(root: Element): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => { if (current.trim() !== '') lines.push(current.replace(/\s+/g, ' ').trim()); current = ''; };
  const visit = (node: Node) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName)) return;
    if (el.tagName === 'BR') { flush(); return; }
    if (el.tagName === 'TABLE') { flush(); lines.push(...tableLines(el)); return; }
    const block = BLOCK.has(el.tagName);
    if (block) flush();
    el.childNodes.forEach(visit);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}

// Site chrome, removed before Readability scores the page: a page of links alone then has no article.
const CHROME = 'nav, aside, form, [role=navigation], [role=banner], [role=contentinfo], [role=search]';

function dropChrome(document: Document): void {
  for (const el of [...document.querySelectorAll(CHROME)]) el.remove();
  for (const el of [...document.querySelectorAll('header, footer')]) if (!el.closest('article')) el.remove();
}

/** The page's main text: the article Readability keeps, its heading first (navigation, header, footer dropped). */
export async function extractHtmlText(html: string, source: string): Promise<string> {
  // Loaded on first use (linkedom is ~0.3 s of CPU to load): only a saved web page needs them.
  const [{ Readability }, { parseHTML }] = await Promise.all([import('@mozilla/readability'), import('linkedom')]);
  const { document } = parseHTML(html);
  dropChrome(document as unknown as Document);
  const article = new Readability(document as unknown as Document, { charThreshold: 100, keepClasses: false }).parse();
  if (!article?.content) throw noMainText(source);
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const lines = blockText(content.body as unknown as Element).filter((line) => !PAGE_META.test(line));
  if (lines.join('').trim() === '') throw noMainText(source);
  return `${lines.join('\n')}\n`;
}
