// Entity linking: find the units, entities and tasks a question names, exactly or despite a typo.
import { distance } from 'fastest-levenshtein';
import type { Form, FormMethod, LexTarget, Lexicon, MentionKind } from './lexicon.ts';
import { foldAscii } from './normalise.ts';

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
      found.push({ surface: form.text, start: i, end: i + form.text.length, kind: form.kind, method: form.method, targets: form.targets });
    }
  }
  return found;
}

/** Edits a typo may make in a name of `length` characters; short names must match the outer characters. */
function allowedEdits(length: number): number {
  if (length < 3) return 0;
  return length >= 8 ? 2 : 1;
}

/** Per lexicon: character → the fuzzy forms holding it (index into lexicon.fuzzy) and how often. */
const charIndexes = new WeakMap<Lexicon, Map<string, Array<[number, number]>>>();

function charIndex(lexicon: Lexicon): Map<string, Array<[number, number]>> {
  const known = charIndexes.get(lexicon);
  if (known) return known;
  const index = new Map<string, Array<[number, number]>>();
  lexicon.fuzzy.forEach((form, i) => {
    for (const [c, n] of charCounts(form.text)) {
      const list = index.get(c) ?? [];
      list.push([i, n]);
      index.set(c, list);
    }
  });
  charIndexes.set(lexicon, index);
  return index;
}

function charCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  // UTF-16 units, as the edit distance counts them.
  for (let i = 0; i < text.length; i++) counts.set(text[i], (counts.get(text[i]) ?? 0) + 1);
  return counts;
}

function editsFor(form: Form): number {
  // Three-character entity names are common words too (天然气 in 今天天气); only unit names end in a suffix.
  return form.kind !== 'unit' && form.text.length === 3 ? 0 : allowedEdits(form.text.length);
}

/**
 * Forms that could be within their allowed edits of some window, in lexicon order. A window within k edits of a
 * name of L characters keeps at least L - k of its characters, so the name shares that many with the question.
 */
function fuzzyPool(text: string, lexicon: Lexicon): Form[] {
  const shared = new Int32Array(lexicon.fuzzy.length);
  const index = charIndex(lexicon);
  for (const [c, n] of charCounts(text)) for (const [i, m] of index.get(c) ?? []) shared[i] += Math.min(n, m);
  const pool: Form[] = [];
  lexicon.fuzzy.forEach((form, i) => {
    const edits = editsFor(form);
    if (edits > 0 && shared[i] >= form.text.length - edits) pool.push(form);
  });
  return pool;
}

function fuzzyCandidates(text: string, lexicon: Lexicon): Mention[] {
  const found: Mention[] = [];
  for (const form of fuzzyPool(text, lexicon)) {
    const edits = editsFor(form);
    // Three-character names allow a substitution only: 天气 is not 天然气 missing a character.
    const shortest = form.text.length === 3 ? 3 : form.text.length - edits;
    const longest = form.text.length === 3 ? 3 : form.text.length + edits;
    for (let len = shortest; len <= longest; len++) {
      for (let i = 0; i + len <= text.length; i++) {
        const window = text.slice(i, i + len);
        // Three-character names (水利局) tolerate a typo only inside: 水力局, not 水利所.
        if (form.text.length === 3 && (window[0] !== form.text[0] || window.at(-1) !== form.text.at(-1))) continue;
        const d = distance(window, form.text);
        if (d === 0 || d > edits) continue;
        found.push({ surface: window, start: i, end: i + len, kind: form.kind, method: 'fuzzy', targets: form.targets, form: form.text });
      }
    }
  }
  return found;
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

/** Per window, the nearest names: one is a typo fixed, a few tied are an ambiguity to report. */
function nearest(candidates: Mention[]): Mention[] {
  const byWindow = new Map<string, Mention[]>();
  for (const m of candidates) {
    const key = `${m.start}:${m.end}`;
    byWindow.set(key, [...(byWindow.get(key) ?? []), m]);
  }
  return [...byWindow.values()].flatMap((list) => {
    const best = Math.min(...list.map((m) => distance(m.surface, m.form!)));
    const top = list.filter((m) => distance(m.surface, m.form!) === best);
    const targets = new Map(top.flatMap((m) => m.targets.map((t) => [`${t.label}:${t.name}`, t] as const)));
    if (targets.size === 1) return [top[0]];
    if (targets.size > MAX_TIED_NAMES) return [];
    return [{ ...top[0], targets: [...targets.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) }];
  });
}

/** Matching ignores ASCII case; `rest` keeps the question's own case for free-text filters (GDP). */
export function linkMentions(original: string, lexicon: Lexicon): Linked {
  const text = foldAscii(original);
  const covered = new Array<boolean>(text.length).fill(false);
  const fuzzy = text.length > FUZZY_MAX_CHARS ? [] : nearest(fuzzyCandidates(text, lexicon));
  // Exact and typo matches compete: 涪江观光农叶走廊 is the corridor with a typo, not the river 涪江 plus noise.
  const mentions = select([...exactCandidates(text, lexicon), ...fuzzy], covered).sort((a, b) => a.start - b.start);
  let rest = original;
  for (const m of mentions) rest = rest.slice(0, m.start) + BLANK.repeat(m.end - m.start) + rest.slice(m.end);
  return { mentions, rest };
}
