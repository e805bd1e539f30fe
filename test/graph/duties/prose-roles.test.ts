// Roles written in running prose (duties/prose-roles.ts), one shape per test, on excerpts of published plans of
// fresh22–24 (source beside each); the expected units were written from the text (the sets' labels).
import { describe, expect, it } from 'vitest';
import { sortedDuties as units, tasksOfLines } from '../../support/ingest-text.ts';

/** Expected units by role, each list sorted as `units` sorts the parsed ones. */
const roles = (responsible: string[], lead: string[] = [], support: string[] = []) => units({ lead, support, responsible });

describe('roles written in running prose', () => {
  // 2026年虹口区…电动自行车集中充电（停放）场所加装消防设施…实施方案 (虹口区应急管理局), zhiyao87/Shanghai-Gov-Docs-Index
  it('reads the units that open the sentences of an item before a duty verb, split at 、', () => {
    const [task] = tasksOfLines([
      '三、职责分工',
      '',
      '区消防救援局负责协调、指导项目推进工作，对改造方案进行技术把关，并参加项目完工后的联合检查验收等工作。区财政局、区发改委负责落实项目所需经费。各属地街道负责排摸辖区内电动自行车集中场所底数情况，指导协调居民小区业委会配合开展消防实事项目。',
    ]);
    expect(units(task)).toEqual(roles(['区消防救援局', '区财政局', '区发改委', '各属地街道']));
  });

  // 关于加强金汇镇小型建设工程项目管理的实施意见 (2019), zhiyao87/Shanghai-Gov-Docs-Index (fresh24/jinhui-xiaoxinggongcheng-2019),
  // 三、2、, shortened: 由镇政府全额出资…的 says which projects, so 镇政府 (now read as a unit) is no duty holder there.
  it('reads no unit from a 由X clause closed by 的, which describes the case the sentence is about', () => {
    const [task] = tasksOfLines([
      '三、小型建设工程过程管理',
      '',
      '2、镇政府审批通过后，投资总额在100万元以下(含100万元)的小型建设项目，由镇政府全额出资且不需要办理规划、用地等手续的，由项目办按照有关规定向镇政府立项报批，并将批复文件抄送区发改委。',
    ]);
    expect(units(task)).toEqual(roles(['项目办']));
  });

  // 罗店镇市容环境卫生管理考核办法 (2020), zhiyao87/Shanghai-Gov-Docs-Index
  it('reads the unit named by 由X as responsible, at a clause\'s start or after what it governs (驻村保洁员今后由各村…)', () => {
    const [task] = tasksOfLines([
      '五、工作内容',
      '',
      '1、驻村保洁员属地化管理。驻村保洁员今后由各村属地化管理，由村委会负责保洁人员的日常管理、考核招录。',
      '',
      '2、垃圾分类。全面推进生活垃圾分类工作。',
    ]);
    expect(units(task)).toEqual(roles(['各村', '村委会']));
  });

  // 嘉定区2014年违法用地专项治理行动实施方案 (嘉府发〔2014〕43号), zhiyao87/Shanghai-Gov-Docs-Index
  it('reads X会同Y as both responsible, but not the bodies they act on (对各街镇…组织验收)', () => {
    const [task] = tasksOfLines([
      '五、保障措施',
      '',
      '（四）加强管理考核。区规土局将会同区监察局等部门对各街镇（管委会）专项治理行动开展情况组织验收，并将验收情况与年度绩效考核挂钩。',
    ]);
    expect(units(task)).toEqual(roles(['区规土局', '区监察局']));
  });

  it('reads a deadline\'s subject (应在…之前) and the subjects of a step\'s paragraphs, not a body only reported to (向…报告)', () => {
    const tasks = tasksOfLines([
      '四、行动步骤',
      '',
      '（一）准备阶段（2014年5月1日—6月30日）',
      '',
      '区政府成立2014年违法用地专项治理行动领导小组，区政府下发本区2014年违法用地专项治理行动实施方案，并进行专项部署。',
      '',
      '区规土局按照“全覆盖”的原则对本区违法用地进行梳理。',
      '',
      '各街镇（管委会）按照专项治理工作要求对辖区内的违法用地进行全面梳理，制定实施方案和整治计划。',
      '',
      '（二）整改阶段（2014年7月1日—11月15日）',
      '',
      '在整改过程中，各街镇（管委会）应在每月20日之前，向区专项治理领导小组办公室报告专项治理进展情况；区专项治理领导小组办公室应及时推进治理行动。',
    ]);
    // Names are shown NFKC-folded (full-width brackets as ( )).
    expect(tasks.map(units)).toEqual([roles(['区政府', '区规土局', '各街镇(管委会)']), roles(['各街镇(管委会)', '区专项治理领导小组办公室'])]);
  });

  // 金汇镇小型建设工程管理实施意见 (奉金府〔2019〕9号), zhiyao87/Shanghai-Gov-Docs-Index
  it('reads 由X牵头 as the lead, and a membership list after it as no duty', () => {
    const [task] = tasksOfLines([
      '(三)施工招投标管理',
      '',
      '1、责任主体。由项目办牵头办理招投标手续，成立招投标工作小组，成员为：财经科、规划科、监察室、财政所、城建中心、投资公司、建设单位等部门负责人。',
      '',
      '2、小型工程。施工单项合同估算值在100万元以上的小型建设工程，通过公开招标方式确定施工承包单位。',
    ]);
    expect(units(task)).toEqual(roles([], ['项目办']));
  });

  // 月浦镇文明施工管理办法 (2017), zhiyao87/Shanghai-Gov-Docs-Index
  it('leaves persons of a body (各村专管员, 镇市容办巡查员) and a time clause (…下发资金后) as no subject', () => {
    const tasks = tasksOfLines([
      '三、监管职责',
      '',
      '5.农村村民建房工程，由各村专管员及镇市容办巡查员对项目的安全生产和文明施工进行日常巡查和监督管理。',
      '',
      // 头桥街道建设用地减量化实施方案 (奉头街〔2024〕13号): 区规资局 only sets the time; 联席办 applies, 区财政局 is applied to.
      '七、资金拨付流程',
      '',
      '1、立项资金：区规资局立项批文下发后，由联席办向区财政局申请立项资金。',
    ]);
    expect(tasks.map(units)).toEqual([roles([]), roles(['联席办'])]);
  });

  // 关于进一步加强青浦区农村村民建房风貌管理的实施意见 (青规划资源〔2023〕115号), fresh26 qingpu-nongfang-fengmao-2023
  it('reads a short form the text defines for a body (以下简称“镇（街道）”) as that body wherever it opens a duty', () => {
    const tasks = tasksOfLines([
      '第五条（管理部门）',
      '镇人民政府及街道办事处（以下简称“镇（街道）”）受区建管委委托，落实村民建房风貌管控的各项要求并进行现场指导和监督检查。',
      '第六条（施工图纸）',
      '镇（街道）应在区建设管理委的指导下，根据风貌管控正负面清单，结合辖区实际情况委托具备资质的设计单位编制农房设计推荐图集。',
      '第八条（施工队伍管理）',
      '镇（街道）应加强对村民建房施工队伍的管理。',
    ]);
    // As written (NFKC-folded), which is how the labels name it; 受…委托 gives 第五条 no subject here.
    expect(tasks.map(units)).toEqual([roles([]), roles(['镇(街道)']), roles(['镇(街道)'])]);
  });

  it('reads no prose role in a plan that annotates its duties: there its prose is guidance (各单位要…)', () => {
    const tasks = tasksOfLines([
      '一、重点任务',
      '',
      '（一）推进充电场所改造。完成40个场所改造。（责任单位：区应急局）',
      '',
      '（二）强化组织领导。各单位要切实加强组织领导，区财政局要落实保障经费。',
      '',
      '（三）加强宣传引导。各街道要加强宣传。（责任单位：各街道）',
    ]);
    expect(tasks.flatMap((t) => [...t.lead, ...t.support, ...t.responsible])).toEqual(['区应急局', '各街道']);
  });
});
