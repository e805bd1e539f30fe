// A title where one place acts for another (广西支援四川…): the issuer is the actor, and 自治区 alone is no place.
import { describe, expect, it } from 'vitest';
import { readJurisdiction, type JurisdictionInput } from '../../../graph/pipeline/jurisdiction.ts';

const read = (input: Partial<JurisdictionInput>) => readJurisdiction({ title: '', text: '', unitNames: [], ...input });

describe('readJurisdiction: a place acting for another', () => {
  it('takes 广西 of 广西支援四川地震灾区…, not a place named up to 灾区', () => {
    expect(read({ title: '广西支援四川地震灾区过渡安置房及配套设施建设工作方案' })).toMatchObject({ name: '广西', source: 'title' });
  });

  it('names the actor in full where the text does', () => {
    const text = '广西壮族自治区人民政府办公厅\n各市人民政府';
    expect(read({ title: '广西支援四川地震灾区过渡安置房建设工作方案', text }).name).toBe('广西壮族自治区');
  });

  it('keeps a named issuer that 对口支援 another place', () => {
    expect(read({ title: '北京市对口支援新疆和田地区工作方案' }).name).toBe('北京市');
  });

  it('never takes 自治区 alone (自治区人民政府关于…) as a place', () => {
    expect(read({ text: '自治区人民政府关于支援四川灾区的指示精神', unitNames: ['省财政局'] })).toEqual({ name: null, label: '省', source: 'level' });
  });
});
