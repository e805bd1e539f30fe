// Markdown layout kept in a text file (fresh20: a research note's digest of a national opinion, 工信部联信管〔2024〕256号,
// quoted item by item): bullets, bold and the dash after a bold title are layout; the items behind them are tasks, and
// every kept character still maps to itself in the original. Expected text and units written from the excerpt.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

// Two bullets of the digest as the note prints them (full-width brackets, 「」 quotes, its own bold spans, an ellipsis).
const DIGEST = [
  '- **(三) 构建应急通信创新发展平台** — 「产学研联合创建**应急通信工程实验室和技术研发中心**…组织制定**应急通信标准体系**，加强应急预警、网络抗毁、互联互通等标准研制。」（工信部、应急管理部）',
  '- **(四) 推动应急通信产业生态繁荣** — 「建设**应急通信产业集群**，打造具有核心技术优势的骨干企业…完善应急通信公共服务平台，**发布指导性产品目录**…」（工信部、应急管理部）',
];

describe('markdown layout in a text file (fresh20)', () => {
  it('drops bullets, paired bold marks and a bold title\'s dash, each kept character mapped to its original', () => {
    const original = DIGEST.join('\n');
    const { text, toOriginal } = normaliseText(original);
    const [first, second] = text.split('\n');
    expect(first).toBe('(三)构建应急通信创新发展平台「产学研联合创建应急通信工程实验室和技术研发中心…组织制定应急通信标准体系,加强应急预警、网络抗毁、互联互通等标准研制。」(工信部、应急管理部)');
    expect(second.startsWith('(四)推动应急通信产业生态繁荣「建设应急通信产业集群,')).toBe(true);
    const at = text.indexOf('应急通信标准体系');
    expect(original.slice(toOriginal[at], toOriginal[at + 7] + 1)).toBe('应急通信标准体系');
  });

  it('reads a bare bracket after a quoted item\'s close as its units, whether the quote ends in 。 or an ellipsis', () => {
    expect(tasksOfLines(DIGEST).map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['工信部', '应急管理部'] },
      { lead: [], support: [], responsible: ['工信部', '应急管理部'] },
    ]);
  });

  it('keeps a lone dash in prose: one bullet-shaped line is no list', () => {
    const { text } = normaliseText('一、总体要求\n- 坚持统筹推进。\n二、重点任务');
    expect(text).toContain('-坚持统筹推进。'); // the space goes as any space beside Chinese text does; the dash stays
  });
});
