// Plans copied out of government web pages, with the site's chrome they arrived with (real fixtures, source beside
// each): the chrome lines go before the plan is read, every line of the plan stays, and the offset map stays exact.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dropSiteChrome } from '../../../graph/normalise/site-chrome.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

const identity = (text: string) => ({ text, map: Int32Array.from({ length: text.length }, (_, i) => i) });
const fixture = (id: string) => readFileSync(new URL(`../../fixtures/real/${id}.txt`, import.meta.url), 'utf8');
/** The lines the stage dropped, and a check that every kept character maps back to itself. */
function dropped(text: string): string[] {
  const out = dropSiteChrome(identity(text));
  expect(out.map.length).toBe(out.text.length);
  for (let i = 0; i < out.text.length; i++) expect(text[out.map[i]]).toBe(out.text[i]);
  const kept = out.text.split('\n');
  const lost = [...text.split('\n')];
  for (const line of kept) lost.splice(lost.indexOf(line), 1);
  return lost.filter((l) => l !== '');
}

describe('site chrome around a plan copied from a web page', () => {
  it('drops a breadcrumb and a bar of link words, keeps the page metadata and the plan', () => {
    // https://www.luan.gov.cn/public/6608171/9893901.html (六安市 2022; dev/luan-qingdan-2022)
    const luan = fixture('dev/luan-qingdan-2022').split('\n').slice(0, 8).join('\n');
    expect(dropped(luan)).toEqual(['字号: 下载 我要纠错 打印 收藏']);
    // http://www.jinhua.gov.cn/11330700002592599F/zdss/201804/t20180423_2272974_1.html (金华市 2018; fresh11/jinhua-zhongdian-2018)
    const jinhua = fixture('fresh11/jinhua-zhongdian-2018').split('\n').slice(0, 12).join('\n');
    expect(dropped(jinhua)).toEqual(['您所在的位置: 首页 > 政务公开 > 重点实事']);
    // a mirror of a 武汉市人民政府 page (fresh7/wuhan-shishi-2017): the date line's 字体:【大】【中】【小】 stays with its metadata
    const wuhan = fixture('fresh7/wuhan-shishi-2017').split('\n').slice(0, 12).join('\n');
    expect(dropped(wuhan)).toEqual(['当前位置:  首页 ? 十件实事办理方案', '〖打印〗 >〖关闭窗口〗']);
  });

  it('drops a bulleted bar (设为首页 / 加入收藏 / 长辈版 / 无障碍浏览) and a path from 网站首页>', () => {
    // http://www.xuancheng.gov.cn/OpennessContent/show/2587560.html (宣城市 2022; fresh18/xuancheng-nongye-2022)
    const xuancheng = fixture('fresh18/xuancheng-nongye-2022').split('\n').slice(0, 12).join('\n');
    expect(dropped(xuancheng)).toEqual(['• 设为首页|', '  • 加入收藏|', '  • 长辈版|', '  • 无障碍浏览|', '您现在所在的位置: 网站首页> 市农业农村局> 规划计划> 计划总结']);
  });

  it('reads an annotation an excerpt cuts at its end when the page\'s chrome follows it', () => {
    // https://newton.com.tw/wiki/… (天津 津政規〔2021〕4號, a traditional-script copy; fresh6/tianjin-guowuyuan-2021): the
    // excerpt ends inside item 2's bracket; the chrome after it is the page's (〖打印〗 >〖关闭窗口〗, fresh7/wuhan-shishi-2017;
    // 分享到:, fresh6/dazhu-minsheng-2016)
    const text = fixture('fresh6/tianjin-guowuyuan-2021');
    const responsible = (t: string) => writtenTasks(batchOf(t)).find((r) => r.path.endsWith('/2'))!.responsible;
    const clean = responsible(text);
    expect(clean).toHaveLength(6);
    expect(responsible(`${text}\n\n〖打印〗 >〖关闭窗口〗\n分享到:`)).toEqual(clean);
  });

  it('keeps the plan\'s own lines that hold link words: 主办单位 as a duty label, 关闭 in a task, a cell of 大 or 中', () => {
    const text = [
      '分享到:', // chrome, so the page is read line by line
      // https://js.010b.com/policy/detail/33238.html (徐州 2010; fresh13/xuzhou-fenjie-2010)
      '2.财政一般预算收入增长18%。主办单位:市财政局。',
      // dev/s7a-lianjiang-weimin-2021 (连江县 2021)
      '  主办单位:县城投公司,协办单位:住建局、凤城镇。',
      '(三)依法关闭落后产能企业。(市经信局牵头)',
      '中',
      '首页设计',
    ].join('\n');
    expect(dropped(text)).toEqual(['分享到:']);
  });

  it('drops a footer and a bulleted list of related pages (no fixture keeps its footer: the words are the damage model\'s, test/bench/real/damage.ts)', () => {
    const text = [
      '10.城区再新建1个农贸市场。(县商务局负责)', '', '打印本页 关闭窗口', '', '相关文件', '· 关于加强城市管理工作的实施意见', '· 关于公布行政许可事项清单的通知', '',
      '网站地图 | 联系我们 | 使用帮助', '版权所有:某县人民政府  主办:某县人民政府办公室', '网站标识码:1234567890  ICP备12345678号',
    ].join('\n');
    expect(dropped(text)).toEqual(text.split('\n').slice(2).filter((l) => l !== ''));
    // A 相关文件 line with no bulleted list after it stays.
    expect(dropped('分享到:\n相关文件\n1.修订相关文件。')).toEqual(['分享到:']);
  });

  it('returns a text with no chrome as it is', () => {
    const work = identity('一、加快发展\n1.推进项目建设。(市发改委牵头)\n');
    expect(dropSiteChrome(work)).toBe(work);
  });
});
