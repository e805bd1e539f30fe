// Items numbered by name rather than by figure (fresh26, fresh24): articles 第N条 of an 实施意见 or 若干意见, and a
// 行动方案's `——任务N：` list. Excerpts of the published texts (source beside each); the expected items were read
// from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { findMarkers } from '../../../graph/outline/markers.ts';
import { buildOutline } from '../../../graph/outline/outline.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const items = (text: string) => findMarkers(text, () => false).filter((m) => m.kind === 'item').map((m) => m.number);
const tasks = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task');

describe('items numbered by name', () => {
  // https://www.shanghai.gov.cn/zhengce/detail?businessId=00831379333 (青规划资源〔2023〕115号, 青浦区 农房风貌 实施意见)
  const qingpu = [
    '第一章  总则',
    '第五条（管理部门）',
    '青浦区建设管理委员会（以下简称“区建设管理委”）是本区村民建房的建筑活动主管部门，负责本辖区内村民建房的建筑活动监督管理和农房建筑风貌的引导。',
    '第六条（施工图纸）',
    '镇（街道）应在区建设管理委的指导下，根据风貌管控正负面清单，结合辖区实际情况委托具备资质的设计单位编制农房设计推荐图集，明确平面布局、建筑面积、建筑高度、色彩材质以及屋面形式等内容，报区联席会议（办公室）审议通过后供辖区内村民建房使用。',
  ].join('\n');

  it('reads an article 第N条（标题） on its own line as an item, numbered as printed', () => {
    expect(items(qingpu)).toEqual(['第五条', '第六条']);
    const rows = tasks(qingpu);
    // The chapter over them (第一章  总则) is their part (fresh27: chapters over articles).
    expect(rows.map((r) => r.path)).toEqual(['第一章/第五条', '第一章/第六条']);
    expect(rows.map((r) => r.title)).toEqual(['(管理部门)', '(施工图纸)']);
  });

  it('reads an article that frames the text (目的依据, 适用范围) as a section, no task', () => {
    const text = [
      '第一条（目的依据）',
      '为进一步推进我区农村村民建房建筑风貌的提升，提高农村人居环境整治工作水平，建设宜居宜业和美乡村，根据《上海市农村村民住房建设管理办法》（沪府令16号）、《上海市青浦区农村村民住房建设管理实施细则》（青府规发〔2019〕4号）及相关文件，并结合我区实际，制定本实施意见。',
      '第二条（适用范围）',
      '本实施意见适用于本区行政区域内集体所有土地上的农村村民新建、改建、扩建、翻建及修缮住房的风貌管理。',
      qingpu.split('\n').slice(1).join('\n'),
    ].join('\n');
    expect(dutyTable(batchOf(text)).map((r) => [r.path, r.label])).toEqual([['第一条', 'Section'], ['第二条', 'Section'], ['第五条', 'Task'], ['第六条', 'Task']]);
  });

  // https://www.shanghai.gov.cn/zhengce/detail?businessId=c9de9d98-2f04-4c6c-b2e2-efe0921ef29d (吴淞街道 限额以下建设工程管理若干意见, 2024)
  it('reads an article whose title follows a full-width space, or nothing once the space is gone', () => {
    const text = [
      '第五条　履行全面管理职责',
      '',
      '建设单位或经营者应定期对施工现场进行检查，督促参建单位履行相应的职责与义务，发现违反工程质量、安全生产以及文明施工管理规定的应当及时制止，并督促责任单位进行整改。',
      '',
      '第六条施工现场管理体系',
      '',
      '施工单位应建立健全工程施工现场管理体系。',
    ].join('\n');
    expect(items(text)).toEqual(['第五条', '第六条']);
    expect(tasks(text).map((r) => r.title)).toEqual(['履行全面管理职责', '施工现场管理体系']);
  });

  it("reads an article's own points 1、 2、 as its sub-items, not as a list restarting at 1 after a lost heading", () => {
    const text = [
      '第十二条　建立发现机制',
      '城运中心网格监督员、市容第三方服务人员、属地居委及开发公司（厂区）负责巡查区域时，发现未批先建的现场责令停工并告知办理申报手续的地址和经办人员联系方式，发现商户在施工时未按图纸施工的情况后通知先停工并及时上报街道综合行政执法队处置。街道综合行政执法队负责对未批先建及未按图施工的情况进行现场执法处置。',
      '第十三条　安全管理细则',
      '1、健全施工现场安全保障体系，落实项目负责人为施工现场安全生产第一责任人制度，制定安全可靠的施工作业方案，提供合格的防护用具，严格落实安全生产防护措施，确保施工安全。',
      '2、加强现场安全教育，在施工前对施工人员进行安全生产作业交底，保证施工人员充分了解施工过程中的安全风险、注意事项、禁止行为和应急措施。',
    ].join('\n');
    const outline = buildOutline({ text, annotations: [], gapsAt: [] });
    // The excerpt opens at 第十二条 (a skip, as any excerpt); no restart: 1、 does not open a gap under a lost heading.
    expect(outline.gaps.map((g) => g.reason)).toEqual(['numbering-skip']);
    expect(tasks(text).map((r) => r.path)).toEqual(['第十二条', '第十三条/1', '第十三条/2']);
  });

  it('does not read an article cited at a line start inside its sentence (第五条规定的…) as an item', () => {
    expect(items('第五条规定的建筑活动主管部门，负责本辖区内村民建房的建筑活动监督管理。')).toEqual([]);
  });

  // https://ghzyj.sh.gov.cn/zcwj/zhl/20260312/9c7de5f29d9142858506fa3d80c27c2b.html (2026年上海市城市更新规划资源行动方案)
  it('reads `——任务N：title` as an item, its body on the next line', () => {
    const text = [
      '一、统筹更新任务',
      '行动1：加强规划引领与任务统筹',
      '——任务1：协同开展《上海市城市更新专项规划》编制工作',
      '。强化城市总体规划对城市更新的引领作用，进一步完善城市更新规划体系。以“上海2035”总规为依据，紧密衔接近期实施规划，协同市更新办开展《上海市城市更新专项规划》编制工作。',
      '——任务2：推进《上海历史文化名城保护规划（2024—2035年）》编制与实施',
      '。完成规划报批并做好批复后的宣贯和实施工作。深化老城厢历史风貌保护专项规划编制研究。',
    ].join('\n');
    expect(items(text)).toEqual(['任务1：', '任务2：']);
    expect(tasks(text).map((r) => r.title)).toEqual(['协同开展《上海市城市更新专项规划》编制工作', '推进《上海历史文化名城保护规划(2024—2035年)》编制与实施']);
  });
});
