// Tables as real pages publish them (fresh3 set): pinyin glosses, spaced rows broken over lines, serial-less `|`
// rows, ★-marked duty cells, header cells broken over two lines. Expected rows written from the excerpts' text.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

describe('tables as published', () => {
  // http://whmrqb.cn/public/6596251/37921338.html (mirror of 霍邱县 2025, pinyin inserted after characters)
  it('drops pinyin glosses and keeps every kept character at its original offset', () => {
    const raw = '序號(hào) 重點(diǎn)工作任務(wù) 牽頭責(zé)任單位\n1 固定資產(chǎn)投資增長4%以上。 縣發(fā)改委';
    const norm = normaliseText(raw);
    expect(norm.text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/);
    expect(norm.text).toContain('縣發改委');
    for (let i = 0; i < norm.text.length; i++) {
      if (norm.text[i] !== '\n' && raw[norm.toOriginal[i]] === norm.text[i]) continue;
      // Only characters the table rewrite inserted (labels, punctuation) may differ from their origin.
      expect('牵头单位:.。()、,\n').toContain(norm.text[i]);
    }
    expect(normaliseText('(一)加强PPP(a)合作').text).toBe('(一)加强PPP(a)合作');
  });

  // http://whmrqb.cn/public/6596251/37921338.html (霍邱县 2025 progress table, simplified here)
  it('reads a spaced row whose last column is progress with spaces of its own', () => {
    const rows = writtenTasks(batchOf([
      '序号 重点工作任务 牵头责任单位 一季度完成情况',
      '1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%',
      '2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%',
    ].join('\n')));
    expect(rows.map((r) => r.title)).toEqual(['地区生产总值增长6%以上', '规模工业增加值增长4.5%']);
    expect(rows.map((r) => r.lead)).toEqual([['县发改委'], ['县工信局']]);
  });

  // https://bzqc.gov.cn/OpennessContent/show/2830307.html (谯城区 2025)
  it('reads 主要责任单位 / 协同配合单位 rows under a group heading, two leads on their own lines', () => {
    const rows = writtenTasks(batchOf([
      '序号 重点工作任务 主要责任单位 协同配合单位',
      '一、2025年经济社会发展的主要预期目标',
      '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,谯城经开区管委会。',
      '2 一般公共预算收入增长5%左右。 区财政局',
      '区税务局',
      '区政府有关部门,谯城经开区管委会。',
      '4 社会消费品零售总额增长8.2%左右。 区商务局 区发改委、区市场监管局。',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([['区发改委'], ['区税务局', '区财政局'], ['区商务局']]);
    expect(rows[1].support).toContain('谯城经开区管委会');
    expect(rows[2].support).toEqual(['区发改委', '区市场监管局']);
  });

  // http://slj.pds.gov.cn/contents/18886/30663.html (平顶山市 2018)
  it('reads 牵头 / 参与 / 责任 columns and a row whose group and task cells are empty', () => {
    const rows = writtenTasks(batchOf([
      '序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位',
      '1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委 各县(市、区)人民政府',
      '2  严守用水 效率控制 红线 落实万元国内生产总值水耗指标等用水效率评估体系。 市水利局 市发展改革委等 各县(市、区)人民政府',
      '3   抓好工业节水。加快实施工业节水技术改造。 市工业和信息化委 市发展改革委等 各县(市、区)人民政府',
    ].join('\n')));
    expect(rows).toHaveLength(3);
    expect(rows[0].title).toContain('严守水资源开发利用控制红线');
    expect(rows[1].title).toContain('效率控制红线');
    expect(rows[2].title).toMatch(/^抓好工业节水/);
    expect(rows.map((r) => r.lead)).toEqual([['市水利局'], ['市水利局'], ['市工业和信息化委']]);
    expect(rows[0].support).toEqual(['各县(市、区)人民政府', '市发展改革委']);
  });

  // https://public.dengfeng.gov.cn/D49Y/2044017.jhtml (登封市徐庄镇 2017)
  it('reads a | table with no 序号, units in a cell a space apart', () => {
    const rows = writtenTasks(batchOf([
      '一、专项整治安排表',
      '专项整治行业名称 | 时间安排 | 责任单位 |',
      '烟花爆竹 | 1月份 | 安监站 安监所 |',
      '电力设施 | 3月份 | 电管所 |',
      '二、工作要求',
      '(一)各有关责任单位要按照时间安排,制定本行业(领域)安全生产专项整治方案。',
    ].join('\n')));
    expect(rows.map((r) => r.title)).toEqual(['烟花爆竹', '电力设施']);
    expect(rows.map((r) => r.responsible)).toEqual([['安监所', '安监站'], ['电管所']]);
  });

  // https://huaxiataike.com/news/42399.html (repost of 苏州市吴江区 2024)
  it('gives an item the ★-marked cell of the only duty column', () => {
    const rows = writtenTasks(batchOf([
      '序号', '|', '项目', '|', '重点工作目标任务', '|', '牵头领导', '|', '责任单位', '|',
      '一、2024年全区经济社会发展主要预期目标', '|', '||||',
      '1', '|', '主要预期目标', '|', '1.地区生产总值增长5%以上。', '|', '钱 宇', '|', '★区发改委、统计局', '|',
      '2.一般公共预算收入同口径增长6%以上。', '|', '★区财政局、税务局', '|', '|||',
    ].join('\n')));
    expect(rows.map((r) => r.responsible)).toEqual([['区发改委', '统计局'], ['区财政局', '税务局']]);
  });

  it('leaves a ★ bullet that opens a sentence as text', () => {
    const text = normaliseText(['序号', '重点任务', '责任单位', '★加快推进城市更新,完成老旧小区改造。'].join('\n')).text;
    expect(text).toContain('★加快推进城市更新');
  });

  // http://www.xiangshan.gov.cn/art/2024/8/1/art_1229682896_4417827.html (象山县泗洲头镇 2024)
  it('joins header cells broken over two lines (责任 / 科室) in a one-cell-per-line table', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '重点工作', '', '责任', '', '领导', '', '责任', '', '科室', '', '攻坚目标', '', '任务', '',
      '工作任务安排', '', '第二季度', '', '完成情况', '',
      '2', '', '现代化美丽城镇', '', '吴宇凡', '', '乡村振兴办', '', '成功创建首批浙江省美丽城镇。', '',
      '按照时间节点开展项目建设。', '', '本年度总投资6000万元的19个项目完成投资3000万元。',
    ].join('\n')));
    expect(rows).toHaveLength(1);
    expect(rows[0].title).toContain('现代化美丽城镇');
    expect(rows[0].responsible).toEqual(['乡村振兴办']);
  });

  // http://whmrqb.cn/public/6596251/37921338.html (a row of the 霍邱县 table, one cell per line)
  it('keeps each cell character of a rewritten row at its own offset', () => {
    const raw = ['序号', '重点工作任务', '牵头责任单位', '1', '固定资产投资增长4%以上。', '县发改委'].join('\n');
    const norm = normaliseText(raw);
    const at = norm.text.indexOf('县发改委');
    expect(norm.text).toContain('(牵头单位:县发改委)');
    expect(Array.from('县发改委', (_, k) => norm.toOriginal[at + k])).toEqual(Array.from('县发改委', (_, k) => raw.indexOf('县发改委') + k));
    const task = norm.text.indexOf('固定资产');
    expect(norm.toOriginal[task]).toBe(raw.indexOf('固定资产'));
  });
  // http://027sfy.com/columns/5bd9fdf6-8c4f-4cac-a80a-fd3c59316a2b/202304/14/b382a70b-20fa-4d58-b7e4-da1beae2eb6e.html
  // (a 繁體 mirror of the 赵县 2023 民生工程 方案 with pinyin glosses, here after 繁→简 as the parser reads it)
  it('drops a gloss the excerpt cut short at its end, so the last heading reads as cut mid-sentence', () => {
    const text = [
      '二、主要任务(wù)',
      '(一)棚户(hù)区(qū)改造工程。东晏头棚户(hù)区(qū)城中村改造项(xiàng)目开工400套,建成400套。(责(zé)任单位:县住房和城乡(xiāng)建设(shè)局)',
      '(二)城镇(zhèn)老旧小区(qū)改造工程。改造老旧小区(qū)11个(g',
    ].join('\n');
    expect(normaliseText(text).text.endsWith('改造老旧小区11个')).toBe(true);
    expect(writtenTasks(batchOf(text)).map((r) => [r.path, r.responsible])).toEqual([
      ['二/(一)', ['县住房和城乡建设局']],
      ['二/(二)', []],
    ]);
    // A bracket left open at the end of a text without glosses is the text's own.
    expect(normaliseText('改造老旧小区11个(g').text).toBe('改造老旧小区11个(g');
  });
});
