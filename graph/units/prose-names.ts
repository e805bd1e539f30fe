// Unit names in running text: where a name begins and ends inside a sentence, with no list or label around it
// (`区建设管理委负责…` → 区建设管理委, never 区建设管理委负; `由区级财政承担` → 区级财政; `各街镇（管委会）要…`). The one scan
// the prose readers (duties/prose-roles.ts) and the safeguard test (outline/action-headings.ts) share.
import { defaultRegistry } from './registry.ts';
import { cleanSurface, isCollective, isEventPlaceRole, patternKind } from './surface.ts';

export interface NameSpan { text: string; start: number; end: number }

/** Longest stretch of prose read as one name: registry full names and suffixed names stay well under it. */
const MAX_PROSE_NAME = 24;

/** A government by its level alone (区政府, 镇人民政府, 乡镇人民政府, 街道办事处): the registry composes only 区/县/市/省. */
const LEVEL_GOVERNMENT_RE = /^(?:乡镇|[省市区县镇乡]|街道)(?:人民)?政府$|^街道办事处$/u;
/** A purse named as who pays (由区级财政承担, 由各级财政予以保障): the finance of a level, a duty holder in the labels. */
const FINANCE_RE = /^(?:[省市区县镇]级?|各级|本级)?财政$/u;
/** A collective's last words (各单位, 相关部门, 各街镇（管委会）, 各居村, 村（居）民委员会): where a 各/相关… name can end, not mid-phrase. */
const COLLECTIVE_TAIL_RE = /(?:委员会|委会|部门|单位|政府|街镇|街道|镇|乡镇|居民区|居村|村|社区|企业|公司|委|办|局|[)）])$/u;
/**
 * A name's last character and the next one make a word (区建设管理委会同…, 管理办法, 快速处置, 更新区域, 美丽乡村): the
 * stretch ends inside that word, so it is no name there; a head of a body (养老分管局长, 镇长) is a person, no unit.
 */
const WORD_ACROSS_RE = /^(?:[局所站队院部处镇村区市县]长|会[同议]|办[理法发]|部[署分件门]|局[部面]|处[置理罚分于]|区[域位]|城[市乡镇区]|乡[村镇]|镇[村街]|村[庄民组居]|社会|所[需有在属]|队伍|院[校落]|园[林区]|站[点位]|行[业动为]|关[系键注]|业[务主]|政[策务]|委托|中心城)/u;
/** Where no name ends: a name's last character is a unit suffix's, a government's, a collective's or a purse's. */
const NAME_END_CHARS = new Set('局委办室会心司所队站镇乡道区院馆部处厅社园城班组门位业村居府政库行关校团联）)');
/**
 * A verb or preposition of prose inside a stretch (区建设管理委会同区财政局, 联席办向区财政局, 并报财政局, 设置社区, 区监察局等
 * 部门对各街镇, 区或镇, 资料齐全后由建管中心, 镇财政所是镇级…主管部门, 城建公司组织相关单位, 区规划资源局应征询各成员单位 — but 自由
 * 贸易区, 区委组织部, 区应急管理局): a name and what it does, or what is done to it, or two names, never one name.
 */
