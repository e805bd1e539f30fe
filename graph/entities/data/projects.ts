// Head words of projects and corridors, and the vocabulary that makes a qualifier generic (data).
import type { EntityLabel } from '../../model.ts';

/**
 * What the qualifier before a head must be for the phrase to be a name:
 * any — anything that survives trimming (中线高铁); specific — something beyond generic vocabulary
 * (西水资源配置工程, not 重大水利工程); place — it must name a place (涪江生态廊道, not 生态廊道).
 */
type QualifierNeed = 'any' | 'specific' | 'place';

export interface HeadRule {
  head: string;
  label: Exclude<EntityLabel, 'Industry'>;
  kind?: string;
  min: number;
  max: number;
  need: QualifierNeed;
  /** Digits may appear in the name as specs (文曲220千伏变电站, 1000千伏特高压交流工程). */
  digits?: boolean;
  /** What may not follow the head (a regex source): 中心城区 is no centre. */
  notBefore?: string;
}

export const HEAD_RULES: readonly HeadRule[] = [
  { head: '高铁', label: 'Project', kind: 'rail', min: 2, max: 6, need: 'any' },
  { head: '铁路', label: 'Project', kind: 'rail', min: 2, max: 6, need: 'specific' },
  { head: '机场', label: 'Project', kind: 'transport', min: 2, max: 8, need: 'specific' },
  { head: '大桥', label: 'Project', kind: 'transport', min: 2, max: 8, need: 'any' },
  { head: '隧道', label: 'Project', kind: 'transport', min: 2, max: 8, need: 'specific' },
  { head: '交通枢纽', label: 'Project', kind: 'transport', min: 2, max: 10, need: 'place' },
  { head: '工程', label: 'Project', kind: 'works', min: 2, max: 14, need: 'specific', digits: true, notBefore: '[师院学]' },
  { head: '水厂', label: 'Project', kind: 'water', min: 2, max: 6, need: 'any' },
  { head: '污水处理厂', label: 'Project', kind: 'water', min: 2, max: 8, need: 'specific', digits: true },
  // Works named by what they do (凉水河水环境综合整治, 征润洲污水处理厂提标改造, 三叉口水库除险加固); a clean-up
  // or a relocation names a place (老旧厂房整体迁建 is a class of works, 围龙镇卫生院迁建 one).
  { head: '综合整治', label: 'Project', kind: 'works', min: 2, max: 12, need: 'place' },
  { head: '系统整治', label: 'Project', kind: 'works', min: 2, max: 12, need: 'place' },
  { head: '迁建', label: 'Project', kind: 'works', min: 2, max: 12, need: 'place' },
  { head: '提标改造', label: 'Project', kind: 'works', min: 2, max: 12, need: 'specific', digits: true },
  { head: '除险加固', label: 'Project', kind: 'works', min: 2, max: 12, need: 'specific' },
  // Facilities (城东敬老院, 石鱼镇中心敬老院, 双凤中心卫生院).
  { head: '敬老院', label: 'Project', kind: 'facility', min: 2, max: 10, need: 'specific' },
  { head: '养老院', label: 'Project', kind: 'facility', min: 2, max: 10, need: 'specific' },
  { head: '福利院', label: 'Project', kind: 'facility', min: 2, max: 10, need: 'specific' },
  { head: '卫生院', label: 'Project', kind: 'facility', min: 2, max: 10, need: 'specific' },
  { head: '变电站', label: 'Project', kind: 'power', min: 2, max: 10, need: 'specific', digits: true },
  { head: '产业园', label: 'Project', kind: 'park', min: 2, max: 10, need: 'specific', notBefore: '区' },
  { head: '园区', label: 'Project', kind: 'park', min: 2, max: 12, need: 'specific' },
  { head: '中心', label: 'Project', kind: 'centre', min: 2, max: 12, need: 'specific', notBefore: '[城镇村组区店站幼校]|小学' },
  { head: '基地', label: 'Project', kind: 'base', min: 2, max: 12, need: 'specific' },
  { head: '示范区', label: 'Project', kind: 'zone', min: 2, max: 12, need: 'specific' },
  { head: '试验区', label: 'Project', kind: 'zone', min: 2, max: 12, need: 'specific' },
  { head: '先行区', label: 'Project', kind: 'zone', min: 2, max: 12, need: 'specific' },
  { head: '高新区', label: 'Project', kind: 'zone', min: 2, max: 6, need: 'place' },
  { head: '经开区', label: 'Project', kind: 'zone', min: 2, max: 6, need: 'place' },
  { head: '开发区', label: 'Project', kind: 'zone', min: 2, max: 8, need: 'place' },
  { head: '美食街', label: 'Project', kind: 'street', min: 2, max: 10, need: 'any' },
  { head: '步行街', label: 'Project', kind: 'street', min: 2, max: 10, need: 'any' },
  { head: '商业街', label: 'Project', kind: 'street', min: 2, max: 10, need: 'any' },
  { head: '广场', label: 'Project', kind: 'venue', min: 2, max: 8, need: 'specific' },
  { head: '商圈', label: 'Project', kind: 'venue', min: 2, max: 8, need: 'specific' },
  { head: '走廊', label: 'Corridor', min: 1, max: 10, need: 'specific' },
  { head: '廊道', label: 'Corridor', min: 2, max: 10, need: 'place' },
  { head: '经济带', label: 'Corridor', min: 1, max: 8, need: 'place' },
  { head: '通道', label: 'Corridor', min: 2, max: 10, need: 'place' },
];

