// A leading group's office as staff say it: 区疫情防控工作领导小组办公室 → 区疫情防控办, 疫情防控办 (its field and 办).

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
