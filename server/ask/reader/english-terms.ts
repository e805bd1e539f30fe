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
  // Party building and the work reports' words (全面从严治党, 政府工作报告, 督查).
  [/\b(?:full(?:y)?[- ]fledged |comprehensive )?(?:strict|rigorous|full and strict) (?:party )?self[- ]governance\b|\b(?:exercising |exercise )?(?:strict|full and rigorous) governance over the party\b|\bgovern(?:ing|s)? the party strictly\b/giu, '从严治党'],
  [/\b(?:government )?work reports?\b/giu, '政府工作报告'],
  [/\binspections?\b|\bsupervision and inspection\b/giu, '督查'],
  // Education targets of the 十三五 纲要: 劳动年龄人口平均受教育年限.
  [/\bworking[- ]age population\b/giu, '劳动年龄人口'],
  [/\b(?:average )?years of (?:schooling|education)\b/giu, '受教育年限'],
  // Reforms and enforcement (深化…改革, 执法): the verbs and nouns the plans' titles are made of.
  [/\bfire (?:safety )?law enforcement\b/giu, '消防执法'],
  [/\blaw enforcement\b/giu, '执法'],
  [/\bdeepen(?:s|ed|ing)?\b/giu, '深化'],
  [/\breforms?\b/giu, '改革'],
  // Public services a city report lists together (支持志愿服务、广播电视、地震、气象、档案、地方志): weather only beside
  // services, since the weather alone is a forecast no plan holds.
  [/\bvolunteer(?:ing)? services?\b/giu, '志愿服务'],
  [/\bradio and (?:television|tv)\b/giu, '广播电视'],
  [/\bseismic\b|\bearthquake (?:monitoring|services?)\b/giu, '地震'],
  [/\bweather\b(?=[^?.]*\bservices?\b)|\bmeteorolog(?:y|ical)\b/giu, '气象'],
  [/\barchives?\b/giu, '档案'],
  [/\blocal (?:chronicles|gazetteers)\b/giu, '地方志'],
  [/\bmodels?\b/giu, '模式'],
  // An island county's works (嵊山国际海钓基地, 渔港经济区) and a city's count of 高新技术企业.
  [/\bsea[- ]fishing\b|\bsea angling\b/giu, '海钓'],
  [/\bfishing ports?\b/giu, '渔港'],
  [/\beconomic zones?\b/giu, '经济区'],
  [/\bhigh[- ]tech(?:nology)? (?:enterprises|companies|firms)\b/giu, '高新技术企业'],
  [/\binternational\b/giu, '国际'],
  [/\bbases?\b/giu, '基地'],
  // Construction waste (建筑垃圾) plans: dumping across provinces, a plan's 法治保障 heading, sorting by machine.
  [/\b(?:illegal )?(?:dumping across provinces|cross[- ]provinc(?:e|ial) dumping)\b/giu, '跨省倾倒'],
  [/\billegal dumping\b/giu, '非法倾倒'],
  [/\b(?:legal|rule[- ]of[- ]law) (?:safeguards?|guarantees?)\b/giu, '法治保障'],
  [/\bconstruction (?:waste|debris)\b/giu, '建筑垃圾'],
  [/\bdocument numbers?\b/giu, '文号'],
  // Land-use enforcement (违法用地综合整治) plans: illegal land use, the tax breaks withdrawn from it.
  [/\billegal(?:ly used)? land(?: use)?\b|\bunlawful land use\b/giu, '违法用地'],
  [/\btax (?:incentives?|breaks?|preferences?|preferential (?:policies|treatment))\b/giu, '税收优惠'],
  // Rural roads (农村公路) and their upkeep: the funds for maintenance (养护资金) and who audits them (审计).
  [/\brural roads?\b/giu, '农村公路'],
  [/\bmaintenance funds?\b|\bfunds? for (?:road )?maintenance\b/giu, '养护资金'],
  [/\bmaintenance\b|\bupkeep\b/giu, '养护'],
  [/\baudit(?:s|ed|ing)?\b/giu, '审计'],
  // Fire plans' works: water for firefighting (消防水源) is built (建设), read before fire and water alone.
  [/\bfire(?:[- ]fighting)? water (?:sources?|supply|supplies)\b|\bwater (?:sources?|supply|supplies) for fire(?:[- ]?fighting)?\b/giu, '消防水源'],
  [/\bbuild(?:s|ing)?\b|\bbuilt\b|\bconstruct(?:s|ed|ing|ion)?\b/giu, '建设'],
  // Gas safety campaigns (城镇燃气安全专项整治) and sponge city (海绵城市) plans: their programme words, and the 宣传教育 and
  // 监测 their duties are written in.
  [/\b(?:town|city|urban) gas safety\b/giu, '城镇燃气安全'],
  [/\b(?:town|city|urban) gas\b/giu, '城镇燃气'],
  [/\bgas safety\b/giu, '燃气安全'],
  [/\bsponge[- ]cit(?:y|ies)\b/giu, '海绵城市'],
  [/\bpublicity and education\b|\b(?:public )?awareness and education\b/giu, '宣传教育'],
  [/\bmonitor(?:s|ed|ing)?\b/giu, '监测'],
  // Land a plan keeps by a year (至2035年…202万亩耕地): by 2035 is the deadline 到2035年, keep its 保有.
  [/\bby (?:the end of |the year )?((?:19|20)\d{2})\b/giu, '到$1年'],
  [/\b(?:keep|retain|preserve)(?:s|ed|ing)?\b/giu, '保有'],
  // A target's verbs: what a figure should reach (达到); the modal says nothing the rules read.
  [/\b(?:reach(?:es)?|attain(?:s)?|hit)\b/giu, '达到'],
  [/\b(?:should|must|will|shall)\b/giu, ' '],
];
