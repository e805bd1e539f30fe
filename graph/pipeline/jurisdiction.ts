// The jurisdiction a document's units belong to: the issuing body, the title, the 文号 prefix or the units' own prefixes.
import { DOC_NUMBER_TAIL } from '../metadata/doc-number.ts';
import { GAZETTEER } from '../entities/data/places.ts';
import { isPlaceName, startsWithPlaceName } from '../units/surface.ts';

/** Where a document is from: a named place, or only the level its units carry (unnamed documents keep their units). */
interface Jurisdiction {
  /** A named place (铜梁区, 成都市, 四川省); null when the text never says which. */
  name: string | null;
  /** What the document shows: the name, else the level its units carry (区), else 未知. */
  label: string;
  /** How it was read. */
  source: 'option' | 'issuer' | 'title' | 'docNumber' | 'text' | 'units' | 'level' | 'none';
}

export interface JurisdictionInput {
  title: string;
  text: string;
  /** Canonical names of the document's units (区发展改革委): their level is the fallback. */
  unitNames: readonly string[];
  /** Jurisdictions named in front of unit names (成都市商务局 → 成都市), once per distinct surface. */
  namedInUnits?: readonly string[];
  /** `--jurisdiction`: the user says where the document is from. */
  given?: string;
}

const PLACE_CHAR = '[\\u4e00-\\u9fa5]';
const LEVEL = '(?:自治县|自治州|区|县|市|州|省)';
// The district or county a city's name may carry after it (上海市奉贤区民政局, 上海市闵行区人民政府): read with the city
// so ownPlace gives the district, never the city alone; 园区/城区/新区… are not districts.
const DISTRICT_AFTER = `(?:${PLACE_CHAR}{2,4}?(?:(?<![园景社城新片矿辖小街])区|县))?`;
// A town's or street's government under its district (上海市宝山区罗店镇人民政府, …古美路街道办事处): the district is the place.
const TOWN_BETWEEN = `(?:${PLACE_CHAR}{1,6}?(?:镇|乡|街道))?`;
// A page's label for who issued it, a space after its colon as some sites print it (发布单位: 上海市松江区绿化和市容管理局).
const ISSUER_LABEL = '(?:发布机构|发布单位|发文机关|发文单位|信息来源|来源)[:：]?\\s*';
// A named jurisdiction opens a heading line (铜梁区人民政府关于…, 中共XX县委…, or the 落款 at the end), or follows a
// page's metadata label (发布机构：下陆区政府办公室, 发文机关阜阳市人民政府 with no colon, so the label is tried first);
// a place name mid-sentence (…纲要和市人民政府…) is a reference to another government, not the issuer.
// A county of one character (赵县, 沁县) is read only as a whole issuer: its government or office alone on its line (the
// 落款) or before 关于 in a title; in a sentence the character may be a verb's (经县人民政府同意).
const ONE_CHAR_COUNTY = `(?![本全我各该每一两其])${PLACE_CHAR}县(?=人民政府(?:办公室)?(?:关于|$))`;
const ISSUER_RE = new RegExp(
  `(?:${ISSUER_LABEL}|^)(?:中共)?(${PLACE_CHAR}{2,9}?${LEVEL}${DISTRICT_AFTER}|${ONE_CHAR_COUNTY})${TOWN_BETWEEN}(?:人民政府|委员会|政府办公室|政府办公厅|办公室|办公厅|委|政府|办事处|关于)`, 'gmu');
// A department that signs on a line of its own (四川省发展和改革委员会, 成都市住房和城乡建设局).
const SIGNER_RE = new RegExp(`^(?:中共)?(${PLACE_CHAR}{2,9}?${LEVEL})${PLACE_CHAR}{1,14}(?:委员会|局|厅|办公室|办公厅|政府)$`, 'gmu');
// A page's metadata label before a department of the place (发布机构 金乡县农业农村局, 信息来源:X县农业农村局): the
// department publishes for its place's government, so the place is the document's.
const LABELLED_BODY_RE = new RegExp(
  `(?:发布机构|发布单位|发文机关|发文单位|信息来源)[:：]?\\s*(?:中共)?(${PLACE_CHAR}{2,9}?${LEVEL}${DISTRICT_AFTER})${PLACE_CHAR}{1,12}?(?:局|委员会|厅|办公室)`, 'gu');
