// A text that is a list of measures by its title (…若干措施): each of its parts, `一、title。text` naming no unit, is a
// measure, so a task; a part that frames it is not. Expected tasks written from the text (the labels of
// test/fixtures/real/fresh29) before the rule.
import { describe, expect, it } from 'vitest';
import { batchOf, dutyTable } from '../../support/ingest-text.ts';

const labelled = (text: string) => dutyTable(batchOf(text)).map((r) => [r.path, r.label]);

// zhiyao87/Shanghai-Gov-Docs-Index docs/消防与人防/上海市消防救援总队关于印发《进一步提升消防技术服务机构监管质效的若干措施》的通知.md
// (上海市消防救援总队, 2026-04-02; fresh29/shanghai-xiaofang-jishufuwu-2026), 二、 and 三、, shortened.
const JISHUFUWU = [
  '进一步提升消防技术服务机构监管质效的若干措施',
  '二、助力提升技术服务质量。依托上海市消防技术服务管理系统对机构及从业人员实施能力画像和评价，推动服务质量优劣辨识。',
  '三、明晰技术服务主体责任。推动机构签订服务合同时约定权责范围，厘清与委托单位的责任边界，明确技术服务与消防管理责任主体。',
].join('\n');

describe('the parts of a text of measures', () => {
  it('reads each part of a 若干措施 as a task, though it names no unit', () => {
    expect(labelled(JISHUFUWU)).toEqual([['二', 'Task'], ['三', 'Task']]);
  });

  it('leaves a part that frames it, and the parts of a text not titled as measures, as sections', () => {
    expect(labelled(JISHUFUWU.replace('二、助力提升技术服务质量', '二、指导思想'))).toEqual([['二', 'Section'], ['三', 'Task']]);
    expect(labelled(JISHUFUWU.replace('的若干措施', '的通知'))).toEqual([['二', 'Section'], ['三', 'Section']]);
  });
});
