// Duty conventions first met in fresh20 (scored once, then tuned on), on excerpts of the published text (source beside
// each); the expected units were written from the text.
import { describe, expect, it } from 'vitest';
import { sortedDuties as sorted, tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (fresh20)', () => {
  // https://www.xiaomilidoc.com/p-504451.html (a 区 opinion on 促进居民消费, 2009: a preview page run on one line)
  it('reads steps whose sentences open with their units: 由A、B共同组织实施 responsible, 由A牵头…;B负责… lead and support, A负责… responsible', () => {
    const tasks = tasksOfLines([
      '(一)举办“穿靓幸福南城服装展销会”从5月中旬开始,在华东服装城广场,组织商城内品牌服装进行展销活动。1、此项活动由区商贸旅游局、长延堡街办、华东服装城共同组织实施。2、由区商贸旅游局牵头,全面负责活动的组织实施(包括活动方案的制定);长延堡街办负责协调华东服装城活动落实工作,负责活动开展的外围协调工作(包括与周边单位的协调事宜);华东服装城负责活动的策划、店内参展商家的组织工作。3、区城管执法局负责联系市城管执法局,支持活动的开展。',
    ]);
    // 华东服装城 (a market) is written beside the units but reads as no unit: the registry's shapes do not take it.
    expect(tasks.map(sorted)).toEqual([
      { lead: [], support: [], responsible: ['区商贸旅游局', '长延堡街办'] },
      { lead: ['区商贸旅游局'], support: ['长延堡街办'], responsible: [] },
      { lead: [], support: [], responsible: ['区城管执法局'] },
    ]);
  });

  it('takes no step whose opening words are not names', () => {
    const tasks = tasksOfLines(['(一)开展促销活动。1、活动期间负责组织打折让利。2、活动期间每周开展一次。']);
    expect(tasks.flatMap((t) => [...t.lead, ...t.support, ...t.responsible])).toEqual([]);
  });
});