// A bureau's page names itself as its publisher (发布机构:宣城市农业农村局, 来源:怀远县农业农村局): the whole department's name.
const PUBLISHING_BUREAU_RE = new RegExp(
  `(?:发布机构|发文机关|发文单位|信息来源|来源)[:：]?\\s*(${PLACE_CHAR}{2,9}?${LEVEL}${PLACE_CHAR}{1,12}?(?:委员会|局))`, 'u');

/** The department a page says published it (宣城市农业农村局), read in its head; null for a government or none. */
export function publishingBureau(text: string): string | null {
  return PUBLISHING_BUREAU_RE.exec(text.slice(0, HEAD_CHARS))?.[1] ?? null;
}

// A news repost names the issuer in its opening sentence: 近日,渝中区人民政府办公室发布《…》.
const REPOSTED_BY_RE = new RegExp(
  `(?:近日|日前|近期)[,，、]?(?:中共)?(${PLACE_CHAR}{2,9}?${LEVEL})(?:人民政府|政府|委员会)?(?:办公室|办公厅)?(?:印发|发布|出台)`, 'gu');
// A plan printed without its issuer opens by naming the decision it carries out: 根据《中共广州市委、广州市人民政府关于…》.
// The first body that issued it is the plan's own government when it is of the level of the plan's units (a 市 plan's
// 市委宣传部, 市纪委 …); a 区 plan carrying out its city's decision, or any plan its province's, is not of that place.
const IMPLEMENTS_OWN_RE = new RegExp(
  `(?:根据|贯彻落实|贯彻|落实|按照|依据)《(?:中共)?(${PLACE_CHAR}{2,9}?${LEVEL})(?:委员会|委|人民政府|政府)[、关]`, 'gu');
// 结合官渡区实际: a plan says whose circumstances it is written for.
const OWN_PLACE_RE = new RegExp(`结合(${PLACE_CHAR}{2,9}?${LEVEL})(?:的)?实际`, 'gu');
// 武汉市、区所属中职学校, 某市、区两级: a city plan speaks of its own city and the districts under it.
const OWN_LEVELS_RE = new RegExp(`(${PLACE_CHAR}{2,9}?市)、(?:区|县)(?:所属|属|两级)`, 'gu');
// A title opening with the issuer's name (贡井区推动高质量发展行动方案); 园区/城区/新区… are not districts.
const TITLE_NAMED_RE = new RegExp(
  `^(?:中共)?(${PLACE_CHAR}{2,9}?(?:自治县|自治州|(?<![园景社城新片矿辖小街])区|县|(?<![城都])市|省)${DISTRICT_AFTER})`, 'u');
// 文号: 渝北府办发〔2022〕3号, 蓉府发(2021)12号, 蔡政办〔2023〕1号, a city government's bare 政 or 府 (许政 [2020] 20号, a
// space before the bracket as a web page prints it; 东府〔2012〕28号); the prefix is the place without its level. Only the document's
// own number (on its own line, or after a 文号 label), never one cited in the text (…通知》(昆政发〔2016〕13号)).
const DOC_NUMBER_RE = new RegExp(
  `(?:^|文号[:：]?)(${PLACE_CHAR}{1,6}?)(?:府办发|府发|府办|政办发|政办|政发|委办发|委办|委发|政|府)${DOC_NUMBER_TAIL}`, 'mu');
// 根据区委… opens a sentence and 机关 is a kind of body, not an issuer's name; 于 stops 关于, so 关 alone stays a name's (韶关市).
const NOT_A_NAME = /[和与及的在对于把被等各据]|机关/u;

// The central government's documents: units they name (财政部, 国家发展改革委) are the nation's, one 财政部 across them all.
const NATIONAL = '国家';
// Its own 文号 (国发〔2017〕28号, 国办函〔2004〕21号, 工信部规〔2018〕1号, 财建〔2020〕5号, 发改办〔2019〕3号, 人社部发): on its own
// line or after a 文号 label, never one cited in the text (a province's plan implementing 国发〔…〕 stays the province's).
const NATIONAL_DOC_NUMBER_RE = new RegExp(
  `(?:^|(?:发文字号|文号)[:：]?)(?:国发|国办发|国办函|国函|工信部${PLACE_CHAR}{0,2}|工信厅${PLACE_CHAR}{0,2}|发改${PLACE_CHAR}{0,3}|人社部${PLACE_CHAR}{0,2}|财${PLACE_CHAR}{1,2})${DOC_NUMBER_TAIL}`, 'mu');
