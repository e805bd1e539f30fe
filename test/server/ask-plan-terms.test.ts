// planTerms (normalise.ts): a question's word for a thing becomes the word the loaded plans write for it, and only then.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planTerms } from '../../server/ask/normalise.ts';

const plan = (file: string) => {
  const text = readFileSync(new URL(`../fixtures/questions/${file}`, import.meta.url), 'utf8');
  return (phrase: string) => text.includes(phrase);
};

describe('planTerms', () => {
  it('says 国有企业 where 嵊泗 writes only that (深化国有企业、国有资金、国有房产改革)', () => {
    expect(planTerms('嵊泗的国企改革归哪个单位负责', plan('real17-docs/shengsi-zhongdian-2023.txt'))).toBe('嵊泗的国有企业改革归哪个单位负责');
  });

  it('keeps 国企 where the plan writes it too (舟山: 推进国资国企改革三年行动)', () => {
    expect(planTerms('舟山的国企改革由谁负责', plan('real17-docs/zhoushan-zhongdian-2022.txt'))).toBe('舟山的国企改革由谁负责');
  });

  it('says 征拆 and 临空 for 征迁 and 空港 (海曙 2024: 完成60万平方米征拆任务, 推动临空经济示范区建设)', () => {
    const haishu = plan('real13-docs/haishu-zhongdian-2024.txt');
    expect(planTerms('征迁任务由谁负责', haishu)).toBe('征拆任务由谁负责');
    expect(planTerms('空港经济谁负责', haishu)).toBe('临空经济谁负责');
  });

  it('leaves a word no plan writes any form of', () => {
    expect(planTerms('双创由谁负责', plan('real17-docs/shengsi-zhongdian-2023.txt'))).toBe('双创由谁负责');
  });
});
