// Table shapes of real plans (cells joined by `|`, long or unknown header texts), one per test, on excerpts
// of the published text (source beside each); expected rows written from the text before the parser changed.
import { describe, expect, it } from 'vitest';
import { splitPipeCells } from '../../../graph/normalise/pipe-cells.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

const identity = (text: string) => ({ text, map: Int32Array.from(text, (_, i) => i) });

describe('tables of real plans', () => {
  // https://www.hzsc.gov.cn/art/2019/8/23/art_1229231327_1983682.html (杭州市上城区, 2019)
  it('reads a row on one line with | between cells, spaced headers and a 指标要求 column', () => {
    const [task, ...rest] = writtenTasks(batchOf([
      '附件1 |',
      '序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |',
      '1 | 地区生产总值 | 增长5.5%（市下达指标） | 区发改经信局 | 区财政局、区统计局、各街道办事处 | A类 |',
    ].join('\n')));
    expect(rest).toEqual([]);
    expect(task.title).toContain('地区生产总值');
    expect(task.lead).toEqual(['区发改经信局']);
    expect(task.support).toEqual(['区统计局', '区财政局', '各街道办事处']);
  });

  // https://www.nlx.gov.cn/openness/public/6605131/39230837.html (南陵县, 2024)
  it('reads one cell per line, each ending in " |", with a 分管县领导 column of person names', () => {
    const rows = writtenTasks(batchOf([
      '序号 |', '目标与任务 |', '分 管 县领导 |', '牵头责任单位 |', '责任单位 |',
      '80 |', '加大普惠性托育供给,新增托位数400个以上。 |', '俞 悦 |', '县教育局 |', '县各有关单位 |',
      '81 |', '保障芜职院现代物流智造学院秋季开学。 |', '陆 明俞 悦 |', '县教育局 |', '县各有关单位 |',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([['县教育局'], ['县教育局']]);
    expect(rows.map((r) => r.support)).toEqual([['县各有关单位'], ['县各有关单位']]);
    expect(rows[1].title).toContain('保障芜职院');
  });

  // https://www.gz.gov.cn/zwgk/zdgzlsqk2023/content/post_9622093.html (广州市 2023, one task per page)
  it('reads a key/value table (重点工作: | 135.… | / 牵头单位: | X |) and a three-digit item number', () => {
    const [task] = writtenTasks(batchOf([
      '重点工作: | 135.统筹违法建设治理与城市更新,促进违法建设科学分类治理。 |',
      '牵头单位: | 市城市管理综合执法局 |',
      '年度阶段性工作目标: | 第一季度:印发《广州市2023年违法建设治理工作方案》。 第二季度:完成工作任务的50%以上。 |',
    ].join('\n')));
    expect(task.title).toContain('统筹违法建设治理与城市更新');
    expect(task.lead).toEqual(['市城市管理综合执法局']);
  });

  it('keeps every character it keeps at its original offset', () => {
    const text = '序号 | 任务 |\n1 | 做好工作 |';
    const out = splitPipeCells(identity(text));
    expect(out.text).toBe('序号\n任务\n1\n做好工作');
    for (let i = 0; i < out.text.length; i++) if (out.text[i] !== '\n') expect(text[out.map[i]]).toBe(out.text[i]);
  });

  // https://www.jiaxing.gov.cn/art/2023/3/3/art_1229567743_2459907.html (嘉兴市, 2023)
  it('reads a spaced header 主 要 工 作 任 务 with a single 责任单位 column, blank lines between cells', () => {
    const [task] = writtenTasks(batchOf(['序号', '', '主 要 工 作 任 务', '', '责任单位', '', '1', '', '地区生产总值增长6%左右。', '', '市发展改革委', ''].join('\n')));
    expect(task.title).toContain('地区生产总值增长6%左右');
    expect(task.responsible).toEqual(['市发展改革委']);
  });

  // http://www.sx.gov.cn/art/2020/5/14/art_1229265336_3684645.html (绍兴市, 2020 progress table)
  it('reads 内容与要求 as the task and keeps a 进展情况 cell out of it', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '内容与要求', '', '进展情况', '', '责任单位', '',
      '1', '', '加强季度、月度数据监测,确保地区生产总值增长7%左右。', '', '从1-2月主要经济指标完成情况看,其他指标增速虽有不同程度回落。', '', '市发改委', '',
      '2', '', '持续推进重大项目攻坚,市县长项目落地率50%以上。', '', '1-2月,全市固定资产投资同比下降12.7%。', '', '市发改委', '',
    ].join('\n')));
    expect(rows.map((r) => r.responsible)).toEqual([['市发改委'], ['市发改委']]);
    expect(rows[0].title).toContain('确保地区生产总值增长7%左右');
  });

  // http://www.cqspb.gov.cn/zwgk_235/zfxxgkpt/zcwj0617/bm0617/202203/t20220329_10563014.html (沙坪坝区, 2022)
  it('reads a header that names its year (2022年预期目标) as the task column', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '2022年预期目标', '', '责任单位', '',
      '1', '', '地区生产总值增长5.5%左右', '', '区发展改革委', '',
      '2', '', '固定资产投资增长6%左右', '', '区发展改革委', '',
      '3', '', '工业增加值增长7%左右', '', '区经济信息委', '',
    ].join('\n')));
    expect(rows.map((r) => r.responsible)).toEqual([['区发展改革委'], ['区发展改革委'], ['区经济信息委']]);
    expect(rows[2].title).toContain('工业增加值增长7%左右');
  });

  // An unknown header between 序号 and a duty column, as the Shapingba table would read with another word there.
  it('reads an unknown header between 序号 and 责任单位 as the task column only when the rows are numbered', () => {
    const header = ['序号', '', '指标名目', '', '责任单位', ''];
    const rows = writtenTasks(batchOf([...header, '1', '', '进出口总额增长5%以上', '', '区商务委', ''].join('\n')));
    expect(rows.map((r) => r.responsible)).toEqual([['区商务委']]);
    expect(writtenTasks(batchOf([...header, '进出口总额增长5%以上', '', '区商务委', ''].join('\n')))).toEqual([]);
  });

  // http://www.liandu.gov.cn/art/2023/4/17/art_1229389376_59114525.html (莲都区, 2023)
  it('reads 责任单位 before 牵头单位 and a 分类 cell written once per group', () => {
    const rows = writtenTasks(batchOf([
      '分类', '', '序号', '', '事项', '', '责任单位', '', '牵头单位', '',
      '发展目标', '', '1', '', '地区生产总值增长6.5%以上。', '', '区农业农村局、区经商局、区发改局', '', '区发改局', '',
      '2', '', '区本级固定资产投资增长25%。', '', '区发改局', '', '区发改局', '',
      '激发市场活力', '', '3', '', '区本级规上工业增加值增长10%。', '', '区经商局、莲都经开区管委会', '', '区经商局', '',
    ].join('\n')));
    expect(rows.map((r) => r.title.slice(0, 6))).toEqual(['地区生产总值', '区本级固定资', '区本级规上工']);
    expect(rows.map((r) => r.lead)).toEqual([['区发改局'], ['区发改局'], ['区经商局']]);
    expect(rows[0].support).toEqual(['区农业农村局', '区经商局']);
    expect(rows[2].support).toEqual(['莲都经开区管委会']);
  });

  // http://www.chinaacc.com/qtjjfg/hu1604154336.shtml (repost of 国办函〔2016〕38号, 国务院办公厅 2016)
  it('reads a table printed one row per line with spaces between cells and a spaced header', () => {
    const rows = writtenTasks(batchOf([
      '2016年《政府工作报告》量化指标任务分工',
      '序号 工 作 任 务 牵头负责部门',
      '1 居民消费价格涨幅3%左右 发展改革委',
      '2 城镇新增就业1000万人以上 人力资源社会保障部',
      '3 安排财政赤字2.18万亿元,赤字率提高到3% 财政部',
    ].join('\n')));
    expect(rows.map((r) => r.lead)).toEqual([['发展改革委'], ['人力资源社会保障部'], ['财政部']]);
    expect(rows[2].title).toContain('赤字率提高到3%');
  });

  it('leaves a spaced line that only looks like a header alone when no numbered row follows it', () => {
    const text = ['序号 工 作 任 务 牵头负责部门', '以上任务由各部门按职责分工负责。'].join('\n');
    expect(writtenTasks(batchOf(text))).toEqual([]);
  });

  // http://www.liaozhong.gov.cn/zwgk/fdzdgknr/zfwj/slzzfwj/202401/t20240118_4592091.html (沈阳市辽中区, 2024)
  it('reads a row whose last cell (责任领导) was left empty and dropped: the next serial starts the next row', () => {
    const rows = writtenTasks(batchOf([
      '序号', '', '主要工作举措', '', '牵头单位', '', '配合单位', '', '责任领导', '',
      '一、做大做强主导产业', '',
      '1', '', '加快构建具有辽中特色的现代化产业体系,聚焦农产品精深加工产业。', '', '区农业农村局', '', '区发展改革局、区工业和信息化局', '',
      '2', '', '加快安徽节源、沈发废弃油脂等在建项目的建设进度。', '', '沈阳近海经济区管委会', '', '自然资源分局、生态环境分局', '', '冯冬昌', '',
      '3', '', '推动胜达再生塑料、敏实铝循环利用等一批项目的签约落地。', '', '沈阳近海经济区管委会', '', '区发展改革局', '', '冯冬昌',
    ].join('\n')));
    expect(rows.map((r) => r.title.slice(0, 6))).toEqual(['加快构建具有', '加快安徽节源', '推动胜达再生']);
    expect(rows.map((r) => r.lead)).toEqual([['区农业农村局'], ['沈阳近海经济区管委会'], ['沈阳近海经济区管委会']]);
    expect(rows[1].support).toEqual(['生态环境分局', '自然资源分局']);
  });
  // http://www.jzzrppj.com.cn/yxzf/yxzwgk/zfwj/xzfwj/202404/24ac3dc04d75462894bca43c3c2ec4f1.shtml (a 繁體 mirror of
  // 洋政發〔2024〕8號, 洋县 2024), here as the parser reads it after 繁→简: a project list's 建设地点 / 建设时间 /
  // 建设内容 / 投资金额(万元) columns, one cell per line between `|` lines
  it('reads a project list whose columns are where, when, what and how much, beside its 项目名称 and 责任单位', () => {
    const rows = writtenTasks(batchOf([
      '|', '序号 |', '项目名称 |', '建设地点 |', '建设时间 |', '2024年建设内容 |', '年度投资金额 (万元) |', '责任单位 |',
      '|', '1 |', '洋县中小学幼儿园基础设施提升改造项目 |', '相关镇 (街道) |', '2024 |', '对马畅中小、湑水中小、茅坪学校等学校运动场地进行改造。 |', '300 |', '教体局 |',
      '|', '2 |', '城北小学门前道路建设项目 |', '纸坊街道 |', '2024 |', '建成唐塔北路延伸段(城北小学门前)道路。 |', '300 |', '住建局 |',
    ].join('\n')));
    expect(rows.map((r) => [r.title, r.responsible])).toEqual([
      ['洋县中小学幼儿园基础设施提升改造项目', ['教体局']],
      ['城北小学门前道路建设项目', ['住建局']],
    ]);
  });
  // http://www.dazhu.gov.cn/xxgk-show-947.html (竹府办〔2016〕20号, 大竹县): one cell per line, blank lines between,
  // one to three unit cells a row
  it('reads a date that names its milestone (5月底前动工, 9月投入使用) as the deadline, and 县残联 as a unit, not a person', () => {
    const cells = [
      '序号', '民生实事', '责任单位', '完成时限',
      '1', '启动建设东柳河城区段综合治理工程和东湖湿地公园。', '县水务局', '县住建局', '县护城河指挥部', '12月底前',
      '2', '新建2座人行天桥。', '县住建局', '9月投入使用',
      '3', '启动县图书馆新馆建设。', '县文体广新局', '县代建中心', '12月底前',
      '4', '建成县残疾人综合服务中心。', '县残联', '5月底前动工',
    ];
    const rows = writtenTasks(batchOf(cells.join('\n\n')));
    expect(rows.map((r) => [r.path, r.responsible])).toEqual([
      ['1', ['县住建局', '县护城河指挥部', '县水务局']],
      ['2', ['县住建局']],
      ['3', ['县代建中心', '县文体广新局']],
      ['4', ['县残联']],
    ]);
  });
});
