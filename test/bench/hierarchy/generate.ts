// Generated plan hierarchies with known links: a province's plan, its cities' plans, their districts' plans,
// each lower plan carrying out part of the plan above in its own words, plus yearly versions with known edits.
//
// Ground truth for alignment and comparison (graph/align): every generated lower task records the higher
// task it rewrites; every yearly version records which tasks were kept, reworded, added and dropped.
import { createRandom, type Random } from '../corpus/random.ts';

export interface GeneratedDoc {
  key: string;
  title: string;
  jurisdiction: string;
  text: string;
}

export interface HierarchyTruth {
  /** `lowerKey#taskNo` → `higherKey#taskNo`. */
  links: [string, string][];
  /** `afterKey` → task status by `afterKey#taskNo` / `beforeKey#taskNo` (dropped). */
  versions: { before: string; after: string; status: Record<string, 'kept' | 'reworded' | 'added' | 'dropped'> }[];
}

interface Task {
  core: number;
  verb: string;
  object: string;
  indicator: string;
  value: number;
  unit: string;
  dept: string;
  partners: string[];
  /** Set on a yearly version's task said in other words. */
  reworded?: boolean;
}

const objectOf = (core: number) => (core < OBJECTS.length ? OBJECTS[core] : NEAR_MISSES[core - OBJECTS.length]);

// Distinct things a plan can set out to do; each generated task takes one, so titles differ by substance.
const OBJECTS = [
  '装备制造产业集群', '电子信息产业集群', '生物医药产业园区', '新材料产业基地', '绿色食品加工园区', '新能源汽车产业链',
  '数字经济核心产业', '工业互联网平台', '农村人居环境整治', '城乡供水一体化工程', '城镇污水处理设施', '高标准农田建设',
  '5G基站建设', '充电基础设施网络', '城镇老旧小区改造', '现代职业教育体系', '居家社区养老服务', '基层医疗卫生服务',
  '河湖长制', '山水林田湖草生态保护修复', '市场化法治化营商环境', '一网通办政务服务', '科技创新平台', '高新技术企业培育',
  '外贸进出口', '文化旅游融合发展', '乡村振兴示范片', '干线公路网', '城市更新行动', '智慧城市建设', '公共文化服务体系',
  '普惠托育服务', '高校毕业生就业创业', '城乡居民养老保险', '安全生产专项整治', '应急物资储备体系', '森林草原防灭火',
  '耕地保护和粮食安全', '冷链物流基地', '跨境电子商务', '普惠金融服务', '重大项目招商引资', '民营企业纾困', '现代种业',
  '农产品品牌建设', '地下综合管廊', '海绵城市建设', '大气污染综合治理', '土壤污染防治', '固体废物循环利用',
];
// How a lower plan says the same thing in its own words (index-aligned with OBJECTS).
const PARAPHRASES = [
  '高端装备制造业集群', '电子信息制造业集群', '生物医药产业集聚区', '新材料产业集聚发展', '绿色食品精深加工', '新能源汽车整车及零部件',
  '数字经济核心产业规模', '工业互联网标识解析', '农村人居环境', '城乡一体化供水', '污水收集处理能力', '高标准农田',
  '5G网络覆盖', '充电桩和换电站', '老旧小区改造提升', '职业教育产教融合', '社区居家养老', '基层医疗机构服务能力',
  '河长制湖长制', '生态系统保护修复', '营商环境市场化法治化', '政务服务一网通办', '创新平台建设', '高新技术企业',
  '外贸稳规模优结构', '文旅融合', '乡村振兴示范', '国省干线公路', '城市更新', '新型智慧城市',
  '公共文化服务', '托育服务普惠发展', '高校毕业生就业', '城乡居民基本养老保险', '安全生产整治', '应急物资储备',
  '森林草原防火', '耕地保护', '冷链物流', '跨境电商', '普惠金融', '招商引资重大项目',
  '民营企业帮扶', '种业振兴', '农产品区域公用品牌', '综合管廊', '海绵城市', '大气污染治理',
  '土壤污染防治', '固废资源化利用',
];
// Tasks of a lower plan's own that share words with tasks above but carry out none of them (near misses).
const NEAR_MISSES = [
  '装备制造企业技术改造', '电子信息产业人才引育', '生物医药创新药研发', '新材料检验检测平台', '食品安全监管',
  '汽车消费促进活动', '数字政府建设', '农村道路提档升级', '城镇燃气管网改造', '农田水利设施管护',
];

