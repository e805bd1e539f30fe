// Resolve the surface forms of unit names in duty annotations to canonical units, with a reason when it cannot.
import type { UnitKind } from '../model.ts';
import { collectiveMatch, patternMatch, UnitMatcher, type Match, type Part, type UnitMethod } from './matcher.ts';
import { defaultRegistry, type Level, type UnitRegistry } from './registry.ts';
import { joinCollectives } from './collective-runs.ts';
import { gluedParts, isSection } from './glued-names.ts';
import { canonicalKey, cleanSurface, continuesLevels, endsAsWord, hasBodyPunctuation, hasBodyWords, isBareOffice, isCollective, isEventPlaceRole, isLevelGovernment, isPlaceName, isZoneName, joinAt, patternKind, suffixKind, withPrintedBrackets } from './surface.ts';

export { canonicalKey } from './surface.ts';
export type { UnitMethod } from './matcher.ts';

export type UnitResolution =
  | {
      status: 'resolved';
      surface: string;
      canonical: string;
      kind: UnitKind;
      method: UnitMethod;
      /** Confidence in [0, 1]: 1 for exact and registry matches, lower for repairs and guesses. */
      score: number;
      /** A named jurisdiction stripped from the front (铜梁区发改委 → 铜梁区). */
      jurisdiction?: string;
      /**
       * The name as the document writes it (cleaned, a named jurisdiction cut to its level: 区发改委);
       * absent for a fuzzy repair, whose text is OCR damage and never a name to show.
       */
      written?: string;
    }
  | { status: 'unresolved'; surface: string; reason: string };

export interface UnitNaming {
  /** Canonical (the identity key) → the name the document writes for it. */
  shown: ReadonlyMap<string, string>;
  /** Named jurisdictions stripped from the front of unit names (成都市商务局 → 成都市), once per distinct surface. */
  named: readonly string[];
}

