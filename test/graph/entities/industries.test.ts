// Industry mentions: the lexicon, `X产业` / `X产业集群` phrases, and what is never an industry.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../graph/entities/index.ts';
import { names } from './helpers.ts';

describe('industries', () => {
  it('reads listed industries', () => {
    expect(names('大力发展新能源新材料、装备制造、电子信息等“3+N”产业', 'Industry'))
      .toEqual(['新能源新材料', '装备制造', '电子信息']);
  });

  it('drops 产业集群 from the name but keeps it in the span', () => {
    const text = '千亿级新型储能产业集群基本形成';
    const [m] = extractEntities(text).filter((e) => e.label === 'Industry');
    expect(m.name).toBe('新型储能');
    expect(text.slice(m.start, m.end)).toBe('新型储能产业集群');
  });

  it('reads an unlisted `X产业` phrase', () => {
    expect(names('做大龙灯彩扎产业，丰富旅游产品', 'Industry')).toEqual(['龙灯彩扎']);
  });

  it('ignores generic industry phrases', () => {
    expect(names('协同打造特色优势产业集群，推动优势产业持续迭代升级，增强全产业链优势', 'Industry')).toEqual([]);
  });

  it('ignores industries inside unit names', () => {
    expect(names('(牵头单位:区文化旅游委,责任单位:区大数据发展局、区金融发展中心)', 'Industry')).toEqual([]);
  });

  it('reads industries in half-width punctuation', () => {
    expect(names('培育消费金融,绿色金融等新兴业态;积极搭建软件信息,检验检测等技术服务平台', 'Industry'))
      .toEqual(['消费金融', '绿色金融', '软件信息', '检验检测']);
  });
});
