// Entity linking: find the units, entities and tasks a question names, exactly or despite a typo.
import { distance } from 'fastest-levenshtein';
import { pinyin } from 'pinyin-pro';
import { editsFor, fuzzyPool } from './fuzzy-pool.ts';
import type { FormMethod, LexTarget, Lexicon, MentionKind } from './lexicon.ts';
import { foldAscii } from './normalise.ts';
import { groupBy } from '../../graph/catalogue/order.ts';
import { runNow } from '../../graph/slices.ts';
import type { Packed } from '../search/packed.ts';
import { PairPostings, pairKey } from '../search/pair-postings.ts';
import { endsAsWord, suffixKind } from '../../graph/units/surface.ts';

export interface Mention {
  surface: string;
  start: number;
  end: number;
  kind: MentionKind;
  method: FormMethod | 'fuzzy';
  /** Usually one; several when the surface names more than one thing equally well. */
  targets: LexTarget[];
  /** The form it was matched to, when that differs from the surface (typos). */
  form?: string;
}

export interface Linked {
  mentions: Mention[];
  /** The question with every mention blanked out, for keyword rules. */
  rest: string;
}

const BLANK = '\u3000';
/** Typo matching compares every window with every name; past this length a question is a paste, not a typo. */
const FUZZY_MAX_CHARS = 120;
/** A name the user typed in full beats an abbreviation, which beats a piece of a title. */
const METHOD_BONUS: Record<FormMethod | 'fuzzy', number> = { name: 3, alias: 3, abbreviation: 2, partial: 0, fuzzy: -1 };

/** Longer names win; a typo match counts as its intended name's length, less for every edit it needed. */
function priority(m: Mention): number {
  if (m.method === 'fuzzy') return m.form!.length * 10 - 10 * distance(m.surface, m.form!) + METHOD_BONUS.fuzzy;
  return (m.end - m.start) * 10 + METHOD_BONUS[m.method];
}

function exactCandidates(text: string, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    for (const form of lexicon.byPrefix.get(text.slice(i, i + 2)) ?? []) {
      if (!text.startsWith(form.text, i)) continue;
      // A name never ends or starts inside a number (到202 of 到2025年 is no piece of the title 到2022年).
      if ((/\d$/u.test(form.text) && /\d/u.test(text[i + form.text.length] ?? '')) || (/^\d/u.test(form.text) && /\d/u.test(text[i - 1] ?? ''))) continue;
      found.push({ surface: form.text, start: i, end: i + form.text.length, kind: form.kind, method: form.method, targets: form.targets });
    }
  }
  return found;
}

/** Each name's character pairs, built once. */
const formPairs = new WeakMap<object, Set<string>>();

function pairsOf(form: { text: string }): Set<string> {
  let pairs = formPairs.get(form);
  if (!pairs) {
    pairs = new Set<string>();
    for (let i = 0; i + 1 < form.text.length; i++) pairs.add(form.text.slice(i, i + 2));
    formPairs.set(form, pairs);
  }
  return pairs;
}

/**
 * sharedBefore[i]: how many of the text's pairs starting before i the name has. A window within the name's k edits
 * holds at least L − 1 − 2k of its pairs (fuzzy-pool.ts's lemma; at least one for every name of four or more
 * characters), so windows holding fewer are skipped before the edit distance is computed.
 */
function sharedPairsBefore(textPairs: readonly string[], form: { text: string }): Uint16Array {
  const pairs = pairsOf(form);
  const before = new Uint16Array(textPairs.length + 1);
  for (let p = 0; p < textPairs.length; p++) before[p + 1] = before[p] + (pairs.has(textPairs[p]) ? 1 : 0);
  return before;
}

/** Per lexicon: each character pair of the documents' titles → the titles holding it (positions in `titles`). */
const titlePairs = new WeakMap<Lexicon, { titles: string[]; byPair: PairPostings }>();

/**
 * Whether some title spells the word: looked for in the titles that hold its rarest pair, not in all of them joined
 * (tens of thousands of characters at 1,000 documents, searched for every near window of every name: most of linking's
 * time). A word without a line break is in the join only inside one title, so the answer is the same.
 */
function spelledInTitles(word: string, lexicon: Lexicon): boolean {
  if (word.length < 2 || word.includes('\n')) return lexicon.titles.includes(word);
  let index = titlePairs.get(lexicon);
  if (!index) {
    const titles = lexicon.titles.split('\n');
    titlePairs.set(lexicon, (index = { titles, byPair: runNow(PairPostings.build(titles.length, (i) => titles[i])) }));
  }
  let fewest: Packed | undefined;
  for (let at = 0; at + 1 < word.length; at++) {
    const list = index.byPair.get(pairKey(word, at));
    if (!list) return false;
    if (!fewest || list.length < fewest.length) fewest = list;
  }
  return fewest!.some((i) => index.titles[i].includes(word));
}