/** The fullest of several forms: the longest, then the first in code-point order, so no input order leaks. */
export function fullestForm(forms: Iterable<string>): string {
  return [...forms].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

export interface UnitResolverOptions {
  /** Surface form → canonical name; overrides everything else. */
  userAliases?: Record<string, string>;
  /** Canonical names already in the corpus: matched exactly and preferred by fuzzy matching. */
  known?: Iterable<string>;
  /** Level given to names seen without one (发改委 → 区发展改革委); default: the corpus's only level, else none. */
  defaultLevel?: Exclude<Level, ''>;
  registry?: UnitRegistry;
}

// Results are cached per surface; a corpus has a few hundred distinct ones, this only guards runaway input.
const CACHE_LIMIT = 50_000;

export class UnitResolver {
  private readonly matcher: UnitMatcher;
  private readonly aliases = new Map<string, string>();
  private readonly cache = new Map<string, readonly UnitResolution[]>();
  /** Canonical → the forms the text wrote for it; jurisdictions named in front of units, in order. */
  private readonly writtenForms = new Map<string, Set<string>>();
  private readonly named: string[] = [];
  /** Short forms the document defines for its bodies (units/short-forms.ts), cleaned → the full name. */
  private readonly defined = new Map<string, string>();

  constructor(options: UnitResolverOptions = {}) {
    this.matcher = new UnitMatcher(options.registry ?? defaultRegistry(), options.defaultLevel ?? '');
    for (const [surface, canonical] of Object.entries(options.userAliases ?? {})) {
      const target = canonical.trim();
      if (!target) continue;
      this.aliases.set(surface.trim(), target);
      const key = canonicalKey(surface);
      if (key && !this.aliases.has(key)) this.aliases.set(key, target);
    }
    for (const name of options.known ?? []) this.addKnown(name);
  }

  /**
   * Tell the resolver every list item of the document before resolving any, so what the text writes
   * cleanly anywhere (not only earlier) decides which damaged forms may be repaired into it.
   */
  prime(surfaces: Iterable<string>): void {
    for (const raw of surfaces) {
      const s = cleanSurface(raw);
      for (const item of splitList(s)) {
        this.matcher.noteWritten(item.replace(/\([^()]*\)/gu, ''));
        for (const m of item.matchAll(/\(([^()]+)\)/gu)) for (const inner of splitList(m[1])) this.matcher.noteWritten(inner);
      }
    }
    this.cache.clear();
  }

  /**
   * A short form the document defines for a body (镇（街道） for 镇人民政府及街道办事处): from then on an alias of the full name,
   * read as the one unit the full name reads as, else (bodies named together) as the full name written whole. A user's
   * alias for the same form wins.
   */
  define(short: string, full: string): void {
    const key = cleanSurface(short);
    if (!key || this.aliases.has(short.trim()) || this.aliases.has(key)) return;
    this.defined.set(key, full);
    this.cache.clear();
  }

  /** Add a canonical name seen in the corpus. */
  learn(canonical: string): void {
    if (this.addKnown(canonical)) this.cache.clear();
  }

  private addKnown(canonical: string): boolean {
    const name = canonical.trim();
    return name.length > 0 && this.matcher.learn(name);
  }

  /**
   * One resolution per unit the surface names: usually one, several when names ran together. `listLevel` is
   * the level of the unit before it in the same list: 省政府办公厅、财政厅 drops the 省 after the first name, so a
   * name the registry knows without a level (财政厅) takes that level, and is still shown as written.
   */
  resolve(surface: string, listLevel: Level = ''): UnitResolution[] {
    const key = listLevel ? `${listLevel}\u0000${surface}` : surface;
    let hit = this.cache.get(key);
    if (!hit) {
      hit = this.compute(surface, listLevel).map((r) => Object.freeze(r));
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, hit);
      this.remember(hit);
    }
    return [...hit];
  }

  /** What `resolve` would answer, without caching it or noting its written forms (a reading being weighed). */
  peek(surface: string, listLevel: Level = ''): UnitResolution[] {
    return this.cache.get(listLevel ? `${listLevel}\u0000${surface}` : surface)?.slice() ?? this.compute(surface, listLevel);
  }

  private remember(results: readonly UnitResolution[]): void {
    for (const r of results) {
      if (r.status !== 'resolved') continue;
      if (r.jurisdiction) this.named.push(r.jurisdiction);
      if (!r.written) continue;
      const forms = this.writtenForms.get(r.canonical) ?? new Set<string>();
      forms.add(r.written);
      this.writtenForms.set(r.canonical, forms);
    }
  }

  /**
   * What this resolver saw, for one document: the name to show for each canonical (the fullest form
   * the text wrote, never a registry form it did not write) and the jurisdictions named before units.
   */
  naming(): UnitNaming {
    const shown = new Map<string, string>();
    for (const [canonical, forms] of this.writtenForms) shown.set(canonical, fullestForm(forms));
    return { shown, named: [...this.named] };
  }

  private compute(raw: string, listLevel: Level = ''): UnitResolution[] {
    const user = this.aliases.get(raw.trim());
    if (user) return [this.userResolution(raw, user)];
    const s = cleanSurface(raw);
    if (!s) return [unresolved(raw, 'no name left after cleaning')];
    const aliased = this.aliases.get(s);
    if (aliased) return [this.userResolution(raw, aliased)];
    const full = this.defined.get(s);
    if (full) return [this.definedResolution(raw, full)];
    if (this.matcher.isKnown(s)) return [resolved(raw, this.matcher.matchStrong(s)!, s)];
    if (hasBodyPunctuation(s)) return [unresolved(raw, 'body text, not a unit name')];
    const items = splitList(s);
    if (items.length > 1) return items.flatMap((part) => this.resolve(part));
    return this.resolveItem(s, raw, listLevel);
  }

  private resolveItem(s: string, surface: string, listLevel: Level = ''): UnitResolution[] {
    // 州委编办及州直相关单位: a body and a collective joined by 及 are two duty holders, though the whole ends as a collective does.
    const joined = this.resolveJoined(s);
    if (joined && !(isCollective(s) && joined.some((r) => r.status === 'resolved' && r.kind === 'collective' && s.startsWith(r.surface)))) return joined;
    if (isCollective(s)) return [resolved(surface, collectiveMatch(s), s)];
    if (joined) return joined;
    // 事发地所在乡镇人民政府: a 预案's role, the government or community where the event happens, as written.
    if (isEventPlaceRole(s)) return [resolved(surface, patternMatch(s, /[区县市](?:人民)?政府$/u.test(s) ? 'department' : 'town'), s)];
    if (/\([^()]+\)/u.test(s)) return this.resolveBracketed(s, surface);
    if (hasBodyWords(s)) return [unresolved(surface, 'body text, not a unit name')];
    const whole = this.matcher.matchStrong(s, listLevel);
    if (whole) return [resolved(surface, whole, s)];
    // 省委金融办, 市委网信办: an office of the party committee, one body as written, not 省委 beside 金融办.
    if (PARTY_OFFICE_RE.test(s)) return [resolved(surface, patternMatch(s, 'department'), s)];
    // 银川市, 石嘴山市, 临夏州 in a duty list: a city or prefecture named as an actor stands for its government, as written.
    if (isNamedCity(s)) return [resolved(surface, patternMatch(s, 'department'), s)];
    // 临夏州发展改革部门: a named place's department for a field, one body as written.
    if (PLACE_FIELD_DEPARTMENT_RE.test(s) && isNamedCity(s.slice(0, s.search(/[市州县区](?=[^市州县区]*部门$)/u) + 1))) {
      return [resolved(surface, patternMatch(s, 'department'), s)];
    }
    // 市发展改革委、经委、农办: a field's two-character short name after a levelled name is that level's office.
    if (listLevel && SHORT_OFFICE_RE.test(s) && !endsAsWord(s) && !hasBodyWords(s)) {
      return [resolved(surface, patternMatch(`${listLevel}${s}`, 'department'), s)];
    }
    const parts = this.matcher.split(s);
    if (parts) return parts.map(fromPart);
    const glued = gluedParts(s);
    if (glued) return glued.flatMap((part) => this.resolveItem(part, part, listLevel));
    if (isSection(s)) return [resolved(surface, patternMatch(s, 'department'), s)];
    const kind = patternKind(s);
    if (kind) return [resolved(surface, patternMatch(s, kind), s)];
    // 上栗县, 安源区 in a duty list: a county or district named bare stands for its government, as written.
    if (isNamedCounty(s)) return [resolved(surface, patternMatch(s, 'department'), s)];
    // 镇政府, 乡人民政府: a level's government named bare (a 区 plan's 第八条　镇政府消防工作职责), one body as written.
    if (isLevelGovernment(s)) return [resolved(surface, patternMatch(s, 'department'), s)];
    return [unresolved(surface, 'not a known unit name')];
  }

  /**
   * 市级各有关部门及各县市区政府, 省直各部门和各市人民政府: two names joined by 及 or 和, split only when
   * each side is a name on its own (所及 or 住房和城乡建设 inside a name never splits it).
   */
  private resolveJoined(s: string): UnitResolution[] | null {
    const at = joinAt(s);
    if (at < 2 || at > s.length - 3) return null;
    // 和 also joins the words of one name (人力资源和社会保障局): a name the registry knows whole stays whole,
    // and a side that only a guess reads (fuzzy) is a piece of that name, not a name.
    if (s[at] === '和' && !joinsTwoNames(cleanSurface(s.slice(0, at)))) return null;
    if (s[at] === '和' && this.matcher.matchStrong(s)) return null;
    // 高新区党工委和管委会: a second body named by its kind alone shares the first one's place, one body as written.
    if (BARE_BODY_RE.test(s.slice(at + 1)) && patternKind(cleanSurface(s.slice(0, at)))) return [resolved(s, patternMatch(s, 'committee'), s)];
    const parts = [s.slice(0, at), s.slice(at + 1)].map(cleanSurface).map((p) => (p ? this.resolveItem(p, p) : []));
    const named = (r: UnitResolution) => r.status === 'resolved' && (s[at] === '及' || r.method !== 'fuzzy');
    return parts.every((p) => p.length >= 1 && p.every(named)) ? parts.flat() : null;
  }

  /** 区民政局(区残联): the name outside the brackets, plus a unit named inside; notes like (牵头) drop out. */
  private resolveBracketed(s: string, surface: string): UnitResolution[] {
    const inner = [...s.matchAll(/\(([^()]+)\)/gu)].map((m) => m[1]);
    const main = s.replace(/\([^()]*\)/gu, '');
    // 市财政(地税)局: a second name bracketed inside the name, which resumes after it, is part of the name as written.
    const inside = /\)[^()]/u.test(s) ? s : null;
    const outer = (main ? this.resolveItem(main, surface) : [])
      .map((r) => (inside && r.status === 'resolved' && r.written === main ? { ...r, written: withPrintedBrackets(inside, surface) } : r));
    const first = outer.find((r) => r.status === 'resolved');
    const level = first && first.status === 'resolved' && /^[区县市省]/u.test(first.canonical) ? first.canonical[0] as Level : '';
    // 县发改局(粮食局), 区纪委(区监委): one body's second plate is that body, not another unit; so is a zone's other
    // name after a zone (余杭经济技术开发区(钱江经济开发区)) or the town it runs (高新园(邹区镇), 常州 钟楼区 2021).
    const zone = isZoneName(main);
    const plates = first ? inner.filter((text) => SECOND_PLATE_RE.test(text) || (zone && (isZoneName(text) || ZONE_TOWN_RE.test(text)))) : [];
    const extra = inner.filter((text) => !plates.includes(text)).flatMap(splitList)
      .map((text) => this.matcher.fragment(text, level)).filter((p) => p.match !== null).map(fromPart);
    const all = [...outer, ...extra];
    return all.length > 0 ? all : [unresolved(surface, 'not a known unit name')];
  }

  /**
   * A name in a list labelled 责任科室 / 牵头处室: a bureau's own 工作要点 names its internal offices (组干科, 计财处,
   * 政策法规股). Read as a body when nothing else reads it; 科 or 股 alone ends too many words (学科, 外科, 股份) to
   * be a unit's ending anywhere else.
   */
  resolveOffice(surface: string, wholeList = false): UnitResolution[] {
    const found = this.resolve(surface);
    const s = cleanSurface(surface);
    if (found.some((r) => r.status === 'resolved')) return found;
    // In a list of nothing but offices the field may be any words (乡村产业发展股, 农办秘书科): the list says what they are.
    if (wholeList ? !isBareOffice(s) : !INTERNAL_OFFICE_RE.test(s) || hasBodyWords(s)) return found;
    const office = resolved(surface, patternMatch(s, 'department'), s);
    this.remember([office]);
    return [office];
  }

  /**
   * A place named with its level before a place's 人民政府 in the same list (咸安区 of 咸安区、嘉鱼县、通山县人民政府):
   * that place's government, shown as written, when nothing else reads it.
   */
  resolvePlaceGovernment(surface: string): UnitResolution[] {
    const found = this.resolve(surface);
    if (found.some((r) => r.status === 'resolved')) return found;
    const s = cleanSurface(surface);
    const government = resolved(surface, patternMatch(s, 'department'), s);
    this.remember([government]);
    return [government];
  }

  private definedResolution(surface: string, full: string): UnitResolution {
    const parts = this.compute(full).filter((r) => r.status === 'resolved');
    if (parts.length === 1) return { ...parts[0], surface };
    const whole = cleanSurface(full);
    return { status: 'resolved', surface, canonical: whole, kind: this.matcher.classify(whole), method: 'defined', score: 1, written: whole };
  }

  private userResolution(surface: string, canonical: string): UnitResolution {
    return { status: 'resolved', surface, canonical, kind: this.matcher.classify(canonical), method: 'user', score: 1, written: canonical };
  }
}