const VERB_INSIDE_RE = /(?<!自)由|会同|會同|联合(?!会)|督促|承担|托底|统筹(?!办)|协调(?!办|小组)|指导(?!中心|站|组)|上报|报送|设置|所在|拨付|按计划|组织(?=相关|有关|各|召开|开展|实施)|(?<![供适响反对相])应(?![急用])|负责|须|对(?!外|口)|交(?![通警投运])|[向待并拟已等或是]/u;
/** A word that takes a name as its object (由项目办, 经区政府, 向区政府): it opens no name itself. */
const BEFORE_NAME_WORD_RE = /^[由经对向请将在为和与及等的报是]/u;
/** Characters never inside a name: sentence and list punctuation, spaces. */
const NOT_IN_NAME_RE = /[\s，。；：,.;:、！？!?“”"]/u;

/** A name the unit registry or the name shapes read as a unit or a collective (surface.ts's rules), or a 预案's place role. */
export function readsAsUnit(s: string): boolean {
  const clean = cleanSurface(s);
  return clean.length >= 2 && (patternKind(clean) !== null || isCollective(clean) || isEventPlaceRole(clean));
}

/** A name read as a unit, or as one once a short bracketed gloss is set aside (区经委（商务委）, 区公安分局（交管）). */
export function readsAsUnitGlossAside(s: string): boolean {
  return readsAsUnit(s) || readsAsUnit(s.replace(/[(（][^()（）]{1,8}[)）]/gu, ''));
}

/** A stretch of prose that is a name as a whole: no trailing role word or 等 a list's cleaning would strip. */
function isProseName(s: string): boolean {
  const clean = cleanSurface(s);
  if (clean === s.normalize('NFKC') && isEventPlaceRole(clean)) return true;
  if (clean.length < 2 || clean !== s.normalize('NFKC') || VERB_INSIDE_RE.test(clean) || BEFORE_NAME_WORD_RE.test(clean)) return false;
  // 区政府和属地街镇, 各行业管理部门和街镇: a name, then 和 and more — two things; 区规划和土地管理局 is one name (区规划 is none).
  // A collective of 部门和单位 (相关部门和单位, 各相关职能部门和单位) is one, as the lists write it.
  const join = clean.search(/[和及与]/u);
  if (join > 0 && !/^[和及]单位$/u.test(clean.slice(join)) && isProseName(clean.slice(0, join))) return false;
  // 所有建筑垃圾运输企业: every party a rule binds, no body of the plan.
  if (clean.startsWith('所有')) return false;
  if (defaultRegistry().lookup(clean) || LEVEL_GOVERNMENT_RE.test(clean) || FINANCE_RE.test(clean)) return true;
  if (patternKind(clean) !== null) return true;
  // A collective joined to another name by 和/及 (各村专管员及镇市容办) is two things; 各部门和单位 is one as written.
  return isCollective(clean) && COLLECTIVE_TAIL_RE.test(clean) && !/[和及与](?!单位$)/u.test(clean);
}

/**
 * The longest unit name that starts at `at` in `text`, or null when none does; `defined` are the short forms the
 * document defines for its bodies (units/short-forms.ts: 镇（街道）), names there though no shape reads them.
 */
export function nameAt(text: string, at: number, defined: readonly string[] = []): NameSpan | null {
  const shape = nameByShape(text, at);
  const short = defined.filter((d) => text.startsWith(d, at)).sort((a, b) => b.length - a.length)[0];
  return short && (!shape || shape.end < at + short.length) ? { text: short, start: at, end: at + short.length } : shape;
}

function nameByShape(text: string, at: number): NameSpan | null {
  const limit = Math.min(text.length, at + MAX_PROSE_NAME);
  let stop = at;
  while (stop < limit && !NOT_IN_NAME_RE.test(text[stop])) stop++;
  for (let end = stop; end >= at + 2; end--) {
    if (!NAME_END_CHARS.has(text[end - 1]) || WORD_ACROSS_RE.test(text.slice(end - 1, end + 1))) continue;
    const s = text.slice(at, end);
    if (isProseName(s)) return { text: s, start: at, end };
  }
  return null;
}

/**
 * Where a name may begin in prose: after punctuation or a line's start, after a word that takes a body as its object
 * (由, 会同, 和, 向, 督促 …: the last character is enough), or at a level's or a collective's first word (区…, 各…, 相关…).
 */
const BEFORE_NAME_CHARS = new Set('由同和与及为向经对请在将是促助合等的报');
const NAME_START_RE = /^(?:[省市区县镇乡各]|相关|有关|街道)/u;

function mayStartName(text: string, i: number): boolean {
  if (i === 0) return true;
  const prev = text[i - 1];
  return !/\p{Script=Han}/u.test(prev) || BEFORE_NAME_CHARS.has(prev) || NAME_START_RE.test(text.slice(i, i + 2));
}

/** Every unit name in a stretch of prose, left to right, none overlapping. */
export function namesIn(text: string): NameSpan[] {
  const found: NameSpan[] = [];
  for (let i = 0; i < text.length - 1;) {
    const name = mayStartName(text, i) ? nameAt(text, i) : null;
    if (name) { found.push(name); i = name.end; } else i++;
  }
  return found;
}
