// touchedPlaces: places in a project's own name, or in the same clause.
import { describe, expect, it } from 'vitest';
import { extractEntities, touchedPlaces } from '../../../graph/entities/index.ts';

const placesOf = (sentence: string) => extractEntities(sentence).filter((m) => m.label === 'Place');

describe('touchedPlaces', () => {
  it('finds a place inside the name', () => {
    expect(touchedPlaces('涪江观光农业走廊', '共建涪江观光农业走廊。', [])).toEqual(['涪江']);
    expect(touchedPlaces('川南渝西融合发展试验区', '', [])).toEqual(['川南', '渝西']);
  });

  it('finds places in the same clause only', () => {
    const sentence = '在少云镇建设滨河夜啤酒广场，打造围龙镇龙湖村。';
    expect(touchedPlaces('滨河夜啤酒广场', sentence, placesOf(sentence))).toEqual(['少云镇']);
  });

  it('does not tie a project to a reservoir listed beside it', () => {
    const sentence = '全面建西水资源配置工程、同心桥水库、太平水厂(一期)等重大水利工程';
    expect(touchedPlaces('西水资源配置工程', sentence, placesOf(sentence))).toEqual([]);
  });

  it('never returns the project itself', () => {
    const sentence = '开工建设三叉口水库';
    expect(touchedPlaces('三叉口水库', sentence, placesOf(sentence))).toEqual([]);
  });
});
