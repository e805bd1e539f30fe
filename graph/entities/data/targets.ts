// Vocabulary of numeric targets: units, the verbs before a value, words trimmed off an indicator (data).

/** Units a target value carries; longer forms first is not required (the matcher sorts them). */
export const TARGET_UNITS: readonly string[] = [
  '亿元', '万元', '元', '亿美元', '万美元', '美元', '%', '‰', '个百分点', '百分点', '倍',
  '公里', '千米', '平方公里', '万平方米', '平方米', '万吨', '吨', '万亩', '亩',
  '亿立方米', '万立方米', '立方米', '亿方', '万方', '亿千瓦时', '万千瓦时', '千瓦时', '万千瓦', '千瓦', '兆瓦', '千伏',
  '万标箱', '标箱', '万人次', '人次', '万人', '人', '万户', '户', '万家', '家', '个', '项', '所', '张', '床',
  '辆', '台', '套', '座', '条', '处', '名', '天', '件', '款', '批',
];

/** Units that count things, which may come before the noun they count (打造2个美丽宜居示范乡镇). */
export const COUNT_UNITS: readonly string[] = ['个', '项', '所', '家', '座', '条', '处', '名', '户', '张', '辆', '台', '套', '件', '款', '批'];

/** What may follow a value without making it a modifier of the next noun (220千伏变电站). */
export const VALUE_FOLLOWERS: readonly string[] = ['以上', '以下', '以内', '左右', '上下', '之内', '之上', '内', '和', '及', '与', '或', '等', '的'];

/** Followers that belong to the value's span (突破1200亿元以上, 320天左右). */
export const VALUE_QUALIFIERS: readonly string[] = ['以上', '以下', '以内', '左右', '上下', '之内'];

/** Verbs and verb chains between an indicator and its value (longest match wins). */
export const TARGET_VERBS: readonly string[] = [
  '稳定保持在', '保持在', '稳定在', '控制在', '维持在', '下降至', '下降到', '下降', '降低至', '降低到', '降至', '降到',
  '减少到', '减少', '提高到', '提高至', '提高', '提升至', '提升到', '增长到', '增长至', '增长', '增加到', '增加至',
  '增加', '缩小至', '缩小到', '达到', '达', '突破', '超过', '超', '高于', '低于', '不低于', '不少于', '不高于',
  '不超过', '多于', '少于', '累计', '新增', '建设', '建成', '完成', '改造', '培育', '打造', '引进', '实现', '新建',
  '创建', '争创', '认定', '招引', '引育', '为', '至', '到',
];

/** Adverbs that may sit inside a verb chain (分别突破, 累计达, 均达到, 稳定). */
export const TARGET_ADVERBS: readonly string[] = ['分别', '累计', '均已', '力争', '预计', '确保', '稳定', '持续'];

/** Verbs that may come right before a counted noun: 打造2个…, 建设50个…. */
export const COUNT_LEAD_VERBS: readonly string[] = [
  '打造', '建设', '建成', '培育', '新增', '创建', '争创', '引进', '认定', '实施', '完成', '开展', '组建', '新建',
  '改造', '建立', '招引', '引育', '打造形成', '创成',
];

/** Leading words trimmed off an indicator: scope, hedges, and action verbs (全区GDP → GDP). */
export const INDICATOR_LEADING_TRIMS: readonly string[] = [
  '全区', '全市', '全县', '全镇', '全省', '全年', '力争', '确保', '争取', '预计', '实现', '其中', '累计', '所有',
  '同时', '并', '的', '一是', '二是', '三是', '四是', '五是', '六是', '以及', '推动',
  '建设', '建成', '完成', '打造', '优化', '完善', '改造', '实施', '推进', '加快', '培育', '创建', '开展', '持续',
  '全面', '大力', '积极', '着力', '新建', '引进', '进一步', '努力', '稳步',
];

/** Indicators that open with a trimmed word yet keep it: 建成区绿地率 is not 区绿地率. */
export const INDICATOR_KEEP_WORDS: readonly string[] = ['建成区', '建设用地', '完成率', '实现率', '全社会', '全员', '全口径'];

/** Indicators that only say "rate" and borrow the subject of the previous target (年均增长8.5%). */
export const RATE_ONLY_INDICATORS: readonly string[] = ['年均', '同比', '平均', '年均增速', '增速', ''];

/** Words where the shared part of `A、B增加值占GDP比重分别…` begins. */
export const MEASURE_WORDS: readonly string[] = [
  '增加值', '总产值', '产值', '总额', '比重', '占比', '产量', '收入', '营业收入', '营收', '利润', '税收', '投资',
  '增速', '规模', '普及率', '覆盖率', '达标率', '合格率', '利用率', '增长率', '城镇化率', '参保率', '贡献率',
  '渗透率', '数量', '人数', '面积', '里程', '能力', '总量', '占GDP比重',
];

/**
 * Separators inside `A、B分别…` and between the values that follow. `s` is the OCR reading of 、
 * in scanned plans (GDPs人均GDP, 40%s50%); it counts only next to a Latin letter or a digit.
 */
export const LIST_SEPARATOR_SOURCE = '、|，|,|和|及|与|(?<=[A-Za-z%])[sS](?=[\\u4e00-\\u9fff\\d])';
