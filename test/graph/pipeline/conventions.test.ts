// Every duty convention of the genre, on fragments written in its real form (full- and half-width alike).
import { describe, expect, it } from 'vitest';
import { batchOf, row, units } from '../../support/ingest-text.ts';

describe('duty conventions', () => {
  it('reads (牵头单位:X,责任单位:Y、Z等) with half-width punctuation', () => {
    const b = batchOf('一、重点任务\n1.推进数字经济发展。(牵头单位:区经济信息委,责任单位:区发展改革委、区商务委等)\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区经济信息委'], support: ['区发展改革委', '区商务委'], responsible: [] });
  });

  it('reads （牵头单位：X；责任单位：Y、Z等部门） with full-width punctuation', () => {
    const b = batchOf('一、重点任务\n1．推进数字经济发展。（牵头单位：区经济信息委；责任单位：区发展改革委、区商务委等部门）\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区经济信息委'], support: ['区发展改革委', '区商务委'] });
  });

  it('reads (X牵头,Y、Z配合)', () => {
    const b = batchOf('一、重点任务\n1.完善水利设施。（区水利局牵头，区农业农村委、区财政局配合）\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区水利局'], support: ['区农业农村委', '区财政局'] });
  });

  it('reads (X牵头,…按职责分工负责) as a lead with a collective supporter', () => {
    const b = batchOf('一、重点任务\n1.完善水利设施。(区水利局牵头,各相关单位按职责分工负责)\n');
    const r = row(b, '一/1');
    expect(r.lead).toEqual(['区水利局']);
    expect(r.support).toHaveLength(1);
    expect(units(b).find((u) => r.support.includes(u.name))?.properties.kind).toBe('collective');
  });

  it('reads 〔责任单位:…〕 without a lead as RESPONSIBLE_FOR', () => {
    const b = batchOf('一、重点任务\n1.加强财政保障。〔责任单位：区财政局、区审计局〕\n');
    expect(row(b, '一/1')).toMatchObject({ lead: [], support: [], responsible: ['区审计局', '区财政局'] });
  });

  it('reads (X、Y负责) as RESPONSIBLE_FOR', () => {
    const b = batchOf('一、重点任务\n1.加强财政保障。(区财政局、区审计局负责)\n');
    expect(row(b, '一/1')).toMatchObject({ lead: [], responsible: ['区审计局', '区财政局'] });
  });

  it('reads own-line 牵头单位: / 责任单位: / 配合单位: lines', () => {
    const b = batchOf('一、重点任务\n1.推进城乡供水一体化。\n牵头单位：区水利局\n配合单位：区财政局、区住房城乡建委\n2.加快农村公路建设。\n责任单位：区交通局\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区水利局'], support: ['区住房城乡建委', '区财政局'] });
    expect(row(b, '一/2')).toMatchObject({ lead: [], responsible: ['区交通局'] });
  });

  it('lets items inherit a lead named once in their section heading', () => {
    const b = batchOf('一、重点任务\n(一)建设现代产业体系(牵头单位:区经济信息委)\n1.发展新型储能。(责任单位:区科技局)\n2.发展电子信息。\n');
    expect(row(b, '一/(一)')).toMatchObject({ label: 'Section', lead: ['区经济信息委'] });
    expect(row(b, '一/(一)/1')).toMatchObject({ lead: ['区经济信息委'], support: ['区科技局'] });
    expect(row(b, '一/(一)/2')).toMatchObject({ lead: ['区经济信息委'] });
  });

  it('keeps non-duty roles out of the duty edges', () => {
    const b = batchOf('一、重点任务\n1.推进项目建设。(牵头单位:区发展改革委;责任领导:张三;联系人:李四;数据提供单位:区统计局;完成时限:2024年12月底)\n');
    const r = row(b, '一/1');
    expect(r).toMatchObject({ lead: ['区发展改革委'], support: [], responsible: [] });
    expect(units(b).map((u) => u.name)).toEqual(['区发展改革委']);
    const task = b.nodes.find((n) => n.properties.path === '一/1')!;
    expect(task.properties.otherRoles).toMatchObject({ 完成时限: '2024年12月底', 联系人: '李四', 数据提供单位: '区统计局' });
  });

  it('keeps collective mentions as kind=collective units', () => {
    const b = batchOf('一、重点任务\n1.做好金融服务。(牵头单位:区金融发展中心,责任单位:有关银行部门、各街道、区级相关部门)\n');
    const kinds = Object.fromEntries(units(b).map((u) => [u.name, u.properties.kind]));
    expect(kinds['区金融发展中心']).not.toBe('collective');
    expect(Object.values(kinds).filter((k) => k === 'collective')).toHaveLength(3);
  });

  it('makes no unit of body text when an annotation runs into the next page', () => {
    const b = batchOf('一、重点任务\n1.打造不夜新地标。实施商圈赋能工程。(牵头单位:区商务委,责任单位:方式,建设人与自然和谐共生的现代化,筑牢长江上游重要生态安全屏障。1.深入实施生态系统保护。(牵头单位:区生态环境局)');
    expect(units(b).map((u) => u.name).sort()).toEqual(['区商务委', '区生态环境局']);
    expect(b.warnings.map((w) => w.code)).toContain('TRUNCATED_ANNOTATION');
  });

  it('recognises a role label damaged by OCR from the annotation shape', () => {
    const b = batchOf('一、重点任务\n1.建设综合交通枢纽。(钙单位:区交通局,责任单位:区财政局)\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区交通局'], support: ['区财政局'] });
  });

  it('reads a (牵头) mark inside a unit list', () => {
    const b = batchOf('一、重点任务\n1.建设综合交通枢纽。(责任单位:区交通局(牵头)、区财政局)\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区交通局'], support: ['区财政局'] });
  });

  it('canonicalises abbreviations across tasks into one unit named by its fullest written form, every surface form an alias', () => {
    const b = batchOf('一、重点任务\n1.推进项目。(牵头单位:区发改委)\n2.推进改革。(牵头单位:区发展和改革委员会)\n3.推进开放。(牵头单位:区发展改革委)\n');
    const u = units(b);
    expect(u).toHaveLength(1);
    expect(u[0].name).toBe('区发展和改革委员会');
    expect(u[0].properties.aliases).toEqual(expect.arrayContaining(['区发改委', '区发展改革委', '区发展和改革委员会']));
  });

  it('reads a table flattened one cell per line, columns in either order', () => {
    const t1 = batchOf('序号\n重点任务\n牵头单位\n责任单位\n1\n推进城乡供水一体化\n区水利局\n区财政局、区住房城乡建委\n2\n加快农村公路建设\n区交通局\n区财政局\n');
    expect(row(t1, '1')).toMatchObject({ title: '推进城乡供水一体化', lead: ['区水利局'], support: ['区住房城乡建委', '区财政局'] });
    expect(row(t1, '2')).toMatchObject({ lead: ['区交通局'], support: ['区财政局'] });
    const t2 = batchOf('序号\n牵头单位\n工作任务\n配合单位\n完成时限\n1\n区交通局\n加快农村公路建设\n区财政局\n2025年底\n');
    expect(row(t2, '1')).toMatchObject({ title: '加快农村公路建设', lead: ['区交通局'], support: ['区财政局'] });
  });

  it('makes unnumbered paragraphs that carry their own annotation into tasks', () => {
    const b = batchOf('一、重点任务\n加快推进城市更新。(牵头单位:区住房城乡建委)\n全面推进乡村振兴。(牵头单位:区农业农村委,责任单位:区财政局)\n');
    const tasks = b.nodes.filter((n) => n.label === 'Task');
    expect(tasks.map((t) => t.name)).toEqual(['加快推进城市更新', '全面推进乡村振兴']);
  });

  it('records a repeated section number as a page gap instead of merging sections', () => {
    const b = batchOf('一、总体要求\n(一)指导思想\n坚持新发展理念。\n(二)工作目标\n到2027年实现目标。\n(二)加快建设基础设施\n1.建设交通枢纽。(牵头单位:区交通局)\n');
    const sections = b.nodes.filter((n) => n.label === 'Section').map((n) => n.properties.path);
    expect(sections).toContain('一/(二)');
    expect(sections.some((p) => String(p).startsWith('gap'))).toBe(true);
    expect(b.warnings.some((w) => w.code === 'PAGE_GAP')).toBe(true);
  });

  it('gives an annotation after a numbering gap to the item before it when the lead fits its field', () => {
    const b = batchOf('一、重点任务\n1.建设综合交通枢纽。推进农村公路建设。(牵头单位:区交通局)3.完善水利设施。(牵头单位:区水利局)\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区交通局'] });
    expect(b.nodes.some((n) => n.properties.inferred === true)).toBe(false);
  });

  it('gives it to the missing item when the lead does not fit, leaving the item before without a lead', () => {
    const b = batchOf('一、重点任务\n1.改善生态环境质量。深化国企改革。(牵头单位:区国资中心)3.完善水利设施。(牵头单位:区水利局)\n');
    expect(row(b, '一/1')).toMatchObject({ lead: [] });
    expect(row(b, '一/2')).toMatchObject({ inferred: true, lead: ['区国资中心'] });
  });

  it('finds a numbered item right after a 〔…〕 annotation on the same line', () => {
    const b = batchOf('一、重点任务(一)加强保障。1.加强财政保障。〔责任单位:区财政局〕2.推进城市更新。(牵头单位:区住房城乡建委)');
    expect(row(b, '一/(一)/1')).toMatchObject({ responsible: ['区财政局'], lead: [] });
    expect(row(b, '一/(一)/2')).toMatchObject({ lead: ['区住房城乡建委'] });
  });

  it('reads a damaged lead label on its own line from the lines around it', () => {
    const b = batchOf('一、重点任务\n1.完善水利设施。\n钙单位：区水利局\n责任单位：区财政局\n');
    expect(row(b, '一/1')).toMatchObject({ lead: ['区水利局'], support: ['区财政局'] });
  });

  it('does not merge two corpus companies one character apart', () => {
    const b = batchOf('一、重点任务\n1.发展文旅。(牵头单位:华鹿文旅公司)\n2.发展康养。(牵头单位:华台文旅公司)\n');
    expect(units(b).map((u) => u.name).sort()).toEqual(['华台文旅公司', '华鹿文旅公司']);
  });
});
