// Matching one cleaned name against the registry and the corpus: exact, jurisdiction-prefixed, fuzzy, run-together.
import type { UnitKind } from '../model.ts';
import { changedChunk, FuzzyIndex, infixMatch } from './fuzzy.ts';
import { LEVELS, isLevelChar, writtenLevel, type Level, type UnitRegistry } from './registry.ts';
import { cleanSurface, hasBodyWords, isCollective, patternKind, startsWithPlaceName, suffixKind } from './surface.ts';

export type UnitMethod = 'user' | 'defined' | 'exact' | 'registry' | 'fuzzy' | 'pattern' | 'collective';

export interface Match {
  canonical: string;
  kind: UnitKind;
  method: UnitMethod;
  score: number;
  level: Level;
  jurisdiction?: string;
  /** Strong matches may anchor a split; guesses (pattern, infix, collective) may not. */
  strong: boolean;
}

/** A piece of a surface: its match, or why it has none. */
export interface Part {
  surface: string;
  match: Match | null;
  reason?: string;
}

// A run-together name usually breaks where a level prefix starts again, or after a unit suffix.
const SUFFIX_END = new Set([...'局委办心会部司团队行校院所站馆镇道乡处厅室社']);
// A named jurisdiction in front of a unit: 铜梁区, 重庆市荣昌区, 石柱土家族自治县.
const NAME_CHAR = '(?:(?![区县市省])\\p{Script=Han})';
const JURISDICTION = new RegExp(`^(?:${NAME_CHAR}{2,8}(?:省|市|州))?${NAME_CHAR}{2,8}(?:区|县|市|省)$`, 'u');
/** A level's government with no field of its own (区政府, 县人民政府): what a named place in front of it names whole. */
const BARE_GOVERNMENT = /^[区县市省](?:人民)?政府$/u;
/** 自治区 / 自治州 / 自治县 alone are levels, not places named 自治. */
const BARE_AUTONOMOUS = /^自治[区县州]$/u;
/** The township levels a name can open with (the registry composes 区/县/市/省 only). */
const TOWN_LEVEL_RE = /^(?:乡镇|镇|乡|街道)/u;
/** The level an autonomous prefix stands for. */
const AUTONOMOUS_LEVEL: Readonly<Record<string, Exclude<Level, ''>>> = { 自治区: '省', 自治州: '市', 自治县: '县' };
const STRICT_KINDS = new Set<UnitKind>(['committee', 'enterprise', 'town']);

const registryIndexes = new WeakMap<UnitRegistry, FuzzyIndex>();

/** The registry's forms as a fuzzy index, built once per registry and shared by every document's index. */
function registryIndex(registry: UnitRegistry): FuzzyIndex {
  let index = registryIndexes.get(registry);
  if (!index) {
    index = new FuzzyIndex();
    for (const [form, hit] of registry.allForms()) {
      index.add({ form, id: `e:${hit.entry}`, level: hit.level, strict: STRICT_KINDS.has(registry.kind(hit.entry)), known: false });
    }
    registryIndexes.set(registry, index);
  }
  return index;
}

export class UnitMatcher {
  private readonly known = new Set<string>();
  private fuzzy: FuzzyIndex | null = null;
  private contents: Array<{ text: string; id: string }> | null = null;
  private knownLevels = new Map<number, Level>();
  /** Registry entries the document writes exactly somewhere: the only ones OCR damage may be bent into. */
  private readonly writtenEntries = new Set<number>();

  constructor(private readonly registry: UnitRegistry, private readonly defaultLevel: Level = '') {}

  learn(name: string): boolean {
    if (this.known.has(name)) return false;
    this.known.add(name);
    this.noteWritten(name);
    this.fuzzy = null;
    this.contents = null;
    this.knownLevels.clear();
    return true;
  }

  /** Note a cleaned name the document writes, before anything is resolved (see UnitResolver.prime). */
  noteWritten(s: string): void {
    const hit = this.registry.lookup(s);
    if (hit) this.writtenEntries.add(hit.entry);
  }

  isKnown(name: string): boolean {
    return this.known.has(name);
  }

