// Bodies named by level and function, and articles whose stem speaks for its items (fresh30, issue 9). A level's
// department for one field (镇文物行政管理部门, 区宣传部门) is a duty holder as written, where a field alone (文物行政管理部门)
// names none; an article's own paragraphs stop the item before it; an article's stem that lists its own duties
// (乡镇人民政府除履行…外，还应当履行下列职责：) gives its unit to its items, and speaks for them (not its chapter) when its
// body is no name read here; 村（居）民委员会 is every village's and neighbourhood's committee, one collective.
// Expected units written from the text (the labels of test/fixtures/real/fresh30) before the rules.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

const units = (lines: string[]) => tasksOfLines(lines).map((t) => [t.title.slice(0, 8), t.responsible]);

describe('bodies named by level and function', () => {
  // zhiyao87/Shanghai-Gov-Docs-Index docs/城市更新与历史保护/上海市奉贤区柘林镇人民政府关于印发《柘林镇文物保护管理办法》的通知.md
  // (fresh30/zhelin-wenwu-2023), 第十八条–第二十条 and 第二十八条 (numbered 二十一 here), shortened; 第十九条's (一)–(三)
  // are classes, its last paragraph a duty of the item before it (as the labels give it to (三)).
  const zhelin = [
    '第二章 不可移动文物',
    '',
    '第十八条 文物保护单位的保护范围内不得进行其他建设工程或者爆破、钻探、挖掘等作业。',
    '',
    '第十九条 本镇依照文物保护的相关法律、法规规定制定建筑类不可移动文物的保护要求。保护要求根据建筑的历史、科学和艺术价值以及完好程度，可以分为以下三类：',
    '',
    '(一)建筑的立面、结构体系、空间格局和内部装饰不得改变;',
    '',
    '(二)建筑的立面、结构体系、基本空间格局和有特色的内部装饰不得改变，其他部分允许适当改变;',
    '',
    '(三)建筑的主要立面、主要结构体系、主要空间格局和有价值的建筑构件不得改变，其他部分允许适当改变。',
    '',
    '镇文物行政管理部门应当会同同级房屋、市规划土地等相关行政管理部门，严格确定每处建筑类不可移动文物的保护类别并制定具体的保护措施。',
    '',
    '第二十条 镇文物行政管理部门应当将本行政区域内不可移动文物的保护要求书面告知不可移动文物的所有人、使用人、相关的物业管理单位，明确其保护义务以及相应的法律责任。',
    '',
    '第二十一条 文物收藏单位应当设置藏品档案，建立健全藏品管理制度。',
    '',
    '镇文物行政管理部门应当建立馆藏文物的档案数据库。',
  ];

  it('reads a level-prefixed department as the subject of its article, and an article ends the item before it', () => {
    expect(units(zhelin)).toEqual([
      ['文物保护单位的保', []],
      ['建筑的立面、结构', []],
      ['建筑的立面、结构', []],
      ['建筑的主要立面、', ['镇文物行政管理部门']],
      ['镇文物行政管理部', ['镇文物行政管理部门']],
      ['文物收藏单位应当', ['镇文物行政管理部门']],
    ]);
  });

  // zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/ (上海市崇明区人民政府, 2020; fresh30/chongming-xiaofang-zerenzhi-2020),
  // 第十二条's items (二十九)–(三十一), each headed by a level's department.
  it('reads items headed by a level and a field (区宣传部门, 区通信管理部门)', () => {
    expect(units([
      '第三章  区政府工作部门消防安全职责',
      '',
      '第十二条  区政府工作部门除履行《办法》第十三条、第十四条规定的职责外，还应当在各自职责范围内履行下列职责：',
      '',
      '（二十九）区宣传部门负责指导广播电视播出机构消防安全管理，指导、督促网络视听节目服务机构加强消防安全工作。',
      '',
      '（三十）区通信管理部门负责指导、督促通信业、通信设施建设的消防安全管理。',
      '',
      '（三十一）区电力管理部门负责指导、督促电力企业严格遵守国家消防技术标准，落实企业主体责任。',
    ])).toEqual([
      ['区宣传部门负责指', ['区宣传部门']],
      ['区通信管理部门负', ['区通信管理部门']],
      ['区电力管理部门负', ['区电力管理部门']],
    ]);
  });
});

