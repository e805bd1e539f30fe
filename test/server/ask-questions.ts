// The ask question set: varied phrasings, each with answers read off the seed plan's text by hand.
import type { QueryName } from '../../graph/catalogue/catalogue.ts';

export interface AskCase {
  q: string;
  /** The catalogue query the question must be planned as. */
  op?: QueryName;
  /** Names every one of which must be among the answer's items. */
  items?: string[];
  /** The name the answer must list first. */
  first?: string;
  /** Names that must not be among the items. */
  none?: string[];
}

const WATER_LEAD = ['完善水利基础设施'];
const WATER_ALL = ['完善水利基础设施', '深入实施生态系统保护', '持续建设宜居宜业和美乡村'];
const NDRC_ECONOMY = ['提升桥头堡城市联动能力', '构建更加多元现代的能源保障体系', '推动制造业高质量发展', '促进数字经济创新发展', '高水平打造科技创新平台'];
const NDRC_LEAD = ['提升桥头堡城市联动能力', '构建更加多元现代的能源保障体系', '构建优质高效服务业体系', '完善社会保障制度'];
const FARM_LEAD = ['发展优势特色农业产业', '推动城乡融合发展', '持续建设宜居宜业和美乡村'];
const COMMERCE_LEAD = ['打造不夜新地标', '高水平建设对外开放平台', '高质量发展开放型经济'];
const WATER_UNITS = ['区水利局', '区发展改革委', '区农业农村委'];