  /** The kind of a name given as canonical (a user alias target, a corpus name). */
  classify(name: string): UnitKind {
    const hit = this.registry.lookup(name);
    if (hit) return this.registry.kind(hit.entry);
    if (isCollective(name)) return 'collective';
    return patternKind(name) ?? suffixKind(name) ?? 'department';
  }

  /** Exact, registry, jurisdiction-prefixed or fuzzy: a match good enough to stand alone. */
  matchStrong(s: string, inherited: Level = ''): Match | null {
    // A learned collective stays a collective: the pipeline learns every canonical it emits.
    if (this.known.has(s)) return isCollective(s) ? collectiveMatch(s) : this.knownMatch(s, 'exact', 1);
    const hit = this.registry.lookup(s);
    if (hit) {
      this.writtenEntries.add(hit.entry);
      const canonical = this.registry.canonical(hit.entry, hit.level || writtenLevel(s) || inherited || this.bareLevel(hit.entry));
      return this.entryMatch(hit.entry, canonical, canonical === s ? 'exact' : 'registry', 1);
    }
    return this.matchRegion(s) ?? this.matchJurisdiction(s) ?? this.matchFuzzy(s, inherited);
  }

  /**
   * 自治区财政厅 is the region's own 财政厅: 自治区 is a province-level prefix, not a place named 自治 with a
   * district-level 区财政厅 after it; 自治州 is a prefecture (市) and 自治县 a county (县) the same way (自治县农业农村局,
   * a 自治县 plan of 2023). Its identity is the level's entry; the name shown stays as written.
   */
  private matchRegion(s: string): Match | null {
    const level = AUTONOMOUS_LEVEL[s.slice(0, 3)];
    if (!level || s.length <= 4) return null;
    const hit = this.registry.lookup(`${level}${s.slice(3)}`);
    if (!hit) return null;
    this.writtenEntries.add(hit.entry);
    return this.entryMatch(hit.entry, this.registry.canonical(hit.entry, level), 'registry', 1);
  }

  private matchFuzzy(s: string, inherited: Level): Match | null {
    // 辽宁金融监管局 names a province's own body: a place's name is no OCR damage of 地方金融监管局.
    if (startsWithPlaceName(s)) return null;
    const hit = this.fuzzyIndex().nearest(s);
    if (!hit || this.isRealWordChange(s, hit.form, hit.id) || this.isOtherPlacesName(s, hit.id) || this.isOtherLevel(s, hit.form)) return null;
    return this.fromId(hit.id, hit.level || inherited, 'fuzzy', hit.score);
  }

  /**
   * A town's or township's body (镇人民政府, 乡镇人民政府, 周浦 2022) is no misspelling of a district's (区政府): a name written
   * with a level of its own is never bent into another level's.
   */
  private isOtherLevel(s: string, form: string): boolean {
    const level = TOWN_LEVEL_RE.exec(s)?.[0];
    return !!level && !form.startsWith(level);
  }

  /**
   * A well-formed name near a registry entry the document never writes is another place's naming
   * (区营商环境局 is not 区生态环境局): it stays itself. OCR damage is bent only into a name the text
   * also writes cleanly (区经流言息委 beside 区经济信息委).
   */
  private isOtherPlacesName(s: string, id: string): boolean {
    return id.startsWith('e:') && !this.writtenEntries.has(Number(id.slice(2))) && readsAsName(s);
  }

  /**
   * OCR noise makes non-words (经流言息委); a changed stretch that is vocabulary of another unit
   * (城市建设局 against 城市管理局: 建设 is in 住房和城乡建设局) means a different, real name.
   */
  private isRealWordChange(s: string, form: string, id: string): boolean {
    const own = id.startsWith('e:') ? Number(id.slice(2)) : -1;
    const otherWord = (w: string) => this.registry.contents.some((c) => c.entry !== own && c.text.includes(w));
    const chunk = changedChunk(s, form);
    if (chunk.length >= 2 && otherWord(chunk)) return true;
    // 市政府法制办 against 市政府办: a well-formed name that only adds words to a form is a narrower body, not damage.
    if (chunk.length >= 2 && s.length === form.length + chunk.length && readsAsName(s)) return true;
    // 市政协办公厅 against 市政府办公室: the first changed character makes 政协, another body's word, with its neighbour.
    let at = 0;
    while (at < s.length && s[at] === form[at]) at++;
    return [s.slice(at - 1, at + 1), s.slice(at, at + 2)].some((w) => at > 0 && w.length === 2 && !form.includes(w) && otherWord(w));
  }

