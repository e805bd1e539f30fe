// English questions: a lexicon of department names, duty verbs, question words and topics rewrites them into
// the Chinese the rules read (Which tasks does the Water Resources Bureau lead? → 哪些任务 水利局 牵头).
/** Department names (longest first where one contains another). */
const DEPARTMENTS: Array<[RegExp, string]> = [
  [/development and reform (commission|bureau)|\bndrc\b/giu, '发展改革委'],
  [/economy and information(ization)?( technology)? (commission|bureau)/giu, '经济信息委'],
  [/agriculture and rural affairs (commission|bureau)/giu, '农业农村委'],
  [/human resources and social security bureau/giu, '人力社保局'],
  [/housing and urban[- ]rural development (commission|bureau)/giu, '住房城乡建委'],
  [/planning and natural resources bureau/giu, '规划自然资源局'],
  [/ecology and environment bureau|ecological environment bureau|environment(al)? protection bureau/giu, '生态环境局'],
  [/culture and tourism (commission|bureau)/giu, '文化旅游委'],
  [/science and technology bureau/giu, '科技局'],
  [/water resources bureau|water affairs bureau/giu, '水利局'],
  [/transport(ation)? bureau/giu, '交通局'],
  [/commerce (commission|bureau)/giu, '商务委'],
  [/health commission/giu, '卫生健康委'],
  [/education commission|education bureau/giu, '教委'],
  [/civil affairs bureau/giu, '民政局'],
  [/public security bureau/giu, '公安局'],
  [/finance bureau/giu, '财政局'],
  [/justice bureau/giu, '司法局'],
  [/forestry bureau/giu, '林业局'],
  [/emergency management bureau/giu, '应急局'],
  [/market (supervision|regulation) (bureau|administration)/giu, '市场监管局'],
  [/big data (development )?bureau/giu, '大数据发展局'],
  [/urban management bureau/giu, '城市管理局'],
  [/medical (security|insurance) bureau/giu, '医保局'],
  [/veterans'? affairs bureau/giu, '退役军人事务局'],
  [/investment promotion bureau/giu, '招商投资局'],
];

/** Party committee departments: named without a level (市委组织部 and 区委组织部 are both 组织部). */
const PARTY_DEPARTMENTS: Array<[RegExp, string]> = [
  [/organi[sz]ation department/giu, '组织部'],
  [/publicity department|propaganda department/giu, '宣传部'],
  [/political and legal affairs commission/giu, '政法委'],
];

/** Topics staff ask about by name, and places written in pinyin. */
const TOPICS: Array<[RegExp, string]> = [
  [/post-?doctoral/giu, '博士后'],
  [/talent(s)?\b/giu, '人才'],
  [/flood (control|prevention)/giu, '防洪'],
  [/employment|jobs?\b/giu, '就业'],
  [/digital economy/giu, '数字经济'],
  [/energy (security|supply)/giu, '能源保障'],
  [/urbani[sz]ation rate/giu, '城镇化率'],
  [/manufacturing/giu, '制造业'],
  [/\bfujiang( river)?/giu, '涪江'],
  [/\bqiongjiang( river)?/giu, '琼江'],
];

/** Question shapes and duty words, after the names are out. */
const WORDS: Array<[RegExp, string]> = [
  [/\bnever lead(s)?\b|\bhave never led\b|\bdo(es)? not lead\b/giu, '从不牵头'],
  [/\bno lead( unit)?\b|\bwithout a lead\b/giu, '没有牵头单位'],
  [/\bhow many (tasks|items)\b/giu, '几项任务'],
  [/\bhow many documents\b/giu, '几个文件'],
  [/\bhow many\b/giu, '多少'],
  [/\bwhich (units|departments|agencies)\b/giu, '哪些单位'],
  [/\bwhich unit\b/giu, '哪个单位'],
  [/\bwhich tasks\b|\bwhat tasks\b/giu, '哪些任务'],
  [/\bwhich documents\b/giu, '哪些文件'],
  [/\bwho is in charge of\b|\bwho leads\b/giu, '谁牵头'],
  [/\bwho\b/giu, '谁'],
  [/\bwork(s)? with\b|\bpartners? of\b/giu, '合作'],
  [/\bthe most\b|\bmost\b/giu, '最多'],
  [/\bin charge of\b|\blead(s)?\b|\bled\b/giu, '牵头'],
  [/\bsupport(s|ed)?\b/giu, '配合'],
  [/\bmention(s|ed)?\b|\binvolv(e|es|ing)\b/giu, '涉及'],
  [/\btarget\b|\bgoal\b/giu, '目标'],
  [/\bloaded\b|\bingested\b/giu, '导入'],
  [/\btasks?\b/giu, '任务'],
  [/\bwork\b/giu, '工作'],
  [/\bdocuments?\b/giu, '文件'],
  [/'s\b|\s+s\b/giu, '的'],
  [/\b(what|which|is|are|the|a|an|does|do|did|of|for|to|in|on|by|have|has|units?|departments?)\b/giu, ' '],
];

/** Mostly Latin letters: an English question. */
export function isEnglish(q: string): boolean {
  const latin = (q.match(/[A-Za-z]/gu) ?? []).length;
  const han = (q.match(/\p{Script=Han}/gu) ?? []).length;
  return latin >= 8 && latin > han * 2;
}

/** The Chinese reading of an English question (a department name gets 区 when the question gives no level). */
export function englishToChinese(q: string): string {
  let s = q;
  for (const [p, zh] of DEPARTMENTS) s = s.replace(p, ` 区${zh} `);
  for (const [p, zh] of PARTY_DEPARTMENTS) s = s.replace(p, ` ${zh} `);
  for (const [p, zh] of TOPICS) s = s.replace(p, ` ${zh} `);
  for (const [p, zh] of WORDS) s = s.replace(p, ` ${zh} `);
  return s.replace(/[?？.!]+/gu, '').replace(/\s+/gu, ' ').trim().replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
}