/** The left side of 和 ends as a unit's name ends (…厅, …各部门): 住房 of 住房和城乡建设局 does not. */
function joinsTwoNames(left: string): boolean {
  return isCollective(left) || suffixKind(left) !== null;
}

/** The party committee of a level, then an office's name ending as offices do (办, 部, 办公室, 室). */
const PARTY_OFFICE_RE = /^(?:中共)?[省市区县州]委\p{Script=Han}{1,8}(?:办公室|办|部|室)$/u;

/** An internal office's short name: a field of two to six characters and 科, 股, 处 or 室 (组干科, 机关党委 reads already). */
const INTERNAL_OFFICE_RE = /^\p{Script=Han}{2,6}(?:科|股|处|室)$/u;

/**
 * A field's short name and an office's ending (经委, 农办), two characters: read only in a list whose names carry a
 * level, where it is one more office of that level (a word such as 举办 or 格局 is still no name: see patternKind).
 */
const SHORT_OFFICE_RE = /^\p{Script=Han}[委办局]$/u;

/** A body named by its kind alone, with no place or field of its own. */
const BARE_BODY_RE = /^(?:管委会|管理委员会|人民政府|政府|办事处)$/u;

/** Words that end like a place and a level but name none: 全市, 县级市, 地级以上市, 大都市, 自治州. */
const NOT_A_PLACE = /^(?:全|本|各|该|我|其|有关|相关|所在|县级|地级|省辖|直辖|副省级|自治|试点|示范|重点|中心|城)|[级都城大]$|^[一二两三四五六七八九十]/u;

