// A government site's article page and a printable document, as HTML: used to make the seed's format
// fixtures (test/fixtures/formats/make-fixtures.ts) and to render the real sets (test/bench/real/formats.ts).

export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An article page as 区/市 portals publish a policy file: header with the site name, navigation and a search box,
 * breadcrumbs (当前位置), the title as <h1>, a metadata line (发布时间/来源/浏览次数), the body, a related-links
 * sidebar and the footer with the site's 网站标识码 and ICP number. `title` and `bodyHtml` are already HTML.
 */
export function articlePage(title: string, bodyHtml: string): string {
  const nav = ['首页', '政务公开', '政策文件', '政策解读', '办事服务', '互动交流'].map((l) => `<li><a href="/${encodeURIComponent(l)}">${l}</a></li>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}_政策文件_区人民政府</title></head><body>
<header><div class="logo">区人民政府门户网站</div><nav><ul>${nav}</ul></nav><form><input placeholder="请输入关键词"><button>搜索</button></form></header>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政策文件</div>
<div class="main"><article class="content"><h1>${title}</h1>
<div class="info">发布时间：2023-06-01　来源：区发展改革委　浏览次数：1024</div>
<div class="article-body">${bodyHtml}</div></article>
<aside><h3>相关链接</h3><ul><li><a href="/a">市人民政府</a></li><li><a href="/b">国务院</a></li></ul></aside></div>
<footer><p>主办：区人民政府办公室　网站标识码：5000000000　渝ICP备00000000号</p><p><a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p></footer>
</body></html>`;
}

/** The document alone for printing to A4: title centred over the body, a CJK serif font. Both arguments are HTML. */
export function printablePage(title: string, bodyHtml: string, style = ''): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>
<style>@page{size:A4;margin:25mm 22mm}body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;font-size:15pt;line-height:1.6}
h1{font-size:20pt;text-align:center}${style}</style></head><body><h1>${title}</h1>${bodyHtml}</body></html>`;
}
