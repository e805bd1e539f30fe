// The reader rules added while tuning on real12-dev (issue 10), one behaviour each, in other words than the set's, on the eight real12 plans (no seed).
import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '../../server/ask/normalise.ts';
import { englishToChinese } from '../../server/ask/reader/english.ts';
import { askOver } from './ask-over.ts';

const { ask, names } = askOver(['test/fixtures/questions/real12-docs']);

describe('reader rules after real12-dev', () => {
  it('reads a question typed in 繁體 as its simplified form, and leaves a simplified one as it is', async () => {
    expect(normaliseQuestion('市財政局牽頭哪些任務？')).toBe('市财政局牵头哪些任务');
    expect(normaliseQuestion('区水利局牵头哪些任务？')).toBe('区水利局牵头哪些任务');
    // 武汉's 十四五 plan (a 繁體 mirror): 市经信局 supports its three environment indicators; asked in 繁體 words with 裡 and 項.
    const got = await names('武漢的方案裡市經信局配合了哪幾項');
    expect(got).toEqual(expect.arrayContaining(['单位地区生产总值能源消耗降低完成省下达目标', '单位地区生产总值二氧化碳排放降低完成省下达目标',
      '空气质量优良天数比率完成省下达目标']));
    expect(got).toEqual(await names('武汉的方案里市经信局配合了哪几项'));
  });

  it('names the State Council\'s ministries and administrations from their English titles', async () => {
    expect(englishToChinese('Which tasks does the Ministry of Finance lead?')).toContain('财政部');
    expect(englishToChinese('What does the Ministry of Agriculture and Rural Affairs do?')).toContain('农业农村部');
    expect(englishToChinese('What does the Ministry of Agriculture and Rural Affairs do?')).not.toMatch(/农业部/u);
    expect(englishToChinese('Which tasks does the State Taxation Administration support?')).toContain('税务总局');
    // 国办函〔2004〕21号: 财政部 leads (三) with 发展改革委, and supports (一) and (二).
    expect((await names('Which tasks does the Ministry of Finance lead?')).join(' ')).toContain('现有农业固定资产投资');
    expect((await names('Which tasks does the Ministry of Finance support?')).join(' ')).toContain('提高农业机械化水平');
  });

  it('declines a question about how old a place is or where its name comes from, not a plan question about the place', async () => {
    for (const q of ['霍邱县有多少年历史', '舒城县这个地名的由来']) {
      const a = await ask(q);
      expect(a.answer.items, q).toEqual([]);
      expect(a.answer.text, q).toMatch(/抱歉/u);
    }
    expect(await names('霍邱县出现在哪些任务里')).toContain('养老服务和智慧养老');
  });

  it('reads a place and two years as both plans when only one of the issuer\'s plans names the place in its header', async () => {
    // 六安's 2021 report says 六安市, its 2017 one only 我市 (its title falls back to the file name): 市交通局 leads one project in each.
    const luan = await ask('六安2017年、2021年两份通报中市交通局各自牵头了什么');
    expect(luan.answer.items.map((i) => i.name)).toEqual(expect.arrayContaining(['农村道路畅通工程', '“四好农村路”建设']));
    expect(luan.answer.text).toContain('luan-minsheng-2017');
    // 宿州: the 2023 完成情况 names 宿州市, the 2022 一季度 report does not; 市人力资源社会保障局 has tasks in both.
    expect(await names('宿州2022年和2023年的通报中市人力资源社会保障局各负责哪几项')).toEqual(expect.arrayContaining([
      '城镇登记失业率控制在4.5%以内', '城镇常住居民人均可支配收入增长8%左右']));
    // One year alone still scopes to its plan: the 2021 report only, or the 2017 one only.
    expect(await names('六安2021年的通报中市交通局牵头了什么')).toEqual(['“四好农村路”建设']);
    expect(await names('六安2017年的通报中市交通局牵头了什么')).toEqual(['农村道路畅通工程']);
  });

  it('reads the spoken 喝水 as the plans\' 饮水, so an indirect question finds the drinking-water task and its lead', async () => {
    expect(normaliseQuestion('村里喝水的问题归哪个部门管')).toBe('村里饮水的问题归哪个部门管');
    expect(normaliseQuestion('吃水平均多少')).toBe('吃水平均多少');
    // 六安 2017: 农村饮水安全巩固提升工程, 牵头部门 市水利局.
    expect(await names('村里喝水安全归哪个部门管')).toContain('市水利局');
  });

  it('reads A里哪些牵头单位不是B也牵过头的 as A\'s leads that B lacks, of the role asked', async () => {
    // 宿州 2023 完成情况: 市发展改革委, 市商务局, 市农业农村局 lead there and appear nowhere in the 2022 一季度 report;
    // 市财政局 leads in both, so it is left out.
    const got = await names('宿州2023年的完成情况里哪些牵头单位不是2022年也牵过头的');
    expect(got).toEqual(expect.arrayContaining(['市发展改革委', '市商务局', '市农业农村局']));
    expect(got).not.toContain('市财政局');
    // 六安 2021 against 2017: 市民政局 and 市交通局 lead in both years.
    const luan = await names('六安2021年的通报里哪些牵头单位不是2017年也牵过头的');
    expect(luan).toEqual(expect.arrayContaining(['市退役军人局', '市农业农村局']));
    expect(luan).not.toContain('市民政局');
  });
});