/**
 * A city or prefecture named as an actor with its own level (银川市, 石嘴山市, 临夏州): the gazetteer knows
 * the name, or it reads as a place's name, two to four characters and no word of body text or of a unit.
 */
function isNamedCity(s: string): boolean {
  if (s.length < 3 || s.length > 6 || !/[市州]$/u.test(s)) return false;
  const place = s.slice(0, -1);
  if (s.endsWith('市') && isPlaceName(place)) return true;
  return /^\p{Script=Han}{2,4}$/u.test(place) && !NOT_A_PLACE.test(place) && !hasBodyWords(s) && suffixKind(place) === null && !isCollective(s);
}

/**
 * Words of two or three characters before 县 or 区 that name a kind of county or area, not a place: 贫困县, 产粮大县,
 * 风景区, 辖区, 库区, 老城区, 示范区 (NOT_A_PLACE and the zone suffixes take the rest).
 */
const AREA_WORD_RE = /(?:贫困|百强|强|大|先进|达标|旅游|生态|工业|农业|景|风景|片|辖|库|矿|街|校|灾|牧|郊|厂|营|专|社|园|商|垦|小|老|城|山|湖|港|林|行政|功能|保护|核心|中心|主城|居民|住宅|生活|产业|商业|集聚|聚集)$/u;