// The State Council, its office or a ministry or commission under it: opening the title (国务院关于…, 工业和信息化部2018年…),
// or as a whole line of the text (the 落款 国务院办公厅) or after a page's label (发文机关国务院办公厅); a line opening with
// 国务院关于… in the text may be a cited decision broken onto its own line.
const nationalBody = (after: string) => new RegExp(
  `(?:^|(?:发布机构|发文机关|发文单位)[:：]?)(?:中华人民共和国)?(?:国务院(?:办公厅)?|${PLACE_CHAR}{2,10}?部|国家${PLACE_CHAR}{2,12}?(?:委员会|总局|局))(?=${after})`, 'mu');
const NATIONAL_TITLE_RE = nationalBody('关于|\\d|办公厅');
const NATIONAL_SIGNER_RE = nationalBody('$');
// A unit of the central government as plans name it: 财政部, 国家发展改革委, 税务总局, 中央组织部, 最高人民法院, 人民银行;
// a party committee's 宣传部 or 武装部 of a place written bare is not one.
const CENTRAL_UNIT_RE = /^(?:国家|国务院|中央|最高人民|中国人民银行|人民银行)|^(?!.*(?:宣传|组织|统战|武装|人武|政法|纪检)部$).{2,10}部$|总局$|总署$/u;
/** Share of a document's bodies that must be central, with none carrying a local level, for its units to be the nation's. */
const MIN_CENTRAL_SHARE = 2 / 3;
const GENERIC = new Set(['自治区', '自治州', '自治县', '全区', '我区', '本区', '全市', '本市', '我市', '全县', '本县', '我县', '全省', '我省', '本省',
  '地区', '城区', '新区', '市区', '各区', '各县', '各市', '园区', '辖区', '片区', '社区', '景区', '示范区', '开发区']);
const HEAD_CHARS = 400;
const TAIL_CHARS = 300;

// Labels of a web page's metadata rows, run into the name when spaces are dropped (发布机构区人民政府办公室).
const LABEL_WORDS = /机构|来源|发布|索引|文号|日期|分类|单位/u;

// 广西支援四川…, 北京市对口支援新疆…: one place acting for another; the words after the verb name the other place.
const ACTS_FOR_ANOTHER = /对口|支援|援助|援建|帮扶|协作/u;

// 市委市政府督查室 read as 市委市 + 政府: a place's name holds no 委 of a party committee (市委, 县委) or commission.
const COMMITTEE_WORD = /委/u;

function isName(s: string | undefined): s is string {
  return !!s && !GENERIC.has(s) && !NOT_A_NAME.test(s) && !LABEL_WORDS.test(s) && !ACTS_FOR_ANOTHER.test(s) && !COMMITTEE_WORD.test(s);
}

/**
 * A title that opens with a place acting for another (广西支援四川地震灾区…): the actor is the issuer, named
 * as the text names it in full (广西壮族自治区) where it does, else as the title writes it.
 */
function actorOfTitle(title: string, text: string): string | null {
  const m = new RegExp(`^(${PLACE_CHAR}{2,4}?)(?:${LEVEL}|人民政府)?(?:对口)?(?:支援|援助|援建|帮扶|协作)`, 'u').exec(title);
  if (!m || !isPlaceName(m[1])) return null;
  const full = new RegExp(`${m[1]}${PLACE_CHAR}{0,4}?(?:自治区|省|市)`, 'u').exec(`${title}\n${text}`)?.[0];
  return full && isName(full) ? full : m[1];
}

/**
 * 渝北 of 渝北府办发 is 渝北区 and 蔡 of 蔡政办 is 蔡甸区 when the text names that place anywhere (the prefix
 * opens the name, at most two characters short of it); else it cannot be read.
 */
function placeOfPrefix(prefix: string, text: string, level: string | null): string | null {
  for (const m of text.matchAll(new RegExp(`${prefix}${PLACE_CHAR}{0,2}?${LEVEL}`, 'gu'))) if (isName(m[0])) return m[0];
  // A text that never writes its place with its level still names its zone after it (嘉政办发 beside 嘉鱼经济开发区):
  // the place is that name at the level of the document's units.
  if (!level) return null;
  for (const m of text.matchAll(NAMED_ZONE_RE)) if (m[1].startsWith(prefix) && isName(`${m[1]}${level}`)) return `${m[1]}${level}`;
  return null;
}

/**
 * The city of `X市、区所属`, the words of the sentence before it cut off (对在武汉市 → 武汉市); a name the text writes
 * only there may be words before a bare 市 (实行市、区属), so the text must name it a second time.
 */
