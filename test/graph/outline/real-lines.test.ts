// Sentences and lines that are one task or several, on excerpts of real plans (source beside each); the expected
// tasks were written from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

const tasks = (text: string) => writtenTasks(batchOf(text));

describe('lines and sentences of real plans', () => {
  // https://taowenge.com/p-11575940.html (a 广东 city's 食品安全 plan as a .docx text layer)
  it('reads a heading whose annotated sentences run on its own line as one task, not as paragraph-tasks', () => {
    const rows = tasks('现就我市食品平安重点工作支配如下:一、切实加强食品平安工作制定出台市委、市政府关于深化改革加强食品平安工作的若干措施。(市食安办负责)依据机构改革状况,调整市食品平安委员会以及成员单位食品平安工作职责和工作机制。(市食安办牵头,市食安委各有关成员单位协作)各区参照市的做法,刚好调整区食品平安委员会以及成员单位食品平安工作职责和工作机制。(各区食安办负责)\n二、深化开展国家食品平安示范城市创建活动。');
    expect(rows.map((r) => r.path)).toEqual(['一']);
    expect(rows[0].title).toContain('切实加强食品平安工作');
    expect(rows[0].lead).toEqual(['市食安办']);
  });

  // The generated corpus's one-line layout (test/bench/corpus): paragraph-tasks run on under a heading, each after the
  // previous one's annotation with a short title sentence of its own; the rule above broke them into one task.
  it('still reads run-on paragraph-tasks, each opened by its own short title sentence, as tasks of their own', () => {
    const rows = tasks('县人民政府关于印发工作方案的通知\n三、工作任务持续优化营商环境。大力发展大健康产业。〔责任单位:县委老干部局、各镇街〕切实保障改善民生。推进金沙河生态廊道建设。(牵头单位:县委改革办;配合单位:县司法局)四、保障措施');
    expect(rows.map((r) => r.title)).toEqual(['持续优化营商环境', '切实保障改善民生']);
    expect(rows[1].lead).toEqual(['县委改革办']);
  });

  it('still reads paragraphs on lines of their own under a heading as paragraph-tasks', () => {
    const rows = tasks('一、加强组织保障\n制定出台若干措施。(市食安办负责)\n调整工作职责和工作机制。(各区食安办负责)');
    expect(rows.map((r) => r.path)).toEqual(['一/¶1', '一/¶2']);
  });

  // http://www.dazhu.gov.cn/xxgk-show-947.html (竹府办〔2016〕20号 附件, a table flattened one cell per line; its rows
  // 4–6, numbered 1–3 here since a table's rows are read from serial 1)
  it('reads a row that holds a second task under its serial (one cell per line) as two tasks sharing the merged unit cell', () => {
    const rows = tasks([
      '2016年民生实事目标任务分解表', '序号', '民生实事', '责任单位', '完成时限',
      '1', '建成县残疾人综合服务中心。', '县残联', '5月底前动工',
      '2', '开工建设县老年养护楼。', '县民政局', '5月底前动工', '开工建设老年大学。', '12月底前',
      '3', '迁建县政务服务中心。', '县政务服务中心', '县代建中心', '12月底前',
    ].join('\n\n'));
    expect(rows.map((r) => [r.title, r.responsible])).toEqual([
      ['建成县残疾人综合服务中心', ['县残联']],
      ['开工建设县老年养护楼', ['县民政局']],
      ['开工建设老年大学', ['县民政局']],
      ['迁建县政务服务中心', ['县代建中心', '县政务服务中心']],
    ]);
  });

  // https://m.wenku365.com/p-44060102.html (市容环境综合整治百日行动方案, a preview that opens inside item 11; dev s6a-quxian-shirong-baiji)
  it('keeps the tail of an item an excerpt opens in, with its whole annotation block, as the lost item', () => {
    const rows = tasks('《市容环境综合整治百日行动方案_页2》由会员上传分享。\n提高我区市容景观整体观瞻水平。牵头单位:区建设局。责任单位:区房产局、园林局。12、临街建(构)筑物粉刷出新整治。牵头单位:区房产局。责任单位:区城管局。');
    expect(rows[0].lead).toEqual(['区建设局']);
    expect(rows[0].responsible.length + rows[0].support.length).toBe(2);
    expect(rows[1].title).toBe('临街建(构)筑物粉刷出新整治');
  });

  // https://yihaowenku.com/doc/19507.html (a 粮食安全 plan's PDF text layer, lines broken at a fixed width; test/fixtures/real/fresh10/xian-liangshi-2024)
  it('reads a clause annotation a line break cut inside its first name (〔县自然资 / 源局、…按职责分工负责,…落实〕) as the item’s', () => {
    const rows = tasks([
      '(二)从严落实耕地保护制度。严格落实耕地保护党政同责,健全耕地',
      '保护制度体系。深入落实田长制,',
      '严格耕地种植用途管控,分类稳妥开展违规占用耕地整改复耕。〔县自然资',
      '源局、县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕',
      '(三)优化粮食供给结构。推广大豆玉米复合种植和果园套种大豆。提',
      '料作物。〔县农业农村局、县林业局按职责分工负责,各乡(街道)落实〕',
    ].join('\n'));
    expect(rows.map((r) => r.title)).toEqual(['从严落实耕地保护制度', '优化粮食供给结构']);
    expect(rows[0].responsible).toEqual(expect.arrayContaining(['县自然资源局', '县农业农村局', '县林业局']));
  });

  it('leaves a bracket of body text broken over a line (no verb closing it on the next line) as text', () => {
    const rows = tasks('(一)加强耕地保护。推进高标准农田建设(包括\n新建和改造提升)。(县农业农村局负责)');
    expect(rows.map((r) => r.responsible)).toEqual([['县农业农村局']]);
  });
});