/** Characters that ask (几项, 哪条, 啥事, 谁的): never a typo for a character of a name. */
const ASKING = new Set(['几', '哪', '啥', '谁']);

/** The shortest piece of a title whose continuation in a question is no typo. */
const MIN_SPELLED = 4;

/** How far past a typo window a name the documents write may reach on either side (区公安分局 around 安分局). */
const NAME_REACH = 6;
/** Shorter names ending in a unit's suffix are pieces of words too often (安分局 of 公安分局). */
const MIN_WRITTEN_NAME = 4;

/**
 * Whether the window lies in a name that is well formed as a unit's and that the documents write as the question does:
 * then the question names that body (区公安分局, which a plan names only where it says who interprets it), even when
 * the graph has no node for it, and it is no typo of another (安分局 is not 安监局 mistyped).
 */
function inWrittenUnitName(text: string, start: number, end: number, lexicon: Lexicon): boolean {
  for (let from = Math.max(0, start - NAME_REACH); from <= start; from++) {
    for (let to = Math.min(text.length, end + NAME_REACH); to >= end; to--) {
      const name = text.slice(from, to);
      if (name.length >= MIN_WRITTEN_NAME && suffixKind(name) && !endsAsWord(name) && lexicon.spelled(name)) return true;
    }
  }
  return false;
}

function fuzzyCandidates(text: string, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  const textPairs = Array.from({ length: Math.max(0, text.length - 1) }, (_, p) => text.slice(p, p + 2));
  // Whether a window lies in a written unit name depends on the window only, not on the form it is compared with.
  const written = new Map<number, boolean>();
  const writtenAt = (i: number, len: number): boolean => {
    const key = i * (text.length + 1) + len;
    let v = written.get(key);
    if (v === undefined) written.set(key, (v = inWrittenUnitName(text, i, i + len, lexicon)));
    return v;
  };
  for (const form of fuzzyPool(text, lexicon)) {
    const edits = editsFor(form);
    const three = form.text.length === 3;
    // Three-character names allow a substitution only: 天气 is not 天然气 missing a character.
    const shortest = three ? 3 : form.text.length - edits;
    const longest = three ? 3 : form.text.length + edits;
    const before = three ? null : sharedPairsBefore(textPairs, form);
    // The lemma per window: within `edits` of the name, it holds at least this many of the name's pairs.
    const needed = Math.max(1, form.text.length - 1 - 2 * edits);
    for (let len = shortest; len <= longest; len++) {
      for (let i = 0; i + len <= text.length; i++) {
        // Three-character names (水利局) tolerate a typo only inside: 水力局, not 水利所.
        if (three && (text[i] !== form.text[0] || text[i + 2] !== form.text[2])) continue;
        // Pairs starting at i … i + len − 2 lie inside the window.
        if (before && before[i + len - 1] - before[i] < needed) continue;
        const window = text.slice(i, i + len);
        // A blank is where the scope's words were: no name runs over it.
        if (window.includes(BLANK)) continue;
        const d = distance(window, form.text);
        if (d === 0 || d > edits) continue;
        // Another number is another thing, not a typo (到2025年 is no 到2022年, 第3批 no 第5批); a number left out is not
        // another one (地区生产总值增长 asks of the target 地区生产总值增长5%).
        const digits = window.replace(/\D/gu, '');
        if (digits !== '' && digits !== form.text.replace(/\D/gu, '')) continue;
        // A word the plans' titles spell as asked (扬州…工作要点) is that word, not a name (工作要求) typed wrong; nor is
        // such a word continued (知识产权工作 is no 知识产权局 with 工 for 局).
        if (spelledInTitles(window, lexicon) || (len > MIN_SPELLED && spelledInTitles(window.slice(0, -1), lexicon))) continue;
        // A question word where the name has another character is the question asking (几项任务 is no 专项任务 typed wrong,
        // nor is its 项任务 that name with the first character dropped).
        if ([...window].some((c) => ASKING.has(c) && !form.text.includes(c))) continue;
        if (ASKING.has(text[i - 1] ?? '') && window[0] !== form.text[0]) continue;
        if (form.kind === 'unit' && writtenAt(i, len)) continue;
        found.push({ surface: window, start: i, end: i + len, kind: form.kind, method: 'fuzzy', targets: form.targets, form: form.text });
      }
    }
  }
  return found;
}

/** Fewer characters than this beside a name do not make a piece of a task's title another thing than that name. */
const MIN_OWN_CHARS = 4;

