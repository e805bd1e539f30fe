// Place gazetteer and place-name suffix rules: general Chinese geography, not any one document.
import type { PlaceKind } from '../../model.ts';

interface GazetteerGroup {
  kind: PlaceKind;
  /** Space-separated canonical names. */
  names: string;
  /** Administrative suffixes that may follow the name and belong to the mention (四川省, 潼南区). */
  suffixes?: readonly string[];
  /** The name is an ordinary word too (长寿, 南岸): match it only with a suffix. */
  strict?: boolean;
}

export const GAZETTEER: readonly GazetteerGroup[] = [
  { kind: 'region', suffixes: ['省'], names: '河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 台湾' },
  { kind: 'region', suffixes: ['自治区'], names: '内蒙古 广西 西藏 宁夏 新疆' },
  {
    kind: 'city', suffixes: ['市'],
    names: '北京 天津 上海 重庆 石家庄 太原 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 海口 '
      + '成都 贵阳 昆明 西安 兰州 西宁 呼和浩特 南宁 拉萨 银川 乌鲁木齐 深圳 大连 青岛 宁波 厦门 苏州 无锡 佛山 东莞 '
      + '温州 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳 遵义 毕节 汉中 '
      + '宝鸡 咸阳 宜昌 襄阳 十堰 恩施 昭通 曲靖 六盘水 铜仁 九江 柳州 桂林 北海 防城港 钦州',
  },
  {
    kind: 'district', suffixes: ['区', '县', '自治县'],
    names: '渝中 大渡口 沙坪坝 九龙坡 渝北 巴南 北碚 万州 涪陵 黔江 綦江 大足 璧山 铜梁 潼南 荣昌 合川 永川 江津 '
      + '南川 开州 梁平 武隆 万盛 两江新区 城口 丰都 垫江 忠县 云阳 奉节 巫山 巫溪 酉阳 彭水 双流 郫都 温江 '
      + '龙泉驿 青白江 简阳 都江堰 彭州 邛崃 崇州 大邑 蒲江 新津 射洪 蓬溪 大英 安岳 乐至 合江 广汉',
  },
  { kind: 'district', suffixes: ['区', '县', '自治县'], strict: true, names: '南岸 江北 长寿 石柱 秀山 新都 金堂 船山 安居 高坪 顺庆 嘉陵 市中' },
  {
    kind: 'region', suffixes: ['地区'],
    names: '川渝 成渝 川南 川东北 川西 川中 渝西 渝东北 渝东南 主城都市区 长江上游 长江中游 长江下游 长江流域 黄河流域 '
      + '嘉陵江流域 长三角 珠三角 长江三角洲 京津冀 粤港澳大湾区 巴蜀 成德眉资',
  },
  {
    kind: 'river',
    names: '长江 黄河 珠江 淮河 海河 辽河 松花江 嘉陵江 岷江 沱江 涪江 渠江 乌江 汉江 湘江 赣江 闽江 钱塘江 雅砻江 '
      + '金沙江 大渡河 澜沧江 怒江 雅鲁藏布江 渭河 汾河 漓江 青衣江 安宁河 赤水河 御临河 大宁河 琼江 濑溪河 黄浦江',
  },
  { kind: 'lake', names: '洞庭湖 鄱阳湖 太湖 巢湖 洪泽湖 滇池 洱海 青海湖 西湖 千岛湖 邛海 泸沽湖' },
  { kind: 'mountain', names: '峨眉山 青城山 缙云山 华蓥山 大巴山 武陵山 秦岭 大凉山 龙门山 四面山 金佛山 泰山 庐山 华山 衡山 嵩山' },
];

export interface PlaceSuffixRule {
  suffix: string;
  kind: PlaceKind;
  /** Length of the name before the suffix, in characters. */
  min: number;
  max: number;
  /** What may not follow the suffix (a regex source): 河流 is no river, 村庄 no village. */
  notBefore?: string;
}

export const PLACE_SUFFIXES: readonly PlaceSuffixRule[] = [
  { suffix: '水库', kind: 'reservoir', min: 2, max: 4 },
  { suffix: '街道', kind: 'town', min: 2, max: 3, notBefore: '办' },
  { suffix: '风景名胜区', kind: 'scenic', min: 2, max: 6 },
  { suffix: '风景区', kind: 'scenic', min: 2, max: 6 },
  { suffix: '景区', kind: 'scenic', min: 2, max: 6 },
  { suffix: '古城', kind: 'scenic', min: 2, max: 3 },
  { suffix: '古镇', kind: 'scenic', min: 2, max: 3 },
  { suffix: '公园', kind: 'scenic', min: 2, max: 6 },
  { suffix: '江', kind: 'river', min: 1, max: 3, notBefore: '[河湖山]' },
  { suffix: '河', kind: 'river', min: 1, max: 3, notBefore: '流(?!域)|[道长湖床堤网段]' },
  { suffix: '溪', kind: 'river', min: 2, max: 3, notBefore: '流(?!域)' },
  { suffix: '渠', kind: 'river', min: 2, max: 3, notBefore: '道' },
  { suffix: '镇', kind: 'town', min: 2, max: 3, notBefore: '[街化级域]|长(?![江城沙寿])' },
  { suffix: '县', kind: 'district', min: 2, max: 3, notBefore: '[城域级委乡属区镇]|长(?![江城沙寿])' },
  { suffix: '乡', kind: 'town', min: 2, max: 2, notBefore: '[村镇土贤愁情亲风间里民野音]|长(?![江城沙寿])' },
  { suffix: '村', kind: 'village', min: 2, max: 3, notBefore: '[庄落级民委镇社组务居官]|长(?![江城沙寿])|集体|规划|干部' },
  { suffix: '山', kind: 'mountain', min: 2, max: 3, notBefore: '[水区地林脉体洪川]' },
  { suffix: '湖', kind: 'lake', min: 1, max: 3, notBefore: '[库泊草州]' },
  // An economic circle is an area (成渝地区双城经济圈), so a region, not a linear Corridor.
  { suffix: '经济圈', kind: 'region', min: 2, max: 6 },
];

