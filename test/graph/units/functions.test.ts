// The function join: a function's name (发改部门, 发改委) reaches every unit of that registry entry, at any level.
import { describe, expect, it } from 'vitest';
import { functionForms } from '../../../graph/units/functions.ts';

const unitsOf = (forms: ReturnType<typeof functionForms>, text: string) => forms.find((f) => f.text === text)?.units;

describe('functionForms', () => {
  it('joins 发改部门 to every 发改 unit, whatever its level or written form', () => {
    const forms = functionForms([
      { name: '区发展改革委', aliases: ['区发改委'] },
      { name: '市发展和改革局', aliases: [] },
      { name: '区财政局', aliases: [] },
    ]);
    expect(unitsOf(forms, '发改部门')).toEqual(['区发展改革委', '市发展和改革局']);
    expect(unitsOf(forms, '财政部门')).toEqual(['区财政局']);
  });

  it('reads a party body by its level-composed form (区委宣传部)', () => {
    expect(unitsOf(functionForms([{ name: '区委宣传部', aliases: [] }]), '宣传部门')).toEqual(['区委宣传部']);
  });

  it('files a merged office written with a joining dot (区国土·规划分局) under the function its fields name', () => {
    const forms = functionForms([{ name: '区国土·规划分局', aliases: [] }, { name: '市国土资源局', aliases: [] }]);
    expect(unitsOf(forms, '国土部门')).toEqual(['区国土·规划分局', '市国土资源局']);
  });

  it('joins 税务部门 to 国税局 and 地税局 too (bodies within the tax function until 2018), but not the bare 税务局', () => {
    const forms = functionForms([{ name: '市国税局', aliases: [] }, { name: '市地税局', aliases: [] }, { name: '区税务局', aliases: [] }]);
    expect(unitsOf(forms, '税务部门')).toEqual(['区税务局', '市国税局', '市地税局']);
    expect(unitsOf(forms, '税务局')).toEqual(['区税务局']);
    expect(unitsOf(forms, '国税部门')).toEqual(['市国税局']);
  });

  it('gives no function to a name the registry does not know', () => {
    expect(functionForms([{ name: '白仙山水库工程政策处理工作领导小组', aliases: [] }])).toEqual([]);
  });
});
