// Duty conventions first met in fresh19 (scored once, then tuned on), one per test, on excerpts of the published
// text (source beside each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable, sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh19)', () => {
  // http://www.fsou.net/html/text/lar/170068/17006861_1.html (十堰市 2008年十件实事责任落实及任务分解方案, a law site's page)
  const SHIYAN = [
    '三、实施农村寄宿制学校建设工程,对农村200所中小学实施改水、改厕',
    '',
    '  (一)责任领导:高勤',
    '',
    '  (二)责任单位:市教育局',
    '',
    '  (三)协办单位:市财政局、农业局,各县市区人民政府,武当山旅游经济特区、十堰经济开发区',
    '',
    '  (四)项目内容及任务分解:农村中小学实施改水、改厕,计划安排200所。',
    '',
    '  (五)资金筹措:预计需投入资金2000万左右,其来源为:一是由县市区财政投入;三是市教育局争取省新农村卫生校园建设工程补助资金。',
    '',
    '  (六)完成时限:2008年内',
    '',
    '  四、建设通村水泥路1500公里,将已建成的7500公里村级水泥路纳入养护范围',
    '',
    '  (一)责任领导:梁吉祥',
    '',
    '  (二)责任单位:市交通局',
    '',
    '  (三)协办单位:各县市区人民政府,武当山旅游经济特区、十堰经济开发区',
    '',
    '  (四)项目内容及任务分解:',
    '  1、新建通村水泥路1500公里,其中丹江口市230公里、郧县260公里。',
    '  2、将7500公里通村水泥路全部纳入养护范围,其中:丹江口市1060公里、郧县1300公里。',
    '',
    '  (五)资金筹措:1500公里通村水泥路建设资金由国家、省按每公里10万元予以补助,不足部分由各县市区政府自筹。',
  ];

  it('reads an item\'s numbered fields ((一)责任领导 … (六)完成时限) as its annotation block: 责任单位 beside 协办单位 leads (十堰 2008)', () => {
    expect(tasksOfLines(SHIYAN).map(sorted)).toEqual([
      { lead: ['市教育局'], support: ['农业局', '十堰经济开发区', '各县市区人民政府', '武当山旅游经济特区', '市财政局'].sort(), responsible: [] },
      { lead: ['市交通局'], support: ['十堰经济开发区', '各县市区人民政府', '武当山旅游经济特区'].sort(), responsible: [] },
    ]);
  });

  it('takes neither the fields nor the steps inside a content field (四)项目内容及任务分解 as tasks (十堰 2008)', () => {
    const tasks = dutyTable(batchOf(SHIYAN.join('\n'))).filter((r) => r.label === 'Task');
    expect(tasks.map((t) => t.path)).toEqual(['三', '四']);
  });

  // http://www.fsou.net (法搜网's copy of 汴政办〔2005〕34号, 开封市 省政府第八次全体会议确定事项分解落实意见)
  it('reads own-line fields with units a space apart and the lead a 工作要求 field names among them (开封 2005)', () => {
    expect(tasksOfLines([
      '  一、于重点项目建设',
      '  1.一定的投资拉动仍然是现阶段我省经济实现平稳较快增长的关键。各方面都必须落实重点项目建设责任制,确保工程建设质量。',
      '  责任领导:吉炳伟',
      '  责任单位:市发改委 五县五区政府 开发区管委会',
      '  责 任 人:安洪海 五县县长 五区区长 李兵纪',
      '  工作要求:由市发改委牵头,并负责报进度。',
      '  2.运输项目建设。要确保完成高速公路投资280亿元。',
      '  责任单位:市交通局',
      '  工作要求:由市公路局牵头,并负责报进度。',
    ]).map(sorted)).toEqual([
      { lead: ['市发改委'], support: ['五县五区政府', '开发区管委会'], responsible: [] },
      // A 工作要求 naming a unit the block does not list adds none and picks no lead.
      { lead: [], support: [], responsible: ['市交通局'] },
    ]);
  });

  // http://www.fsou.net (法搜网's page 4 of 萍乡市 2008年为民办实事项目1-3月份进展情况的通报: the table's rows glued, no header)
  it('reads a glued progress row\'s unit cell after its last date, a wrapped list and a person before it (萍乡 2008, the page whole)', () => {
    expect(tasksOfLines([
      '市城管执法局',
      '57城区绿化工程建成区绿地率达35%,绿化覆盖率达40%,人均公共绿地达9平方米已完成萍水河两岸绿化、秋收广场植树绿化、行道树和老城区绿化补栽等项目,栽种樟树、银杏、红枫7100多株,小苗15万株,启动六项绿化达标活动2008年2009年市建设局',
      '58滨河北路临河房屋',
      '立面改造',
      '对滨河北路临河老房屋进行穿衣戴帽改造方案已报市政府2008年2008年11月市治河办',
      '59新城区基础设施建设修建齐民路、郑和路、江南路核心区基础设施已启动规划设计等前期工作2008年6月2009年新城区管委会',
      '60迎宾路改造按60米宽城市道路标准改造高速下线迎宾路及工业大道改造已开工迎宾路改造工作,预计8月底完工2008年2008年新城区管委会、',
      '上栗县、安源区、开发区',
      '61秋收大道迎宾路口至秋收起义广场贯通已完成从320国道至秋收广场段征地拆迁工作,建设工程已正式启动,预计10月中旬完工2008年2008年孙家群开发区、',
      '安源区',
      '62鹅湖公园三期改造人工岛、百姓大舞台修建,游步道改造等已开工建设百姓大舞台,预计8月投入使用2008年1月2008年12月张学民市建设局',
      '63秋收起义广场绿化',
      '及设施改造',
      '栽种树木,完善照明、防雷等设施绿化工作已完成,启动照明、防雷设施改造前期工作2008年1月2008年12月市建设局',
      '64煤气质量改造工程萍钢焦化厂新上湿法脱硫工艺,进一步提高煤气质量已启动前期工作2008年2008年12月萍钢、',
      '市环保局',
      '65公交车辆更新、站台改造更新公交车辆60辆,改造部分站台站台改造已动工,更新车辆已作出计划2008年1月2008年12月市建设局',
      '66环卫设施建设工程新建5个和改造24个市区公厕已制定建设和改造方案2008年2009',
    ]).map((t) => t.responsible)).toEqual([
      // The page's first line is the last cell of a row the page lost: no task. 上栗县 and 安源区 (counties named bare) are
      // their governments; 萍钢 is read onto the labelled line, though no unit the resolver knows; row 66 is cut before its units.
      ['市建设局'], ['市治河办'], ['新城区管委会'], ['上栗县', '安源区', '开发区', '新城区管委会'], ['安源区', '开发区'], ['市建设局'], ['市建设局'], ['市环保局'], ['市建设局'], [],
    ]);
  });

  it('leaves a numbered list whose lines end in a date and no unit as it is', () => {
    expect(tasksOfLines([
      '1.完成城区绿化工程建设2008年',
      '2.完成滨河北路改造2008年底',
      '3.完成新城区基础设施建设2009年6月',
      '(责任单位:市建设局)',
    ]).map((t) => t.responsible)).toEqual([[], [], ['市建设局']]);
  });

  // 江苏省劳动和社会保障厅 2007: 对省政府2007年工作目标任务中涉及我厅目标任务分解落实方案 (a department's split, the pages corpus)
  it('keeps an annotation closing its item\'s own line with that item where a number is missing before the next line (江苏 2007)', () => {
    const b = batchOf([
      '一、目标分解',
      '5.城镇居民人均可支配收入增长9%,农民人均纯收入增长8%左右。 (工资处、就管中心)',
      '7.城镇登记失业率控制在4%。 (就业处、就管中心)',
    ].join('\n'));
    expect(dutyTable(b).filter((r) => r.label === 'Task').map((r) => [r.path, r.responsible])).toEqual([
      ['一/5', ['就管中心', '工资处']],
      ['一/7', ['就业处', '就管中心']],
    ]);
  });

  // 福建省 2005(?) 治理“餐桌污染”、建设“食品放心工程”工作方案 (a repost masking its years as *; the pages corpus)
  it('reads an item that opens with its duties right after its marker: 由X负责,A、B配合 (福建 ≈2005)', () => {
    expect(tasksOfLines([
      '一、治理畜牧业产品污染',
      '(一)由省经贸委负责,省农业厅、环保局、福建出入境检验检疫局配合,加快省级无公害畜禽基地建设,确定一批省级规模生猪、蛋禽无公害基地。',
    ]).map(sorted)).toEqual([
      { lead: ['省经贸委'], support: ['环保局', '省农业厅', '福建出入境检验检疫局'].sort(), responsible: [] },
    ]);
  });

  // A model-essay site's copy of a 县 小春生产意见 (2008, place stripped; the pages corpus): its page opens inside an item
  it('reads the tail of an item a page opens with, closed by its own-line annotation before the first heading, as a task (小春 2008)', () => {
    expect(tasksOfLines([
      '县小春生产意见',
      '10000亩高稳农田(地)建设,推广绿肥种植和秸杆还田等技术,促进农田(地)大面积上档升级,土壤肥力上升一个等级的目标。',
      '责任单位:县农业局、各乡镇人民政府。',
      '(七)抓好农业技能培训',
      '围绕秋冬农业开发,大力开展农业科技培训,举办培训现场会40期(次),参训3800人(次)。',
      '责任单位:县农业局、各乡镇人民政府。',
    ]).map((t) => [t.title.slice(0, 8), t.responsible])).toEqual([
      ['10000亩高稳', ['县农业局', '各乡镇人民政府']],
      ['抓好农业技能培训', ['县农业局', '各乡镇人民政府']],
    ]);
  });
});
