// OCR confusions common in scanned Chinese government text: data, applied by the normaliser.
// Each rule is general (a glyph split or misread the same way in any scan), never a phrase of one document.

export interface RepairRule {
  /** Short id shown in the data-quality report. */
  id: string;
  pattern: RegExp;
  replacement: string;
}

const CJK = '\\u4e00-\\u9fff';

export const OCR_REPAIR_RULES: RepairRule[] = [
  // 川 read as the Latin J followed by two strokes (J11, JI1, Jl1 …).
  { id: 'chuan', pattern: /J[1Il|]{2}/g, replacement: '川' },
  // A 川 whose left stroke became a quote mark: ‘11渝 → 川渝.
  { id: 'chuan-quote', pattern: /(?<=['‘“"])[1Il|]{2}(?=渝)/g, replacement: '川' },
  // 顺 read as J + I + 页.
  { id: 'shun', pattern: /J[I1l|]页/g, replacement: '顺' },
  // 巩 read as J + 凡.
  { id: 'gong', pattern: /J凡/g, replacement: '巩' },
  // 引 read as 弓 + I.
  { id: 'yin', pattern: /弓[I1l|]/g, replacement: '引' },
  // 一体 read as T本 (一体化, 于一体).
  { id: 'yiti', pattern: /T本(?=[化的])/g, replacement: '一体' },
  // Water-quality class III read as IU.
  { id: 'class-iii', pattern: /IU(?=类)/g, replacement: 'III' },
  // A full stop after a percentage read as o or 0: 96%o推进 → 96%。推进.
  { id: 'pct-stop', pattern: new RegExp(`%(?:[oO]|0(?=[${CJK}“"]|$))`, 'g'), replacement: '%。' },
  // An enumeration comma between percentages read as s: 40%s50% → 40%、50%.
  { id: 'pct-comma', pattern: /(?<=%)s(?=\d)/g, replacement: '、' },
  // An enumeration comma after an indicator read as s: GDPs人均GDP → GDP、人均GDP.
  { id: 'gdp-comma', pattern: new RegExp(`(?<=GDP)s(?=[${CJK}])`, 'g'), replacement: '、' },
  // The letter O inside a number: 100O千伏 → 1000千伏.
  { id: 'digit-o', pattern: /(?<=\d)[Oo](?=[\d千万亿])/g, replacement: '0' },
  // A full stop read as 二 right before a duty annotation: 食堂二(牵头单位 → 食堂。(牵头单位.
  { id: 'stop-before-annotation', pattern: new RegExp(`(?<=[${CJK}”"])二(?=\\((?:[^)]{0,3}单位|[^)]{0,30}牵头|[^)]{0,40}(?:负责|配合)\\)))`, 'g'), replacement: '。' },
  // An item number 1. read as L or l at the start of a heading: 。L建设 → 。1.建设.
  { id: 'one-dot', pattern: new RegExp(`(?<=^|[。)\\n%;])[Ll](?=[${CJK}])`, 'g'), replacement: '1.' },
];
