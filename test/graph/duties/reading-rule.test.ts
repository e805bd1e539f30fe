// The document's reading rule 列第一位的为牵头单位,下同 in its written variants, on excerpts of real plans (source beside each).
import { describe, expect, it } from 'vitest';
import { simplifyScript } from '../../../graph/read/script.ts';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const tasks = (text: string) => dutyTable(batchOf(text)).filter((r) => r.label === 'Task');

describe('the first-listed-unit-leads rule', () => {
  // http://www.nbxinxi.com/a/gedizhengce/zhejiangsheng/jiaxingshi/tongxiangsh/2021/0602/178890.html (桐乡市 2020)
  it('reads 列第一位者为牵头或汇总单位,下同 at the end of an own-line list, and carries it to the next list', () => {
    const [first, second] = tasks([
      '一、于会游市长主抓重点工作',
      '1.制定出台高质量发展“1+4+8”政策体系,建立企业参与的政策决策机制。',
      '责任单位:财政局、发改局、经信局、科技局(列第一位者为牵头或汇总单位,下同)',
      '2.全面落实各级“五减”系列政策,力争为企业减负60亿元。',
      '责任单位:发改局、经信局、财政局',
    ].join('\n'));
    expect(first.lead).toEqual(['财政局']);
    expect(first.support.sort()).toEqual(['发改局', '经信局', '科技局'].sort());
    expect(second.lead).toEqual(['发改局']);
    expect(second.support.sort()).toEqual(['经信局', '财政局'].sort());
    expect(first.responsible).toEqual([]);
  });

  // http://www.dyhrgz.com/zwgk/zchb/content/post_999334.html (韶关市 2019, a mixed-script mirror)
  it('reads 排在首位的爲牽頭單位 written in traditional script inside the annotation', () => {
    const original = '1.在國家、省規定的稅額幅度內,全市城鎮土地使用稅稅額標准下調至1—8元/平方米,自2019年1月1日起按標准調整到位。工業用地稅額標准爲非工業用地稅額標准的50%左右,土地等級爲五級,只劃分爲非工業用地和工業用地。依據“畝産稅收”等指標實行城鎮土地使用稅財政扶持政策,對畝産稅收在行業平均畝産稅收200%、150%、100%以上的,分別給予繳納城鎮土地使用稅100%、75%、50%的財政支持。落實執行全省車輛車船稅適用稅額降低到法定稅率最低水平的政策。(責任單位:市稅務局、市財政局,排在首位的爲牽頭單位,下同)';
    const text = simplifyScript(original)?.text ?? original;
    const [task] = tasks(text);
    expect(task.lead).toEqual(['市税务局']);
    expect(task.support).toEqual(['市财政局']);
  });

  // https://www.zhuzhou.gov.cn (株洲市 粮食安全责任制, 2015, a traditional-script repost): 排名第一的為牽頭單位.
  it('reads 排名第一的为牵头单位 after a bare list', () => {
    const [task] = tasks('1.切实增强新形势下的粮食安全意识。(市发改委、市农委、市商务粮食局。排名第一的为牵头单位,下同)');
    expect(task.lead).toEqual(['市发改委']);
    expect(task.support.sort()).toEqual(['市农委', '市商务粮食局'].sort());
  });

  // http://lsbar.com:8000/law/126037 (黄冈市 黄政办发〔2007〕9号): the rule stated with a verb, 由排名首位的部门牵头负责。下同.
  it('reads 原则上由排名首位的部门牵头负责。下同 inside a (由A、B负责) annotation, and carries it to later items', () => {
    const [first, second] = tasks([
      '一、 2007年全市经济社会发展的主要预期目标',
      '  1、全市GDP增长10%以上(由市发展改革委、农业局、商务局、旅游局、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。',
      '  2、全社会固定资产投资增长20%以上(由市发展改革委、统计局负责)。',
    ].join('\n'));
    expect(first.lead).toEqual(['市发展改革委']);
    expect(first.support.length).toBe(4);
    expect(second.lead).toEqual(['市发展改革委']);
    expect(second.support).toHaveLength(1);
    expect(first.responsible).toEqual([]);
    expect(second.responsible).toEqual([]);
  });

  // 廣東省推進粵港澳大灣區建設三年行動計劃(2018-2020年), 廣東省發展和改革委員會 2019 (a 繁體 mirror): the rule stated once in
  // the plan's opening sentence, then bare lists with no role word; 大灣區內地各市 is one collective.
  it('reads 列在任務分工首位的為牽頭單位 in the opening sentence for every later bare list', () => {
    const original = [
      '  為深入學習貫徹習近平總書記關於粵港澳大灣區建設重要論述,進一步明確我省今後三年粵港澳大灣區建設重點任務和責任分工,制定本計劃(列在任務分工首位的為牽頭單位,其他為主要參加單位)。',
      '  一、優化提升空間發展格局',
      '  1.構建極點帶動、軸帶支撐的網絡化空間格局。拓展完善珠江西岸地區交通網絡,加快快速通道建設,增強珠江西岸發展動能。(省發展改革委,省工業和信息化廳、省交通運輸廳,大灣區內地各市)',
    ].join('\n');
    const text = simplifyScript(original)?.text ?? original;
    const [task] = tasks(text);
    expect(task.lead).toEqual(['省发展改革委']);
    expect(task.support.sort()).toEqual(['大湾区内地各市', '省交通运输厅', '省工业和信息化厅'].sort());
    expect(task.responsible).toEqual([]);
  });

  it('leaves lists before the rule, and documents without it, undifferentiated', () => {
    const [task] = tasks('1.加强统计监测。(责任单位:市统计局、市发改委)');
    expect(task.lead).toEqual([]);
    expect(task.responsible.sort()).toEqual(['市发改委', '市统计局'].sort());
  });
});

describe('a lead clause inside a responsible list', () => {
  // https://bg3.co/a/zhe-jiang-sheng-sheng-chang-fu-sheng-chang-2024nian-qian-tou-zhong-dian-gong-zuo-gong-bu.html (浙江省 2024, a repost)
  it('reads 责任单位:A、B牵头,C、D as two leads and two supporters, the first-listed rule notwithstanding', () => {
    const [task] = tasks([
      '2.坚持政府过紧日子。严控一般性支出。',
      '责任单位:省政府办公厅、省财政厅牵头,省商务厅、省文化广电和旅游厅(除标注为“牵头”单位外,列第一位的为牵头或汇总单位,下同)',
    ].join('\n'));
    expect(task.lead.sort()).toEqual(['省政府办公厅', '省财政厅'].sort());
    expect(task.support.sort()).toEqual(['省商务厅', '省文化广电和旅游厅'].sort());
  });
});
