// An English gazetteer: China's provinces, provincial capitals, major cities and the districts of the four
// municipalities, in pinyin or their usual English names (Harbin → 哈尔滨), so an English question names the place the plans do.
/** Pinyin words (spaces as written in English) → the name without its 省/市/区 suffix, as staff say it in Chinese. */
const PROVINCES: Record<string, string> = {
  beijing: '北京', tianjin: '天津', shanghai: '上海', chongqing: '重庆', hebei: '河北', shanxi: '山西',
  'inner mongolia': '内蒙古', neimenggu: '内蒙古', liaoning: '辽宁', jilin: '吉林', heilongjiang: '黑龙江', jiangsu: '江苏',
  zhejiang: '浙江', anhui: '安徽', fujian: '福建', jiangxi: '江西', shandong: '山东', henan: '河南', hubei: '湖北',
  hunan: '湖南', guangdong: '广东', guangxi: '广西', hainan: '海南', sichuan: '四川', guizhou: '贵州', yunnan: '云南',
  tibet: '西藏', xizang: '西藏', shaanxi: '陕西', gansu: '甘肃', qinghai: '青海', ningxia: '宁夏', xinjiang: '新疆',
  'hong kong': '香港', macau: '澳门', macao: '澳门', taiwan: '台湾',
};

const CAPITALS: Record<string, string> = {
  shijiazhuang: '石家庄', taiyuan: '太原', hohhot: '呼和浩特', huhehaote: '呼和浩特', shenyang: '沈阳', changchun: '长春',
  harbin: '哈尔滨', haerbin: '哈尔滨', nanjing: '南京', hangzhou: '杭州', hefei: '合肥', fuzhou: '福州', nanchang: '南昌',
  jinan: '济南', zhengzhou: '郑州', wuhan: '武汉', changsha: '长沙', guangzhou: '广州', canton: '广州', nanning: '南宁',
  haikou: '海口', chengdu: '成都', guiyang: '贵阳', kunming: '昆明', lhasa: '拉萨', "xi'an": '西安', xian: '西安',
  lanzhou: '兰州', xining: '西宁', yinchuan: '银川', urumqi: '乌鲁木齐', wulumuqi: '乌鲁木齐',
};

