// Words of the genre for synthetic plans: task titles, name characters, themes, targets, people (data).

/** Task titles by verb group × object: every pairing reads as a real heading. */
export const TITLE_GROUPS: readonly { verbs: readonly string[]; objects: readonly string[] }[] = [
  {
    verbs: ['推动', '促进', '加快'],
    objects: ['制造业高质量发展', '数字经济创新发展', '现代服务业提质增效', '特色农业产业发展', '民营经济健康发展',
      '城乡融合发展', '开放型经济发展', '文旅深度融合', '产业转型升级', '消费提质扩容', '科技成果转化', '绿色低碳转型'],
  },
  {
    verbs: ['完善', '健全', '构建'],
    objects: ['现代产业体系', '公共服务体系', '社会治理体系', '科技创新体系', '现代物流体系', '应急管理体系',
      '社会保障体系', '生态环境监管体系', '人才发展体系', '农村金融服务体系', '养老服务体系', '公共文化服务体系'],
  },
  {
    verbs: ['加快', '推进', '实施'],
    objects: ['综合交通枢纽建设', '农村公路提档升级', '水利基础设施建设', '城乡供水一体化', '新型基础设施建设',
      '城市更新行动', '老旧小区改造', '高标准农田建设', '数字乡村建设', '物流园区建设', '智慧城市建设', '城乡客运一体化'],
  },
  {
    verbs: ['提升', '增强'],
    objects: ['能源保障能力', '防灾减灾能力', '基层治理能力', '公共卫生服务能力', '产业链供应链韧性', '就业服务水平',
      '教育服务质量', '营商环境水平', '城市综合承载能力', '农业综合生产能力', '对外开放水平', '企业创新能力'],
  },
  {
    verbs: ['加强', '强化'],
    objects: ['生态系统保护', '耕地保护', '食品药品安全监管', '安全生产监管', '知识产权保护', '人才引育',
      '要素保障', '金融风险防范', '历史文化保护', '森林资源保护', '河湖长效管护', '区域协同合作'],
  },
];

/** Section titles under 重点任务 (each heads a group of items). */
export const SECTION_TITLES: readonly string[] = [
  '着力构建现代化产业体系', '加快建设现代化基础设施网络', '加快共建科技创新中心', '打造特色消费聚集区',
  '筑牢长江上游重要生态屏障', '深化重点领域改革', '推动城乡融合区域协调发展', '促进高品质生活惠民富民',
  '提升城市能级和品质', '全面推进乡村振兴', '建设高水平对外开放平台', '推进社会治理现代化',
];

/** Part titles the parser's standard-heading list knows, so one-line documents cut them cleanly. */
export const PART_TITLES = { general: '总体要求', tasks: ['重点任务', '主要任务'], paragraphs: '工作任务', measures: '保障措施' } as const;

/** Titles of unnumbered paragraph-tasks and of the safeguards sections. */
export const PARAGRAPH_TITLES: readonly string[] = [
  '加快推进城市更新', '深化农村综合改革', '持续优化营商环境', '深入推进数字化改革', '扎实推进共同富裕',
  '着力扩大有效投资', '切实保障改善民生', '统筹发展和安全',
];
export const MEASURE_TITLES: readonly string[] = ['加强组织领导', '强化要素保障', '完善工作机制', '严格督查考核', '营造良好氛围'];

/** Sentences with no entity, target or number: the glue of the genre. */
export const FILLER_SENTENCES: readonly string[] = [
  '坚持系统谋划、整体推进', '健全工作推进机制，强化要素保障', '加大政策支持力度，形成工作合力',
  '完善考核评价体系，压实各方责任', '推动线上线下融合，拓展应用场景', '强化示范引领，及时总结推广经验做法',
  '坚持问题导向，补齐短板弱项', '推进城乡基础设施一体化', '建立健全常态化协调机制', '强化数据共享和业务协同',
  '鼓励社会资本参与，创新投融资模式', '加强宣传引导，营造良好氛围',
];

/** Characters of generated proper names: first and second of a two-character stem (no suffix or function characters). */
export const NAME_FIRST = '青白黄金玉龙凤石松桂梅竹桃云月星明丰福宝兴永太双华清碧翠紫红文武鹤鹿马狮岚';
export const NAME_SECOND = '龙凤石松林峰岭坪坝塘湾泉桥岩滩沙花柏杨鹤鹿马狮阳光门台堡池洞';

