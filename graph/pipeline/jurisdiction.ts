// The jurisdiction a document's units belong to: a named district from its heading, else the level its units carry.

const NAMED_RE = /([\u4e00-\u9fa5]{2,6}?(?:自治县|区|县|市|州|省))(?:人民政府|委员会|政府办公室|办公室)/;
const TITLE_NAMED_RE = /^(?:中共)?([\u4e00-\u9fa5]{2,6}?(?:自治县|区|县|市))(?!域|级|委|属)/;
const GENERIC = new Set(['全区', '我区', '本区', '全市', '本市', '我市', '全县', '本县', '地区', '城区', '新区', '市区']);

export function detectJurisdiction(title: string, text: string, unitNames: string[]): string {
  const head = text.slice(0, 400);
  const named = TITLE_NAMED_RE.exec(title)?.[1] ?? NAMED_RE.exec(head)?.[1];
  if (named && !GENERIC.has(named) && !named.startsWith('关于')) return named;
  const counts = new Map<string, number>();
  for (const name of unitNames) {
    const level = /^[区县市省]/.exec(name)?.[0];
    if (level) counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : '未知';
}
