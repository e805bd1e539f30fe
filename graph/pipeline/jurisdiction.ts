// The jurisdiction a document's units belong to: a named district in its heading, else the level its units carry.

// A named jurisdiction opens the title or a heading line (铜梁区人民政府关于…, 中共XX县委…); a place
// name mid-sentence (…纲要和市人民政府…) is a reference to another government, not the issuer.
const HEADING_NAMED_RE = /^(?:中共)?([\u4e00-\u9fa5]{2,5}?(?:自治县|区|县|市))(?:人民政府|委员会|政府办公室|办公室|委|政府|关于)/m;
// A title opening with the issuer's name (贡井区推动高质量发展行动方案); 园区/城区/新区… are not districts.
const TITLE_NAMED_RE = /^(?:中共)?([\u4e00-\u9fa5]{2,5}?(?:自治县|(?<![园景社城新片矿辖小街])区|县|(?<![城都])市))/;
const NOT_A_NAME = /[和与及的在对于把被关等]/;
const GENERIC = new Set(['全区', '我区', '本区', '全市', '本市', '我市', '全县', '本县', '地区', '城区', '新区', '市区']);

export function detectJurisdiction(title: string, text: string, unitNames: string[]): string {
  const named = HEADING_NAMED_RE.exec(title)?.[1] ?? TITLE_NAMED_RE.exec(title)?.[1] ?? HEADING_NAMED_RE.exec(text.slice(0, 400))?.[1];
  if (named && !GENERIC.has(named) && !NOT_A_NAME.test(named)) return named;
  const counts = new Map<string, number>();
  for (const name of unitNames) {
    const level = /^[区县市省]/.exec(name)?.[0];
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : '未知';
}