const INDICATORS: [string, string, number][] = [
  ['产值', '亿元', 500], ['投资', '亿元', 200], ['覆盖率', '%', 90], ['数量', '个', 300], ['里程', '公里', 800],
  ['营业收入', '亿元', 400], ['面积', '万亩', 120], ['人数', '万人', 60],
];
const VERBS = ['推动', '加快', '实施', '深化', '完善', '推进'];
const SYNONYM: Record<string, string> = { 推动: '推进', 加快: '加速', 实施: '落实', 深化: '深入推进', 完善: '健全', 推进: '推动' };
const DEPTS = ['发展改革委', '经济信息委', '财政局', '住房城乡建设委', '交通局', '农业农村委', '商务委', '科技局', '生态环境局', '卫生健康委', '教委', '人力社保局', '应急局', '文化旅游委', '规划自然资源局', '水利局'];
const SYLLABLES = ['青', '云', '白', '长', '安', '宁', '平', '临', '江', '岚', '泉', '林', '溪', '桥', '阳', '川', '嘉', '丰', '德', '汇'];
const LEVEL_SCALE = { 省: 1, 市: 0.2, 区: 0.04 } as const;
type Level = keyof typeof LEVEL_SCALE;

export interface HierarchyOptions {
  seed: number;
  provinces: number;
  citiesPerProvince: number;
  districtsPerCity: number;
  tasksPerProvince: number;
  /** Share of the higher plan's tasks a lower plan carries out. */
  carried: number;
  /** Tasks of its own a lower plan adds. */
  ownTasks: number;
}

export const DEFAULT_HIERARCHY: HierarchyOptions = {
  seed: 1, provinces: 12, citiesPerProvince: 4, districtsPerCity: 3, tasksPerProvince: 24, carried: 0.7, ownTasks: 4,
};

/** Documents and truth for `provinces` hierarchies of province → cities → districts, and one yearly version per city. */
export function generateHierarchies(options: HierarchyOptions = DEFAULT_HIERARCHY): { docs: GeneratedDoc[]; truth: HierarchyTruth } {
  const rng = createRandom(options.seed);
  const docs: GeneratedDoc[] = [];
  const truth: HierarchyTruth = { links: [], versions: [] };
  const names = uniqueNames(rng.fork('names'));
  for (let p = 0; p < options.provinces; p++) {
    const r = rng.fork(`p${p}`);
    const province = `${names()}省`;
    const theme = r.pick(['高质量发展', '现代化建设', '营商环境优化', '乡村振兴', '生态文明建设']);
    const provinceTasks = r.sample(OBJECTS.map((_, i) => i), options.tasksPerProvince).map((core) => newTask(r, core));
    const pDoc = render(`p${p}`, province, '省', theme, provinceTasks, null, 2023);
    docs.push(pDoc.doc);
    for (let c = 0; c < options.citiesPerProvince; c++) {
      const cr = r.fork(`c${c}`);
      const city = `${names()}市`;
      const cityTasks = lowerTasks(cr, provinceTasks, options, '市');
      const cDoc = render(`p${p}c${c}`, city, '市', theme, cityTasks.tasks, pDoc.doc, 2023);
      docs.push(cDoc.doc);
      for (const [i, from] of cityTasks.from.entries()) if (from !== null) truth.links.push([`${cDoc.doc.key}#${i + 1}`, `${pDoc.doc.key}#${from + 1}`]);
      docs.push(...yearlyVersion(cr.fork('v'), cDoc.doc.key, city, theme, cityTasks.tasks, pDoc.doc, truth));
      for (let d = 0; d < options.districtsPerCity; d++) {
        const dr = cr.fork(`d${d}`);
        const district = `${city.slice(0, -1)}${names()}区`;
        const dTasks = lowerTasks(dr, cityTasks.tasks, options, '区');
        const dDoc = render(`p${p}c${c}d${d}`, district, '区', theme, dTasks.tasks, cDoc.doc, 2023);
        docs.push(dDoc.doc);
        for (const [i, from] of dTasks.from.entries()) if (from !== null) truth.links.push([`${dDoc.doc.key}#${i + 1}`, `${cDoc.doc.key}#${from + 1}`]);
      }
    }
  }
  return { docs, truth };
}

function uniqueNames(r: Random): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const name = r.pick(SYLLABLES) + r.pick(SYLLABLES);
      if (name[0] !== name[1] && !used.has(name)) { used.add(name); return name; }
    }
  };
}

function newTask(r: Random, core: number): Task {
  const [indicator, unit, base] = r.pick(INDICATORS);
  const [dept, ...partners] = r.sample(DEPTS, r.int(2, 4));
  return { core, verb: r.pick(VERBS), object: objectOf(core), indicator, unit, value: Math.round(base * (0.5 + r.next())), dept, partners };
}

