// Offices and divisions as staff say them: a leading group's office by its field and 办 (区疫情防控工作领导小组办公室 → 区疫情防控办),
// a bureau's division by its field and 处, or by the first character of each word of its field.

/** Level, field, then (工作)领导小组办公室; the field is two to ten characters (疫情防控, 河长制). */
const GROUP_OFFICE = /^([省市县区]?)(\p{Script=Han}{2,10}?)(?:工作)?领导小组办公室$/u;

/** The short forms of every leading group's office among the names, with and without its level. */
export function groupOfficeForms<T>(byName: ReadonlyMap<string, T>): Array<[string, T]> {
  const out: Array<[string, T]> = [];
  for (const [name, target] of byName) {
    const m = GROUP_OFFICE.exec(name);
    if (!m) continue;
    out.push([`${m[1]}${m[2]}办`, target]);
    if (m[1]) out.push([`${m[2]}办`, target]);
  }
  return out;
}

/**
 * A bureau's division as staff say it: 特种设备安全监察处 → 特种设备处, 市局产品质量安全监督管理处 → 市局产品质量处, 产品质量处
 * (its field and 处; the words of what every division does — 安全, 监督管理, 监察 — are left out).
 */
const DIVISION = /^(市局|省局|区局)?(\p{Script=Han}{2,8}?)(?:安全)?(?:监督管理|监督检查|监察|监管)处$/u;

/**
 * A division whose field is two words of two characters is called by each word's first character: 民用航空处 → 民航处,
 * 科技信息处 → 科信处 (as a plan's own 市交通委（科信处、宣传处） writes it), 轨道交通处 → 轨交处.
 */
const TWO_WORD_DIVISION = /^(\p{Script=Han}{4})处$/u;

/** The short forms of every such division among the names, with and without the 市局 before it. */
export function divisionForms<T>(byName: ReadonlyMap<string, T>): Array<[string, T]> {
  const out: Array<[string, T]> = [];
  for (const [name, target] of byName) {
    const field = TWO_WORD_DIVISION.exec(name)?.[1];
    if (field) out.push([`${field[0]}${field[2]}处`, target]);
    const m = DIVISION.exec(name);
    if (!m) continue;
    if (m[1]) out.push([`${m[1]}${m[2]}处`, target]);
    out.push([`${m[2]}处`, target]);
  }
  return out;
}
