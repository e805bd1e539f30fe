// A plan's text as it arrives from a PDF text layer (hard-wrapped lines, page numbers and running headers) or a Word
// copy (a blank line after every line), on excerpts of published plans (source beside each); the expected duties were
// written from the clean text, and the damaged copy must read the same.
import { describe, expect, it } from 'vitest';
import { undoCopiedLayout } from '../../../graph/normalise/copied-layout.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

const duties = (text: string) => writtenTasks(batchOf(text)).map((r) => [r.path, r.lead, r.support, r.responsible]);
const layout = (text: string) => undoCopiedLayout({ text, map: Int32Array.from({ length: text.length }, (_, i) => i) });

// http://jiayu.gov.cn/xxgk/dfbmptlj/bmxxgkpt/xjtysj/zc_21470/zfwj_21471/202107/t20210722_2364261.shtml (嘉鱼县 2021)
const JIAYU = [
  '县《政府工作报告》确定的2021年重点工作责任分解',
  '一、2021年经济社会发展主要目标',
  '(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]',
  '(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局,各镇人民政府,嘉鱼经济开发区)',
  '(三)规模以上工业增加值增长11.5%。(牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开发区)',
  '(四)固定资产投资增长12%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]',
  '(五)社会消费品零售总额增长16%、外贸进出口总额增长16%。(牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开发区)',
];
const TOWNS = ['各镇人民政府', '嘉鱼经济开发区'];
const JIAYU_DUTIES = [
  ['一/(一)', ['县发改局(粮食局)'], TOWNS, []],
  ['一/(二)', ['县财政局'], ['县税务局', ...TOWNS], []],
  ['一/(三)', ['县科经局'], TOWNS, []],
  ['一/(四)', ['县发改局(粮食局)'], TOWNS, []],
  ['一/(五)', ['县科经局'], TOWNS, []],
];

/** The excerpt's lines broken every `width` characters, as a PDF viewer's copy gives them. */
const hardWrap = (lines: string[], width: number) => lines.flatMap((l) => l.match(new RegExp(`.{1,${width}}`, 'gu'))!);
/** Ten items: the excerpt's five, then the same five numbered on (a text long enough to show its layout). */
const TEN = [...JIAYU, ...JIAYU.slice(2).map((l) => l.replace(/^\(./u, (m) => `(${'六七八九十'['一二三四五'.indexOf(m[1])]}`))];

describe('a copy’s layout undone', () => {
  it('reads the clean excerpt as written (the baseline the damaged copies must match)', () => {
    expect(duties(JIAYU.join('\n'))).toEqual(JIAYU_DUTIES);
  });

  it('joins lines hard-wrapped at a page width, cut mid-name and inside the annotation', () => {
    const wrapped = hardWrap(TEN, 32);
    // An annotation's label and its closing bracket on different lines, a name cut between two.
    expect(wrapped.join('\n')).toMatch(/单位:[^\n\])]*\n[^\n]*[\])]/u);
    expect(duties(wrapped.join('\n')).slice(0, 5)).toEqual(JIAYU_DUTIES);
  });

  it('drops page numbers and the running header between pages, and joins the sentence the page cut', () => {
    const wrapped = hardWrap(TEN, 34);
    const cut = wrapped.findIndex((l) => l.includes('(三)'));
    const paged = [...wrapped.slice(0, cut + 1), '', '— 2 —', '', '嘉鱼县人民政府办公室', ...wrapped.slice(cut + 1, cut + 3), '', '— 3 —', '', '嘉鱼县人民政府办公室', ...wrapped.slice(cut + 3), '', '— 4 —'];
    expect(duties(paged.join('\n')).slice(0, 5)).toEqual(JIAYU_DUTIES);
    expect(layout(paged.join('\n')).text).not.toMatch(/— \d —|人民政府办公室/u);
  });

  it('drops the blank line a Word copy puts after every line, keeping the text’s own (one of three)', () => {
    const own = [...TEN.slice(0, 2), '', ...TEN.slice(2)].join('\n');
    const doubled = own.split('\n').join('\n\n');
    expect(layout(doubled).text).toBe(own);
    expect(duties(doubled).slice(0, 5)).toEqual(JIAYU_DUTIES);
  });

  // https://yihaowenku.com/doc/19507.html (西安 粮食安全 2024, a sharing site's copy of the PDF: the lines as printed)
  it('joins a real PDF copy’s lines, the annotation cut inside 县自然资源局 read whole', () => {
    const text = [
      '(二)从严落实耕地保护制度。严格落实耕地保护党政同责,健全耕地',
      '保护制度体系,坚决落实耕地保有量面积 xx 万亩、永久基本农田面积 xx 万',
      '亩的保护任务。改进占补平衡管理方式,强化“以补定占”约束,以稳定利',
      '用耕地净增加量作为下年度非农建设占用耕地规模上限控制。坚持县域自平',
      '衡为主,严格补充耕地指标调剂,力争将补充耕地建成高标准农田。加强退',
      '化耕地治理,加大撂荒耕地整治,持续整治“大棚房”。深入落实田长制,',
      '严格耕地种植用途管控,分类稳妥开展违规占用耕地整改复耕。〔县自然资',
      '源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕',
      '(三)优化粮食供给结构。推广大豆玉米复合种植和果园套种大豆。提',
      '升改造核桃、花椒等木本粮油低产低效林。大力发展适宜加工的优质专用小',
      '麦,因地制宜发展青贮饲用玉米和甜糯玉米。支持粮食专业合作社、土地托',
      '管公司等社会化服务组织,持续推进粮食规模化生产经营,打造高产稳',
      '产“吨粮田”。鼓励在主粮生产区外发展荞麦、谷类等特色小杂粮。开',
      '发利用冬闲田、台塬地扩大冬油菜播种面积。因地制宜发展油菜、油葵等油',
      '料作物。〔县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕',
    ].join('\n');
    const joined = layout(text).text.split('\n');
    expect(joined).toHaveLength(2);
    expect(joined[0]).toContain('〔县自然资源局、县农业农村局');
    expect(duties(text)).toEqual([
      // The closing `各乡(街道)落实` is not read yet, in this copy as in the fixture's own score (a duty rule, not a layout one).
      ['(二)', [], [], ['县农业农村局', '县林业局', '县自然资源局']],
      ['(三)', [], [], ['县农业农村局', '县林业局']],
    ]);
  });

  it('leaves a clean text as it is: lines of any length, a table’s bare serials, blank lines of its own', () => {
    const clean = [...JIAYU.slice(0, 2), '', '序号', '', '目标任务', '', '牵头单位', '', '1', '', '3', '', ...JIAYU.slice(2)].join('\n');
    expect(layout(clean).text).toBe(clean);
  });
});