/** Names before a one-character suffix that make an ordinary word (沿江, 入河, 河湖), not a name. */
export const SINGLE_CHAR_STOP = '沿滨跨过入出临大小两三各全本该护内外母治江河湖溪冰山界运银天环游上下中一长';

/** What follows a place's name when it names a road (中山西路, 北京东路, 长江大道): a regex source. */
export const ROAD_TAILS = '[东西南北中]?(?:路(?![网线段径况])|大道|大街)';

/** One-character qualifiers that make a known place's name another place's (故黄河, 瘦西湖, 北运河, 小三峡). */
export const NAME_QUALIFIER_CHARS = '故古老小大瘦东西南北上中下前后内外新';

/** Whole surfaces that are never places, whatever the rules say. */
export const PLACE_STOP_NAMES: readonly string[] = [
  '地区', '我区', '全区', '城区', '本区', '各区', '辖区', '园区', '景区', '社区', '示范区', '试验区', '高新区',
  '山水', '江山', '青山', '绿水青山', '两岸青山', '金山银山', '河长制', '湖库', '湿地公园', '森林公园',
  '城市公园', '口袋公园', '体育公园', '郊野公园', '主题公园', '文化公园', '自治县', '自治州', '自治区',
];

/** Endings that make a name generic (新型城镇, 美丽乡村, 矿山, 病险水库, 4A级旅游景区). */
export const PLACE_GENERIC_TAILS: readonly string[] = [
  '城镇', '乡镇', '村镇', '集镇', '小镇', '名镇', '重镇', '强镇', '建制镇', '中心镇', '示范镇', '特色镇', '专业镇',
  '区县', '市县', '州县', '郡县', '强县', '大县', '示范县', '县县',
  '城乡', '下乡', '返乡', '入乡', '回乡', '家乡', '故乡', '水乡', '侨乡', '老乡', '同乡', '本乡',
  '乡村', '农村', '山村', '渔村', '行政村', '自然村', '示范村', '重点村', '专业村', '空心村', '古村', '贫困村',
  '脱贫村', '强村', '名村', '城中村', '移民村', '传统村', '试点村', '美丽村', '驻村', '进村', '到村', '入村',
  '包村', '联村', '帮村', '兴村', '每村', '各村', '全村', '本村', '该村', '各镇', '全镇', '本镇', '该镇', '每镇', '驻镇',
  '全县', '我县', '本县', '各县', '该县', '每县', '全乡', '各乡', '本乡', '属地街道', '属地街镇',
  '矿山', '江山', '河山', '靠山', '火山', '深山', '大山', '名山', '荒山', '高山', '群山', '冰山', '假山', '银山',
  '江湖', '河湖', '人工湖', '护城河', '母亲河', '病险水库', '中型水库', '小型水库', '大型水库', '骨干水库',
  '重点水库', '中小水库', '旅游景区', '级景区', '重点景区', '精品景区', '热门景区', '干渠', '支渠', '水渠',
  '沟渠', '斗渠', '毛渠', '灌渠', '引水渠', '都市经济圈', '生态圈', '朋友圈', '公路经济圈', '铁路经济圈', '临空经济圈',
  // parks by what they are, not by name (6座市属公园, 24小时开放公园, 全市智慧公园, 老旧公园)
  '市属公园', '区属公园', '开放公园', '智慧公园', '老旧公园', '存量公园', '现状公园', '城镇公园', '城乡公园', '海绵公园',
  '标志性公园', '高品质公园', '区内公园',
];

/**
 * Common family names (百家姓's most frequent), for the person-name guard: a river, lake or mountain of two or three
 * characters opening with one and followed by a leader's title is a person (毛江平常务副市长 is no river 毛江).
 */
export const COMMON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

/** A leader's title after a person's name (常务副市长, 县委书记, 同志): the name before it is a person's. */
export const LEADER_TITLES: readonly string[] = [
  '常务副市长', '常务副县长', '常务副区长', '常务副省长', '副市长', '副县长', '副区长', '副省长', '副镇长', '副乡长', '副书记', '副主任',
  '市长', '县长', '区长', '省长', '镇长', '乡长', '书记', '主任', '局长', '部长', '厅长', '同志',
];
