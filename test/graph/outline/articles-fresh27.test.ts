// A 管理办法 or 规定 in chapters 第N章 over articles 第N条 (first met in fresh27): every article found, the chapters its
// parts, an article's points （一）… its sub-items — unless its stem says they list what is checked. Excerpts of the
// published texts (source beside each); the expected items were read from the text before the parser was changed.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const rows = (text: string) => dutyTable(batchOf(text)).map((r) => [r.path, r.label]);

describe('chapters over articles (fresh27)', () => {
  // 上海市普陀区应急避难场所管理办法（试行） (普应急〔2025〕26号), zhiyao87/Shanghai-Gov-Docs-Index, docs/消防与人防/: each
  // article's text on its own line after a space, which the parser's space folding removes (第二条本办法所称…).
  it('reads articles whose text runs on their line, under their chapters, and the framing ones as sections', () => {
    const text = [
      '第一章 总则',
      '第一条 为提高综合防灾减灾能力，规范和加强应急避难场所规划、建设、使用和管理工作，根据《中华人民共和国突发事件应对法》《自然灾害救助条例》和市应急管理局、市发展改革委等14个部门联合印发的《关于进一步加强本市应急避难场所建设管理的实施意见》，结合本区实际，制定本办法。',
      '第二条 本办法所称应急避难场所，是指在突发事件或自然灾害发生时，为转移避险人员提供临时安置的安全场所，具备基本生活保障设施和功能分区，可用于地震、台风、暴雨、火灾等多种突发事件的应对，并可供政府组织开展救灾工作。',
      '本办法适用于普陀区行政区域内应急避难场所的规划、建设、使用和管理。',
      '第三章 规划与建设',
      '第十三条 规划为应急避难场所的场地，其管理单位应当支持用作应急避难场所。',
      '第十四条 区应急局通过适用性、安全性评估，掌握辖区内大型厂房、仓库、园区和防汛安置点等临时性应急避难场所资源，作为现有应急避难场所储备。',
      '第十五条 应急避难场所建设完成启用前，其管理单位应及时将避难场所的名称、位置、面积及可容纳人数、配套设施、功能区划分平面图、联系人、联系方式的基本信息和设计方案、应急启用预案等有关材料报区应急局。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['第一章', 'Section'], ['第一章/第一条', 'Task'],
      // 本办法所称…, 本办法适用于…: an article about the text itself frames it.
      ['第一章/第二条', 'Section'],
      ['第三章', 'Section'], ['第三章/第十三条', 'Task'],
      // 适用性 inside the article's first clause is no title 适用范围: a task.
      ['第三章/第十四条', 'Task'], ['第三章/第十五条', 'Task'],
    ]);
  });

  it('reads an article\'s points （一）… as its sub-items', () => {
    const text = [
      '第二章  职责分工',
      '第六条 在区政府统一领导下，区有关部门及相关单位按照职责分工，共同做好应急避难场所建设工作。',
      '（一）区应急局：按照市规划要求，统筹协调指导应急避难场所规划、建设和使用工作，制定本区应急避难场所管理办法，组织编制专项规划、相关标准规范。',
      '（二）区发改委：在全区国民经济和社会发展规划中纳入应急避难场所建设内容，按照规划做好应急避难场所建设项目审批工作。',
      '第三章 规划与建设',
      '第七条 区应急局、区规划资源局牵头组织编制本辖区应急避难场所的专项规划，按程序报批后实施。',
    ].join('\n');
    expect(rows(text)).toEqual([
      ['第二章', 'Section'], ['第二章/第六条', 'Section'], ['第二章/第六条/(一)', 'Task'], ['第二章/第六条/(二)', 'Task'],
      ['第三章', 'Section'], ['第三章/第七条', 'Task'],
    ]);
  });

  // 黄浦区地下空间安全使用监督检查管理规定 (2025), zhiyao87/Shanghai-Gov-Docs-Index, docs/消防与人防/
  it('keeps points that list what is checked in their article, the one task', () => {
    const text = [
      '第十一条（地下空间安全使用监督检查要求）',
      '相关监督管理部门应当按照《上海市地下空间安全使用检查规范》的要求，指导和督促地下空间产权人、物业管理单位、使用人建立健全安全使用管理制度。',
      '第十二条（检查内容）',
      '区国动办、区消防救援局、区应急局、区建管委、区市场监管局等相关监督管理部门依据各自的法定职责对地下空间安全使用情况进行检查，必要时对以下内容组织开展联合检查。',
      '（一）地下空间产权人、物业管理单位以及使用人履行相关安全管理职责情况；',
      '（二）地下空间安全设施设备的设置和维护情况；',
      '第十三条（检查反馈）',
      '监督管理部门开展监督检查或联合检查结束后，各部门应当根据检查情况，向被检查对象出具本部门的检查结论。',
    ].join('\n');
    expect(rows(text)).toEqual([['第十一条', 'Task'], ['第十二条', 'Task'], ['第十三条', 'Task']]);
  });
});
