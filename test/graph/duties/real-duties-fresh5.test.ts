// Duty and structure conventions first met in the fresh5 set of real plans, one per test, on excerpts of the
// published text (source beside each); the expected units were written from the text before the parser changed.
import { describe, expect, it } from 'vitest';
import { batchOf, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh5)', () => {
  // http://nybiz.cn/law/7276.html (市政办发〔2018〕72号, a traditional-script mirror)
  it('reads a bracket of names alone, closing an item, as the units responsible for it (also in 繁體)', () => {
    const tasks = tasksOfLines([
      '一、大力支持工業穩增長、促投資',
      '(一)持續加大投入力度。2018—2021年累計安排各類支持工業發展的專項資金不低于30億元,采取貸款貼息、獎勵補助、融資引導等方式支持工業發展。通過市場化方式組建總規模100億元的工業發展基金,加快布局重點工業領域基金群建設,有效吸引社會資本投資工業經濟發展。(市工信委、市財政局)',
      '(二)支持企業擴大投資。對各區縣、開發區新引進總投資1億元和2億元以上的重點工業項目,自簽約之日起兩年內完成全部投資的,按實際固定資產投入的2%給予補助,最高不超過500萬元。(市工信委、市財政局)',
    ]);
    expect(tasks).toHaveLength(2);
    for (const t of tasks) expect(t).toMatchObject({ lead: [], support: [], responsible: ['市工信委', '市財政局'] }); // as printed
  });

  it('keeps a bracket inside a sentence, or one holding words that are no names, out of the duties', () => {
    const tasks = tasksOfLines([
      '一、总体要求',
      '(一)加快发展。支持企业扩大投资(含技术改造、设备更新),提高效益。',
      '(二)完善机制。建立联席会议制度。(详见附件)',
    ]);
    expect(tasks).toEqual([]);
  });

  // https://www.xitieba.net/fanwen/3921745.html (漾濞县 文化体制改革任务分解, an essay-site copy, fields run together)
  it('reads a duty label glued to the item title, its value closed by the next label', () => {
    const [task] = tasksOfLines([
      '二、关于基础文化管站建设管理的实施意见责任单位:县文体局责任人:姜晓水主要任务:在巩固提高原有“两馆一站”建设的基础上,研究制定县文化馆、图书馆和乡镇文化站加强管理的实施意见。',
    ]);
    expect(task).toMatchObject({ title: '关于基础文化管站建设管理的实施意见', lead: [], support: [], responsible: ['县文体局'] });
  });

  // The same page: the site broke item 一's title at a stray 。 and a blank line; the label follows in the paragraph.
  it('gives a run-on label in the paragraph under an item to that item', () => {
    const tasks = tasksOfLines(['一、**县文。', '', '化事业单位机构改革及人事制度改革实施意见责任单位:县人事局、县文体局责任人:茶德根、姜晓水主要任务:在当前“事改”工作的基础上,以领导班子任期目标管理、职工全员聘任制改革为核心,借鉴、引进国有企业改革的成功经验,研究制定《**县文化事业单位机构改革实施意见》,通过改革形成人员能进能出、职务能上能下、待遇能升能降、人才结构合理、优秀人才能够脱颖而出的用人机制。']);
    const [task] = tasks;
    expect(task).toMatchObject({ lead: [], support: [], responsible: ['县人事局', '县文体局'] });
  });

  it('leaves a label inside prose, whose value is no list of names, as text', () => {
    const tasks = tasksOfLines(['一、明确职责\n各地要明确责任单位:哪些事项由谁负责责任人:要写清楚。']);
    expect(tasks).toEqual([]);
  });

  // https://chu21.com/html/chunengy-43847.shtml (金华市婺城区 推动经济高质量发展若干政策举措(2025年版), a news repost)
  it('makes a (一) item with no annotation of its own a task when the heading above it names the lead', () => {
    const tasks = tasksOfLines([
      '一、强化科技创新(区科技局牵头)',
      '以统筹深化教育科技人才一体化改革和迭代升级“315”科技创新体系建设工程为牵引,推进创新链产业链资金链人才链深度融合,加快培育发展新质生产力。2025年,力争全社会研发投入强度达到2.95%。',
      '(一)加强科创平台效能建设。加快建设浙江光电子研究院,推进“平台+高校+企业+产业链”结对合作,发挥氢途浙大联合研发中心等校企平台作用,鼓励科研机构做好本地科技成果转化。',
    ]);
    const [task] = tasks;
    expect(task).toMatchObject({ path: '一/(一)', title: '加强科创平台效能建设', lead: ['区科技局'] });
  });

  it('leaves a (一) item a section when no heading above it names a lead', () => {
    const b = batchOf([
      '一、强化科技创新',
      '(一)加强科创平台效能建设。加快建设浙江光电子研究院。',
    ].join('\n'));
    expect(b.nodes.filter((n) => n.label === 'Task')).toEqual([]);
  });

  // 中共莆田市委、莆田市人民政府 关于支持“双招双引”的十条意见, the opening kept on one line in a public repository's
  // script (stored index file 4561487438)
  it('reads a 责任单位： sentence run on after the item text, the next item glued to it', () => {
    const tasks = tasksOfLines(['1.对来莆田创新创业和成果转化的国内外高层次创新创业团队，经认定，在“壶兰计划”补助的基础上，再给予 100 万元用于科学研究；对诺贝尔奖获得者、“两院”院士、国家最高科学技术奖获得者等顶尖人才或携带具有国际先进水平技术成果产业化项目来莆落户的创业团队，通过“一事一议”方式报请市委、市政府研究同意，最高给予 5000 万元资助。责任单位：市委组织部、市科技局。2.对实际投资 2 亿元或年纳税总额 5000 万元以上的招商项目(包括现有企业增加投资、企业并购增加投资)，世界 500 强企业的外商直接投资项目(投资额不设下限)，当年度投资（使用自有资金，下同）到位 5000 万元，给予自主认定四类人才指标 1名，每增加实际到位投资额 5000 万元增加 1 名指标，同一企业当年度最多不超过 10 名。责任单位：市发改委、市财政局、市工信局、市商务局。']);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ lead: [], support: [], responsible: ['市委组织部', '市科技局'] });
    expect(tasks[1]).toMatchObject({ lead: [], support: [], responsible: ['市发改委', '市商务局', '市工信局', '市财政局'].sort() });
  });
});
