// titleOf: heading line, file name left on the first line, opening clause, file-name fallback.
import { describe, expect, it } from 'vitest';
import { titleOf } from '../../../graph/read/title.ts';

describe('titleOf', () => {
  it('takes a short first line as the title', () => {
    expect(titleOf('\n  关于推动双城经济圈建设行动方案\n一、总体要求', 'a.txt')).toBe('关于推动双城经济圈建设行动方案');
  });

  it('strips the .docx extension from a file name on the first line, as in the seed', () => {
    const seed = '关于推动双城经济圈建设行动方案.docx\n关于推动双城经济圈建设行动方案推动地区双城经济圈建设,是以…';
    expect(titleOf(seed, 'seeds/shuangcheng-action-plan.txt')).toBe('关于推动双城经济圈建设行动方案');
  });

  it('takes the opening clause up to the first plan word when the text has no line breaks', () => {
    const text = '关于推动双城经济圈建设行动方案推动地区双城经济圈建设,是以习近平同志为核心的党中央立足大局作出的重大战略部署。';
    expect(titleOf(text, 'a.txt')).toBe('关于推动双城经济圈建设行动方案');
  });

  it('keeps the 的通知 tail of a notice title inside a long line', () => {
    const text = '关于印发《2024年重点任务清单》的通知各镇街、区级各部门:现将清单印发给你们,请认真贯彻落实并按时报送进展情况。';
    expect(titleOf(text, 'a.txt')).toBe('关于印发《2024年重点任务清单》的通知');
  });

  it('skips a document number line before the heading', () => {
    expect(titleOf('渝府办发〔2023〕12号\n关于加快发展现代农业的实施意见\n', 'a.txt')).toBe('关于加快发展现代农业的实施意见');
  });

  it('falls back to the file name when the first line is a sentence', () => {
    expect(titleOf('为深入贯彻落实市委部署,结合我区实际,制定本方案。\n一、总体要求', 'docs/双城方案.txt')).toBe('双城方案');
  });

  it('falls back to the file name when the text has no line', () => {
    expect(titleOf('\n \n', '/tmp/upload/plan-2024.md')).toBe('plan-2024');
  });
});