/** Sub-provincial and other large cities, and cities the plans here often name. */
const CITIES: Record<string, string> = {
  dalian: '大连', qingdao: '青岛', ningbo: '宁波', xiamen: '厦门', shenzhen: '深圳', suzhou: '苏州', wuxi: '无锡',
  changzhou: '常州', nantong: '南通', xuzhou: '徐州', yangzhou: '扬州', wenzhou: '温州', shaoxing: '绍兴', jiaxing: '嘉兴',
  huzhou: '湖州', jinhua: '金华', taizhou: '台州', lishui: '丽水', quzhou: '衢州', wuhu: '芜湖', fuyang: '阜阳', chuzhou: '滁州',
  "lu'an": '六安', luan: '六安', quanzhou: '泉州', ganzhou: '赣州', yantai: '烟台', weifang: '潍坊', zibo: '淄博', heze: '菏泽',
  luoyang: '洛阳', xuchang: '许昌', yichang: '宜昌', xiangyang: '襄阳', huangshi: '黄石', shiyan: '十堰', jingmen: '荆门',
  xianning: '咸宁', zhuzhou: '株洲', xiangtan: '湘潭', yueyang: '岳阳', dongguan: '东莞', foshan: '佛山', zhuhai: '珠海',
  shantou: '汕头', zhanjiang: '湛江', liuzhou: '柳州', guilin: '桂林', sanya: '三亚', mianyang: '绵阳', zunyi: '遵义',
  baotou: '包头', ordos: '鄂尔多斯', eerduosi: '鄂尔多斯', datong: '大同', changzhi: '长治', tangshan: '唐山', baoding: '保定',
  handan: '邯郸', anshan: '鞍山', fushun: '抚顺', daqing: '大庆', qiqihar: '齐齐哈尔', qiqihaer: '齐齐哈尔',
  mudanjiang: '牡丹江', jiamusi: '佳木斯', xianyang: '咸阳', baoji: '宝鸡', yulin: '榆林', huaian: '淮安', "huai'an": '淮安',
  kashgar: '喀什', kashi: '喀什',
  // Prefecture-level cities of Guangdong, Sichuan, Shandong and Hubei.
  chaozhou: '潮州', jieyang: '揭阳', meizhou: '梅州', shaoguan: '韶关', heyuan: '河源', qingyuan: '清远', yunfu: '云浮',
  zhaoqing: '肇庆', jiangmen: '江门', maoming: '茂名', yangjiang: '阳江', shanwei: '汕尾', huizhou: '惠州', zhongshan: '中山',
  neijiang: '内江', zigong: '自贡', luzhou: '泸州', deyang: '德阳', guangyuan: '广元', suining: '遂宁', leshan: '乐山',
  nanchong: '南充', meishan: '眉山', yibin: '宜宾', "guang'an": '广安', guangan: '广安', dazhou: '达州', "ya'an": '雅安',
  yaan: '雅安', bazhong: '巴中', ziyang: '资阳', panzhihua: '攀枝花', jining: '济宁', dezhou: '德州', liaocheng: '聊城',
  binzhou: '滨州', dongying: '东营', rizhao: '日照', linyi: '临沂', zaozhuang: '枣庄', "tai'an": '泰安', taian: '泰安',
  weihai: '威海', jingzhou: '荆州', xiaogan: '孝感', huanggang: '黄冈', ezhou: '鄂州', suizhou: '随州', enshi: '恩施',
  // The rest of Zhejiang's and Liaoning's prefecture-level cities.
  zhoushan: '舟山', benxi: '本溪', dandong: '丹东', jinzhou: '锦州', yingkou: '营口', fuxin: '阜新', liaoyang: '辽阳',
  panjin: '盘锦', tieling: '铁岭', huludao: '葫芦岛',
};

/** Counties, districts and towns the plans here are from or name (嵊泗县, 嵊山镇, 龙湾区, 鹿城区, 七宝镇). */
const COUNTIES: Record<string, string> = {
  shengsi: '嵊泗', shengshan: '嵊山', longwan: '龙湾', lucheng: '鹿城', qibao: '七宝',
};

/** Districts and counties of the four municipalities (Beijing, Shanghai, Tianjin, Chongqing). */
const MUNICIPAL_DISTRICTS: Record<string, string> = {
  dongcheng: '东城', xicheng: '西城', chaoyang: '朝阳', haidian: '海淀', fengtai: '丰台', shijingshan: '石景山',
  tongzhou: '通州', shunyi: '顺义', changping: '昌平', daxing: '大兴', fangshan: '房山', mentougou: '门头沟', huairou: '怀柔',
  pinggu: '平谷', miyun: '密云', yanqing: '延庆', huangpu: '黄浦', xuhui: '徐汇', changning: '长宁', jingan: '静安',
  "jing'an": '静安', putuo: '普陀', hongkou: '虹口', yangpu: '杨浦', minhang: '闵行', baoshan: '宝山', jiading: '嘉定',
  pudong: '浦东', jinshan: '金山', songjiang: '松江', qingpu: '青浦', fengxian: '奉贤', chongming: '崇明', heping: '和平',
  hexi: '河西', nankai: '南开', hebeiqu: '河北', hongqiao: '红桥', binhai: '滨海', wuqing: '武清', baodi: '宝坻', jinghai: '静海',
  yuzhong: '渝中', shapingba: '沙坪坝', jiulongpo: '九龙坡', nanan: '南岸', "nan'an": '南岸', jiangbei: '江北', yubei: '渝北',
  banan: '巴南', beibei: '北碚', dadukou: '大渡口', fuling: '涪陵', wanzhou: '万州', yongchuan: '永川', hechuan: '合川',
  jiangjin: '江津', tongliang: '铜梁', bishan: '璧山', dazu: '大足', rongchang: '荣昌', tongnan: '潼南', qijiang: '綦江',
  changshou: '长寿', nanchuan: '南川', kaizhou: '开州', liangping: '梁平', wulong: '武隆', qianjiang: '黔江',
};

