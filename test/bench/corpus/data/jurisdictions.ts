// Real district and county names (general data): the jurisdictions a synthetic corpus is spread over.

/** Districts (区) and counties (县); every name has two or more characters before its level. */
export const JURISDICTION_NAMES: readonly string[] = [
  // 区
  '铜梁区', '潼南区', '荣昌区', '大足区', '璧山区', '江津区', '合川区', '永川区', '綦江区', '南川区',
  '涪陵区', '黔江区', '北碚区', '巴南区', '渝北区', '双流区', '郫都区', '温江区', '新都区', '青白江区',
  '龙泉驿区', '船山区', '安居区', '顺庆区', '高坪区', '嘉陵区', '翠屏区', '叙州区', '龙马潭区', '江阳区',
  '纳溪区', '东坡区', '彭山区', '雁江区', '旌阳区', '涪城区', '游仙区', '利州区', '昭化区', '通川区',
  '达川区', '巴州区', '恩阳区', '雨城区', '前锋区', '广安区', '沿滩区', '贡井区', '五通桥区', '金口河区',
  // 县
  '垫江县', '丰都县', '云阳县', '奉节县', '巫山县', '巫溪县', '城口县', '蓬溪县', '大英县', '乐至县',
  '合江县', '金堂县', '大邑县', '蒲江县', '南部县', '营山县', '仪陇县', '西充县', '蓬安县', '岳池县',
  '武胜县', '邻水县', '宣汉县', '开江县', '大竹县', '长宁县', '江安县', '筠连县', '兴文县', '屏山县',
  '古蔺县', '叙永县', '仁寿县', '洪雅县', '丹棱县', '青神县', '安岳县', '三台县', '盐亭县', '梓潼县',
  '平武县', '苍溪县', '旺苍县', '剑阁县', '青川县', '井研县', '夹江县', '沐川县', '犍为县', '荣县',
].filter((name) => name.length >= 3);

/** The level prefix a jurisdiction's own units carry: 区发展改革委 in a 区, 县发展改革委 in a 县. */
export function levelOf(jurisdiction: string): '区' | '县' {
  return jurisdiction.endsWith('县') ? '县' : '区';
}
