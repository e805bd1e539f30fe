// The shipped seed plan: its well-known places, corridors, industries, projects and targets are found.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractEntities, extractTargets } from '../../../graph/entities/index.ts';

const RAW = readFileSync(new URL('../../../seeds/shuangcheng-action-plan.txt', import.meta.url), 'utf8');
/** The OCR repairs the normaliser makes to this scan, so the test does not depend on it. */
const TEXT = RAW.replace(/J11渝/g, '川渝').replace(/T本(?=[化的])/g, '一体').replace(/(?<=\d)O/g, '0')
  .replace(/GDPs/g, 'GDP、').replace(/%s(?=\d)/g, '%、').replace(/%[o0](?=[\u4e00-\u9fff])/g, '%。');

const mentions = extractEntities(TEXT);
const named = (label: string) => new Set(mentions.filter((m) => m.label === label).map((m) => m.name));

describe('the seed plan', () => {
  it('names its rivers, mountains, towns, villages and lakes', () => {
    const places = named('Place');
    for (const p of ['涪江', '琼江', '小安溪', '巴岳山', '毓青山', '少云镇', '围龙镇', '少云村', '玄天湖', '同心桥水库']) {
      expect(places, p).toContain(p);
    }
  });

  it('names its corridors', () => {
    for (const c of ['巴蜀文化旅游走廊', '涪江观光农业走廊', '科创走廊', '涪江经济带']) expect(named('Corridor'), c).toContain(c);
  });

  it('names its industries', () => {
    for (const i of ['新型储能', '电子信息', '装备制造']) expect(named('Industry'), i).toContain(i);
  });

  it('names its projects', () => {
    for (const p of ['中线高铁', '同心桥水库', '西水资源配置工程', '太平水厂', '长征渠引水工程']) expect(named('Project'), p).toContain(p);
  });

  it('never names a generic word', () => {
    const all = new Set(mentions.map((m) => m.name));
    for (const w of ['地区', '我区', '全区', '城区', '园区', '景区', '社区', '项目', '平台', '中心', '基础设施']) {
      expect(all, w).not.toContain(w);
    }
  });

  it('reads the GDP target of 2027', () => {
    expect(extractTargets(TEXT)).toContainEqual(expect.objectContaining({ indicator: 'GDP', value: 1200, unit: '亿元', year: 2027 }));
  });

  it('still reads the GDP pair in the unrepaired scan', () => {
    const targets = extractTargets(RAW).slice(0, 2).map((t) => [t.indicator, t.value, t.unit, t.year]);
    expect(targets).toEqual([['GDP', 1200, '亿元', 2027], ['人均GDP', 13.5, '万元', 2027]]);
  });
});
