// Duty conventions first met in round seven (the s7b dev documents and fresh6's leftovers), one per test, on
// excerpts of the published text (source beside each); the expected units were written from the text (the labels).
import { describe, expect, it } from 'vitest';
import { tasksOfLines } from '../../support/ingest-text.ts';

describe('conventions of real plans (round seven)', () => {
  // http://www.idachang.com/policy_show.aspx?id=53e2fb6f916d493c84f9079daebd2e85 (镇办〔2022〕51号, a mirror cut inside the note)
  it('reads names listed after the last verb as more units answering for the item, and leaves out a note the excerpt cut', () => {
    const tasks = tasksOfLines([
      '一、加大助企纾困保就业',
      '(一)加大税费减免力度。落实“六税两费”减免政策。(市财政局、市人社局、市税务局等按职责分工负责;各市、区人民政府,镇江新区、高新区管委会〔以下均需各市、区人民政府,镇',
    ]);
    expect(tasks).toMatchObject([
      { title: '加大税费减免力度', lead: [], support: [], responsible: ['各市、区人民政府', '市人社局', '市税务局', '市财政局', '镇江新区、高新区管委会'] },
    ]);
  });

  it('names after the last verb support a lead when one is named, and body text after it adds no unit', () => {
    const tasks = tasksOfLines([
      '一、稳就业',
      '(一)稳岗返还。落实政策。(市人社局牵头,市财政局配合;各区人民政府)',
      '(二)就业服务。落实政策。(市人社局牵头,市财政局配合;年内完成)',
    ]);
    expect(tasks).toMatchObject([
      { title: '稳岗返还', lead: ['市人社局'], support: ['各区人民政府', '市财政局'] },
      { title: '就业服务', lead: ['市人社局'], support: ['市财政局'] },
    ]);
  });

  it('carries the units of a note in its own brackets inside the annotation to every later item', () => {
    const tasks = tasksOfLines([
      '一、加大助企纾困保就业',
      '(一)加大税费减免力度。落实政策。(市财政局等按职责分工负责;各市、区人民政府〔以下均需各市、区人民政府落实,不再列出〕)',
      '(二)稳定岗位。落实政策。(市人社局负责)',
    ]);
    expect(tasks.map((t) => t.responsible)).toEqual([['各市、区人民政府', '市财政局'], ['各市、区人民政府', '市人社局']]);
  });

  // fresh6 honggutan-zhengwu-2022 (南昌市红谷滩区 2022 政务公开要点, a page kept on one line)
  it('keeps a level collective whole when 、 continues it with 街办 and 管理处', () => {
    const tasks = tasksOfLines([
      '(一)强化重点领域信息公开',
      '1、数字经济发展领域。深入解读相关政策措施。(责任单位:区政府办公室、区商务局等数字经济工作领导小组成员单位,各乡、街办、管理处)',
    ]);
    expect(tasks[0].responsible).toEqual(['区商务局', '区政府办公室', '各乡、街办、管理处', '数字经济工作领导小组成员单位']);
  });

  // dev s6a-chaozhou-lantian-2019 (潮州 2019 蓝天保卫战方案, a document-sharing preview)
  it('reads 牵头督导 as 牵头, and keeps a government with its zone committee in brackets inside a level collective, carried', () => {
    const tasks = tasksOfLines([
      '二、主要任务',
      '1.制定实施准入清单。完成编制工作。〔市生态环境局牵头,市发展和改革局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕',
      '2.排查整治“散乱污”工业企业(场所)。全面落实方案。(市生态环境局、发展和改革局牵头督导,市公安局、自然资源局、应急管理局参与)',
    ]);
    expect(tasks).toMatchObject([
      { title: '制定实施准入清单', lead: ['市生态环境局'], support: ['各县、区人民政府(管委会)', '市发展和改革局'] },
      { title: '排查整治“散乱污”工业企业(场所)', lead: ['发展和改革局', '市生态环境局'], support: ['各县、区人民政府(管委会)', '市公安局', '应急管理局', '自然资源局'] },
    ]);
  });

  // https://www.gov.cn/ (国办函〔2014〕31号, a 繁體 gateway copy; fresh6 guowuyuan-nongcun-2014)
  it('reads 由X会同A、B等部门… inside the sentence: X leads, the others support, and the item is a task', () => {
    const tasks = tasksOfLines([
      '一、工作分工',
      '(一)关于“确保谷物基本自给、口粮绝对安全”的问题,由发展改革委会同中央农办、农业部、财政部、粮食局等部门研究提出落实意见。',
      '(二)关于“严守耕地保护红线,划定永久基本农田”的问题,由国土资源部会同农业部等部门负责落实。',
      '(三)关于“完善农业补贴政策”的问题,由财政部会同有关部门负责落实。',
    ]);
    expect(tasks).toMatchObject([
      { path: '一/(一)', lead: ['发展改革委'], support: ['中央农办', '农业部', '粮食局', '财政部'] },
      { path: '一/(二)', lead: ['国土资源部'], support: ['农业部'] },
      { path: '一/(三)', lead: ['财政部'], support: ['有关部门'] },
    ]);
  });

  it('leaves a 由…会同… sentence alone when what it names are no units', () => {
    const tasks = tasksOfLines(['一、工作分工\n(一)加强统筹。由各地会同实际情况研究提出落实意见。(市发改委负责)']);
    expect(tasks).toMatchObject([{ lead: [], responsible: ['市发改委'] }]);
  });
});