  /** 铜梁区发改委 → 区发展改革委 in 铜梁区; only when the named part is not itself a piece of a unit name. */
  private matchJurisdiction(s: string): Match | null {
    for (let k = 2; k < s.length - 1; k++) {
      const level = s[k];
      if (!isLevelChar(level)) continue;
      const jurisdiction = s.slice(0, k + 1);
      if (!JURISDICTION.test(jurisdiction) || BARE_AUTONOMOUS.test(jurisdiction) || this.looksLikeUnit(s.slice(0, k))) continue;
      const rest = `${level}${s.slice(k + 1)}`;
      // 越秀区政府 is 越秀区's government, not a 区政府 of the document's place: two of them in one list stay two.
      if (BARE_GOVERNMENT.test(rest)) return patternMatch(s, 'department');
      const hit = this.registry.lookup(rest);
      const m = hit
        ? this.entryMatch(hit.entry, this.registry.canonical(hit.entry, hit.level || level), 'registry', 1)
        : this.known.has(rest) ? this.knownMatch(rest, 'exact', 1) : this.matchFuzzy(rest, level);
      if (m) return { ...m, jurisdiction };
    }
    return null;
  }

  private looksLikeUnit(name: string): boolean {
    return this.registry.lookup(name) !== null || patternKind(name) !== null || infixMatch(name, this.infixContents()) !== null;
  }

  /**
   * Split a run-together surface (区招区教委, 自然资频区经流言息委) into pieces, each matched;
   * null when no split leaves the right-hand pieces all strongly matched.
   */
  split(s: string, memo = new Map<string, Part[] | null>(), inherited: Level = ''): Part[] | null {
    const key = `${inherited}|${s}`;
    if (memo.has(key)) return memo.get(key)!;
    memo.set(key, null);
    let result: Part[] | null = null;
    for (let k = 1; k <= s.length - 2 && result === null; k++) {
      const left = s.slice(0, k);
      const right = s.slice(k);
      if (isLevelChar(s[k])) {
        const rightParts = this.strongParts(right, memo, '');
        if (rightParts) result = [this.fragment(left, rightParts[0].match!.level), ...rightParts];
      } else if (SUFFIX_END.has(s[k - 1])) {
        // Without a level prefix to mark the seam, both sides must stand on their own.
        const leftMatch = this.matchStrong(left, inherited);
        const rightParts = leftMatch && this.strongParts(right, memo, leftMatch.level);
        if (leftMatch && rightParts) result = [{ surface: left, match: leftMatch }, ...rightParts];
      }
    }
    memo.set(key, result);
    return result;
  }

  private strongParts(s: string, memo: Map<string, Part[] | null>, inherited: Level): Part[] | null {
    const m = this.matchStrong(s, inherited);
    if (m) return [{ surface: s, match: m }];
    const parts = this.split(s, memo, inherited);
    return parts && parts.every((p) => p.match?.strong) ? parts : null;
  }

  /** A piece cut off a run-together surface: matched as well as the evidence allows, else left unresolved. */
  fragment(raw: string, level: Level): Part {
    const s = cleanSurface(raw);
    if (!s) return { surface: raw, match: null, reason: 'fragment without a name' };
    if (isCollective(s)) return { surface: s, match: collectiveMatch(s) };
    const strong = this.matchStrong(s, level);
    if (strong) return { surface: s, match: strong };
    if (!hasBodyWords(s)) {
      const infix = infixMatch(s, this.infixContents());
      if (infix) return { surface: s, match: this.fromId(infix.id, isLevelChar(s[0]) ? s[0] : level, 'fuzzy', infix.score, false) };
      const kind = patternKind(s);
      if (kind) return { surface: s, match: patternMatch(s, kind) };
    }
    return { surface: s, match: null, reason: 'fragment of run-together names' };
  }