const ALL: Array<[string, string]> = [PROVINCES, CAPITALS, CITIES, COUNTIES, MUNICIPAL_DISTRICTS].flatMap((m) => Object.entries(m));

/** Longest names first (inner mongolia before mongolia), spaces and apostrophes as written or not. */
// The question's apostrophes are spaces by the time it is read (Jing an s), so an apostrophe may be one too.
const NAMES = ALL.map(([en]) => en).sort((a, b) => b.length - a.length).map((en) => en.replace(/[' ]/gu, (c) => (c === ' ' ? '\\s+' : "['\\s]?"))).join('|');

const BY_NAME = new Map(ALL.map(([en, zh]) => [en.replace(/[' ]/gu, ''), zh]));

/**
 * The Chinese name of an English place name (Harbin → 哈尔滨), from the gazetteer or the loaded graph's places; or null.
 * A one-character place is known with its level word (Yang County → 洋县, lexicon.ts), so that is tried first.
 */
function chineseOf(match: string, graphPlaces: ReadonlyMap<string, string>, level = ''): string | null {
  const key = match.toLowerCase().replace(/[\s']/gu, '');
  return (level && graphPlaces.get(key + level.toLowerCase())) || (BY_NAME.get(key) ?? graphPlaces.get(key) ?? null);
}

/** A gazetteer name, or any one word that may be the pinyin of a place in the graph (Dazhu, Cangnan). */
const ANY_PLACE = `(${NAMES}|[a-z]+)`;
/** Each name with an optional Province/City/County word after it. */
const PLACE_SUFFIX = '(?:\\s+(province|city|municipality|district|county|town|autonomous region))?\\b';
// The subject after an auxiliary (how much farmland must Shanghai keep, what does Jiading plan) is whose plan is asked about too.
const SCOPE_PLACE = new RegExp(`\\b(?:in|of|for|from|must|should|will|shall|does|did|can)\\s+(?:the\\s+)?\\b${ANY_PLACE}${PLACE_SUFFIX}`, 'giu');
const BARE_PLACE = new RegExp(`\\b${ANY_PLACE}${PLACE_SUFFIX}`, 'giu');
/** Wujiang's (or, once apostrophes are spaces, Wujiang s): a scope, while the preposition before it stays the verb's (responsible for). */
const POSSESSIVE_PLACE = new RegExp(`\\b${ANY_PLACE}${PLACE_SUFFIX}(?:['’]|\\s+)s\\b`, 'giu');

/**
 * English place names → Chinese. A place after in/of/for, or the subject after an auxiliary, limits the question (Shenyang's plan, tasks in Henan):
 * it moves to the front as 沈阳的, the way a Chinese question states its scope; any other place stays where it is.
 * `graphPlaces` maps the pinyin of the loaded graph's places to their names (lexicon.ts), beside the gazetteer.
 */
export function placesToChinese(q: string, graphPlaces: ReadonlyMap<string, string> = new Map()): string {
  const scopes: string[] = [];
  const scope = (m: string, name: string, level?: string) => {
    const zh = chineseOf(name, graphPlaces, level);
    if (!zh) return m;
    scopes.push(zh);
    return ' ';
  };
  const scoped = q.replace(POSSESSIVE_PLACE, scope).replace(SCOPE_PLACE, scope);
  const rest = scoped.replace(BARE_PLACE, (m, name: string, level?: string) => {
    const zh = chineseOf(name, graphPlaces, level);
    return zh ? ` ${zh} ` : m;
  });
  return scopes.length ? `${scopes.map((x) => `${x}的`).join('')} ${rest}` : rest;
}
