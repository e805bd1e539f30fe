// Short forms a document defines for its bodies (units/short-forms.ts) and the resolver reading them as those bodies;
// excerpts of real plans (set and id beside each), expected forms read from the text.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../graph/normalise/normalise.ts';
import { UnitResolver } from '../../../graph/units/resolver.ts';
import { definedShortForms } from '../../../graph/units/short-forms.ts';

const defined = (text: string) => definedShortForms(normaliseText(text).text);

describe('short forms a document defines for its bodies', () => {
  // 关于进一步加强青浦区农村村民建房风貌管理的实施意见 (2023), fresh26 qingpu-nongfang-fengmao-2023, 第五条
  it('reads a quoted short form after a body, bodies named together, and none after what reads as no unit', () => {
    expect(defined([
      '青浦区建设管理委员会（以下简称“区建设管理委”）是本区村民建房的建筑活动主管部门。',
      '镇人民政府及街道办事处（以下简称“镇（街道）”）受区建管委委托，落实村民建房风貌管控的各项要求。',
    ].join('\n'))).toEqual([
      { short: '区建设管理委', full: '青浦区建设管理委员会' },
      { short: '镇(街道)', full: '镇人民政府及街道办事处' },
    ]);
  });

  // 嘉定区2014年违法用地专项治理行动实施方案 (嘉府发〔2014〕43号), fresh24 jiading-weifayongdi-2014; 十堰 十三五 纲要, fresh16 shiyan-shisanwu-2016
  it('reads a bare short form, and no title mark nor a thing that is no body', () => {
    expect(defined('落实“守土有责”的属地化管理责任制。区规划和土地管理局（以下简称区规土局）等部门发挥条线指导和服务作用')).toEqual([{ short: '区规土局', full: '区规划和土地管理局' }]);
    expect(defined('《十堰市国民经济和社会发展第十三个五年规划纲要》(以下简称《纲要》)已经市四届人大七次会')).toEqual([]);
    expect(defined('本市2014年1月以来土地巡查发现的违法用地项目（以下简称“新增违法用地”）;')).toEqual([]);
  });

  it('resolves a defined short form as the body its full name reads as, or the bodies named together as written', () => {
    const resolver = new UnitResolver();
    resolver.define('区规土局', '区规划和土地管理局');
    resolver.define('镇(街道)', '镇人民政府及街道办事处');
    const [short] = resolver.resolve('区规土局');
    const [full] = resolver.resolve('区规划和土地管理局');
    expect(short.status === 'resolved' && full.status === 'resolved' && short.canonical === full.canonical).toBe(true);
    expect(resolver.resolve('镇（街道）')).toMatchObject([{ status: 'resolved', canonical: '镇人民政府及街道办事处', method: 'defined' }]);
    // Another document's resolver knows none of it.
    expect(new UnitResolver().resolve('镇（街道）')).toMatchObject([{ status: 'unresolved' }]);
  });
});
