// English questions: a lexicon of department names, duty verbs, question words, topics and places rewrites them into
// the Chinese the rules read (Which tasks does the Water Resources Bureau lead? → 哪些任务 水利局 牵头).
import { placesToChinese } from './english-places.ts';
import { PROGRAMME_TERMS } from './english-terms.ts';

/** Any of the words English uses for a government body. */
const BODY = '(?:commission|bureau|department|administration|office)';

/** Department names (longest first where one contains another) → the function's short form, without a level. */
const DEPARTMENTS: Array<[RegExp, string]> = ([
  ['development and reform', '发展改革委'],
  ['ndrc', '发展改革委'],
  ['economy and information(?:ization)?(?: technology)?', '经济信息委'],
  ['industry and information(?:ization)?(?: technology)?', '经济信息委'],
  ['agriculture and rural affairs', '农业农村委'],
  ['human resources and social security', '人力社保局'],
  ['housing and urban[- ]rural development', '住房城乡建委'],
  ['planning and natural resources', '规划自然资源局'],
  ['natural resources', '规划自然资源局'],
  ['land and resources', '规划自然资源局'],
  ['ecology and environment|ecological environment|environment(?:al)? protection', '生态环境局'],
  ['culture and tourism', '文化旅游委'],
  ['science and technology|sci-?tech', '科技局'],
  ['water resources|water affairs|water conservancy', '水利局'],
  ['transport(?:ation)?', '交通局'],
  ['commerce', '商务委'],
  ['health', '卫生健康委'],
  // 教育局, not the stem 教委: a two-character form is too short to name the function, so 教委 links nothing where the
  // plans write 教育局 (市教育局, 区教体局); 教育局 is a full form of the same registry entry, so 区教委 still answers.
  ['education', '教育局'],
  ['civil affairs', '民政局'],
  ['public security', '公安局'],
  ['finance', '财政局'],
  ['justice', '司法局'],
  ['forestry', '林业局'],
  ['statistics', '统计局'],
  ['emergency management', '应急局'],
  ['fire (?:and )?rescue', '消防救援局'],
  ['market (?:supervision|regulation)', '市场监管局'],
  ['big data(?: development)?', '大数据发展局'],
  ['urban management', '城市管理局'],
  ['medical (?:security|insurance)', '医保局'],
  ["veterans'? affairs", '退役军人事务局'],
  ['investment promotion', '招商投资局'],
  // A centre is its own body in the registry (投资促进中心 beside 投资促进局), so it keeps its own name.
  ['investment promotion', '投资促进中心', '(?:service\\s+)?cent(?:er|re)'],
] as Array<[string, string, string?]>).map(([en, zh, body = BODY]) => [new RegExp(en === 'ndrc' ? '\\bndrc\\b'
  // Commerce Department, or Department of Commerce as agencies style themselves in English.
  : `\\b(?:(?:${en})\\s+${body}|${body}\\s+of\\s+(?:the\\s+)?(?:${en}))\\b`, 'giu'), zh]);

/** A level said in English: the body of that level; none said means every body of the function (narrowed by scope). */
const LEVELS: Array<[RegExp, string]> = [
  [/\b(?:the\s+)?(?:provincial)\s+$/iu, '省'],
  [/\b(?:the\s+)?(?:municipal|city)\s+$/iu, '市'],
  [/\b(?:the\s+)?(?:district)\s+$/iu, '区'],
  [/\b(?:the\s+)?(?:county)\s+$/iu, '县'],
];

/**
 * Without a level, the function as a whole (财政部门: every finance body, which a scope then narrows), since 财政局 alone
 * is read as the one unit whose name it shortens; the word is the registry's short form without its body word.
 */
function functionWord(zh: string): string {
  return /中心$/u.test(zh) ? zh : `${zh.replace(/(局|委|厅)$/u, '')}部门`;
}