export const ASK_CASES: AskCase[] = [
  // A unit's tasks: full names, abbreviations, missing 区, former names, typos, English.
  { q: '区水利局牵头哪些任务？', op: 'unitTasks', items: WATER_LEAD, none: ['深入实施生态系统保护'] },
  { q: '区水利局牵头哪些任务', op: 'unitTasks', items: WATER_LEAD },
  { q: '水利局牵头什么工作?', op: 'unitTasks', items: WATER_LEAD },
  { q: '区水利局负责哪些任务', op: 'unitTasks', items: WATER_ALL },
  { q: '区水力局负责什么', op: 'unitTasks', items: WATER_ALL },
  { q: '水务局都干些啥', op: 'unitTasks', items: WATER_ALL },
  { q: '区水利局参与了哪些任务呢', op: 'unitTasks', items: WATER_ALL }, // 参与 means any role (issue 10)
  { q: '请问区水利局配合哪些工作', op: 'unitTasks', items: ['深入实施生态系统保护'] },
  { q: 'which tasks does 区水利局 lead?', op: 'unitTasks', items: WATER_LEAD },
  { q: 'What does 水利局 support', op: 'unitTasks', items: ['深入实施生态系统保护'] },
  { q: '发改委牵头哪些任务', op: 'unitTasks', items: NDRC_LEAD },
  { q: '区发改委牵头了什么', op: 'unitTasks', items: NDRC_LEAD },
  { q: '发展改革委牵头的任务有哪些', op: 'unitTasks', items: NDRC_LEAD },
  { q: '区发展和改革委员会牵头哪些工作', op: 'unitTasks', items: NDRC_LEAD },
  { q: '经信委牵头的任务', op: 'unitTasks', items: ['推动制造业高质量发展', '促进数字经济创新发展'] },
  { q: '区经济信心委牵头哪些任务', op: 'unitTasks', items: ['推动制造业高质量发展', '促进数字经济创新发展'] },
  { q: '农委牵头哪些工作？', op: 'unitTasks', items: FARM_LEAD },
  { q: '区农业农材委牵头什么', op: 'unitTasks', items: FARM_LEAD },
  { q: '商务委牵头的任务', op: 'unitTasks', items: COMMERCE_LEAD },
  { q: '文旅委牵头哪些任务', op: 'unitTasks', items: ['提档升级龙文化旅游名城', '加快繁荣文体事业'] },
  { q: '科技局牵头什么', op: 'unitTasks', items: ['高水平打造科技创新平台'] },
  { q: '人社局牵头哪些工作', op: 'unitTasks', items: ['提升就业支持力度'] },
  { q: '卫健委牵头哪些任务', op: 'unitTasks', items: ['建设健康服务体系'] },
  { q: '区卫生建康委负责哪些任务', op: 'unitTasks', items: ['建设健康服务体系', '完善社会保障制度'] },
  { q: '教委负责什么任务', op: 'unitTasks', items: ['推动教育服务共享', '完善社会保障制度'] },
  { q: '生态环境局牵头哪些任务', op: 'unitTasks', items: ['深入实施生态系统保护'] },
  { q: '区生态环竟局牵头什么', op: 'unitTasks', items: ['深入实施生态系统保护'] },
  { q: '住建委参与了哪些任务', op: 'unitTasks', items: ['提档升级龙文化旅游名城', '持续建设宜居宜业和美乡村', '完善社会保障制度'] },
  { q: '规资局配合哪些工作', op: 'unitTasks', items: ['推动城乡融合发展', '持续建设宜居宜业和美乡村'] },
  { q: '招商局参与哪些任务', op: 'unitTasks', items: ['推动制造业高质量发展', '促进数字经济创新发展', '构建优质高效服务业体系', '高质量发展开放型经济'] },
  { q: '高新区管委会参与了哪些任务', op: 'unitTasks', items: ['构建更加多元现代的能源保障体系', '推动制造业高质量发展', '高质量发展开放型经济'] },
  { q: '供电公司负责什么', op: 'unitTasks', items: ['构建更加多元现代的能源保障体系'] },
  { q: '区公安局有哪些任务', op: 'unitTasks', items: ['推动城乡融合发展', '完善社会保障制度', '推进社会治理现代化'] },
  { q: '区交通局牵头哪些任务', op: 'unitTasks', items: ['建设区域性综合交通枢纽'] },
  // Two units.
  { q: '区发展改革委和区经济信息委共同负责哪些任务？', op: 'sharedTasks', items: NDRC_ECONOMY },
  { q: '发改委和经信委都参与了哪些任务', op: 'sharedTasks', items: NDRC_ECONOMY },
  { q: '发改委跟经信委一起做哪些工作', op: 'sharedTasks', items: NDRC_ECONOMY },
  { q: 'shared tasks between 区发展改革委 and 区经济信息委', op: 'sharedTasks', items: NDRC_ECONOMY },
  { q: '区水利局和区农业农村委共同承担哪些任务', op: 'sharedTasks', items: WATER_ALL },
  { q: '水利局与发改委有哪些共同任务', op: 'sharedTasks', items: ['完善水利基础设施', '持续建设宜居宜业和美乡村'] },
  { q: '公安局和司法局共同负责什么', op: 'sharedTasks', items: ['完善社会保障制度', '推进社会治理现代化'] },
  { q: '区民政局和卫健委一起负责哪些工作', op: 'sharedTasks', items: ['建设健康服务体系', '完善社会保障制度'] },
  { q: '商务委和高新区管委会共同参与的任务', op: 'sharedTasks', items: ['高水平建设对外开放平台', '高质量发展开放型经济'] },
  { q: '区发改委牵头，区经信委配合的任务', op: 'sharedTasks', items: ['提升桥头堡城市联动能力', '构建更加多元现代的能源保障体系'], none: ['推动制造业高质量发展'] },
  { q: '经信委牵头、发改委参与的任务有哪些', op: 'sharedTasks', items: ['推动制造业高质量发展', '促进数字经济创新发展'], none: ['提升桥头堡城市联动能力'] },
  { q: 'what are the shared tasks of 水利局 and 农委', op: 'sharedTasks', items: WATER_ALL },
  // Partners.
  { q: '区水利局和哪些单位合作？', op: 'unitPartners', items: ['区农业农村委', '区发展改革委', '区生态环境局', '区林业局'] },
  { q: '区社会治理创新中心的合作伙伴有哪些', op: 'unitPartners', items: ['区司法局', '区公安局', '区应急局', '区市场监管局'] },
  { q: '玄天湖旅投公司和谁一起工作', op: 'unitPartners', items: ['区文化旅游委'] },
  { q: 'who does 区水利局 work with', op: 'unitPartners', items: ['区农业农村委'] },
  // Who is on a task.
  { q: '哪些单位负责完善水利基础设施？', op: 'neighborhood', items: WATER_UNITS },
  { q: '谁牵头完善水利基础设施', op: 'neighborhood', items: ['区水利局'], none: ['区发展改革委'] },
  { q: '水利基础设施由谁牵头', op: 'neighborhood', first: '区水利局' },
  { q: '推进社会治理现代化的牵头单位是谁', op: 'neighborhood', items: ['区社会治理创新中心'] },
  { q: '提升就业支持力度由哪个部门负责', op: 'neighborhood', items: ['区人力社保局'] },
  { q: '建设健康服务体系有哪些单位参与', op: 'neighborhood', items: ['区卫生健康委', '区民政局'] },
  { q: 'who leads 推动教育服务共享', op: 'neighborhood', items: ['区教委'] },
  { q: '哪些单位共同负责完善水利基础设施', op: 'neighborhood', items: WATER_UNITS },
  { q: 'Which departments are responsible for 完善水利基础设施?', op: 'neighborhood', items: WATER_UNITS },
  // Topics no name covers: full-text search.
  { q: '关于民营经济的任务有哪些', op: 'search', first: '促进民营经济健康发展' },
  { q: '病险水库除险加固是哪项任务', op: 'search', first: '完善水利基础设施' },
  { q: '哪个任务提到了污水处理厂', op: 'search', first: '持续改善生态环境质量' },
  { q: '有没有关于养老的任务', op: 'search', items: ['建设健康服务体系'] },
  // Entities.
  { q: '哪些项目涉及涪江？', op: 'entityTasks', items: ['涪江观光农业走廊'] },
  { q: '涉及涪江的项目有哪些', op: 'entityTasks', items: ['涪江观光农业走廊'] },
  { q: 'which projects touch 涪江', op: 'entityTasks', items: ['涪江观光农业走廊'] },
  { q: '哪些任务涉及涪江', op: 'entityTasks', items: ['深入实施生态系统保护'] },
  { q: '涪江相关的任务', op: 'entityTasks', items: ['深入实施生态系统保护'] },
  { q: '哪些任务同时提到涪江和琼江', op: 'entityTasks', items: ['深入实施生态系统保护'] },
  { q: '小安溪涉及哪些工作', op: 'entityTasks', items: ['深入实施生态系统保护', '持续改善生态环境质量'] },
  { q: '同心桥水库在哪个任务里', op: 'entityTasks', items: ['完善水利基础设施'] },
  { q: '围龙镇有哪些任务', op: 'entityTasks', items: ['发展优势特色农业产业', '建设健康服务体系'] },
  { q: '巴岳山相关工作有哪些', op: 'entityTasks', items: ['深入实施生态系统保护', '持续建设宜居宜业和美乡村'] },
  { q: '巴蜀文化旅游走廊涉及哪些任务', op: 'entityTasks', items: ['提档升级龙文化旅游名城', '提升桥头堡城市联动能力'] },
  { q: '涪江观光农业走廊出现在哪个任务', op: 'entityTasks', items: ['提升桥头堡城市联动能力'] },
  { q: '涪江观光农叶走廊相关任务', op: 'entityTasks', items: ['提升桥头堡城市联动能力'] },
  { q: '中线高铁', op: 'entityTasks', items: ['建设区域性综合交通枢纽'] },
  { q: '新型储能产业园是哪个任务的', op: 'entityTasks', items: ['推动制造业高质量发展'] },
  { q: '哪些单位负责涪江相关工作？', op: 'entityUnits', items: ['区生态环境局', '区水利局', '区农业农村委', '区林业局'] },
  { q: '谁在做同心桥水库的工作', op: 'entityUnits', items: ['区水利局'] },
  { q: 'which units work on 涪江', op: 'entityUnits', items: ['区生态环境局'] },
  // Whole-graph questions.
  { q: '哪个单位任务最多？', op: 'workload', first: '区发展改革委' },
  { q: '哪个部门牵头的任务最多', op: 'workload', first: '区发展改革委' },
  { q: 'which unit has the most tasks', op: 'workload', first: '区发展改革委' },
  { q: 'Tasks led by 发改委', op: 'unitTasks', items: NDRC_LEAD },
  { q: 'How are 区水利局 and 涪江 connected?', op: 'shortestPath', items: ['区水利局', '涪江'] },
  { q: '哪些单位共同负责的任务最多？', op: 'overlaps', items: ['区发展改革委'] },
  { q: '职责交叉最多的单位对', op: 'overlaps', items: ['区发展改革委'] },
  { q: '哪些任务没有牵头单位？', op: 'accountabilityGaps', items: ['持续改善生态环境质量'] },
  { q: '缺少牵头单位的任务', op: 'accountabilityGaps' },
  { q: 'which tasks have no lead', op: 'accountabilityGaps' },
  { q: '2027年的目标有哪些？', op: 'targets', items: ['空气质量优良天数'] },
  { q: '工业总产值的目标是多少', op: 'targets', items: ['工业总产值'] },
  { q: '哪些单位经常一起工作？', op: 'communities' },
  { q: '图里有多少任务？', op: 'stats' },
  { q: '导入了哪些文件', op: 'documents', items: ['关于推动双城经济圈建设行动方案'] },
  { q: '区水利局和涪江有什么关系？', op: 'shortestPath', items: ['区水利局', '深入实施生态系统保护', '涪江'] },
];
