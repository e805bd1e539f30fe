// A government page's header block (发文单位:X, 发布单位:X) names who published the page: metadata, never a duty.
import { describe, expect, it } from 'vitest';
import { findAnnotations } from '../../../graph/duties/annotations.ts';
import { normaliseText } from '../../../graph/normalise/normalise.ts';

/** Each annotation's label(s) and units as found in the normalised text. */
function annotationsOf(lines: string[]) {
  const text = normaliseText(lines.join('\n')).text;
  return findAnnotations(text).map((a) => a.lists.map((l) => `${l.label}:${l.items.map((i) => i.text).join('、')}`).join(';'));
}

describe('a page header field is no duty annotation', () => {
  // https://www.wz-city.com/zhengfujigou/128.html (a mirror reposting 豫政办[2007]14号 under a garbled headline)
  it('reads no duty from 发文单位: in the header block (河南 2007)', () => {
    expect(annotationsOf([
      '发布时间:2019-10-10 11:20编辑:政府机构浏览(185)',
      '',
      '    发文单位:湖北省人民政府',
      '',
      '    发布部门: 河南省人民政府办公厅 发布文号: 豫政办[2007]14号',
      '',
      '一、确保年度目标',
      '1.全省生产总值增长10%。',
      '责任单位:省发展改革委',
    ])).toEqual(['责任单位:省发展改革委']);
  });

  // https://www.bjdx.gov.cn/bjsdxqrmzf/zwfw/zfwj67/zfwj/2020578/index.html (京兴政办发〔2023〕1号); the duty line is the
  // genre's own-line label, bulleted the same way.
  it('reads no duty from a bulleted 发文单位 field, and still reads a bulleted duty label (大兴 2023)', () => {
    expect(annotationsOf([
      '  • 索引号:11N000/ZK-2023-000021',
      '  • 发文单位:区政府办',
      '  • 成文日期:2023年3月3日',
      '一、推动经济高质量发展',
      '1.地区生产总值增长6%左右。',
      '  • 牵头单位:区发展改革委',
    ])).toEqual(['牵头单位:区发展改革委']);
  });
});
