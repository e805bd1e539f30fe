// The plans' own programme words in English (high-standard farmland, law-based administration, pilot villages, the second
// quarter), read before english.ts's topics so a longer term is taken whole (高标准农田, not 耕地).

export const PROGRAMME_TERMS: Array<[RegExp, string]> = [
  [/\bhigh[- ]standard (?:farmland|farm ?land|fields?)\b/giu, '高标准农田'],
  [/\bepidemic (?:prevention|control)(?: and (?:control|prevention))?\b|\bcovid(?:-?19)? (?:prevention|control)\b/giu, '疫情防控'],
  [/\blaw[- ]based (?:administration|governance)\b|\badministration (?:according to|by) (?:the )?law\b/giu, '依法行政'],
  [/\bprivate (?:enterprises|companies|firms|businesses)\b/giu, '私营企业'],
  [/\bprivate (?:economy|sector)\b/giu, '民营经济'],
  [/\binnovation platforms?\b/giu, '创新平台'],
  [/\bpilot villages?\b/giu, '试点村'],
  [/\bcredit[- ]plus\b|\bcredit \+/giu, '信用+'],
  [/\b(?:rural )?(?:living|human settlement|residential) environments?\b/giu, '人居环境'],
  [/\b14th five[- ]year plan\b/giu, '十四五'],
  [/\b13th five[- ]year plan\b/giu, '十三五'],
  [/\b(?:first|1st)[- ]quarter\b/giu, '一季度'],
  [/\b(?:second|2nd)[- ]quarter\b/giu, '二季度'],
  [/\b(?:third|3rd)[- ]quarter\b/giu, '三季度'],
  [/\b(?:fourth|4th)[- ]quarter\b/giu, '四季度'],
  [/\bwork points\b|\bwork priorities\b|\bkey points of work\b/giu, '工作要点'],
  [/\bdivision (?:of labou?r )?plan\b/giu, '分工方案'],
  [/\bmodels?\b/giu, '模式'],
  // A target's verbs: what a figure should reach (达到); the modal says nothing the rules read.
  [/\b(?:reach(?:es)?|attain(?:s)?|hit)\b/giu, '达到'],
  [/\b(?:should|must|will|shall)\b/giu, ' '],
];