/** A lower plan: part of the higher plan's tasks in its own words (in shuffled order), plus tasks of its own. */
function lowerTasks(r: Random, higher: Task[], o: HierarchyOptions, level: Level): { tasks: Task[]; from: (number | null)[] } {
  const carried = r.sample(higher.map((_, i) => i), Math.round(higher.length * o.carried));
  const used = new Set(higher.map((t) => t.core));
  // Half of a plan's own tasks are near misses: they share words with tasks above and carry out none.
  const nearMisses = r.sample(NEAR_MISSES.map((_, i) => OBJECTS.length + i), Math.floor(o.ownTasks / 2));
  const own = [...nearMisses, ...r.sample(OBJECTS.map((_, i) => i).filter((i) => !used.has(i)), o.ownTasks - nearMisses.length)];
  const rows: { task: Task; from: number | null }[] = [
    ...carried.map((i) => ({ task: reword(r, higher[i], level), from: i })),
    ...own.map((core) => ({ task: newTask(r, core), from: null })),
  ];
  const shuffled = r.shuffle(rows);
  return { tasks: shuffled.map((x) => x.task), from: shuffled.map((x) => x.from) };
}

/** A lower plan's own words: another verb, often another phrase for the object, numbers scaled to its level. */
function reword(r: Random, t: Task, level: Level): Task {
  const scale = LEVEL_SCALE[level] / LEVEL_SCALE[level === '区' ? '市' : '省'];
  const object = t.core < OBJECTS.length && r.chance(0.4) ? PARAPHRASES[t.core] : t.object;
  return { ...t, object, verb: r.chance(0.6) ? SYNONYM[t.verb] ?? t.verb : t.verb, value: Math.max(1, Math.round(t.value * scale)), partners: r.shuffle(t.partners) };
}

const SECTION_TITLES = ['着力推动产业转型升级', '加快完善基础设施', '持续改善民生福祉', '全面提升治理能力'];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];

function render(key: string, place: string, level: Level, theme: string, tasks: Task[], higher: GeneratedDoc | null, year: number): { doc: GeneratedDoc } {
  const title = `${place}推动${theme}行动方案（${year}—${year + 2}年）`;
  const lines = [title, `${place}人民政府办公室`, `${year}年3月${(key.length % 27) + 1}日`];
  lines.push(higher ? `为贯彻落实《${higher.title}》，结合${place}实际，制定本方案。` : `为推动${theme}，制定本方案。`);
  const perSection = Math.ceil(tasks.length / SECTION_TITLES.length);
  tasks.forEach((t, i) => {
    if (i % perSection === 0) lines.push(`${NUMERALS[i / perSection]}、${SECTION_TITLES[i / perSection]}`);
    lines.push(taskLine(i + 1, t, level, place, year));
  });
  return { doc: { key, title, jurisdiction: place, text: `${lines.join('\n')}\n` } };
}

function taskLine(n: number, t: Task, level: Level, place: string, year: number): string {
  const body = `到${year + 2}年，${t.object}${t.indicator}达到${t.value}${t.unit}。`;
  const opening = t.reworded ? `${place}将${t.object}作为重点，抓好落实。` : `围绕${t.object}，${place}${t.verb}相关工作。`;
  return `${n}.${t.verb}${t.object}。${opening}${body}（牵头单位：${level}${t.dept}；责任单位：${t.partners.map((d) => `${level}${d}`).join('、')}）`;
}

/** Next year's version of a city's plan: most tasks kept, some reworded, some dropped, a few added; targets raised. */
function yearlyVersion(r: Random, key: string, city: string, theme: string, tasks: Task[], higher: GeneratedDoc, truth: HierarchyTruth): GeneratedDoc[] {
  const afterKey = `${key}y`;
  const status: Record<string, 'kept' | 'reworded' | 'added' | 'dropped'> = {};
  const next: Task[] = [];
  tasks.forEach((t, i) => {
    const roll = r.next();
    if (roll < 0.15) { status[`${key}#${i + 1}`] = 'dropped'; return; }
    // Reworded: said with another verb and another opening; kept: the same words (a target may still move).
    const changed = roll < 0.35 ? { ...t, verb: SYNONYM[t.verb] ?? t.verb, reworded: true } : { ...t };
    if (r.chance(0.3)) changed.value = Math.round(changed.value * 1.2) + 1;
    next.push(changed);
    status[`${afterKey}#${next.length}`] = changed.reworded ? 'reworded' : 'kept';
  });
  const used = new Set(tasks.map((t) => t.core));
  for (const core of r.sample(OBJECTS.map((_, i) => i).filter((i) => !used.has(i)), 3)) {
    next.push(newTask(r, core));
    status[`${afterKey}#${next.length}`] = 'added';
  }
  truth.versions.push({ before: key, after: afterKey, status });
  return [render(afterKey, city, '市', theme, next, higher, 2024).doc];
}
