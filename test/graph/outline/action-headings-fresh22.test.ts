// Leaf headings of a plan's actions with duties only in prose (重点任务, 保障措施, 实施步骤 items, 三、职责分工): tasks
// with or without units; guidance (基本原则) and titles whose bodies the copy left out stay sections.
// Expected tasks written from the texts (the labels of test/fixtures/real/fresh22, fresh23, fresh10) before the rule.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const labelled = (text: string) => dutyTable(batchOf(text)).map((r) => [r.path, r.label]);

// zhiyao87/Shanghai-Gov-Docs-Index docs/市容绿化与景观/上海市徐汇区人民政府办公室关于转发区绿化市容局制订的《关于进一步加强本区装修垃圾处理的工作方案》的通.md
// (https://www.shanghai.gov.cn/zhengce/detail?businessId=0073271160; test/fixtures/real/fresh22/xuhui-zhuangxiu-2017),
// 二、重点任务 (一)–(二) and 四、保障措施 (二), shortened.
const XUHUI = [
  '关于进一步加强本区装修垃圾处理的工作方案',
  '二、重点任务',
  '(一)解决居民区装修垃圾积压现象',
  '自2016年6月起，本市装修垃圾未经分拣，一律不得处置。本区人工分拣，日分拣处置能力300吨/日。',
  '(二)打击装修垃圾非法倾倒现象',
  '2016年本市建筑垃圾落实属地处理以来，各中心城区装修垃圾处理难的共性问题不断凸显。',
  '四、保障措施',
  '(二)提高运能及产量',
  '根据居住区实际情况，因地制宜调整运输路线、清运时间，有效提高运能。',
].join('\n');

// zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/关于印发《2026年虹口区为老旧小区内既有的40个电动自行车集中充电（停放）场所加装消防设施的消防为.md
// (https://www.shanghai.gov.cn/zhengce/detail/0076::6b31f6975fb1430d9a76fb435f8aed34; fresh23/hongkou-chongdian-2026),
// 三、职责分工 to 五、经费保障, shortened: steps written as their titles alone.
const HONGKOU = [
  '2026年虹口区电动自行车集中充电（停放）场所加装消防设施实施方案',
  '三、职责分工',
  '该为民办实事项目建设主体为区应急局，统筹开展项目建设、工程验收和管理移交等工作。',
  '四、实施步骤',
  '按照“统一组织、统一标准、分步实施”的原则，有序推进为民办实事项目。',
  '(三)第三季度：全面实施建设施工。',
  '(四)第四季度：完成项目施工和自查验收工作。',
  '五、经费保障',
  '经初步匡算，共需经费约400万元，由区级财政承担。',
].join('\n');

// zhiyao87/Shanghai-Gov-Docs-Index docs/市政与基础设施/上海市崇明区人民政府办公室关于印发本区深化农村公路管理养护体制改革实施方案的通知.md
// (https://www.shanghai.gov.cn/zhengce/detail?businessId=699a9e9e-9043-466d-954f-7e6d86035c69; fresh23/chongming-nongcungonglu-2021),
// 二、基本原则 (一), shortened: guidance, not a task.
const CHONGMING = [
  '本区深化农村公路管理养护体制改革实施方案',
  '二、基本原则',
  '(一)改革驱动，补齐短板。深化农村公路管理养护体制，完善资金投入保障、交通运输综合执法体制。',
  '(二)上下联动，落实责任。通过构建“市级指导、区级负责、镇级落实、社会参与”的工作格局。',
].join('\n');

// https://newton.com.tw/wiki/六盤水市人民政府關於進一步做好新形勢下就業創業工作的實施意見 (fresh10/liupanshui-jiuye-2015):
// the mirror keeps 三、政策措施's headings but not their text; an item with a numbered point under it is kept.
const LIUPANSHUI = [
  '六盘水市人民政府关于进一步做好新形势下就业创业工作的实施意见',
  '三、政策措施',
  '(一)弘揚就業創業精神。',
  '(二)放寬市場準入。',
  '(三)激活就業創業主體。',
  '7.鼓勵其他人員投身創業。鼓勵失業人員自立自強自主創業。',
].join('\n');

describe('leaf headings of a plan\'s actions', () => {
  it('reads 重点任务 items with prose only as tasks with no unit, and a 保障措施 item only when its text names who acts', () => {
    // 四、(二)'s text names no body (因地制宜调整运输路线…): a safeguard with no duty stays a Section, as the issue's rule and
    // the generated corpus's truth read it (fresh22's labels count it a task: the sets' labellers differ on 保障措施).
    expect(labelled(XUHUI)).toEqual([
      ['二', 'Section'], ['二/(一)', 'Task'], ['二/(二)', 'Task'], ['四', 'Section'], ['四/(二)', 'Section'],
    ]);
    expect(labelled(XUHUI.replace('因地制宜调整', '区绿化市容局因地制宜调整'))).toContainEqual(['四/(二)', 'Task']);
  });

  it('reads a 职责分工 or 经费保障 part and steps written as a dated title as tasks', () => {
    expect(labelled(HONGKOU)).toEqual([
      ['三', 'Task'], ['四', 'Section'], ['四/(三)', 'Task'], ['四/(四)', 'Task'], ['五', 'Task'],
    ]);
  });

  it('leaves guidance items (基本原则) as sections', () => {
    expect(labelled(CHONGMING)).toEqual([['二', 'Section'], ['二/(一)', 'Section'], ['二/(二)', 'Section']]);
  });

  it('leaves headings whose text the copy left out as sections', () => {
    expect(labelled(LIUPANSHUI).filter(([path]) => !path.includes('/7'))).toEqual([
      ['三', 'Section'], ['三/(一)', 'Section'], ['三/(二)', 'Section'], ['三/(三)', 'Section'],
    ]);
  });

  it('reads nothing as a task in a text with no plan title (a 政府工作报告)', () => {
    expect(labelled(XUHUI.replace('工作方案', '政府工作报告'))).not.toContainEqual(['二/(一)', 'Task']);
  });
});
