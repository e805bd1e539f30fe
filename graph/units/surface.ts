// Surface-form rules for unit names: cleaning OCR residue, spotting body text, collectives and name patterns.
import { BoundedMemo } from '../bounded-memo.ts';
import { GAZETTEER } from '../entities/data/places.ts';
import type { UnitKind } from '../model.ts';

const HAN = /\p{Script=Han}/u;
const ONLY_HAN = /^\p{Script=Han}+$/u;
/** Sentence punctuation (after NFKC, full-width marks are ASCII): a list item never contains it. */
const BODY_PUNCT = /[,.;:!?。"'“”‘’…·]/u;
/** Trailing "and others" and role words the annotation grammar leaves on the last item. */
const TRAILING_NOISE = /(?:等+(?:[省市区县](?:直|级|属))?(?:相关|有关|其他|其它|各)?(?:部门和单位|部门及单位|部门|单位|机构)?|(?:按照?职责分工|分别|共同)?(?:负责|牵头)|配合|协助|参与)$/u;
/** A bracketed note about the list, not a name: (列第一位的为牵头单位,下同), (除标注“分别牵头”外…). */
const LIST_NOTE = /\((?=[^()]*(?:[,;:“”"]|下同|牵头|汇总|列第|为准))[^()]*\)/gu;
/** A bracketed date or deadline (到2025年, 2025年底前, 2024年6月): when, never part of a name, before it or after it. */
const DATE_NOTE = /\([^()]*\d[^()]*(?:年|月|日|底|前|季度)[^()]*\)/gu;

/** Longest surface accepted as a unit name at all; registry full names stay well under it. */
export const MAX_UNIT_LENGTH = 30;
/** Longest name the suffix pattern alone may accept. */
export const MAX_PATTERN_LENGTH = 20;

/** Where 及 or 和 joins two names: outside brackets (各区、县(市)政府及开发区管委会), the first such place, or -1. */
export function joinAt(s: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(' || s[i] === '（') depth++;
    else if (s[i] === ')' || s[i] === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (s[i] === '及' || s[i] === '和')) return i;
  }
  return -1;
}

/** Drop parentheses without a partner: OCR and list splitting leave halves of them behind. */
function balanceParens(s: string): string {
  const keep = new Array<boolean>(s.length).fill(true);
  const open: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') open.push(i);
    else if (s[i] === ')') {
      if (open.length > 0) open.pop();
      else keep[i] = false;
    }
  }
  for (const i of open) keep[i] = false;
  return [...s].filter((_, i) => keep[i]).join('');
}

function stripEdges(s: string): string {
  return s
    .replace(/^[^\p{Script=Han}(]+/u, '')
    .replace(/[^\p{Script=Han})]+$/u, '');
}

/** The item as printed, NFKC-folded and without spaces: what a shown name is cut from. */
function printedForm(raw: string): string {
  return raw.normalize('NFKC').replace(/[\s\u200b\ufeff]+/gu, '');
}

/**
 * Every bracket shape read as ( ): 相关县〔市、区〕政府 and 相关县(市、区)政府 are one name; a second plate may be printed
 * in angle brackets (新区科技和人才局〈区科技局〉, 龙湾区 2025). One character for one.
 */
function foldBrackets(s: string): string {
  return s.replace(/[〔【\[{「『《〈]/gu, '(').replace(/[〕】\]}」』》〉]/gu, ')');
}

/**
 * A cleaned name with the brackets the document printed (相关县〔市、区〕政府), so the name shown is the
 * document's own; the cleaned form when the item does not contain it.
 */
export function withPrintedBrackets(clean: string, raw: string): string {
  if (!/[()]/u.test(clean)) return clean;
  const printed = printedForm(raw);
  const at = foldBrackets(printed).indexOf(clean);
  return at >= 0 ? printed.slice(at, at + clean.length) : clean;
}

/**
 * Surfaces already cleaned: the same unit strings come back list after list and document after document. Keys are
 * copied (a slice of a document's text would keep that whole text alive) and long ones are not kept.
 */
const cleaned = new BoundedMemo<string>(100_000);
const CLEANED_MAX_LENGTH = 64;

/**
 * The text of a list item with OCR residue removed: NFKC, no spaces, balanced brackets,
 * no leading Latin/digit junk, no trailing 等/等部门/牵头, no bracket wrapping the whole.
 */
export function cleanSurface(raw: string): string {
  return raw.length > CLEANED_MAX_LENGTH ? cleanOnce(raw) : cleaned.get(raw, cleanOnce);
}

function cleanOnce(raw: string): string {
  let s = foldBrackets(printedForm(raw));
  s = balanceParens(s).replace(LIST_NOTE, '').replace(DATE_NOTE, '');
  for (let prev = ''; prev !== s;) {
    prev = s;
    s = stripEdges(s).replace(TRAILING_NOISE, '');
    if (/^\([^()]*\)$/u.test(s)) s = s.slice(1, -1);
    s = balanceParens(s);
  }
  return s;
}

/** The key two surfaces share when they name the same thing: used for alias lookup and caching. */
export function canonicalKey(name: string): string {
  return cleanSurface(name);
}

/**
 * A short quoted word inside a name (市“两新”组织党工委, 省“三地一区”建设领导小组…) is part of the name: party and
 * government bodies are named after campaigns written in quotes. Read without its quotes, the name must still be one.
 */
const QUOTED_WORD_RE = /[“"](\p{Script=Han}{1,6})[”"]/gu;
const unquoted = (s: string) => s.replace(QUOTED_WORD_RE, '$1');

/** A middle dot between two fields of one merged office (区国土·规划分局, 黄石港 2021) joins words of one name. */
const JOINING_DOT_RE = /(?<=\p{Script=Han})[·・‧](?=\p{Script=Han})/gu;

export function hasBodyPunctuation(s: string): boolean {
  const bare = unquoted(s).replace(JOINING_DOT_RE, '');
  // A task force's members (…领导小组…执行小组成员单位) may run past the cap: the group's name is long, not prose.
  return BODY_PUNCT.test(bare) || (bare.length > MAX_UNIT_LENGTH && !GROUP_MEMBERS_RE.test(s));
}

// 发展 and 建设 occur in many unit names (发展改革委, 住房和城乡建设委员会, 建设银行, 上海 2012's 市建设交通委, a 委's own
// 建设处, 上海 2024); elsewhere they mark body text.
const BODY_WORDS = new RegExp([
  // 推进 closing a name is a campaign's office (健康中国行动推进办, 推进委员会): a body, not a sentence's verb.
  '推进(?!(?:办|办公室|委员会)$)', '加快', '推动', '实现', '提升', '加强', '完善', '打造', '实施', '开展', '形成', '保持', '达到', '提高',
  '增强', '深化', '落实', '坚持', '构建', '健全', '强化', '鼓励', '引导', '培育', '优化', '确保', '围绕', '力争',
  '全面', '积极', '持续', '方式', '和谐', '共生', '现代化', '着力', '努力', '争取', '扩大', '降低', '减少', '增加',
  '融入', '通过', '按照', '根据', '结合', '开拓', '水平', '能力', '体系', '机制', '目标', '任务', '以上', '左右',
  '稳步', '逐步', '进一步', '不断', '有效', '明显', '显著', '大力', '充分', '主动', '[的了要将把被]',
  // A modal is a sentence's (镇文物行政管理部门应当建立馆…: no 馆 is named there).
  '应当',
  // A goal to win a designation (争创“四好农村路”示范区, 争当排头兵) ends like a zone but names no administration.
  '争创', '争当',
  // 区新城发展办 (奉贤 2025) as 发展中心.
  '发展(?!和?改革|中心|局|委|司|集团|公司|有限|研究|促进|投资|服务|管理|事务|银行|办$)',
  // 规划建设和生态环境办公室 (a 镇 or 工业区 office, 嘉定工业区 2025) joins two fields as 建设和管理委 does; a town's 规划建设办
  // (公室) closes its name with its office (镇规划建设办是本镇村庄道路…的主管部门, 月浦镇 2019).
  '建设(?!委|局|厅|交通[委局]|监督|集团|公司|投资|管理|和管理委|和(?:生态)?环境|发展|有限|工程|银行|兵团|领导小组|行政管理部门|主管部门|处$|办(?:公室)?$)',
].join('|'), 'u');

/** Words of an annotation's grammar, not of a unit's name. */
const ROLE_WORDS = /单位|责任|牵头|负责|配合|联系人|时限/u;

export function hasBodyWords(s: string): boolean {
  return BODY_WORDS.test(s);
}

// Collectives: "every town", "the relevant departments" — kept as written, never expanded.
/**
 * 其他 opens a heading or a topic as often as a list of bodies (（七）其他规定, 其他更新片区：…, 上海 2025 and 普陀 2026): the rest of the
 * bodies only when it ends as bodies do (其他部门, 其他成员单位, 其他区级机关).
 */
const OTHERS_RE = /^其[他它]/u;
const OTHER_BODIES_RE = /(?:部门|单位|机构|机关|企业|组织|政府|街道|乡镇|镇|社区|[委办局厅处科])$/u;
const COLLECTIVE_START = /^(?:各|有关|相关|其他|其它|所有|涉及)/u;
const COLLECTIVE_TAIL =
  '(?:部门和单位|部门及单位|部门单位|部门|单位|企业|国有企业|国企|机构|金融机构|成员单位|职能部门|镇街|镇\\(街道\\)|乡镇|乡镇\\(街道\\)|街道|镇|' +
  '区县|区县\\(自治县\\)|区\\(县\\)|部队|学校|医院|银行|园区|平台|公司|集团|商会|协会|社区|村\\(社区\\)|主体|市场主体|' +
  // The departments of every field (州直相关行业部门, 市直各行业主管部门, 临夏 2025).
  '行业部门|行业主管部门)';
const COLLECTIVE_QUALIFIED = new RegExp(
  // 委属部门单位 (a committee's own affiliates, 略阳 2019) as 市属 or 县直.
  `^(?:[区县市省镇乡州]|全[区县市省州]|委(?=属|直))(?:级|属|直|内)?(?:各|相关|有关|重点|其他|国有|主要|主管)*${COLLECTIVE_TAIL}$`, 'u');
// A region's cities as one (大湾区内地各市, 广东 2019) ends in 各市 like 各区县; a government's departments as one (区政府工作部门,
// 徐汇 2020) as 有关部门.
// Every village's and neighbourhood's committee as one (村（居）民委员会, 居（村）委会): a collective the texts name as written.
const COLLECTIVE_END = /(?:村\(居\)民委员会|居\(村\)民委员会|村\(居\)委会|居\(村\)委会|政府工作部门|各专班|各工作专班|各专项工作组|成员单位|相关部门|有关部门|相关单位|有关单位|各部门|各单位|重点国有企业|国有企业|各镇街|各街道|各乡镇|各区县|各市|各镇\(街道\))$/u;

/** 各区 / 各有关县 / 各县 / 各街道: a collective of administrative levels that 、 may continue (各区、县级市; 各街道、镇). */
const LEVEL_COLLECTIVE_RE = /^(?:各|相关|有关)(?:有关|相关)?(?:县级市|自治县|特区|街道|[县市区旗乡镇州])/u;
/** A bare level continuing it: 县级市, 市, 区政府 — never a name of its own. */
// 县(市)政府(行署): a government may carry its other form in brackets, as 黑龙江 writes for its prefectures, or the
// zone's committee that stands in for it (潮州 2019: 各县、区人民政府(管委会)); 街办 and 管理处 are township-level
// bodies a district lists beside its 乡 (红谷滩 2022: 各乡、街办、管理处); a 特区 is a county-level district of some
// prefectures (六盘水 2015: 各县、特区、区人民政府); 浙江 pairs its counties with county-level cities (嘉兴 2023: 各县市、区政府).
const BARE_LEVEL = '(?:(?:县级市|自治县|特区|县\\([市区]\\)|县\\(市、区\\)|[县市区旗乡镇州]|县区|市区|县市|乡镇|街道)(?:(?:人民政府|政府)(?:\\((?:行署|管委会)\\))?)?|街道办事处|街道办|街办|管理处)';
const BARE_LEVEL_RE = new RegExp(`^${BARE_LEVEL}$`, 'u');
/**
 * 县(区)政府, 县区政府: the governments of the level below, written without 各 — a duty holder as a bare list names it
 * (a law-database copy of a 市 plan: (市政府办公室、市政府法制办及相关部门和县(区)政府)).
 */
export function isLevelGovernment(s: string): boolean {
  return BARE_LEVEL_RE.test(s) && s.endsWith('政府');
}
/** The bare level, then 及/和 and another name: 各区、县(市)政府及开发区管委会 (the resolver splits at 及). */
const BARE_LEVEL_JOINED_RE = new RegExp(`^${BARE_LEVEL}[及和]`, 'u');
/** A level with its other name in brackets (市(地), 县(市)政府(行署)) reads as the level. */
const LEVEL_ITEM = `(?:${BARE_LEVEL}|[县市区旗州]\\(\\p{Script=Han}{1,2}\\)(?:(?:人民政府|政府)(?:\\(行署\\))?)?)`;
const LEVEL_RUN_RE = new RegExp(`^(?:各|相关|有关)(?:有关|相关)?${LEVEL_ITEM}(?:、${LEVEL_ITEM})+$`, 'u');

/**
 * 市县政府, 县区政府, 县(市、区)政府 and 市、县(市、区)政府 (or their 法制办): the governments of two levels, or of the level
 * below, named together without 各 — one collective as written (a 市 依法行政 plan, ≈2009: 责任单位:市、县(市、区)政府,市直各有关部门).
 * The bare upper level (市、) never stands alone: it shares the government after it.
 */
const LOWER_GOVERNMENTS = '(?:县\\(市、区\\)|县\\([市区]\\)|县区|区县|县市|市县)(?:人民)?政府';
const LEVELS_GOVERNMENTS_RE = new RegExp(`^(?:[省市]、(?:县\\(市、区\\)|县\\([市区]\\)|县区|县市|[县区])(?:人民)?政府|${LOWER_GOVERNMENTS})(?:法制办|法制机构|办公室|办公厅)?$`, 'u');
const UPPER_LEVEL_BEFORE_RE = /^[省市]$/u;
const LOWER_GOVERNMENT_AFTER_RE = /^(?:县\(市、区\)|县\([市区]\)|县区|县市|[县区])(?:人民)?政府/u;

/** Whether `next` continues the collective `prev` across a 、 (各区、县级市; 各县、市、区政府; 市、县(市、区)政府): one name as written. */
export function continuesLevels(prev: string, next: string): boolean {
  // A PDF's text layer spaces out brackets and words (各市 (地) 、县 (市) 政府 (行署)): read the printed form.
  const [a, b] = [printedForm(prev), printedForm(next)].map((x) => x.replace(/[（〔]/gu, '(').replace(/[）〕]/gu, ')'));
  if (UPPER_LEVEL_BEFORE_RE.test(a)) return LOWER_GOVERNMENT_AFTER_RE.test(b) && LEVELS_GOVERNMENTS_RE.test(`${a}、${b}`);
  return LEVEL_COLLECTIVE_RE.test(a) && (BARE_LEVEL_RE.test(b) || BARE_LEVEL_JOINED_RE.test(b));
}

/** 各区食安办, 各县人民政府: the bodies of every lower place, each answering for its own territory. */
export function isLevelCollective(s: string): boolean {
  return LEVEL_COLLECTIVE_RE.test(s);
}

/**
 * Every zone, then the township level beside it: 各开发区、镇(街道) (海城 2023), 各园区、乡镇 — the addressees' own
 * grouping, 各 distributing over both, as 各区、县级市 does over levels.
 */
const ZONE_COLLECTIVE_RE = /^各(?:开发区|园区|功能区|管理区|高新区|经开区)$/u;
const TOWNSHIP_LEVEL_RE = /^(?:乡|镇|乡镇|街道|镇街|镇\(街道\)|乡镇\(街道\)|乡\(镇\)|乡\(镇、街道\))(?:人民政府|政府)?$/u;
function continuesZones(prev: string, next: string): boolean {
  return ZONE_COLLECTIVE_RE.test(prev) && TOWNSHIP_LEVEL_RE.test(next.replace(/（/gu, '(').replace(/）/gu, ')'));
}

/** The next name of a 、 list completes the collective before it: a level (各区、县(市)政府), a township beside a zone (各开发区、镇(街道)) or 单位 (有关部门、单位). */
export function continuesCollective(prev: string, next: string): boolean {
  return continuesLevels(prev, next) || continuesZones(prev, next) || (next === '单位' && /部门$/u.test(prev)) || (KIND_RUN_RE.test(prev) && BARE_KIND_RE.test(next));
}

/** 相关委、办、局, 各委、办、局: every commission, office and bureau, one collective written across 、 (杨浦 2022). */
const KIND_RUN_RE = /^(?:各|相关|有关)[委办局](?:、[委办局])*$/u;
const BARE_KIND_RE = /^[委办局]$/u;

/**
 * 各主要经济指标牵头单位, 全区各责任单位: the lead (or responsible) unit of each item of a kind, one collective whatever
 * the kind's words (海城 2023 names it as item 7.'s lead: 其他主要经济指标…, led by each indicator's own lead; 长宁 2019).
 */
const LEADS_OF_EACH_RE = /^(?:全[区县市省州])?各\p{Script=Han}{0,12}?(?:牵头单位|牵头部门|责任单位|责任部门)$/u;

/**
 * 四市人民政府 (呼包鄂乌四市), 两区政府, 五县五区政府 (a city's counties and districts counted each, 开封 2005): a counted
 * set of governments named together, kept whole as written.
 */
const COUNTED_GOVERNMENTS_RE = /^(?:[两二三四五六七八九十]{1,2}(?:市|县|区|旗))?[两二三四五六七八九十]{1,2}(?:市|县|区|旗|县区|区县|县市)(?:人民政府|政府)$/u;

/**
 * 市国家创新型城市建设工作领导小组各成员单位: a group's members, whatever words its name holds; a task force's
 * members or leads too (省十大新兴产业推进组工作专班牵头单位, …执行小组成员单位, 安徽 2022), quoted words kept.
 */
const GROUP_MEMBERS_RE = new RegExp(`^[\\p{Script=Han}“”"]{2,${MAX_UNIT_LENGTH + 10}}(?:领导小组|工作小组|执行小组|委员会|指挥部|联席会议|工作专班)(?:各)?(?:成员单位|牵头单位)$`, 'u');

/** Verdicts already given: the same unit strings are asked about list after list and document after document. */
const collective = new BoundedMemo<boolean>(100_000);

/** Whether `s` names a collective of units (各县(市、区), 有关部门, …领导小组成员单位), kept whole as written. */
export function isCollective(s: string): boolean {
  return s.length > CLEANED_MAX_LENGTH ? collectiveOnce(s) : collective.get(s, collectiveOnce);
}

function collectiveOnce(s: string): boolean {
  if (LEVEL_RUN_RE.test(s) || LEVELS_GOVERNMENTS_RE.test(s.replace(/[（〔]/gu, '(').replace(/[）〕]/gu, ')')) || COUNTED_GOVERNMENTS_RE.test(s) || GROUP_MEMBERS_RE.test(s)) return true;
  const parts = s.split('、');
  if (parts.length > 1 && sharedGovernmentStart(parts, parts.length - 1) === 0) return true;
  if (parts.length === 2 && parts[1] === '单位' && continuesCollective(parts[0], parts[1])) return isCollective(parts[0]);
  if (parts.length === 2 && continuesZones(parts[0], parts[1])) return true;
  if (LEADS_OF_EACH_RE.test(s)) return true;
  if (KIND_RUN_RE.test(s) && s.includes('、')) return true;
  // 、 only inside brackets, between names: 各县(市、区) is one collective, 各镇、各街道 two, 有关部门(、负责) none.
  if (s.length < 2 || s.length > MAX_PATTERN_LENGTH || !/^(?:\p{Script=Han}|\(\p{Script=Han}+(?:、\p{Script=Han}+)*\))+$/u.test(s) || hasBodyWords(s)) return false;
  if (OTHERS_RE.test(s)) return OTHER_BODIES_RE.test(s);
  if (COLLECTIVE_START.test(s)) return s.length >= 2;
  if (COLLECTIVE_QUALIFIED.test(s) && /[级属直内各相关有重全]/u.test(s)) return true;
  return COLLECTIVE_END.test(s);
}

// Suffixes of well-formed unit names, longest first so 管委会 wins over 会.
const SUFFIXES: ReadonlyArray<[string, UnitKind]> = [
  // Zones named as actors (天府新区, 成都高新区, 临港经济技术开发区) stand for their administrations.
  ['高新区', 'committee'], ['经开区', 'committee'], ['开发区', 'committee'], ['新区', 'committee'], ['园区', 'committee'],
  ['试验区', 'committee'], ['示范区', 'committee'], ['保税区', 'committee'], ['港区', 'committee'], ['合作区', 'committee'], ['自贸区', 'committee'],
  // A special zone a city runs beside its counties (武当山旅游经济特区, 十堰 2008) answers through its own 管委会.
  ['经济特区', 'committee'],
  // A district's development platforms (未来科技城, 临平新城) lead tasks as zones do, each run by its own administration.
  ['科技城', 'committee'], ['新城', 'committee'],
  // A management zone (江北管理区, a farm's 管理区) is run by its own committee, as a 开发区 is.
  ['管理区', 'committee'],
  ['管委会', 'committee'], ['委员会', 'committee'], ['村委会', 'committee'], ['居委会', 'committee'],
  // Parks run by their own administration (新材料产业园, 商贸物流园); a bare 园 is too often a garden.
  ['产业园', 'committee'], ['高新园', 'committee'], ['物流园', 'committee'], ['科技园', 'committee'], ['工业园', 'committee'],
  // Working groups named as duty holders (…工作领导小组, 指挥部 ends in 部 already).
  // A task force a district names for its campaign (区“两旧”专班, 静安 2023) as any 工作专班.
  ['领导小组', 'committee'], ['工作小组', 'committee'], ['工作专班', 'committee'], ['专班', 'committee'],
  ['办公室', 'department'], ['研究室', 'department'], ['合作社', 'department'],
  // The national mass organisations by their short names (全国妇联, 中国科协, 共青团中央, 中国残联): 全国, 中国 and 中央 are
  // no level the registry composes, so the local bodies' entries (市妇联) do not reach them.
  ['妇联', 'department'], ['科协', 'department'], ['残联', 'department'], ['工商联', 'department'], ['文联', 'department'], ['团中央', 'department'],
  ['公司', 'enterprise'], ['集团', 'enterprise'], ['银行', 'enterprise'], ['支行', 'enterprise'], ['分行', 'enterprise'],
  // Military, armed-police and enforcement bodies in civil plans (广西军区, 武警广西总队, 市军分区, 城管执法中队).
  ['军分区', 'department'], ['警备区', 'department'], ['军区', 'department'], ['总队', 'department'],
  ['支队', 'department'], ['大队', 'department'], ['中队', 'department'], ['调查队', 'department'],
  // A 街道's or 镇's enforcement team (综合行政执法队, 吴淞 2024) as a 城管执法中队 is.
  ['执法队', 'department'], ['海关', 'department'], ['分局', 'department'], ['学校', 'department'], ['医院', 'department'],
  // A broadcaster answers for its field's tasks (市广播电视台 in a 机关事务 table, 淮南 2025).
  ['电视台', 'department'], ['广播电台', 'department'],
  // Grain reserve depots (中储粮株洲直属库) are bodies that take duties in food-security plans.
  ['直属库', 'enterprise'],
  ['中心', 'department'], ['街道', 'town'], ['社区', 'town'],
  ['局', 'department'], ['委', 'department'], ['办', 'department'], ['院', 'department'], ['所', 'department'],
  ['站', 'department'], ['馆', 'department'], ['会', 'department'], ['部', 'department'], ['镇', 'town'],
  ['乡', 'town'], ['处', 'department'], ['厅', 'department'], ['社', 'department'],
  // A ministry's internal department (规划司, 原材料工业司) in the ministry's own tables (工信部 2018).
  ['司', 'department'],
];

// Everyday words that end like a unit name (格局, 举办, 西部, 城乡, 小镇, 车站) but never are one.
const NOT_UNIT_ENDING = new RegExp([
  // 文广新局, 文体广新局: 新 of 新闻出版 after 广(电) is a bureau's abbreviated field, not 开创新局.
  '(?:格|布|大|全|开|变|(?<!广)新|结|当)局',
  // 振兴办 (乡村振兴办, 东北振兴办) is an office's name, though 兴办 alone is a verb.
  // 融合办 (军民融合办) is an office's name, though 合办 alone is a verb.
  '(?:举|承|主|创|协|督|交|代|申|开|(?<!振)兴|(?<!融)合|试|筹|民|公)办',
  '[东西南北中全内外局干头腹底顶总本]部', '(?:场|住|处|厕|居)所', '(?:庭|大)院',
  '[车铁油气电基网驿]站', '[宾旅饭酒场展]馆', '[之好到深各此难长短益住去用出]处', '[大餐客展舞门]厅', '[上官有各]司',
  '[小乡村集重名古市]镇', '[城家故下返入回异他老水梦之]乡',
  // 小城镇, 新型城镇, 特色城镇 are words; a town whose own name ends in 城 (凤城镇, 龙城镇: one character and 城镇) is a unit.
  '(?:^[小各全]|\\p{Script=Han}{2})城镇',
  // 莘庄副中心, 城市副中心: a city's sub-centre is a place (闵行 2026's （三）莘庄副中心), no body.
  '(?:^市|区域|城市|消费|物流|贸易|航运|副)中心', '[智完老示绿]\\p{Script=Han}?社区',
].map((p) => `(?:${p})$`).join('|'), 'u');
/** 市留交办, 区招商办: a level, a field and 办 — an office's short name, though 交办 or 招商办 alone is a word. */
const ABBREVIATED_OFFICE = /^[省市区县州](?!政府|委|人民|场|级)[\p{Script=Han}]{2,6}办$/u;
// 研会 shortens 研究会 (羌研会, 略阳 2019).
const UNIT_HUI = /(?:委员会|管委会|委会|工会|协会|商会|学会|联合会|红十字会|理事会|基金会|研究会|研会|促进会|贸促会|联谊会|总会|分会)$/u;
const UNIT_SHE = /(?:合作社|供销社|合作总社|联社|报社|出版社|旅行社|杂志社)$/u;

/** Whether a name ends as an everyday word does (举办, 格局, 西部), whatever unit suffix it ends in. */
export function endsAsWord(name: string): boolean {
  return NOT_UNIT_ENDING.test(name);
}

/**
 * A 预案's role named by where the event happens (事发地所在乡镇人民政府, 接收地所在乡镇人民政府, 始发地所在社区): the government or
 * community of that place, a duty holder though 所在 reads as a verb elsewhere.
 */
const EVENT_PLACE_ROLE_RE = /^(?:事发地|接收地|始发地)所在(?:(?:乡镇|乡|镇|街道|街镇|区|县|市)?(?:人民)?政府|社区|村|街道|街镇|乡镇)$/u;

export function isEventPlaceRole(s: string): boolean {
  return EVENT_PLACE_ROLE_RE.test(s);
}

/** The kind a name's suffix implies, or null when it has no unit suffix. */
export function suffixKind(name: string): UnitKind | null {
  // The central bank's branches are government bodies, whatever their 分行 suffix says.
  if (/^(?:中国)?人民银行|^人行/u.test(name)) return 'department';
  if (ZONE_SHORT_NAMES.has(name)) return 'committee';
  for (const [suffix, kind] of SUFFIXES) if (name.endsWith(suffix) && name.length > suffix.length) return kind;
  return null;
}

/** A zone's short name written alone is the local zone's administration (经开区、高新园(邹区镇)、各街道, 常州 钟楼区 2021; 各镇街 / 开发区, 相山 2024). */
const ZONE_SHORT_NAMES = new Set(['经开区', '高新区', '高新园', '开发区']);

/**
 * A level's body for one field named by its function (镇文物行政管理部门, 区宣传部门, 区级林业部门, 镇人民政府文物行政管理部门):
 * the level says whose department it is, so it is one duty holder as written — a field alone (文物行政管理部门, 市场监管部门)
 * names no body, and 相关/行业/职能/工作 before 部门 make a collective (区政府工作部门), read as such.
 */
const LEVEL_FUNCTION_RE = /^(?:[省市区县]级|[省市区县镇乡](?![场域政容民村镇区级直属])|街镇|乡镇)(?:人民政府)?(?![各相有其直属])\p{Script=Han}{2,8}?(?<!相关|有关|行业|职能|工作|主要|政府)部门$/u;

/**
 * Whether a string not in the registry still reads as a well-formed unit name (区城市建设投资公司):
 * Han only, 3–20 characters, a unit suffix, no body text or annotation words.
 */
export function patternKind(quoted: string): UnitKind | null {
  const s = unquoted(quoted).replace(JOINING_DOT_RE, '');
  if (s.length < 3 || s.length > MAX_PATTERN_LENGTH || !ONLY_HAN.test(s)) return null;
  if (hasBodyWords(s) || ROLE_WORDS.test(s)) return null;
  if (LEVEL_FUNCTION_RE.test(s)) return 'department';
  const kind = suffixKind(s);
  if (kind === null) return null;
  if (NOT_UNIT_ENDING.test(s) && !ABBREVIATED_OFFICE.test(s)) return null;
  if (s.endsWith('会') && !UNIT_HUI.test(s)) return null;
  if (s.endsWith('社') && !s.endsWith('社区') && !UNIT_SHE.test(s)) return null;
  return kind;
}

export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/** Provinces, regions and cities by their short names (辽宁, 广西, 兰州): the gazetteer's administrative groups. */
const PLACE_NAMES = new Set(GAZETTEER.filter((g) => g.suffixes?.some((x) => x === '省' || x === '自治区' || x === '市')).flatMap((g) => g.names.split(' ')));

/** Whether a short name is a province's, region's or city's (广西, 兰州). */
export function isPlaceName(s: string): boolean {
  return PLACE_NAMES.has(s);
}

/** Whether a name opens with a province's or city's short name (辽宁金融监管局, 广西军区). */
export function startsWithPlaceName(s: string): boolean {
  for (let n = 2; n <= 4 && n < s.length; n++) if (PLACE_NAMES.has(s.slice(0, n))) return true;
  return false;
}

/** A government named by its place (绥芬河市政府), whose level and 政府 the bare places before it share. */
const PLACE_GOVERNMENT_RE = /^\p{Script=Han}{2,5}(市|县|区)(?:人民政府|政府)$/u;
const BARE_PLACE_RE = /^\p{Script=Han}{2,5}$/u;
/** A management zone named by its place (荒湖管理区), whose head word the bare places before it share (人民大垸、荒湖管理区, 监利 2022). */
const PLACE_ZONE_RE = /^\p{Script=Han}{2,5}(管理区)$/u;
/** A town's local station (塘湾派出所, 城关司法所), whose kind the bare places before it share (吴泾、塘湾派出所, 吴泾镇 2021). */
const PLACE_STATION_RE = /^\p{Script=Han}{2,5}(派出所|司法所|卫生院)$/u;
/** Kinds of zone, a longer one before any it ends with (高新区 before 新区), so the first that ends a name is its kind. */
const ZONE_KINDS = ['高新区', '经开区', '开发区', '示范区', '试验区', '合作区', '保税区', '工业区', '新区', '园区', '高新园'];
const ZONE = `(?:${ZONE_KINDS.join('|')})`;
const ZONE_COMMITTEE_RE = new RegExp(`^\\p{Script=Han}{0,8}${ZONE}(?:管委会|管理委员会)$`, 'u');
const BARE_ZONE_RE = new RegExp(`^\\p{Script=Han}{0,8}${ZONE}$`, 'u');

/** A zone named by its kind (余杭经济技术开发区, 钱江经济开发区), with no 管委会 after it. */
export function isZoneName(s: string): boolean {
  return BARE_ZONE_RE.test(s);
}

/** The place a zone's name writes before its kind (阜合 of 阜合园区管委会; none in 高新区管委会). */
function zonePlace(s: string): string {
  const bare = s.replace(/(?:管委会|管理委员会)$/u, '');
  const kind = ZONE_KINDS.find((k) => bare.endsWith(k));
  return kind ? bare.slice(0, -kind.length) : '';
}

/**
 * 哈尔滨、黑河、绥芬河市政府: places listed bare before the last one's 市政府 share it, one collective as written.
 * Returns where that run starts among `items` ending at `last`, or `last` when there is none.
 */
export function sharedGovernmentStart(items: readonly string[] | ((i: number) => string), last: number): number {
  const at = typeof items === 'function' ? items : (i: number) => items[i];
  // 镇江新区、高新区管委会: zones listed bare before the last one's 管委会 share it the same way. When every zone of the
  // run writes its own place (阜阳经开区、阜合园区管委会, 阜阳 2023), each is named whole: two units, nothing shared.
  if (ZONE_COMMITTEE_RE.test(at(last))) {
    let z = last;
    while (z > 0 && BARE_ZONE_RE.test(at(z - 1))) z--;
    const named = (i: number) => zonePlace(at(i)) !== '';
    if (z < last && Array.from({ length: last - z + 1 }, (_, k) => z + k).every(named)) return last;
    return z;
  }
  const m = PLACE_GOVERNMENT_RE.exec(at(last)) ?? PLACE_ZONE_RE.exec(at(last)) ?? PLACE_STATION_RE.exec(at(last));
  if (!m) return last;
  // 银川市、石嘴山市、吴忠市人民政府: a place that writes its own level names itself, it shares nothing.
  let j = last;
  while (j > 0 && isBarePlace(at(j - 1), m[1])) j--;
  return j;
}

/** A place written with its own level (咸安区, 嘉鱼县); 园区, 城区, 景区, 社区, 地区 … are no place's name. */
const LEVELLED_PLACE_RE = /^\p{Script=Han}{2,4}(?:(?<![园景社城新片矿辖小街山库地市])区|县|市)$/u;

/**
 * 咸安区、嘉鱼县、通山县人民政府 (咸宁 2024): places that write their own level before a place's 人民政府 share only the
 * word, each a government of its own named as written. Returns the indexes of those places among `items`.
 */
export function placesBeforeGovernment(items: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let g = 1; g < items.length; g++) {
    if (!PLACE_GOVERNMENT_RE.test(items[g])) continue;
    for (let i = g - 1; i >= 0 && isLevelledPlace(items[i]); i--) out.add(i);
  }
  return out;
}

function isLevelledPlace(s: string): boolean {
  return LEVELLED_PLACE_RE.test(s) && !BARE_ZONE_RE.test(s) && suffixKind(s) === null && !isCollective(s) && !hasBodyWords(s);
}

// 越秀区政府、白云区政府: a place that writes its own level or government is a government of its own, never bare.
const OWN_LEVEL_END = /(?:[省市县区州旗盟]|政府)$/u;

function isBarePlace(s: string, level: string): boolean {
  return BARE_PLACE_RE.test(s) && !s.endsWith(level) && !OWN_LEVEL_END.test(s) && suffixKind(s) === null && !isCollective(s) && !hasBodyWords(s);
}

/**
 * A bureau's section, station or squad named bare (经管科, 乡村产业发展股, 经管站, 农业执法大队, 信息中心): a unit of the
 * bureau that issues the document. Only where nothing else reads the name (a name with its level is the registry's).
 */
const BARE_OFFICE_RE = /^\p{Script=Han}{2,8}(?:科|股|站|(?<!办公)室|大队|中心)$/u;

export const isBareOffice = (name: string) => BARE_OFFICE_RE.test(cleanSurface(name));

/** A duty list whose every name is a bare section (人教科、促进科、农办秘书科): a bureau's own table naming its offices. */
export const isBareOfficeList = (names: readonly string[]) => names.length > 0 && names.every(isBareOffice);