describe('articles whose stem speaks for their items', () => {
  // fresh30/chongming-xiaofang-zerenzhi-2020, 第二章 and 第五章, shortened.
  const chongming = [
    '第二章  各级人民政府消防工作职责',
    '',
    '第八条  区政府全面履行国家法律法规规章以及《办法》第八条、第九条规定的消防安全职责。',
    '',
    '第九条  区政府依照有关规定成立的消防安全议事协调机构负责组织、协调全区消防工作并履行下列职责：',
    '',
    '（一）研究贯彻落实消防法律法规规章以及中央、国家及本市关于消防工作决策部署的具体举措。',
    '',
    '（五）负责督办重大火灾隐患整改工作。',
    '',
    '第十条  乡镇人民政府除履行《办法》第十条规定的职责外，还应当履行下列职责：',
    '',
    '（一）应成立本乡镇消防安全议事协调机构，由政府主要领导或分管领导担任负责人，具体负责领导、协调、落实辖区消防工作。',
    '',
    '（二）每季度专题研究地区消防工作，每半年召开消防工作会议，并开展消防安全形势分析评估。',
    '',
  ];

  it("gives items none of the chapter's units under a stem listing its own duties that names no unit read", () => {
    // 第八条 (区政府, as labelled) still takes its chapter's 各级人民政府 (not asserted); 第十条's stem names 乡镇人民政府, as
    // labelled, read as a level's government and shown as written (no longer bent into 区政府).
    expect(units(chongming).slice(1)).toEqual([
      ['研究贯彻落实消防', []],
      ['负责督办重大火灾', []],
      ['应成立本乡镇消防', ['乡镇人民政府']],
      ['每季度专题研究地', ['乡镇人民政府']],
    ]);
  });

  // The same text, 第二十一条 (a party's duty) and 第五章's 第二十二条 over its items, shortened.
  it('reads 村（居）民委员会 as one collective in a stem that names it first and lists its duties after a 除…外 clause', () => {
    expect(units([
      '第二十一条  建设工程的建设、设计、施工和监理等单位应当遵守消防法律、法规、规章和工程建设消防技术标准。',
      '',
      '第五章  村（居）民区相关主体消防工作职责',
      '',
      '第二十二条  村（居）民委员会应当协助政府及其派出机关做好消防安全工作，除应履行《办法》第二十四条规定职责外，还应履行下列消防安全职责：',
      '',
      '（一）开展群众性自防自救工作，组织村（居）民开展灭火和应急疏散演练，组织宣传消防安全常识。',
      '',
      '（二）定期对村（居）民居住场所及其有关公共场所开展消防巡查，指导个体经营场所开展消防安全区域联防。',
    ])).toEqual([
      ['建设工程的建设、', []],
      ['开展群众性自防自', ['村(居)民委员会']],
      ['定期对村(居)民', ['村(居)民委员会']],
    ]);
  });
});

describe('a 工作方案 with 责任单位 annotations and prose leads (fresh30 chongming-rushi-shidian-2023)', () => {
  // zhiyao87/Shanghai-Gov-Docs-Index (上海市崇明区人民政府办公室, 2023; fresh30/chongming-rushi-shidian-2023), 二、 and 四、, shortened.
  const rushi = [
    '上海市崇明区农村集体经营性建设用地入市试点推进工作方案',
    '',
    '二、试点工作组织',
    '',
    '（三）建立试点工作推进专班。建立由区规划资源局、区农业农村委牵头，区发展改革委、区经委、区财政局、区建设管理委、区住房保障房屋管理局、区投资促进办、区税务局等部门为主要成员的试点工作专班，形成协同推进、分头负责的组织架构。',
    '',
    '四、试点主要内容',
    '',
    '（一）制订试点配套文件',
    '',
    '1.《崇明区农村集体经营性建设用地入市管理办法》(责任单位：区规划资源局）',
    '',
    '2.《崇明区农村集体经营性建设用地土地增收收益调节金征收使用管理实施细则》（责任单位：区财政局）',
    '',
    '（二）开展入市地块摸底和意愿调查',
    '',
    '按照自然资源部及市规划资源局的工作要求，结合“三项负面清单”的目标，优先寻找国土空间规划已确定为商业、办公、租赁住房、工业、科研和公共基础设施等经营性用途（商品住宅除外），并经依法依规登记的集体建设用地的地块。',
  ];

  it('reads 建立由X、Y牵头，Z…等部门为主要成员的…专班 as leads and supports, and the items of a part of 主要内容 as tasks', () => {
    const tasks = tasksOfLines(rushi);
    expect(tasks.map((t) => t.title.slice(0, 8))).toEqual(['建立试点工作推进', '《崇明区农村集体', '《崇明区农村集体', '开展入市地块摸底']);
    expect([tasks[0].lead, tasks[0].support]).toEqual([
      ['区农业农村委', '区规划资源局'], ['区住房保障房屋管理局', '区经委', '区建设管理委', '区投资促进办', '区发展改革委', '区税务局', '区财政局'].sort(),
    ]);
  });
});