/** Each department name → its Chinese form, with the level the words before it give (district Finance Bureau → 区财政局). */
function departmentsToChinese(q: string): string {
  let s = q;
  for (const [pattern, zh] of DEPARTMENTS) {
    s = s.replace(pattern, (...args) => {
      const at = args.at(-2) as number;
      const before = (args.at(-1) as string).slice(0, at);
      const level = LEVELS.find(([p]) => p.test(before))?.[1];
      return ` ${level ? level + zh : functionWord(zh)} `;
    });
  }
  return s.replace(/\b(?:provincial|municipal|district|county)\s+(?=\p{Script=Han})/giu, '');
}

/**
 * The State Council's ministries and administrations as they style themselves in English (Ministry of Finance), named as
 * national plans write them (财政部, 农业部, 税务总局); longest first, so Agriculture and Rural Affairs is not read as Agriculture.
 */
const MINISTRIES: Array<[RegExp, string]> = ([
  ['agriculture and rural affairs', '农业农村部'],
  ['agriculture', '农业部'],
  ['finance', '财政部'],
  ['commerce', '商务部'],
  ['education', '教育部'],
  ['science and technology', '科技部'],
  ['industry and information(?:ization)? technology', '工业和信息化部'],
  ['public security', '公安部'],
  ['civil affairs', '民政部'],
  ['justice', '司法部'],
  ['human resources and social security', '人力资源社会保障部'],
  ['land and resources', '国土资源部'],
  ['natural resources', '自然资源部'],
  ['ecology and environment|environmental protection', '生态环境部'],
  ['housing and urban[- ]rural development', '住房城乡建设部'],
  ['transport(?:ation)?', '交通运输部'],
  ['water resources', '水利部'],
  ['culture and tourism', '文化和旅游部'],
  ['veterans affairs', '退役军人事务部'],
  ['emergency management', '应急管理部'],
] as Array<[string, string]>).map(([en, zh]) => [new RegExp(`\\b(?:the\\s+)?ministry\\s+of\\s+(?:${en})\\b`, 'giu'), zh]);
/** National administrations named by their own English titles (State Taxation Administration → 税务总局). */
const ADMINISTRATIONS: Array<[RegExp, string]> = [
  [/\b(?:the\s+)?state (?:taxation|tax) administration\b/giu, '税务总局'],
  [/\b(?:the\s+)?state administration (?:of|for) market regulation\b/giu, '市场监管总局'],
];

/** Party committee departments: named without a level (市委组织部 and 区委组织部 are both 组织部). */
const PARTY_DEPARTMENTS: Array<[RegExp, string]> = [
  [/organi[sz]ation department/giu, '组织部'],
  [/publicity department|propaganda department/giu, '宣传部'],
  [/political and legal affairs commission/giu, '政法委'],
  // 纪委 (纪律检查委员会): Commission for Discipline Inspection, as it names itself; Discipline Inspection Commission in the press.
  [/commission for discipline inspection|discipline inspection commission|disciplinary inspection commission/giu, '纪委'],
];