/**
 * Works and facilities named after a place or another work (穆家河水环境综合整治, 维新镇敬老院, 太鹤镇污水处理厂提标改造):
 * what they are named after stays a mention of its own, so a question about it still finds the task.
 */
export const PLACE_KEEPING_HEADS: readonly string[] = [
  '综合整治', '系统整治', '迁建', '提标改造', '除险加固', '敬老院', '养老院', '福利院', '卫生院',
];

/** Named corridors whose name holds no place or head we could read (丝绸之路经济带). */
export const NAMED_CORRIDORS: readonly string[] = ['丝绸之路经济带', '西部陆海新通道', '陆海新通道', '中欧班列通道'];

/** Words that alone never make a project name specific: 重大水利工程, 科技创新中心, 物流园区. */
export const GENERIC_QUALIFIER_WORDS: readonly string[] = [
  '重大', '重点', '重要', '一批', '各类', '各项', '相关', '有关', '配套', '综合', '系统', '示范', '试点', '国家级',
  '国家', '省级', '市级', '区级', '县级', '区域性', '区域', '全国', '城市', '城乡', '城区', '城镇', '农村', '乡村',
  '美丽', '生态', '环境', '修复', '保护', '治理', '整治', '提升', '改造', '建设', '升级', '扩建', '新建', '续建',
  '水利', '水资源', '供水', '引水', '防洪', '河流', '湖库', '水系', '基础设施', '民生', '产业', '科技', '创新',
  '技术', '研发', '成果', '转化', '数字化', '转型', '促进', '发展', '融合', '高新技术', '高技术', '现代化', '现代',
  '公共', '服务', '设施', '能力', '消费', '商贸', '物流', '加工', '标准化', '集中', '高标准', '高水平', '特色',
  '优势', '千伏', '输变电', '变电', '输电', '送出', '电力', '电网', '自贸', '开放', '扩大', '联动', '开发',
  '经济', '制度性', '绿色', '快速', '人才', '企业', '规上', '一期', '二期', '三期', '四期', '五期', '新型', '文化',
  '旅游', '生产', '制造', '大学', '高校', '研究', '交流', '合作', '信息', '数据', '智慧', '智能', '运营', '管理',
  '平台', '孵化', '培训', '教育', '体育', '养老', '医疗', '卫生', '健康', '文体', '重大项目', '专业', '市场',
  '协同', '一体化', '精品', '大型', '中型', '小型', '高速', '城际', '市域', '普速', '轨道', '交通', '运输',
  '应急', '安全', '监测', '检测', '实践', '园区', '中心', '病险', '政府', '建筑', '其他', '基本', '修缮',
  // a works or a facility by its kind (项目主体工程, 限额以下工程, 既有铁路, 文物保护工程, 工业园区, 中试基地)
  '项目', '主体', '专项', '限额以下', '既有', '文物', '工业', '商办', '中试', '再生资源', '分拣', '水库', '中小河流', '承接', '转移', '国际', '对外', '出海', '陆海', '干线', '主干', '骨干', '生态安全', '重要生态',
];

/** Whole names that are slogans or classes, not projects. */
export const PROJECT_STOP_NAMES: readonly string[] = [
  '一号工程', '民心工程', '形象工程', '面子工程', '系统工程', '基础工程', '污水厂', '中心城区',
];

/** Endings of a unit name: a mention followed by one (…园区管委会, 玄天湖旅投公司) is part of a unit. */
export const UNIT_TAILS: readonly string[] = [
  '管委会', '管理委员会', '委员会', '委', '局', '办', '办公室', '公司', '集团', '中心', '协会', '商会',
  '研究所', '研究院', '学院', '大学', '指挥部',
];

/** Enterprise endings: a place followed by one names a company (玄天湖旅投公司). */
export const ENTERPRISE_TAILS: readonly string[] = ['公司', '集团', '管委会', '有限公司'];

/** Action words between a named thing and 工程 that the name drops (美食街提升工程 → 美食街). */
export const PROJECT_TRAILING_ACTIONS: readonly string[] = [
  '提升', '改造', '建设', '扩建', '提质', '升级', '整治', '迁建', '新建', '提档升级', '改造提升',
];

/** Words that introduce a rail line name: 城轨快线璧铜线. */
export const RAIL_LINE_CUES: readonly string[] = ['城轨快线', '市域快线', '市域铁路', '轨道交通', '快线', '城轨', '轻轨', '地铁'];
/** Cues that are the line's mode and part of its name (城轨快线璧铜线, 市域铁路成资线); 地铁3号线 stays 3号线. */
export const RAIL_MODE_CUES: readonly string[] = ['城轨快线', '市域快线', '市域铁路'];

/** Followers that are the programme's own last word: “龙头引领”行动 is 龙头引领行动, not the verb phrase alone. */
export const QUOTE_NAME_FOLLOWERS: readonly string[] = ['行动', '工程', '计划'];
/** A quoted programme (“无废城市”建设, “四好农村路”示范区) is followed by one of these… */
export const QUOTE_FOLLOWERS: readonly string[] = ['建设', '示范区', '示范县', '示范', '行动', '工程', '试点', '创建'];
/** …or introduced by one of these and closed by punctuation (打造“美丽农村路”，). */
export const QUOTE_LEADERS: readonly string[] = ['打造', '创建', '争创', '建设', '推进', '实施', '开展'];

/** A reservoir is also a Project when its clause builds it (开工建设三叉口水库). */
export const RESERVOIR_BUILD_CUES: readonly string[] = ['建设', '建成', '开工', '新建', '扩建', '续建', '动工', '完工', '建'];