  private fromId(id: string, level: Level, method: UnitMethod, score: number, strong = true): Match {
    if (id.startsWith('k:')) return this.knownMatch(id.slice(2), method, score, strong);
    const entry = Number(id.slice(2));
    const canonical = this.registry.canonical(entry, level || this.bareLevel(entry));
    return this.entryMatch(entry, canonical, method, score, strong);
  }

  private entryMatch(entry: number, canonical: string, method: UnitMethod, score: number, strong = true): Match {
    const level: Level = isLevelChar(canonical[0]) ? canonical[0] : levelInside(canonical);
    return { canonical, kind: this.registry.kind(entry), method, score, level, strong };
  }

  private knownMatch(name: string, method: UnitMethod, score: number, strong = true): Match {
    const level: Level = isLevelChar(name[0]) ? name[0] : levelInside(name);
    return { canonical: name, kind: this.classify(name), method, score, level, strong };
  }

  /** The level a bare form (发改委) takes: the configured default, else the only one the corpus uses. */
  private bareLevel(entry: number): Level {
    if (this.defaultLevel) return this.defaultLevel;
    if (!this.knownLevels.has(entry)) {
      const used = LEVELS.filter((l) => this.known.has(this.registry.canonical(entry, l)));
      this.knownLevels.set(entry, used.length === 1 ? used[0] : '');
    }
    return this.knownLevels.get(entry)!;
  }

  private fuzzyIndex(): FuzzyIndex {
    if (this.fuzzy) return this.fuzzy;
    const index = new FuzzyIndex(registryIndex(this.registry));
    for (const name of this.known) {
      const identity = this.knownIdentity(name);
      // Companies, zones and towns known only from the corpus differ by one character from their
      // neighbours for real (华鹿文旅公司, 华台文旅公司): never bend one into another.
      if (identity.strict && identity.id.startsWith('k:')) continue;
      index.add({ ...identity, form: name, known: true });
    }
    this.fuzzy = index;
    return index;
  }

  private knownIdentity(name: string): { id: string; level: Level; strict: boolean } {
    const hit = this.registry.lookup(name);
    if (hit) return { id: `e:${hit.entry}`, level: hit.level, strict: STRICT_KINDS.has(this.registry.kind(hit.entry)) };
    return { id: `k:${name}`, level: isLevelChar(name[0]) ? name[0] : '', strict: STRICT_KINDS.has(this.classify(name)) };
  }

  private infixContents(): Array<{ text: string; id: string }> {
    if (this.contents) return this.contents;
    const list = this.registry.contents.map((c) => ({ text: c.text, id: `e:${c.entry}` }));
    for (const name of this.known) {
      const { id } = this.knownIdentity(name);
      list.push({ text: isLevelChar(name[0]) ? name.slice(1) : name, id });
    }
    this.contents = list;
    return list;
  }
}

/** 团区委, 区委宣传部, 中共区委…: the level sits after the first character or two. */
function levelInside(name: string): Level {
  const m = /^(?:共青团|团|中共)([区县市省])/u.exec(name);
  return m ? (m[1] as Level) : '';
}

export function collectiveMatch(s: string): Match {
  return { canonical: s, kind: 'collective', method: 'collective', score: 1, level: isLevelChar(s[0]) ? s[0] : '', strong: false };
}

export function patternMatch(s: string, kind: UnitKind): Match {
  return { canonical: s, kind, method: 'pattern', score: 0.5, level: isLevelChar(s[0]) ? s[0] : '', strong: false };
}

/**
 * A well-formed unit name: one the patterns read, or a level, a field and a unit's ending with no word of body
 * text (县文体广新局: 文化体育广电新闻出版局 abbreviated, though 新局 alone ends a phrase like 开创新局).
 */
function readsAsName(s: string): boolean {
  return patternKind(s) !== null || (LEVELED_NAME_RE.test(s) && suffixKind(s) !== null && !hasBodyWords(s));
}

const LEVELED_NAME_RE = /^[省市区县州旗]\p{Script=Han}{2,10}$/u;
