// Prose roles in 上海 notices and work rules that annotate no duty (fresh31): excerpts of the published texts (source beside
// each); the expected units were written from the text (the set's labels).
import { describe, expect, it } from 'vitest';
import { patternKind, isCollective } from '../../../graph/units/surface.ts';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('prose roles of notices and work rules (fresh31)', () => {
  // 上海市生态环境局关于开展本市建设用地土壤污染状况初步调查监督检查工作的通知 (沪环土〔2022〕235号), fresh31
  // shanghai-turang-chubu-jiancha-2022: the notice's own 一、–五、 are its only items, then its contact block and its list of
  // attachments. Neither the 联系人 field nor the numbered attachment titles are part of the plan's duties or items.
  const chubu = () => tasksOfLines([
    '各区生态环境局，上海化工区管委会，上海自贸区管委会保税区管理局，上海自贸区临港新片区管委会，各有关单位：', '',
    '一、各单位要根据《建设用地土壤污染状况初步调查监督检查工作指南（试行）》（以下简称《工作指南》，见附件1）和《建设用地土壤污染状况调查质量控制技术规定（试行）》（见附件2）要求，对本行政区域建设用地土壤污染状况调查的初步调查关键环节（包括采样分析工作计划、现场采样和实验室检测分析）以及土壤污染状况调查报告进行监督检查。', '',
    '五、市生态环境局对各区建设用地土壤污染状况初步调查报告组织抽查，对存在重大问题的单位进行通报。', '',
    '联系人：市生态环境局土壤处  谢宇雷', '', '电  话：23115682', '',
    '附 件：1. 生态环境部《建设用地土壤污染状况初步调查监督检查工作指南（试行）》', '',
    '2. 生态环境部《建设用地土壤污染状况调查质量控制技术规定（试行）》', '',
    '3. 地块土壤污染初步调查质控管理线上操作流程', '',
    '上海市生态环境局', '', '2022年12月16日',
  ]);

  it('reads the subjects of a notice whose only label is its 联系人 field', () => {
    expect(chubu().find((t) => t.path === '一')).toMatchObject({ responsible: ['各单位'] });
  });

  it('keeps the numbered attachment titles out of the last point, whose subject 对… does the work', () => {
    expect(chubu().map((t) => t.path)).toEqual(['一', '五']);
    expect(chubu().find((t) => t.path === '五')).toMatchObject({ responsible: ['市生态环境局'] });
  });

  // 上海市政府质量奖评审工作规范 (2025), fresh31 shanghai-zhiliangjiang-pingshen-2025: `2．遴选评审员。` is the item's title on
  // its own line; the office that does the work opens the next line. 1．审定。 likewise, its subject before 召开.
  it('reads the subject on the line after a `N．title。` line', () => {
    const tasks = tasksOfLines([
      '（四）评审准备', '',
      '1．申报材料受理。', '', '申报材料包括：', '', '（1）上海市政府质量奖申报表；', '',
      '2．遴选评审员。', '',
      '上海市政府质量奖审定委员会办公室（以下简称“市审定办”）根据申报质量管理模式（成果）的行业特点，在上海市政府质量奖评审员库中遴选评审员，评审员签署《上海市政府质量奖评审员纪律承诺书》和《上海市政府质量奖评审工作回避申请表》，并于评审前反馈市审定办。', '',
      '（九）审定公示', '',
      '1．审定。', '',
      '上海市政府质量奖审定委员会（以下简称“市审定委”）召开专题会议，审议获奖建议名单，确定拟获奖名单。', '',
    ]);
    const byPath = Object.fromEntries(tasks.map((t) => [t.path, t.responsible]));
    expect(byPath['(四)/2']).toEqual(['上海市政府质量奖审定委员会办公室']);
    expect(byPath['(九)/1']).toEqual(['上海市政府质量奖审定委员会']);
  });

  // Same rules, 四、(六)、(七): the office by its short form, then 适时, 对…, 通知, 邀请 — what it does.
  it('reads a short-form subject before 适时, 对, 通知 and 邀请', () => {
    const tasks = tasksOfLines([
      '上海市政府质量奖审定委员会办公室（以下简称“市审定办”）根据申报质量管理模式（成果）的行业特点遴选评审员。', '',
      '（六）资料评审', '', '1．资料评审准备。', '',
      '（1）市审定办制定资料评审方案，包括资料评审分组、评审员分工及评审进度安排等；', '',
      '（3）市审定办适时向各评审组发放资料评审通知、申报材料、评审标准。', '',
      '（5）市审定办对未入围现场评审的质量管理模式（成果），反馈资料评审结果。', '',
      '（七）现场评审', '', '1．现场评审准备。', '',
      '（5）市审定办通知评审员参加现场评审，发放《上海市政府质量奖现场评审实施计划表》；', '',
      '（6）市审定办邀请观察员和推荐方参加现场评审，发放《上海市政府质量奖现场评审实施计划表》。', '',
    ]);
    const names = (path: string) => tasks.find((t) => t.path === path)?.responsible;
    for (const path of ['(六)/1/(3)', '(六)/1/(5)', '(七)/1/(5)', '(七)/1/(6)']) expect(names(path), path).toEqual(['市审定办']);
  });

  // 上海市水务建设工地扬尘在线监测系统安装工作的通知 (沪水务〔2025〕480号), fresh31 shanghai-shuiwu-yangchen-2025, and 普陀区绿化和市容
  // "十五五"规划 (2026), fresh31 putuo-lvhua-shirong-shiwuwu-2026: `（七）其他规定` and `其他更新片区：…` open with 其他 but name a
  // topic and a place, no body.
  it('reads 其他 as a collective only when bodies close it', () => {
    expect(tasksOfLines([
      '一、工作要求', '', '（七）其他规定', '',
      '扬尘在线设备安装后相关数据应连接至本市扬尘在线数据业务应用管理平台。扬尘在线监测系统的技术性能应满足《扬尘在线监测技术规范》（DB31/T1433—2023）要求，合格供应商可参照市住房城乡建设管理委有关规定执行。',
    ]).flatMap((t) => t.responsible)).not.toContain('其他规定');
    expect([isCollective('其他规定'), isCollective('其他更新片区'), isCollective('其他部门'), isCollective('其他成员单位')]).toEqual([false, false, true, true]);
  });

  // 上海市交通委 2024 精细化 list, fresh23 shanghai-jiaotong-jingxihua-2024, row (33): its lead cell is the 委's own `建设处`, as
  // other rows name 安全监管处 and 货运处.
  it('reads a 委\'s 建设处 as a unit', () => {
    expect([patternKind('建设处'), patternKind('货运处')]).toEqual(['department', 'department']);
  });

  // 青浦区农房建筑风貌管理办法 (2023), fresh26 qingpu-nongfang-fengmao-2023, 第五条（管理部门）: a body that 是…主管部门, and bodies
  // listed 等其他部门 before 根据…做好.
  it('reads the body that 是…主管部门 and a list closed by 等其他部门', () => {
    const tasks = tasksOfLines([
      '第五条（管理部门）',
      '青浦区建设管理委员会（以下简称“区建设管理委”）是本区村民建房的建筑活动主管部门，负责本辖区内村民建房的建筑活动监督管理和农房建筑风貌的引导。',
      '青浦区农业农村委员会、青浦区规划和自然资源局等其他部门根据《上海市青浦区农村村民住房建设管理实施细则》（青府规发〔2019〕4号）第四条的规定按照各自职责做好相关工作。',
      '第六条（风貌管控）', '镇（街道）应当加强村民建房风貌管控。',
    ]);
    expect(tasks.find((t) => t.path === '第五条')?.responsible).toEqual(['青浦区农业农村委员会', '青浦区建设管理委员会', '青浦区规划和自然资源局']);
  });

  // 上海市水务局关于做好上海市水务建设工地扬尘在线监测系统安装工作的通知 (沪水务〔2025〕480号), fresh31
  // shanghai-shuiwu-yangchen-2025: the notice sets its own requirements (…通知如下：) and attaches no plan, so the leaves of its
  // 一、工作要求 are its tasks, as a plan's would be, though they bind parties and name no body; not its scope, (一)适用范围, nor
  // (五)设备联动保障, a safeguard by its title that names no body (action-headings.ts's rule for plans).
  it('reads the leaves of a notice that sets its own requirements as tasks', () => {
    const batchTasks = tasksOfLines([
      '上海市水务局关于做好上海市水务建设工地扬尘在线监测系统安装工作的通知', '', '沪水务〔2025〕480号', '', '各有关单位：', '',
      '为深入贯彻落实习近平总书记关于生态文明建设重要论述，现就做好上海市水务建设工地扬尘在线监测系统安装工作通知如下：', '',
      '一、工作要求', '', '（一）适用范围', '',
      '本通知适用于本市范围内施工周期大于7个月的新建、改建、扩建水务建设工程（机电设备安装等不产生扬尘施工的标段除外）。', '',
      '（四）点位设置', '',
      '监测点位应设置于建筑施工区域围挡安全范围内，且可直接监控工地现场主要施工活动的区域。', '',
      '（五）设备联动保障', '',
      '现场应确保为相关监测设备提供稳定的电源；场界围墙喷雾降尘系统应实现与扬尘在线监测数据联动。', '',
      '特此通知。',
    ], '上海市水务局关于做好上海市水务建设工地扬尘在线监测系统安装工作的通知');
    expect(batchTasks.map((t) => t.path)).toEqual(['一/(四)']);
  });

  // 嘉定工业区地下空间突发事件应急预案 (嘉工管委发〔2025〕9号), fresh28 jiading-gongyequ-yuan-2025, 7.3: enterprises before 对 are
  // the parties the 预案 relies on, while 各级…部门 before 对 (上海 2022 联动监管) are bodies doing its work.
  it('reads no collective of enterprises before 对 as a duty holder', () => {
    const tasks = tasksOfLines([
      '7应急保障', '', '7.1队伍保障', '', '各相关部门和单位要加强应急救援队伍的业务培训和应急演练。', '',
      '7.3通信保障', '', '各基础电信运营企业对地下空间突发事件应急处置提供通信保障。', '',
    ]);
    expect(tasks.find((t) => t.path === '7/7.3')?.responsible ?? []).toEqual([]);
  });

  // 金汇镇小型建设工程 实施意见 (2019), fresh24 jinhui-xiaoxinggongcheng-2019: its last point names the text's keeper, then the notice's
  // list of attachments (no items of it since the 附件：1、… rule): no duty of the plan.
  it('reads no duty in 本意见由X负责解释', () => {
    const tasks = tasksOfLines([
      '五、其他', '', '(一)本意见自发布之日起施行。', '', '(三)本意见由金汇镇建设工程项目管理领导小组办公室负责解释。', '',
      '附件：1、金汇镇小型建设工程项目审批表', '', '2、金汇镇小型建设工程项目备案表', '', '3、金汇镇小型建设工程项目流程图',
    ]);
    expect(tasks.flatMap((t) => t.responsible)).toEqual([]);
  });
});