/** Topics staff ask about by name, and places written in pinyin. */
const TOPICS: Array<[RegExp, string]> = [
  // Urban renewal (城市更新): old housing gets lifts (既有多层住宅加装电梯), old factories are renovated (老旧厂房改造).
  [/\burban (?:renewal|regeneration)\b/giu, '城市更新'],
  [/\bexisting (?:multi-?stor(?:e?y|ied)|low-?rise) (?:housing|homes|residential buildings?|buildings?)\b/giu, '既有多层住宅'],
  [/\b(?:add|install|retrofit)(?:s|ed|ing)?\b(?=[^?.]*\b(?:elevators?|lifts?)\b)|(?<=\b(?:elevators?|lifts?)\b[^?.]*)\b(?:add|install|retrofit)(?:s|ed|ing)?\b/giu, '加装'],
  [/\belevators?\b|\blifts?\b(?= (?:in|to|for|of)\b|\s*[?.]|$)/giu, '电梯'],
  [/\bold (?:factory|factories|factory buildings|workshops|industrial buildings)\b/giu, '老旧厂房'],
  [/\brenovat(?:e|es|ed|ing|ion)\b/giu, '改造'],
  [/post-?doctoral/giu, '博士后'],
  [/talent(s)?\b/giu, '人才'],
  [/flood (control|prevention)/giu, '防洪'],
  // New urban jobs (新增城镇就业) is a target the plans count in 万人; urban jobs alone are 城镇就业.
  [/\bnew urban (?:jobs|employment)\b/giu, '新增城镇就业'],
  [/\burban (?:jobs|employment)\b/giu, '城镇就业'],
  [/employment|jobs?\b/giu, '就业'],
  [/digital economy/giu, '数字经济'],
  // Digital finance (数字金融): a 数字经济 plan's task of its own (发展数字金融), not the finance bureau.
  [/\bdigital finance\b/giu, '数字金融'],
  [/energy (security|supply)/giu, '能源保障'],
  [/urbani[sz]ation rate/giu, '城镇化率'],
  [/\bpermanent (?:residents?|population)\b|\bresident population\b/giu, '常住人口'],
  [/manufacturing/giu, '制造业'],
  [/\b(?:regional )?gdp\b|gross (?:domestic|regional) product/giu, '地区生产总值'],
  [/forest coverage(?: rate)?/giu, '森林覆盖率'],
  // R&D intensity: R&D spending as a share of GDP, which the plans write 研发投入强度 (R&D 经费投入强度 in some).
  [/\b(?:r ?& ?d|research and development) (?:spending |investment |expenditure )?intensity\b/giu, '研发投入强度'],
  [/\br ?& ?d\b|\bresearch and development\b/giu, '研发'],
  [/fixed[- ]assets? investment/giu, '固定资产投资'],
  // Value added (增加值) of an industry: 服务业增加值, 规模以上工业增加值 (industry above designated size).
  [/\bservices? (?:industry|sector)\b|\btertiary (?:industry|sector)\b/giu, '服务业'],
  [/\bindustrial value[- ]added (?:of (?:industr(?:y|ies)|enterprises) )?above (?:a |the )?designated size\b/giu, '规模以上工业增加值'],
  [/\bindustr(?:y|ial)(?: enterprises)? above (?:a |the )?designated size\b/giu, '规模以上工业'],
  [/\bvalue[- ]added\b/giu, '增加值'],
  [/(?:general public budget|fiscal) revenue/giu, '一般公共预算收入'],
  [/unemployment rate/giu, '失业率'],
  [/retail sales(?: of consumer goods)?/giu, '社会消费品零售总额'],
  [/energy consumption/giu, '能耗'],
  [/carbon(?: dioxide)? emissions?/giu, '二氧化碳排放'],
  [/rental housing/giu, '租赁住房'],
  [/real estate|property market/giu, '房地产'],
  [/(?:urban )?rail transit|\bmetro\b|\bsubway\b/giu, '轨道交通'],
  [/new materials?/giu, '新材料'],
  [/air pollution/giu, '大气污染'],
  // Air plans' works (淘汰燃煤锅炉) and their campaign names (蓝天计划, 蓝天保卫战): blue sky is how they are put in English.
  [/\bcoal[- ]fired boilers?\b/giu, '燃煤锅炉'],
  [/\bcoal[- ]fired\b/giu, '燃煤'],
  [/\bboilers?\b/giu, '锅炉'],
  [/\beliminat(?:e|es|ed|ing|ion)\b|\bphas(?:e|es|ed|ing) out\b/giu, '淘汰'],
  [/\bblue[- ]sky\b/giu, '蓝天'],
  // Health campaigns: 健康中国行动 and its smoke-free (无烟) places, schools among them.
  [/\bhealthy china(?: action| initiative)?\b/giu, '健康中国行动'],
  [/\b(?:smoke|tobacco)[- ]free\b/giu, '无烟'],
  [/\bschools?\b/giu, '学校'],
  // Soil and solid waste (土壤污染防治 plans): 固体废物 and 再生资源 as the plans write them, not 垃圾.
  [/soil pollution/giu, '土壤污染'],
  [/\bsolid wastes?\b/giu, '固体废物'],
  [/\b(?:renewable|recycl(?:ed|able)) resources?\b/giu, '再生资源'],
  [/\brenewable energy\b/giu, '可再生能源'],
  [/sewage|waste ?water/giu, '污水'],
  [/water quality/giu, '水质'],
  [/arable land|farmland|cultivated land/giu, '耕地'],
  [/compulsory education/giu, '义务教育'],
  [/pension insurance/giu, '养老保险'],
  [/household (?:waste|garbage)|\bgarbage\b/giu, '生活垃圾'],
  [/\bpromotion funds?\b/giu, '促进基金'],
  // Public money that draws in private money: funds 撬动 (leverage) 社会资本 (social capital), as the plans' targets write it.
  [/\bspecial(?:[- ]purpose)? funds?\b/giu, '专项资金'],
  [/\bsocial capital\b/giu, '社会资本'],
  [/\bleverag(?:e|es|ed|ing)\b/giu, '撬动'],
  [/\bconsumption\b/giu, '消费'],
  [/(?:market )?access list/giu, '准入清单'],
  [/negative list/giu, '负面清单'],
  [/think[- ]tanks?/giu, '智库'],
  [/air quality/giu, '空气质量'],
  [/\bexports?\b/giu, '出口'],
  [/\btouris(?:m|ts?)\b/giu, '旅游'],
  [/\bgrowth\b/giu, '增长'],
  [/\breservoirs?\b/giu, '水库'],
  // 水利: water conservancy, as the ministry and the plans' works (水利工程, 水利化) call it in English.
  [/\bwater conservancy\b|\bhydraulic engineering\b/giu, '水利'],
  [/\birrigat(?:ion|ed|e)\b/giu, '灌溉'],
  [/\bsoy ?beans?\b|\bsoya\b/giu, '大豆'],
  [/\bgrain\b/giu, '粮食'],
  [/\bfire[- ]?(?:rescue|fighting|protection|safety)\b|\bfirefight(?:ing|ers?)\b/giu, '消防'],
  [/\bequipment\b/giu, '装备'],
  [/\bupgrad(?:e|es|ed|ing)\b/giu, '升级'],
  [/\bblood donation (?:houses?|huts?|cabins?|kiosks?|rooms?)\b/giu, '献血屋'],
  [/\bblood donations?\b/giu, '献血'],
  [/\bkindergartens?\b/giu, '幼儿园'],
  // Public health campaigns (爱国卫生): toilets in rural homes (农村户厕), sanitation (卫生), and the rules that set them.
  // Campaign titles a city or county earns (国家卫生城市, 全国文明城市): read whole, before `health`/`sanitary` alone.
  // The health service system (健康服务体系) a plan builds: services, not the health commission.
  [/\bhealth(?: ?care)? services? system\b/giu, '健康服务体系'],
  [/\bhealth(?: ?care)? services\b/giu, '健康服务'],
  [/\bnational (?:health|hygienic|sanitary|healthy) cit(?:y|ies)\b/giu, '国家卫生城市'],
  [/\bnational (?:health|hygienic|sanitary|healthy) count(?:y|ies)\b/giu, '国家卫生县'],
  [/\b(?:health|hygienic|sanitary|healthy) cit(?:y|ies)\b/giu, '卫生城市'],
  [/\bcivili[sz]ed cit(?:y|ies)\b/giu, '文明城市'],
  [/\brural (?:household |family )?toilets?\b/giu, '农村户厕'],
  [/\b(?:household |public )?toilets?\b|\blatrines?\b/giu, '厕所'],
  [/\bhygiene\b|\bsanitation\b|\bsanitary\b/giu, '卫生'],
  [/\brevis(?:e|es|ed|ing|ion)\b|\bamend(?:s|ed|ing|ment)?\b/giu, '修订'],
  [/\bstandards?\b/giu, '标准'],
  // Party work: cadres (干部) are trained (培训) and Party members (党员) educated, in every Party-building plan.
  [/\bparty (?:members and )?cadres?\b/giu, '党员干部'],
  [/\bcadres?\b/giu, '干部'],
  [/\bparty members?\b/giu, '党员'],
  [/\btrain(?:ing|s|ed)?\b/giu, '培训'],
  // Basic elderly care (基本养老服务): its list (清单) and services, before elderly care alone.
  [/\b(?:basic )?elderly care services? list\b/giu, '基本养老服务清单'],
  [/\belderly care services?\b/giu, '养老服务'],
  [/\bnursing homes?\b|\belderly care\b/giu, '养老'],
  [/\bminimum wages?\b/giu, '最低工资'],
  [/\bpoverty (?:alleviation|reduction|relief)\b|\bout of poverty\b/giu, '脱贫'],
  // 新市民: people who moved to a city and have not (long) held its hukou, new urban residents in English.
  [/\bnew (?:urban )?(?:residents|citizens)\b/giu, '新市民'],
  [/\bvaccin(?:e|es|ation)\b/giu, '疫苗'],
  [/cross[- ]border e-?commerce/giu, '跨境电商'],
  [/\be-?commerce\b/giu, '电商'],
  [/customs clearance/giu, '通关'],
  [/\bcustoms\b/giu, '海关'],
  [/overseas warehouses?/giu, '海外仓'],
  [/rules? of origin/giu, '原产地规则'],
  [/digital trade/giu, '数字贸易'],
  [/(?:trade in services|services? trade)/giu, '服务贸易'],
  [/foreign investment/giu, '外商投资'],
  [/\bimports?\b/giu, '进口'],
  [/\blogistics\b/giu, '物流'],
  // Ports and their throughput (港口吞吐量, 集装箱吞吐量), which the plans set as targets.
  [/\bcontainer throughput\b/giu, '集装箱吞吐量'],
  [/\b(?:cargo )?throughput\b/giu, '吞吐量'],
  [/\bports?\b|\bharbou?rs?\b/giu, '港口'],
  // 科创中心 (科技创新中心): a science and technology innovation centre or hub; offshore (离岸) ones sit in another city.
  [/\b(?:(?:science|sci-?tech|technology)(?: and (?:technology|innovation))?|scientific and technological) (?:innovation )?(?:centres?|centers?|hubs?)\b/giu, '科创中心'],
  [/\boffshore\b/giu, '离岸'],
  // Minerals and their protection (稀土资源保护, 矿产资源): resources a plan protects, not the natural resources bureau.
  [/\brare[- ]earths?\b/giu, '稀土'],
  [/\bmineral resources?\b/giu, '矿产资源'],
  [/\bresources? (?:protection|conservation)\b/giu, '资源保护'],
  [/intellectual property(?: rights?)?/giu, '知识产权'],
  // Upper case only: `ip` in lower case is rarely the abbreviation.
  [/\bIPR?\b/gu, '知识产权'],
  [/\bpatents?\b/giu, '专利'],
  [/\btrademarks?\b/giu, '商标'],
  [/\bfujiang( river)?/giu, '涪江'],
  [/\bqiongjiang( river)?/giu, '琼江'],
];

