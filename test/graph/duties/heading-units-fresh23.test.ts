// Duty lists at the end of a plan headed by their unit (fresh23, issue 9): a (一) item that is the unit's name alone
// over numbered duties, and a heading naming whose duties its items are (各街道消防工作责任): each item that names no
// unit of its own is that unit's, responsible, or lead where the item says it leads (牵头开展…). Expected units written
// from the texts (the labels of test/fixtures/real/fresh23) before the rule.
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

const units = (lines: string[]) => tasksOfLines(lines).map((t) => [t.title.slice(0, 8), t.lead, t.responsible]);

describe('duty lists headed by their unit', () => {
  // zhiyao87/Shanghai-Gov-Docs-Index docs/建筑垃圾与材料/虹口区人民政府印发《虹口区关于加强和规范建筑垃圾处置管理的实施意见》的通知.md
  // (https://www.shanghai.gov.cn/zhengce/detail?businessId=074b0a73-3af6-407b-8722-973dcc88460b; fresh23/hongkou-jianzhulaji-2022),
  // 三、(三) and (七), shortened.
  const hongkou = [
    '三、分工与职责',
    '（三）虹口区建设和管理委员会',
    '区建设管理委是本区建设工程项目（含市政项目）的主管部门，主要履行以下职责：',
    '1.负责督促本区其监督的房屋建设工程项目、市政工程项目相关建设单位，履行建设工程垃圾处置申报主体责任；',
    '2.推动施工工地在场地出口设置称重设备和视频监控设备，及时发现、阻止超载车辆出场上路；',
    '（七）各街道办事处',
    '各街道办事处负责辖区内各类建筑垃圾管理工作的牵头协调、监督、检查和执法工作，做好辖区内建筑垃圾管理。',
    '1.加强宣传督促和执法，落实属地责任，发挥街道层面管理和执法队伍的作用；',
    '2.开展辖区内各类建筑垃圾责任人履行源头申报要求情况的核查；',
  ];

  it('gives the unit of a heading that is its name alone to each numbered duty, not to the heading', () => {
    expect(units(hongkou)).toEqual([
      ['负责督促本区其监', [], ['虹口区建设和管理委员会']],
      ['推动施工工地在场', [], ['虹口区建设和管理委员会']],
      ['加强宣传督促和执', [], ['各街道办事处']],
      ['开展辖区内各类建', [], ['各街道办事处']],
    ]);
  });

  // zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/中共黄浦区委办公室 黄浦区人民政府办公室关于印发《黄浦区消防安全责任制实施细则》的通知.md
  // (https://www.shanghai.gov.cn/zhengce/detail/0071::28b5ee78-1df3-43f3-8476-d129df588962; fresh23/huangpu-xiaofang-2020),
  // 三、(三)–(四) and (七), shortened.
  const huangpu = [
    '三、各街道消防工作责任',
    '（三）将社会单位、住宅物业消防安全管理纳入街道城市运行管理中心综合管理范围。',
    '（四）组织力量对辖区建筑楼宇内社会单位消防安全状况开展滚动排查，牵头开展消防安全整治。',
    '（七）新天地办、豫园办、田子坊办负责管理区域内的消防工作，履行相应的消防安全职责。',
  ];

  it('gives the unit a heading names the duties of to each item; an item that says it leads has it as lead', () => {
    expect(units(huangpu)).toEqual([
      ['将社会单位、住宅', [], ['各街道']],
      ['组织力量对辖区建', ['各街道'], []],
      ['新天地办、豫园办', [], ['新天地办', '田子坊办', '豫园办']],
    ]);
  });

  it('reads no unit from a heading of duties divided among units, nor from a topic heading', () => {
    const divided = ['（二）区委、区政府各部委办局按照职责分工依法履行下列分工职责', '1.依法审查涉及消防安全的行政许可。', '2.定期分析评估消防安全形势。'];
    const topic = ['（一）加强组织领导', '1.依法审查涉及消防安全的行政许可。', '2.定期分析评估消防安全形势。'];
    for (const lines of [divided, topic]) expect(units(lines).flatMap(([, lead, resp]) => [...lead, ...resp])).toEqual([]);
  });
});
