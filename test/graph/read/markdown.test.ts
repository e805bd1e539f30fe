// stripMarkdown: markup the outline parser would misread goes, numbering and table cells stay.
import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../../graph/read/markdown.ts';

describe('stripMarkdown', () => {
  it('drops heading marks', () => {
    expect(stripMarkdown('# 关于推动双城经济圈建设行动方案\n## 一、总体要求')).toBe('关于推动双城经济圈建设行动方案\n一、总体要求');
  });

  it('drops bold marks', () => {
    expect(stripMarkdown('**牵头单位:**区水利局')).toBe('牵头单位:区水利局');
  });

  it('drops list bullets but keeps ordered numbers', () => {
    expect(stripMarkdown('- 推动制造业发展\n* 建设涪江走廊\n1. 完善交通网络')).toBe('推动制造业发展\n建设涪江走廊\n1. 完善交通网络');
  });

  it('flattens a table to one cell per line, header first', () => {
    const table = '| 序号 | 任务 | 牵头单位 |\n| --- | :--- | ---: |\n| 1 | 建设涪江走廊 | 区水利局 |\n| 2 | **发展文旅** | 区文化旅游委 |';
    expect(stripMarkdown(table)).toBe('序号\n任务\n牵头单位\n1\n建设涪江走廊\n区水利局\n2\n发展文旅\n区文化旅游委');
  });

  it('flattens a table written without outer pipes', () => {
    expect(stripMarkdown('任务 | 牵头单位\n--- | ---\n建设涪江走廊 | 区水利局\n\n完')).toBe('任务\n牵头单位\n建设涪江走廊\n区水利局\n\n完');
  });

  it('keeps an empty table cell as an empty line, as mammoth does for .docx', () => {
    expect(stripMarkdown('| 任务 | 配合单位 |\n|---|---|\n| 建设涪江走廊 |  |')).toBe('任务\n配合单位\n建设涪江走廊\n');
  });

  it('turns a horizontal rule into an empty line', () => {
    expect(stripMarkdown('一、总体要求\n---\n二、重点任务')).toBe('一、总体要求\n\n二、重点任务');
  });
});