function ownCity(text: string): string | null {
  for (const m of text.matchAll(OWN_LEVELS_RE)) {
    const name = m[1].replace(/^.*[和与及的在对于把被关等各]/u, '');
    if (name.length > 2 && isName(name) && text.indexOf(name) !== text.lastIndexOf(name)) return name;
  }
  return null;
}

/** The first capture of `re` in `text` that is a place name. */
function firstName(re: RegExp, text: string): string | null {
  for (const m of text.matchAll(re)) if (isName(m[1])) return m[1];
  return null;
}

/** The last whole lines of a text, where the issuing body signs (落款). */
function closingLines(text: string): string {
  if (text.length <= TAIL_CHARS) return text;
  const tail = text.slice(-TAIL_CHARS);
  const cut = tail.indexOf('\n');
  return cut < 0 ? '' : tail.slice(cut + 1);
}

/** The most frequent of `names`, ties broken by code-point order so no input order leaks. */
function mostFrequent(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0];
  return best ? best[0] : null;
}

// A web page's column tag before the title (【市政府重点工作及责任分解】滁州市人民政府关于…), a province in brackets and the
// year said first ((湖北省)2023年咸宁市《政府工作报告》…): the place after them opens the title.
const TITLE_TAG_RE = /^\s*(?:【[^】\n]{1,30}】|[(（]\p{Script=Han}{2,7}?(?:省|自治区|市)[)）])?\s*(?:(?:19|20)\d{2}年度?\s*)?/u;

/**
 * 建设浙江省打击… (a table's first cell read as the title) opens with a verb, not a place: a province or city is a known
 * name, so the name is the known one inside it (浙江省); a district's name is left as read.
 */
function knownPlaceInside(name: string): string {
  const level = /(?:省|市)$/u.exec(name)?.[0];
  if (!level || startsWithPlaceName(name) || isPlaceName(name.slice(0, -1))) return name;
  for (let at = 1; at + 3 <= name.length; at++) if (isPlaceName(name.slice(at, -1))) return name.slice(at);
  return name;
}

function named(source: JurisdictionInput): Pick<Jurisdiction, 'name' | 'source'> | null {
  const input = { ...source, title: source.title.replace(TITLE_TAG_RE, '') };
  const head = input.text.slice(0, HEAD_CHARS);
  const closing = closingLines(input.text);
  const issuer = firstName(ISSUER_RE, input.title) ?? firstName(ISSUER_RE, head) ?? firstName(ISSUER_RE, closing)
    ?? firstName(SIGNER_RE, head) ?? firstName(SIGNER_RE, closing) ?? firstName(REPOSTED_BY_RE, head) ?? firstName(LABELLED_BODY_RE, head);
  if (issuer) return { name: issuer, source: 'issuer' };
  const titled = TITLE_NAMED_RE.exec(input.title)?.[1];
  if (isName(titled)) return { name: knownPlaceInside(titled), source: 'title' };
  const actor = actorOfTitle(input.title, input.text);
  if (actor) return { name: actor, source: 'title' };
  const level = unitLevel(input.unitNames);
  const prefix = DOC_NUMBER_RE.exec(`${input.title}\n${head}`)?.[1];
  const numbered = prefix && !NOT_A_NAME.test(prefix) ? placeOfPrefix(prefix, input.text, level) : null;
  if (numbered) return { name: numbered, source: 'docNumber' };
  const national = nationalSource(input, head, closing);
  if (national) return { name: NATIONAL, source: national };
  const own = firstName(OWN_PLACE_RE, input.text) ?? ownCity(input.text);
  if (own) return { name: own, source: 'text' };
  const parent = level ? firstName(IMPLEMENTS_OWN_RE, head) : null;
  if (parent?.endsWith(level!)) return { name: parent, source: 'text' };
  // A place named before units of the document's own level (成都市商务局 among 市… units); 杭州市政府 in a
  // provincial plan's lists is a partner, not the issuer.
  const fromUnits = mostFrequent((input.namedInUnits ?? []).filter((n) => isName(n) && (!level || n.endsWith(level))));
  if (fromUnits) return { name: fromUnits, source: 'units' };
  const district = level === null ? districtOfUnits(input.unitNames) : null;
  if (district) return { name: district, source: 'units' };
  const branch = level === '区' || level === '县' ? branchPlace(input.text, level) : null;
  if (branch) return { name: branch, source: 'units' };
  const zone = level === '市' ? cityOfZones(input.text) : null;
  if (zone) return { name: zone, source: 'units' };
  const city = level === '市' ? onlyCityNamed(input.text) : null;
  return city ? { name: city, source: 'text' } : null;
}

