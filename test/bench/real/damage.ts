// Damage a real fixture's text the way plans arrive from users: a PDF's text layer, a reposted web page, a Word
// copy. Each kind only changes layout (line breaks, added chrome, punctuation width): every character of the
// text's names and items stays, in order, so the same labels score the damaged copy. Seeded: the same document and
// kind always give the same text.

import { seededRandom } from '../../../graph/catalogue/communities.ts';

export const DAMAGE_KINDS = ['wrap', 'pages', 'web', 'blank', 'punct', 'all'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** What a running header or a site's chrome may print about the document. */
export interface DamageContext { id: string; title: string; issuer: string; year: number }

/** The product's mulberry32 (seededRandom) over a string's FNV-1a hash: small, deterministic, good enough to vary layouts. */
function rng(seed: string): () => number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return seededRandom(h);
}
const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];

/**
 * A PDF text layer copied out: every line broken at the page width (30–40 characters, the width varying a little
 * with the glyphs), wherever it falls — mid-sentence, mid-name, inside an annotation or a table row. Paragraph
 * breaks stay. fresh10/xian-liangshi-2024 is such a copy (31–33 characters a line, `〔县自然资` / `源局…`); the PDF
 * reader joins lines by position, a .txt copied from a viewer keeps them.
 */
function wrap(text: string, r: () => number): string {
  const width = between(r, 30, 40);
  return text.split('\n').map((line) => {
    const parts: string[] = [];
    let rest = line;
    while (rest.length > width + 2) {
      const cut = width + between(r, -1, 1);
      parts.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    parts.push(rest);
    return parts.join('\n');
  }).join('\n');
}

/** Page-number styles of Chinese government PDFs (fresh13/zhenhai-fenjie-2011 has `—1 —`, fresh10/yigai-shiji-2009 `第1页共8页`). */
const PAGE_NUMBERS: ((n: number, of: number) => string)[] = [
  (n) => `— ${n} —`, (n) => `-${n}-`, (n, of) => `第${n}页 共${of}页`, (n) => `—${n}—`, (n, of) => `第 ${n} 页，共 ${of} 页`,
];

/**
 * A paged copy: about every 35 lines a page ends with its number as a footer line and the next opens with a
 * running header (the title or the issuer), one style per document, as printed.
 */
function pages(text: string, r: () => number, ctx: DamageContext): string {
  const lines = text.split('\n');
  const number = pick(r, PAGE_NUMBERS);
  const header = pick(r, [ctx.title, ctx.issuer, `${ctx.issuer}文件`, null]);
  const breaks: number[] = [];
  for (let at = between(r, 30, 40); at < lines.length; at += between(r, 30, 40)) breaks.push(at);
  const of = breaks.length + 1;
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    if (breaks.includes(i)) {
      out.push('', number(page, of), '');
      page++;
      if (header) out.push(header);
    }
    out.push(line);
  });
  out.push('', number(page, of));
  return out.join('\n');
}

/** Site chrome a reposted page keeps (dev/s7b-shenhe-fenjie-2024, dev/luan-qingdan-2022, fresh11/jinhua-zhongdian-2018 show its kinds). */
const BREADCRUMBS = ['首页 > 政务公开 > 政策文件', '当前位置：首页 > 信息公开 > 政府文件', '您现在的位置：首页 > 政务公开 > 法定主动公开内容 > 政策文件', '首页 > 政策 > 最新政策'];
const FONT_SIZES = ['字号：大 中 小', '【字体：大 中 小】', '[字号: 大 中 小] [打印] [关闭]', '字体大小：A+ A A-'];
const CLOSERS = ['打印本页 关闭窗口', '【打印本页】【关闭窗口】', '[打印] [关闭]', '打印 | 关闭'];
const SHARE = ['分享到：', '分享到： 微信 微博 QQ空间', '扫一扫在手机打开当前页'];
const RELATED = [
  '关于做好春季农业生产工作的通知', '关于进一步优化营商环境的若干措施', '关于印发安全生产专项整治行动方案的通知',
  '关于开展“我为群众办实事”实践活动的通知', '关于加强城市管理工作的实施意见', '关于公布行政许可事项清单的通知',
];
const FOOTERS = ['网站地图 | 联系我们 | 使用帮助', '网站地图 联系我们 隐私声明'];

function web(text: string, r: () => number, ctx: DamageContext): string {
  const month = String(between(r, 1, 12)).padStart(2, '0');
  const day = String(between(r, 1, 28)).padStart(2, '0');
  const related = [...RELATED].sort(() => r() - 0.5).slice(0, between(r, 3, 5)).map((t) => `· ${t}`);
  const before = [
    pick(r, BREADCRUMBS), '', ctx.title, '',
    `来源：${ctx.issuer}  发布时间：${ctx.year}-${month}-${day}  浏览次数：${between(r, 20, 9000)}`,
    pick(r, FONT_SIZES), pick(r, SHARE), '',
  ];
  const after = [
    '', pick(r, CLOSERS), pick(r, SHARE), '', pick(r, ['相关链接', '相关文件', '相关阅读']), ...related, '',
    pick(r, FOOTERS), `版权所有：${ctx.issuer}  主办：${ctx.issuer}办公室`, `网站标识码：${between(r, 1000000000, 9999999999)}  ICP备${between(r, 10000000, 99999999)}号`,
  ];
  return [...before, text, ...after].join('\n');
}

/** A Word copy pasted as text: a blank line after every line. */
const blank = (text: string) => text.split('\n').join('\n\n');

/** Widths reposts swap: brackets, colons, semicolons, commas, each way. */
const SWAP: Record<string, string> = { '(': '（', ')': '）', ':': '：', ';': '；', ',': '，', '（': '(', '）': ')', '：': ':', '；': ';', '，': ',' };

/** A repost re-typed or run through an editor: each of these marks swaps width at random (a document mixes both). */
function punct(text: string, r: () => number): string {
  return text.replace(/[():;,（）：；，]/g, (c) => (r() < 0.5 ? SWAP[c] : c));
}

export function damage(text: string, kind: DamageKind, ctx: DamageContext): string {
  const r = rng(`${ctx.id}/${kind}`);
  switch (kind) {
    case 'wrap': return wrap(text, r);
    case 'pages': return pages(text, r, ctx);
    case 'web': return web(text, r, ctx);
    case 'blank': return blank(text);
    case 'punct': return punct(text, r);
    // A reposted PDF copy pasted from Word: every kind, in the order the copies pile up.
    case 'all': return web(blank(pages(wrap(punct(text, r), r), r, ctx)), r, ctx);
  }
}