export const RIVER_SUFFIXES = ['河', '江', '溪'] as const;
export const CORRIDOR_THEMES: readonly string[] = ['生态旅游', '观光农业', '绿色发展', '文化旅游', '山水生态', '科创产业'];
export const WORKS_KINDS: readonly string[] = ['水资源配置', '引调水', '防洪治理', '供水保障', '水系连通', '灌区续建配套'];
export const COUNTED_NOUNS: readonly string[] = ['数字化车间', '智能工厂', '乡村振兴示范点', '美丽宜居示范乡镇', '市级专精特新企业'];

export interface TargetTemplate {
  indicator: string;
  unit: string;
  min: number;
  max: number;
  decimals?: number;
  verbs: readonly string[];
  suffix?: string;
}

export const TARGET_TEMPLATES: readonly TargetTemplate[] = [
  { indicator: '地区生产总值', unit: '亿元', min: 300, max: 2500, verbs: ['突破', '达到'] },
  { indicator: '工业总产值', unit: '亿元', min: 200, max: 3000, verbs: ['突破', '达到'] },
  { indicator: '社会消费品零售总额', unit: '亿元', min: 100, max: 800, verbs: ['突破', '达到'] },
  { indicator: '进出口总额', unit: '亿元', min: 10, max: 200, verbs: ['达到'] },
  { indicator: '规上工业企业', unit: '家', min: 200, max: 900, verbs: ['达到', '突破'] },
  { indicator: '高新技术企业', unit: '家', min: 50, max: 500, verbs: ['达到'] },
  { indicator: '森林覆盖率', unit: '%', min: 40, max: 65, verbs: ['达到'] },
  { indicator: '常住人口城镇化率', unit: '%', min: 55, max: 78, verbs: ['达到'] },
  { indicator: '研发投入强度', unit: '%', min: 1.5, max: 3.5, decimals: 1, verbs: ['达到'] },
  { indicator: '高速公路通车里程', unit: '公里', min: 100, max: 400, verbs: ['突破', '达到'] },
  { indicator: '空气质量优良天数', unit: '天', min: 300, max: 345, verbs: ['稳定在'], suffix: '以上' },
  { indicator: '粮食产量', unit: '万吨', min: 20, max: 60, verbs: ['稳定在'], suffix: '以上' },
  { indicator: '日供水能力', unit: '万吨', min: 10, max: 40, verbs: ['达到'] },
  { indicator: '城镇新增就业', unit: '万人', min: 2, max: 8, verbs: ['累计达到'] },
];

export const TARGET_YEARS: readonly number[] = [2025, 2026, 2027, 2030];

export const SURNAMES = '张王李赵刘陈杨黄周吴徐孙胡朱林何郭罗';
export const GIVEN_NAMES = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚';
export const DEADLINES: readonly string[] = ['2025年12月底', '2026年6月底', '2027年底前', '长期坚持', '持续推进'];

/** First characters of local company names (龙裕公司, 金庙公司): a wider pool, since real ones rarely differ by one character. */
export const LOCAL_FIRST = '安宝碧昌辰达鼎东丰福富广贵海瀚恒鸿华辉佳嘉金锦景骏凯康乐利隆龙茂美铭南鹏琪启庆瑞润盛顺泰天通万旺伟鑫新信兴旭亚耀银永裕元远跃振正中众卓';
export const LOCAL_SECOND = '邦诚创达德鼎丰富港航浩合恒宏华汇基吉佳嘉锦凯科坤力联林茂铭诺鹏祺庆荣瑞森晟盛顺泰腾通旺威祥翔鑫信兴轩阳业亿益银宇裕源远悦云泽展正智';

/** OCR misreadings of a character inside a unit name (any Han character the scan could produce). */
export const OCR_CONFUSIONS = '流言频佥钙斗夹兽蹄畛祠寅然';
/** What OCR makes of the label 牵头单位: one or two wrong characters before 单位. */
export const DAMAGED_LEAD_LABELS: readonly string[] = ['钙单位', '牵斗单位', '幸头单位'];
