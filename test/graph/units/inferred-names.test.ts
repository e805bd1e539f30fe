// Names the registry does not know become units as the document writes them, with an inferred kind and a report line
// (issue 9 §4): short office names in a levelled list, a district's development platforms, a zone's second plate.
import { describe, expect, it } from 'vitest';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { simplifyScript } from '../../../graph/read/script.ts';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import { batchOf, writtenTasks } from '../../support/ingest-text.ts';

/** A 繁體 text through the ingest path: read in simplified, shown and aliased in its own characters. */
function traditionalBatch(original: string) {
  const converted = simplifyScript(original);
  if (!converted) throw new Error('not read as traditional script');
  return batchFromDocument({ source: 'yuhang.txt', format: 'txt', bytes: original.length, sha256: 'x', text: converted.text, original, encoding: 'utf-8', title: '2018年《政府工作报告》工作任务分解表' });
}

describe('names outside the registry', () => {
  // http://lsbar.com:8000/law/126037 (黄冈市 分解落实《政府工作报告》, 黄政办发〔2007〕9号)
  it('makes a two-character office name after a levelled name (经委, 农办) a unit of that level, with a report line', () => {
    const b = batchOf('1、全市GDP增长10%以上(由市发展改革委、经委、农办、农业局、商务局、旅游局、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。');
    const [task] = writtenTasks(b);
    expect(task.lead).toEqual(['市发展改革委']);
    expect(task.support).toEqual(expect.arrayContaining(['经委', '农办', '农业局']));
    expect(b.warnings.filter((w) => w.code === 'UNRESOLVED_UNIT')).toEqual([]);
    const inferred = b.warnings.filter((w) => w.code === 'INFERRED_UNIT').map((w) => w.message);
    expect(inferred.some((m) => m.includes('“经委”'))).toBe(true);
    expect(inferred.some((m) => m.includes('“农办”'))).toBe(true);
  });

  it('reads no two-character word as an office: not alone, and not a verb or a word after a levelled name', () => {
    const r = new UnitResolver();
    expect(r.resolve('经委').every((x) => x.status === 'unresolved')).toBe(true);
    expect(r.resolve('举办', '市').every((x) => x.status === 'unresolved')).toBe(true);
    expect(r.resolve('格局', '市').every((x) => x.status === 'unresolved')).toBe(true);
    const [office] = r.resolve('经委', '市');
    expect(office).toMatchObject({ status: 'resolved', canonical: '市经委', written: '经委', kind: 'department' });
  });

  // http://www.866tx.com/art/2018/3/18/art_1229188664_51984368.html (繁體 mirror of 余杭区 2018年《政府工作报告》工作任务分解表)
  const yuhang = [
    '附件',
    '2018年《政府工作報告》工作任務分解表',
    '序號 | 重 點 工 作 任 務 | 牽頭領導 | 牽頭單位 |',
    '1 | 未來科技城要圍繞打造創新驅動策源地、數字經濟先行地、產城融合樣板地,深化與浙江大學、阿里巴巴集團的合作。 | 祝振偉 陳夏林 | 未來科技城(海創園) |',
    '2 | 余杭經濟技術開發區要對標國家級高新區,加強裝備制造、生物醫藥等優勢主導產業培育。 | 沈 昱 祝振偉 | 余杭經濟技術開發區(錢江經濟開發區) |',
    '3 | 臨平新城要圍繞打造時尚產業新地標、智造服務業集聚地、產業互聯網創新港。 | 祝振偉 李敏華 | 臨平新城 |',
  ].join('\n');

  it('reads a district platform (科技城, 新城) as a unit and a zone bracketed after a zone as its second plate', () => {
    const b = traditionalBatch(yuhang);
    const tasks = writtenTasks(b);
    expect(tasks.map((t) => t.lead.length)).toEqual([1, 1, 1]);
    const leads = b.nodes.filter((n) => n.label === 'Unit').map((n) => n.name).sort();
    expect(leads).toEqual(['临平新城', '余杭经济技术开发区', '未来科技城'].sort());
    expect(b.warnings.filter((w) => w.code === 'UNRESOLVED_UNIT')).toEqual([]);
  });

  it('keeps the 繁體 spelling of each name as an alias, also for a name read from a table row', () => {
    const units = traditionalBatch(yuhang).nodes.filter((n) => n.label === 'Unit');
    const aliases = (name: string) => units.find((n) => n.name === name)?.properties.aliases as string[];
    expect(aliases('临平新城')).toContain('臨平新城');
    expect(aliases('未来科技城')).toContain('未來科技城');
    expect(aliases('余杭经济技术开发区')).toContain('余杭經濟技術開發區');
  });

  // Only a zone after a zone is read as its plate: a zone bracketed after a department stays a unit of its own.
  it('keeps a zone bracketed after a department a unit of its own', () => {
    const [task] = writtenTasks(batchOf('1.推进园区建设。(牵头单位:区商务局(区经济开发区))'));
    expect(task.lead.length).toBe(2);
  });
  // http://www.jinhua.gov.cn/11330700002592599F/zdss/201804/t20180423_2272974_1.html (金华市 2018年政府工作报告重点工作)
  it('shows a name with a second name bracketed inside it (市财政(地税)局) as written, one unit with the registry body', () => {
    const b = batchOf([
      '一、尹学群市长牵头的重点工作',
      '1.全面完成2018年全市经济社会发展预期目标。',
      '牵头单位:市发改委',
      '配合单位:市农办、市经信委、市科技局、市财政(地税)局、市人力社保局',
      '2.推进政府治理数字化转型。',
      '牵头单位:市发改委',
      '配合单位:市财政局',
    ].join('\n'));
    const names = b.nodes.filter((n) => n.label === 'Unit').map((n) => n.name);
    expect(names).toContain('市财政(地税)局');
    expect(names).not.toContain('市财政局');
    expect(names).not.toContain('地税');
    const [first, second] = writtenTasks(b);
    expect(first.support).toContain('市财政(地税)局');
    expect(second.support).toEqual(['市财政局']);
  });
});