/**
 * A county or district named bare with its level (上栗县, 安源区, 萍乡 2008): two or three characters of a place's name
 * and 县 or 区, no word of body text, of a unit or of an area (片区, 景区, 贫困县). Read only when nothing else reads it.
 */
function isNamedCounty(s: string): boolean {
  if (!/^\p{Script=Han}{2,3}[县区]$/u.test(s)) return false;
  const place = s.slice(0, -1);
  return !NOT_A_PLACE.test(place) && !AREA_WORD_RE.test(place) && !hasBodyWords(s) && suffixKind(s) === null && suffixKind(place) === null && !isCollective(s);
}

/** A named place, a field and 部门: 临夏州发展改革部门. */
const PLACE_FIELD_DEPARTMENT_RE = /^\p{Script=Han}{2,5}[市州]\p{Script=Han}{2,8}部门$/u;

/** A government department's name alone in brackets after another's: its second plate (加挂牌子). */
const SECOND_PLATE_RE = /^[^、,;]{1,12}[局委厅]$/u;
/** A town a zone runs as one administration with it (园镇合一). */
const ZONE_TOWN_RE = /^\p{Script=Han}{1,6}(?:镇|乡|街道)$/u;

/** `text` is the cleaned string that matched; what of it is a written name depends on how it matched. */
function resolved(surface: string, m: Match, text: string): UnitResolution {
  // A fuzzy match is OCR damage, never shown; but a name the text wrote short of its end (区机关事务 for 区机关事务局) is
  // the document's own form, shown as written.
  const cut = m.method === 'fuzzy' && !m.jurisdiction && text.length >= 4 && m.canonical.startsWith(text);
  const clean = m.method === 'fuzzy' && !cut ? undefined : m.jurisdiction ? text.slice(m.jurisdiction.length - 1) : text;
  const written = clean && withPrintedBrackets(clean, surface);
  return {
    status: 'resolved', surface, canonical: m.canonical, kind: m.kind, method: m.method, score: m.score,
    ...(m.jurisdiction ? { jurisdiction: m.jurisdiction } : {}),
    ...(written ? { written } : {}),
  };
}

/** The names of a list joined by 、 or /, never cutting inside brackets (各县(市、区) is one name). */
function splitList(s: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (s[i] === '、' || s[i] === '/')) {
      items.push(s.slice(from, i));
      from = i + 1;
    }
  }
  items.push(s.slice(from));
  return joinCollectives(items.filter(Boolean), (name) => name, (run) => run.join('、'));
}

function unresolved(surface: string, reason: string): UnitResolution {
  return { status: 'unresolved', surface, reason };
}

function fromPart(p: Part): UnitResolution {
  return p.match ? resolved(p.surface, p.match, p.surface) : unresolved(p.surface, p.reason ?? 'not a known unit name');
}