/** Question shapes and duty words, after the names are out. */
const WORDS: Array<[RegExp, string]> = [
  // Apostrophes are spaces by now (don t).
  [/\bnever lead(s)?\b|\b(have|has) never led\b|\bdo(es)?(n['’ ]?t| not) lead\b/giu, '从不牵头'],
  [/\blead(s)? no (tasks?|items?|work)\b/giu, '从不牵头'],
  [/\bno lead( unit)?\b|\bwithout a lead\b/giu, '没有牵头单位'],
  [/\bhow many (tasks|items)\b/giu, '几项任务'],
  // An article of a plan printed in articles (第3条 reads as its 第三条), and the kinds of cases it lists (几种情形).
  [/\barticle (\d{1,2})\b/giu, '第$1条'],
  [/\bhow many (?:kinds|types|sorts) of\b/giu, '几种'],
  [/\bhow many documents\b/giu, '几个文件'],
  [/\bhow (?:many|much)\b/giu, '多少'],
  [/\b(which|what) (units|departments|agencies|bureaus|commissions|offices|ministries)\b/giu, '哪些单位'],
  [/\b(which|what) (unit|department|agency|bureau|commission|office|ministry)\b/giu, '哪个单位'],
  [/\bwhich tasks\b|\bwhat tasks\b/giu, '哪些任务'],
  [/\bwhich documents\b/giu, '哪些文件'],
  [/\bwho is in charge of\b|\bwho leads\b/giu, '谁牵头'],
  [/\bdraw(?:ing)? up\b|\bformulat(?:e|es|ing)\b/giu, '制定'],
  [/\bwho\b/giu, '谁'],
  [/\bwork(s)? with\b|\bpartners? of\b/giu, '合作'],
  [/\bthe most\b|\bmost\b/giu, '最多'],
  [/\bin charge of\b|\blead(s)?\b|\bled\b/giu, '牵头'],
  [/\bsupport(s|ed)?\b/giu, '配合'],
  [/\btake(s)? part in\b|\bparticipate(s)? in\b|\b(is|are) involved in\b/giu, '参与'],
  [/\b(is|are) responsible for\b|\bresponsible for\b/giu, '负责'],
  [/\bmention(s|ed)?\b|\binvolv(e|es|ing)\b/giu, '涉及'],
  [/\bprojects?\b/giu, '项目'],
  [/\btarget\b|\bgoal\b/giu, '目标'],
  [/\bloaded\b|\bingested\b/giu, '导入'],
  [/\btasks?\b/giu, '任务'],
  // The employment measures: the plans' 举措 / 措施 are their tasks.
  [/\bmeasures\b/giu, '任务'],
  [/\bwork\b/giu, '工作'],
  [/\bdocuments?\b/giu, '文件'],
  [/'s\b|\s+s\b/giu, '的'],
  [/\b(what|which|is|are|the|a|an|does|do|did|of|for|to|in|on|by|have|has|any|units?|departments?)\b/giu, ' '],
];

/** Mostly Latin letters: an English question. */
export function isEnglish(q: string): boolean {
  const latin = (q.match(/[A-Za-z]/gu) ?? []).length;
  const han = (q.match(/\p{Script=Han}/gu) ?? []).length;
  return latin >= 8 && latin > han * 2;
}

/** The Chinese reading of an English question (a department name without a level means every body of that function). */
export function englishToChinese(q: string, graphPlaces: ReadonlyMap<string, string> = new Map()): string {
  // What is the … target?: the value is asked for, which Chinese says at the end (…目标是多少).
  const asksValue = /^\s*(what('s| is| are)|how (much|high))\b/iu.test(q);
  // The X task led by Y → Y lead 的 X task: Chinese puts the one who leads before the task.
  let s = q.replace(/\bthe\s+((?:[a-z-]+\s+){0,3}?)(tasks?)\s+led\s+by\s+(?:the\s+)?([a-z][a-z\s']*?)\s*(?=[?.!]|$)/iu, '$3 lead 的 $1$2');
  // The target for the years of schooling of…: a measure with its own of-phrases reads backwards word by word; Chinese puts it
  // first (劳动年龄人口受教育年限目标是多少), as a task's title has it. A short one (target for new urban jobs) stays as it is.
  s = s.replace(/\btarget\s+(?:for|of)\s+(?:the\s+)?((?:[a-z-]+\s+)+of\s+.+?)\s*(?=[?.!]|$)/iu, '$1 target');
  // The reform of X: 深化X改革, as the plans' titles write it.
  s = s.replace(/\b(deepen(?:s|ed|ing)?)\s+(?:the\s+)?reform\s+of\s+(?:the\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)(?=\s+in\b|\s*[?.!,]|\s*$)/iu, '$1 $2 reform');
  for (const [p, zh] of [...MINISTRIES, ...ADMINISTRATIONS]) s = s.replace(p, ` ${zh} `);
  s = departmentsToChinese(placesToChinese(s, graphPlaces));
  for (const [p, zh] of PARTY_DEPARTMENTS) s = s.replace(p, ` ${zh} `);
  for (const [p, zh] of [...PROGRAMME_TERMS, ...TOPICS]) s = s.replace(p, ` ${zh} `);
  for (const [p, zh] of WORDS) s = s.replace(p, ` ${zh} `);
  const zh = s.replace(/[?？.!]+/gu, '').replace(/\s+/gu, ' ').trim().replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  return asksValue && zh.includes('目标') && !zh.includes('多少') ? `${zh}是多少` : zh;
}