// The gazetteer's cities (六盘水, 遵义): a city plan that names no issuer still speaks of its own city (为六盘水实现…).
const CITY_NAMES = new Set(GAZETTEER.filter((g) => g.kind === 'city').flatMap((g) => g.names.split(' ')));
const CITY_NAME_RE = new RegExp([...CITY_NAMES].sort((a, b) => b.length - a.length).join('|'), 'gu');
// A decision cited in 《》 names another government's city, not the plan's.
const CITED_RE = /《[^》\n]*》/gu;

// Any other place written with 市 where a list or a clause starts it (…;乐清市民生实事47项 beside 温州市): a county-level
// city the gazetteer does not know may be the plan's own, so the known one is then no reading.
const WRITTEN_CITY_RE = /(?<=^|[\s,，、;；:：(（。])(\p{Script=Han}{2,3}?)市/gu;

/** The one known city a 市 plan's text names, when it names exactly one and no other city (several are partners). */
function onlyCityNamed(text: string): string | null {
  const own = text.replace(CITED_RE, '');
  const cities = new Set([...own.matchAll(CITY_NAME_RE)].map((m) => m[0]));
  if (cities.size !== 1) return null;
  const city = [...cities][0];
  const other = [...own.matchAll(WRITTEN_CITY_RE)].some((m) => !CITY_NAMES.has(m[1]) && isName(`${m[1]}市`));
  return other ? null : `${city}市`;
}

/** How a document shows itself the central government's: its own 文号, its issuer, or units nearly all central. */
function nationalSource(input: JurisdictionInput, head: string, closing: string): Jurisdiction['source'] | null {
  if (NATIONAL_TITLE_RE.test(input.title)) return 'title';
  if (NATIONAL_DOC_NUMBER_RE.test(`${input.title}\n${head}`)) return 'docNumber';
  if (NATIONAL_SIGNER_RE.test(head) || NATIONAL_SIGNER_RE.test(closing)) return 'issuer';
  const bodies = [...new Set(input.unitNames)].filter((n) => !NOT_A_BODY_RE.test(n));
  if (bodies.length < 3 || bodies.some((n) => levelOf(n))) return null;
  const central = bodies.filter((n) => CENTRAL_UNIT_RE.test(n)).length;
  return central >= bodies.length * MIN_CENTRAL_SHARE ? 'units' : null;
}

// A city's or county's development zone is named after it (咸宁高新区, 嘉鱼经济开发区): the place word before the zone's
// kind, where a list or a line starts it (中新苏滁高新区 is not 滁高新区).
const ZONE_KIND = '(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区)';
const NAMED_ZONE_RE = new RegExp(`(?<=^|[、,，:：;；(（\\s])(${PLACE_CHAR}{2,3}?)${ZONE_KIND}`, 'gmu');

// A city's new area carries the city's known name before its own (青岛西海岸新区, 舟山群岛新区), as a list names it.
const CITY_NEW_AREA_RE = new RegExp(`(?<=^|[、,，:：;；(（\\s])(${PLACE_CHAR}{2,3}?)${PLACE_CHAR}{0,4}?新区`, 'gmu');

/** The city a 市 plan's units sit in, read from the zone committees it names, the most frequent first. */
function cityOfZones(text: string): string | null {
  const zones = [...text.matchAll(NAMED_ZONE_RE)].map((m) => `${m[1]}市`);
  const areas = [...text.matchAll(CITY_NEW_AREA_RE)].filter((m) => isPlaceName(m[1])).map((m) => `${m[1]}市`);
  return mostFrequent([...zones, ...areas].filter(isName));
}

/** A city bureau's branch in a district or county is named after it (市生态环境局咸安分局, 市公安局XX分局). */
// 公安青浦分局 is how a 上海 district's plan names its city's police branch there (市公安局青浦分局 in full).
const CITY_BRANCH_RE = new RegExp(`(?:市${PLACE_CHAR}{2,12}?局|(?<![\\u4e00-\\u9fa5])公安)(${PLACE_CHAR}{2,3}?)(?:区|县)?分局`, 'gu');

/** The district or county a document of 区/县 units sits in, read from the branch its city's bureau keeps there. */
function branchPlace(text: string, level: string): string | null {
  const names = [...text.matchAll(CITY_BRANCH_RE)].map((m) => `${m[1]}${level}`).filter((n) => isName(n) && !NOT_A_NAME.test(n));
  return mostFrequent(names);
}

/** A district's or county's own name opening a unit's (虹口区绿化和市容管理局, 虹口区建设和管理委员会); 新区, 园区… are none. */
const DISTRICT_OPENING_RE = new RegExp(`^(${PLACE_CHAR}{2,4}?(?:(?<![园景社城新片矿辖小街])区|县))`, 'u');
/** Units named with their district at least this often, and as most of them, make the district the document's. */
const MIN_DISTRICT_UNITS = 3;
const MIN_DISTRICT_SHARE = 2 / 3;

/**
 * The district a plan's units are all written with in full (虹口 2022's 分工与职责: 虹口区绿化和市容管理局, 虹口区住房保障和房屋
 * 管理局 …), when they carry no bare level: several districts' units (a city plan's partners) name none.
 */
function districtOfUnits(unitNames: readonly string[]): string | null {
  const bodies = [...new Set(unitNames)].filter((n) => !NOT_A_BODY_RE.test(n));
  const places = bodies.map((n) => DISTRICT_OPENING_RE.exec(n)?.[1]).filter(isName);
  const best = mostFrequent(places);
  const count = places.filter((p) => p === best).length;
  return best && count >= MIN_DISTRICT_UNITS && count >= bodies.length * MIN_DISTRICT_SHARE ? best : null;
}

// 市政局, 市场监管局, 市民中心: a bare name whose first word opens with 市 carries no level (市民政局 is the city's 民政局).
const LEVEL_PREFIX_RE = /^(?:[区县省]|市(?!场|政局|政工程|民(?!政)))/u;

// A company or bank a plan names (市国有公司 in a district's table) is owned by a level, not the plan's government's own body.
const NOT_A_BODY_RE = /(?:公司|集团|银行)$/u;

/** The level a unit's name opens with; 自治县农业农村局 is a county's (自治区 is a province's, not a district's). */
const levelOf = (name: string) => LEVEL_PREFIX_RE.exec(name.replace(/^自治(?=县)/u, ''))?.[0] ?? '';

function unitLevel(unitNames: readonly string[]): string | null {
  return mostFrequent(unitNames.filter((n) => !NOT_A_BODY_RE.test(n)).map(levelOf).filter(Boolean));
}

/**
 * The share of a document's bodies that must carry a level prefix before the document is shown at that level: one
 * 县卫生健康局 among bare 教育局, 城管局 … is a name the table wrote in full, not what the document's units are.
 */
const MIN_LEVEL_SHARE = 1 / 4;

/** The level the document's units carry, when enough of them carry it (see MIN_LEVEL_SHARE). */
function shownLevel(unitNames: readonly string[]): string | null {
  const level = unitLevel(unitNames);
  const bodies = [...new Set(unitNames)].filter((n) => !NOT_A_BODY_RE.test(n));
  const carrying = bodies.filter((n) => levelOf(n) === level).length;
  return level && carrying >= bodies.length * MIN_LEVEL_SHARE ? level : null;
}

/**
 * 重庆市沙坪坝区 means 沙坪坝区: a district or county named with the province or city above it is the district, the
 * name its own documents and units use. Split only after a province's or city's known name, so 市中区 stays whole.
 */
const NESTED_RE = new RegExp(`^(${PLACE_CHAR}{2,7}?)(省|市|自治区)(${PLACE_CHAR}{2,9}?${LEVEL})$`, 'u');

function ownPlace(name: string): string {
  const m = NESTED_RE.exec(name);
  // 宁夏回族自治区 is 宁夏 with its people's name.
  const upper = m && (isPlaceName(m[1]) || (m[2] === '自治区' && startsWithPlaceName(m[1])));
  return m && upper && isName(m[3]) ? ownPlace(m[3]) : name;
}

export function readJurisdiction(input: JurisdictionInput): Jurisdiction {
  const given = input.given?.trim();
  if (given) return { name: given, label: given, source: 'option' };
  const found = named(input);
  if (found) {
    const name = ownPlace(found.name!);
    return { ...found, name, label: name };
  }
  const level = shownLevel(input.unitNames);
  return level ? { name: null, label: level, source: 'level' } : { name: null, label: '未知', source: 'none' };
}
