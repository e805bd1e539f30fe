// Duty conventions of 上海 district and town rules that annotate no duty (fresh32), one per test, on excerpts of the
// published texts (source beside each); the expected units were written from the text (the set's labels).
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh32)', () => {
  // 月浦镇村庄道路建设和养护管理办法（试行） (宝月府〔2019〕4号), fresh32 yuepu-cunzhuang-daolu-2019, zhiyao87/Shanghai-Gov-Docs-Index.
  it('reads a town office named 规划建设办 as the subject of its article and as its lead', () => {
    const tasks = tasksOfLines([
      '第三条 （管理部门职责）', '',
      '本镇村庄道路管理遵循“镇级为主、村级配合、安全为先、保障畅通”的原则。', '',
      '镇规划建设办是本镇村庄道路建设和养护管理的主管部门，管理、使用好村庄道路建设和养护资金，统筹编制并组织实施村庄道路建设和养护计划，做好村庄道路质量安全监管和设施量统计登记，保护好本辖区所有村庄道路的路产路权。镇城乡建管中心具体负责村主路的养护工作，指导并监督村委会做好村支路和宅间路的养护。', '',
      '第四条 （规划和用地）', '',
      '由镇规划建设办牵头负责，按照《上海市村庄规划编制与管理导则（试行）》和宝山区《关于<上海市村庄规划编制与管理导则（试行）>的补充规定》要求，将村庄道路纳入村庄规划中落实，村主路路面宽度原则上不超过8米，村支路路面宽度原则上不超过6米，宅间路路面宽度原则上不超过4米。', '',
    ]);
    expect(tasks.find((t) => t.path.includes('第三条'))).toMatchObject({ lead: [], support: [], responsible: expect.arrayContaining(['镇规划建设办']) });
    expect(tasks.find((t) => t.path.includes('第四条'))).toMatchObject({ lead: ['镇规划建设办'], support: [], responsible: [] });
  });

  // 罗店镇政府投资项目投资（财务）监理管理办法（试行） (宝罗府〔2020〕200号), fresh32 luodian-touzi-jianli-2020.
  it('ends a subject\'s name before 是 (镇财政所是镇级…主管部门 names 镇财政所, never 镇财政所是镇)', () => {
    const tasks = tasksOfLines([
      '第四条  各部门职能分工', '',
      '（一）镇财政所是镇级政府投资项目实施投资（财务）监理管理的主管部门，主要负责投资（财务）监理单位的委派、监督、指导和考核等工作。', '',
      '（二）项目主管部门（含各职能科室及纳入管理的公司、村）负责协调、解决投资（财务）监理单位以书面形式报告项目问题，督促落实改进。', '',
    ]);
    expect(tasks.find((t) => t.title.includes('镇财政所是'))).toMatchObject({ lead: [], support: [], responsible: ['镇财政所'] });
  });

  // 朱家角镇小额建设工程实施办法 (青朱府〔2025〕17号), fresh32 zhujiajiao-xiaoe-gongcheng-2025.
  it('reads `1.` steps whose first clause only sets the time or the case (项目开工后，由城建公司负责…)', () => {
    const tasks = tasksOfLines([
      '四、项目管理', '',
      '1.项目开工后，由城建公司负责做好工程的日常指导、监督工作，工程项目必须委托施工监理进行第三方全过程监督、管理。同时，对于项目监理单位及总包单位在项目评审过程中严格把关，同一施工周期内，同一项目负责人不得同时担任三个以上项目的现场管理，确保项目建设安全、质量双达标。', '',
      '2.涉及隐蔽工程的，由城建公司组织相关单位在隐蔽工程实施前核清工程量，及时留下隐蔽工程的影印资料和相关书面手续。', '',
      '3.工程完工后，由城建公司做好验收资料，组织相关单位对工程项目进行现场验收。验收通过后及时与各使用单位办理移交手续。', '',
    ]);
    // 组织相关单位 is what the company does, no collective of its own.
    expect(tasks.map((t) => t.responsible)).toEqual([['城建公司'], ['城建公司'], ['城建公司']]);
  });

  // 奉贤区绿色生态城区建设管理办法（试行） (沪奉建发〔2025〕2号), fresh32 fengxian-lvse-shengtai-2025.
  const fengxian = () => tasksOfLines([
    '第二章  机构职责', '',
    '第四条 建立奉贤区绿色生态城区建设联席会议机制(下称“联席会议”)，由区建设管理委主任任总召集人，成员单位由区发展改革委、区财政局、区规划资源局、区新城发展办、区建设管理委(区交通委)、区生态环境局、区水务局、区数据局、区绿化市容局、区房管局等相关职能部门及相关街镇组成。', '',
    '联席会议办公室设在区建设管理委。办公室统筹负责指导开发建设主体编制绿色生态城区的建设导则、图则和相关指标，完善管理流程、管理措施。区发展改革委、区财政局、区规划资源局、区新城发展办、区建设管理委(区交通委)共同牵头推进绿色生态城区建设管控工作，其他成员单位按照职责分工，协调做好绿色生态城区管控措施和推进工作。开发建设主体单位按照相关标准和要求，编制开发建设区域的《绿色生态城区专业规划》。', '',
    '第三章 管理流程', '',
    '第五条 对政府投资项目，相关单位应在项目建议书和可行性研究报告(初步设计深度)中，根据绿色生态专业规划，绿色生态城区建设导则、图则，明确绿色生态相关指标要求。', '',
    '对社会投资项目，属地街镇、开发建设主体单位应在投资协议中，根据绿色生态专业规划，绿色生态城区建设导则、图则，明确绿色生态相关指标要求。', '',
    '第六条 对以划拨方式取得土地使用权的建设工程项目，在规划土地意见书之前，区规划资源局应征询各成员单位意见。各成员单位应根据相关政策要求、绿色生态专业规划以及绿色生态城区建设导则和图则，提出绿色生态相关指标要求。', '',
  ]);

  it('reads `A、B…共同牵头` as every one of them leading, and the other members (其他成员单位) as support', () => {
    expect(fengxian().find((t) => t.path.endsWith('第四条'))).toMatchObject({
      lead: ['区发展改革委', '区建设管理委', '区新城发展办', '区规划资源局', '区财政局'], support: ['其他成员单位'], responsible: [],
    });
  });

  it('ends a subject\'s name at its modal (区规划资源局应征询各成员单位意见 names 区规划资源局, not one name up to 各成员单位)', () => {
    expect(fengxian().find((t) => t.path.endsWith('第六条'))).toMatchObject({ lead: [], support: [], responsible: ['区规划资源局', '各成员单位'] });
  });

  // 周浦镇农村村民住房建设管理行政审批事项相关规定 (浦周府规〔2022〕1号), fresh32 zhoupu-cunmin-jianfang-2022.
  it('shows a town government as written (镇人民政府 is no misspelling of 区政府)', () => {
    const batch = batchOf([
      '三、建立管理台账', '',
      '宅基地用地、建房审批完成后，将相关资料一式四份归档留案，并在批准之日起15日内，将审批情况分别上报区农业农村、规划资源行政管理部门备案。', '',
      '四、审批结果的公布', '',
      '经审批符合条件同意新建房屋(含翻建等)的，镇人民政府将农户建房的审批结果张榜公布，时间不少于30日，接受群众监督。', '',
      '公布期间有异议的，镇人民政府在5个工作日内对该户申请进行复核，并根据复核结果进行相应处理。', '',
    ].join('\n'));
    expect(dutyTable(batch).find((t) => t.path === '四')).toMatchObject({ lead: [], support: [], responsible: ['镇人民政府'] });
  });

  // 朱家角镇小额建设工程实施办法 (青朱府〔2025〕17号), fresh32 zhujiajiao-xiaoe-gongcheng-2025.
  it('reads the subject that meets an event first and then acts (项目办收到上述材料后及时组织…, 项目办接到申请后，及时组织…)', () => {
    const tasks = tasksOfLines([
      '二、项目审核', '',
      '（一）镇级财政建设项目', '',
      '1.镇机关各科室、企事业单位、居委会如有改、扩建项目、室内装修、屋顶翻修等项目，可向项目办提出书面申请。（申请要求参照《朱家角镇建设项目管理办法》）', '',
      '2.项目办收到上述材料后及时组织相关职能部门到实地查看，并对建设项目的合理性、可行性、规范性提出初步审核意见。项目如涉及土地、林地、水务、农业方面的，应征询土地工作部、城建中心、农服中心等进行预审把关，规避风险。农业、水利等专业性较强的项目由建设单位自行委托设计单位编制方案和初步预算，常规项目由城建公司负责编制或审核初步预算。', '',
      '3.项目办将初审通过的各类建设项目进行汇总，报建设项目工作专班进行会议决策。由会议决策提交政府办公会。预算外项目资金超过50万的，由申请单位先报书记专题会决策。', '',
      '4.为控制投资规模，立项或合同签订前，须经前期概算审核。', '',
      '（二）村级自筹建设项目', '',
      '1.本镇各行政村如有改扩建项目、室内装修、屋顶翻修以及农田水利、机耕路、道路、沟渠等建设项目，应向项目办提出申请，并附如下材料：①工程初步方案（设计图）、由城建公司编制的工程预算；②村两委班子会议纪要，必要时提供“四议两公开”相关资料。对于条线有特殊要求的项目，必须事先征求镇相关专业部门，向项目办提出申请。', '',
      '2.项目办接到申请后，及时组织相关职能部门到实地查看，并对项目的可行性、必要性和是否符合规划提出初步审核意见，并将初审通过的各类建设项目进行汇总，报建设项目工作专班进行会议决策。由会议决策提交政府办公会。', '',
    ]);
    expect(tasks.find((t) => t.path === '二/(一)/2')).toMatchObject({ lead: [], support: [], responsible: ['城建公司', '项目办'] });
    expect(tasks.find((t) => t.path === '二/(二)/2')).toMatchObject({ lead: [], support: [], responsible: ['项目办'] });
  });

  // 嘉定区绿色生态城区建设管理办法（试行） (嘉建管规范联〔2024〕1号), fresh32 jiading-lvse-shengtai-2024.
  it('reads the bodies a subject works with by 联合 as it reads 会同 (工作小组办公室联合各成员单位、行业专家…)', () => {
    const tasks = tasksOfLines([
      '第四章 保障措施', '',
      '第十二条 各成员单位应于每年年底前向工作小组办公室提交工作总结，由区建设管理委汇总，形成年度绿色生态城区建设推进情况工作报告。', '',
      '第十三条 依托嘉定区建筑业协会等，组织建立绿色低碳领域专家资源库。工作小组办公室联合各成员单位、行业专家，不定期对封浜新镇、远香湖中央活动区、嘉宝智慧湾绿色生态城区及远香湖中央活动区绿色低碳试点区建设项目开展抽查，并督促未落实或未满足指标要求的项目落实整改，保证绿色低碳指标要求高效落实。针对指标落实情况不理想的成员单位，建立通报制度。', '',
      '第十四条 统筹各成员单位构建绿色低碳技术库、产品库，鼓励和支持绿色低碳建设的科学研究和先进适用技术、新设备和新材料的推广使用。', '',
    ]);
    // 行业专家 are persons, no unit.
    expect(tasks.find((t) => t.path.endsWith('第十三条'))).toMatchObject({ lead: [], support: [], responsible: ['各成员单位', '工作小组办公室'] });
  });

  // 周浦镇农村村民住房建设管理行政审批事项相关规定 (浦周府规〔2022〕1号), fresh32 zhoupu-cunmin-jianfang-2022.
  it('reads `其中：X为牵头受理部门` as X leading, as `X是…牵头单位` is read', () => {
    const tasks = tasksOfLines([
      '一、审批制度', '',
      '农村村民住房建设管理实行联席会议制度，联席会议由三方部门组成：', '',
      '(一)镇规划建设和生态环境办公室', '',
      '(二)镇经济发展服务中心', '',
      '(三)浦东新区规划和自然资源局第四管理所(周浦所)', '',
      '其中：镇规划建设和生态环境办公室为牵头受理部门，集中受理村民委员会报送的书面申请等材料，并负责将建房申请材料在审核部门间流转以及审核通过后上报批准等工作流程。', '',
      '二、审批流程', '',
    ]);
    expect(tasks.find((t) => t.path.startsWith('一'))).toMatchObject({ lead: ['镇规划建设和生态环境办公室'] });
  });

  // 月浦镇村庄道路建设和养护管理办法（试行） (宝月府〔2019〕4号), fresh32 yuepu-cunzhuang-daolu-2019.
  it('reads an article titled on its line alone over paragraphs each headed by its unit as one task per paragraph', () => {
    const tasks = tasksOfLines([
      '第十四条（职责分工）', '',
      '镇规划建设办：负责村庄道路日常养护的监管、指导和考核。', '',
      '镇城乡建管中心：具体负责村主路日常养护的组织实施，开展对养护企业的考核；做好各级补贴资金的拨付与申请。', '',
      '各行政村：为村支路、宅间路养护的实施主体，负责道路日常养护的组织实施；开展对养护企业的考核。', '',
      '第十五条（养护管理范围）', '',
      '纳入村庄道路设备量的道路（建议村庄道路宽度大于2.5米）', '',
    ]);
    expect(tasks.filter((t) => t.path.startsWith('第十四条')).map((t) => t.responsible)).toEqual([['镇规划建设办'], ['镇城乡建管中心'], ['各行政村']]);
  });

  // What the rules above must not read, from fresh24 (tuned on before): 加强金汇镇小型建设工程项目管理实施意见 (奉金府〔2019〕9号),
  // fresh24 jinhui-xiaoxinggongcheng-2019. A body named inside the event (完成区交通委或相关行业主管部门的批准文件后，应…) is no
  // subject of the duty after it.
  it('reads no subject inside the event a step waits for', () => {
    const tasks = tasksOfLines([
      '(二)项目信息报送管理', '',
      '1、投资总额100万元及以上的新建、改建、扩建工程、装饰装修工程、房屋修缮工程(非住宅工程)的小型建设工程，完成立项批复后，应进行项目信息报送。', '',
      '2、投资总额100万元及以上的城市基础设施维修类的小型建设工程，完成区交通委或相关行业主管部门的批准文件后，应进行项目信息报送。', '',
      '3、其他类型工程按照各行业规定执行。', '',
    ]);
    expect(tasks.find((t) => t.title.includes('城市基础设施维修类'))).toMatchObject({ lead: [], support: [], responsible: [] });
  });

  // Left from the round before (fresh30): 上海市崇明区消防安全责任制实施办法 (沪崇府规〔2020〕2号), fresh30
  // chongming-xiaofang-zerenzhi-2020. 乡镇人民政府 opens the article's stem as 镇人民政府 does: the stem's unit is its items'.
  it('reads 乡镇人民政府 opening an article whose stem lists its duties (…还应当履行下列职责：) as each item\'s unit', () => {
    const tasks = tasksOfLines([
      '第九条  区政府依照有关规定成立的消防安全议事协调机构负责组织、协调全区消防工作并履行下列职责：', '',
      '（一）研究贯彻落实消防法律法规规章以及中央、国家及本市关于消防工作决策部署的具体举措。', '',
      '（二）定期召开专题会议，研究部署消防工作，分析研判本地消防安全形势，研究解决消防安全重大事项和加强消防工作的意见建议。', '',
      '（三）定期组织开展消防安全综合治理、消防宣传教育和应急疏散演练，总结推广各乡镇、各行业消防工作经验。', '',
      '（四）协调推进公共消防基础设施和多种形式消防队伍建设。', '',
      '（五）负责督办重大火灾隐患整改工作，检查、指导、监督、考核消防安全议事协调机构成员单位工作推进情况。', '',
      '（六）定期向区政府报告消防工作情况。', '',
      '（七）根据区政府要求，做好其他消防工作。', '',
      '第十条  乡镇人民政府除履行《办法》第十条规定的职责外，还应当履行下列职责：', '',
      '（一）应成立本乡镇消防安全议事协调机构，由政府主要领导或分管领导担任负责人，具体负责领导、协调、落实辖区消防工作。', '',
      '（二）每季度专题研究地区消防工作，每半年召开消防工作会议，并开展消防安全形势分析评估。', '',
      '（三）因地制宜落实消防安全“网格化”管理的措施和要求，加强火灾隐患排查及督改、消防宣传和应急疏散演练。', '',
      '（四）指导村（居）民委员会开展群众性的消防工作，建立健全防火巡查制度，提倡移风易俗，改变不良的用火习惯。', '',
    ]);
    expect(tasks.filter((t) => t.path.startsWith('第十条')).map((t) => t.responsible)).toEqual([['乡镇人民政府'], ['乡镇人民政府'], ['乡镇人民政府'], ['乡镇人民政府']]);
  });
});