/**
 * A piece of a task's title that is a unit's name said in full and a few characters beside it (镇农村集体资产监督管理委员会负责
 * of the task 街镇…委员会负责本辖区…, over the body 街镇…委员会) names that body: the rest are the question's own words (负责什么).
 * Only a unit's: a short entity (the industry 数据) inside a piece (数据要素) is no more than a word of it.
 */
function withoutNamePlusLittle(candidates: Mention[]): Mention[] {
  const named = candidates.filter((m) => m.kind === 'unit' && (m.method === 'name' || m.method === 'alias'));
  if (!named.length) return candidates;
  const shared = (m: Mention, n: Mention) => Math.max(0, Math.min(m.end, n.end) - Math.max(m.start, n.start));
  const mostlyName = (m: Mention, n: Mention) => m.end - m.start - shared(m, n) < Math.min(MIN_OWN_CHARS, shared(m, n));
  return candidates.filter((m) => m.method !== 'partial' || !named.some((n) => mostlyName(m, n)));
}

/** Keep the best candidates that do not overlap: longest first, then by how they matched. */
function select(candidates: Mention[], covered: boolean[]): Mention[] {
  const kept: Mention[] = [];
  const sorted = [...candidates].sort((a, b) => priority(b) - priority(a) || a.start - b.start);
  for (const m of sorted) {
    if (covered.slice(m.start, m.end).some(Boolean)) continue;
    for (let i = m.start; i < m.end; i++) covered[i] = true;
    kept.push(m);
  }
  return kept;
}

/** Two or three names equally near one window make one ambiguous mention; more is noise. */
const MAX_TIED_NAMES = 3;

/** Toneless pinyin, one syllable per character. */
function sound(text: string): string {
  return pinyin(text, { toneType: 'none', separator: ' ', v: true });
}

/**
 * Names equally near a window: those it sounds like, if some but not all do. An input method's typo is a homophone
 * (区卫建局 is 区卫健局 typed by sound, not 区住建局 one character away).
 */
function soundingAlike(top: Mention[]): Mention[] {
  const said = sound(top[0].surface);
  const alike = top.filter((m) => m.form!.length === m.surface.length && sound(m.form!) === said);
  return alike.length > 0 && alike.length < top.length ? alike : top;
}

/** Per window, the nearest names: one is a typo fixed, a few tied are an ambiguity to report. */
function nearest(candidates: Mention[]): Mention[] {
  const byWindow = groupBy(candidates, (m) => `${m.start}:${m.end}`);
  return [...byWindow.values()].flatMap((list) => {
    const best = Math.min(...list.map((m) => distance(m.surface, m.form!)));
    const tied = list.filter((m) => distance(m.surface, m.form!) === best);
    const top = tied.length > 1 ? soundingAlike(tied) : tied;
    const targets = new Map(top.flatMap((m) => m.targets.map((t) => [`${t.label}:${t.name}`, t] as const)));
    if (targets.size === 1) return [top[0]];
    if (targets.size > MAX_TIED_NAMES) return [];
    return [{ ...top[0], targets: [...targets.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) }];
  });
}

/** A body (交通委, 市公安局) said right before one of its divisions (客运处, 治安科) names whose division it is. */
const OWNER_END = /[委局厅办]$/u;
const DIVISION_END = /[处科室]$/u;

function isOwnerOfNext(m: Mention, next: Mention | undefined): boolean {
  return !!next && m.kind === 'unit' && next.kind === 'unit' && m.end === next.start && OWNER_END.test(m.surface) && DIVISION_END.test(next.surface);
}

/** Matching ignores ASCII case; `rest` keeps the question's own case for free-text filters (GDP). */
export function linkMentions(original: string, lexicon: Lexicon): Linked {
  const text = foldAscii(original);
  const covered = new Array<boolean>(text.length).fill(false);
  const fuzzy = text.length > FUZZY_MAX_CHARS ? [] : nearest(fuzzyCandidates(text, lexicon));
  // Exact and typo matches compete: 涪江观光农叶走廊 is the corridor with a typo, not the river 涪江 plus noise.
  const found = select(withoutNamePlusLittle([...exactCandidates(text, lexicon), ...fuzzy]), covered).sort((a, b) => a.start - b.start);
  let rest = original;
  for (const m of found) rest = rest.slice(0, m.start) + BLANK.repeat(m.end - m.start) + rest.slice(m.end);
  // 交通委客运处 is one unit, the division: its body is blanked with it, not asked about beside it.
  const mentions = found.filter((m, i) => !isOwnerOfNext(m, found[i + 1]));
  return { mentions, rest };
}
