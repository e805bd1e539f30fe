// A plan copied out of a government web page keeps the site's chrome around it: the breadcrumb, a bar of link words
// (字号 大 中 小, 打印, 关闭窗口, 分享到, 收藏), a list of related pages and the footer (版权所有, ICP备, 网站标识码). Those
// lines are dropped whole before the plan is read (a related page's title would read as a heading, 相关文件 as a unit,
// and an excerpt cut inside its last bracket no longer ends the text). The page's metadata (来源, 发布时间) stays: the
// plan's year and issuer may come from it. Only whole lines are deleted, so the offset map stays exact.
import { dropSpans, linesOf } from './copied-layout.ts';
import type { TextWork } from './text-work.ts';

/** A text none of whose lines holds one of these has no chrome: the stage bails out after this one scan. */
const ANY_CHROME = /首页|位置\s*[:：]|打印|关闭|分享|字号|字体|收藏|纠错|扫一扫|无障碍|版权所有|ICP|标识码|公网安备|Copyright|©/;

/**
 * The link words of a chrome bar, as government sites print them (real copies: 设为首页 / 加入收藏 / 长辈版 / 无障碍浏览,
 * fresh18/xuancheng-nongye-2022; 导航 / 我要收藏 / 取消收藏, fresh11/qingdao-shishi-2026; 字号: 下载 我要纠错 打印 收藏,
 * dev/luan-qingdan-2022; 简体版 繁體版 信息无障碍 and 【打印】 【字体:, holdout/guangdong-gongzuobaogao-2021; 分享到,
 * fresh6/dazhu-minsheng-2016; 〖打印〗 >〖关闭窗口〗, fresh7/wuhan-shishi-2017; 扫一扫在手机打开当前页,
 * fresh7/luan-minsheng-2021; 字体:[ ], fresh7/cangnan-minsheng-2022). Longest first, so a word is taken whole.
 */
const LINK_WORDS = [
  '扫一扫在手机打开当前页', '无障碍浏览', '信息无障碍', '打印本页', '打印此页', '关闭窗口', '关闭本页', '网站首页', '设为首页', '加入收藏',
  '我要收藏', '取消收藏', '我要纠错', '字体大小', '网站地图', '联系我们', '使用帮助', '隐私声明', '返回顶部', '简体版', '繁體版', '繁体版',
  '长辈版', '听全文', '分享到', 'QQ空间', '扫一扫', '首页', '收藏', '打印', '关闭', '分享', '字号', '字体', '纠错', '下载', '导航', '微信', '微博',
];
/** What a bar prints between its link words: the font sizes, brackets, bullets and separators. */
const BAR_FILLER = /超大|默认|A\+|A-|[大中小A]|[\s【】〖〗[\]()（）<>«»›‹|｜/·•●▪:：,，、-]/g;
const LINK_WORDS_RE = new RegExp(LINK_WORDS.join('|'), 'g');
/** A bar is short; a longer line is the plan's, whatever words it holds. */
const MAX_BAR_CHARS = 60;

/** A line of link words only: with its link words and fillers taken out, nothing is left. */
function isLinkBar(line: string): boolean {
  if (line.length > MAX_BAR_CHARS) return false;
  const rest = line.replace(LINK_WORDS_RE, '');
  return rest.length < line.length && rest.replace(BAR_FILLER, '') === '';
}

/**
 * A breadcrumb: 当前位置: / 您现在所在的位置: / 您当前的位置: (fresh7/wuhan-shishi-2017, fresh18/xuancheng-nongye-2022,
 * fresh18/lingbi-weijian-2021, fresh11/jinhua-zhongdian-2018) or a path from 首页 > (holdout/guangdong-gongzuobaogao-2021).
 */
const BREADCRUMB = /^[\s•·]*(?:(?:您|你)?(?:现在|当前)?(?:所在)?的?位置\s*[:：]|(?:网站)?首页\s*[>»›])/;
const MAX_BREADCRUMB_CHARS = 120;
/** A page's footer: the site's copyright and its registrations (ICP备案, 公安备案, the 政府网站标识码 every government site prints). */
const FOOTER = /版权所有|ICP备|网站标识码|公网安备|Copyright|©/i;
const MAX_FOOTER_CHARS = 120;
/** A plan's sentence or annotation is never chrome, whatever link words it holds. */
const PLAN_LINE = /。|[(（][^)）]*(?:牵头|负责|配合|责任)/;

/** A related-pages list: its heading on a line of its own, then bulleted page titles. */
const RELATED_HEADING = /^\s*(?:相关(?:链接|文件|阅读|新闻|信息|稿件|文章)|延伸阅读)\s*[:：]?\s*$/;
const BULLETED = /^\s*[·•●▪◆■]/;

const isChromeLine = (line: string) =>
  !PLAN_LINE.test(line) && (isLinkBar(line)
    || (line.length <= MAX_BREADCRUMB_CHARS && BREADCRUMB.test(line))
    || (line.length <= MAX_FOOTER_CHARS && FOOTER.test(line)));

export function dropSiteChrome(work: TextWork): TextWork {
  if (!ANY_CHROME.test(work.text)) return work;
  const lines = linesOf(work.text);
  const drop = lines.map((l) => isChromeLine(l.text));
  if (!drop.includes(true)) return work;
  // A related list is read only on a page whose chrome showed.
  lines.forEach((l, i) => {
    if (!RELATED_HEADING.test(l.text)) return;
    let j = i + 1;
    while (j < lines.length && lines[j].text.trim() === '') j++;
    if (j === lines.length || !BULLETED.test(lines[j].text)) return;
    drop[i] = true;
    for (; j < lines.length && (BULLETED.test(lines[j].text) || lines[j].text.trim() === ''); j++) if (lines[j].text !== '') drop[j] = true;
  });
  const spans: [number, number][] = [];
  lines.forEach((l, i) => {
    if (!drop[i]) return;
    let end = Math.min(l.end + 1, work.text.length);
    // Between two blank lines the blank after goes too, so a Word copy's one blank line between lines stays one.
    const blankBefore = i > 0 && lines[i - 1].text === '' && !drop[i - 1];
    if (blankBefore && i + 1 < lines.length && lines[i + 1].text === '' && !drop[i + 1]) end = Math.min(lines[i + 1].end + 1, work.text.length);
    const last = spans.at(-1);
    if (last && last[1] >= l.start) last[1] = Math.max(last[1], end);
    else spans.push([l.start, end]);
  });
  return dropSpans(work, spans);
}
