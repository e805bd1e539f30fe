// Approximate matching of OCR-damaged unit names against registry and corpus forms.
import { distance } from 'fastest-levenshtein';
import { isLevelChar, type Level } from './registry.ts';
import { BoundedMemo } from '../bounded-memo.ts';

export interface FuzzyCandidate {
  form: string;
  /** What the candidate names: `e:<entry>` for a registry entry, `k:<name>` for a corpus-only name. */
  id: string;
  level: Level;
  /** Named bodies (zones, enterprises, towns) differ from each other in the name itself, so allow less. */
  strict: boolean;
  known: boolean;
}

export interface FuzzyHit {
  id: string;
  /** The candidate form matched, for callers that inspect what changed. */
  form: string;
  level: Level;
  distance: number;
  score: number;
}

/**
 * Edits tolerated for a pair whose longer side has `length` characters. Four characters or fewer
 * get none: 区审计局 and 区审批局 are both real, and one edit in three meaningful characters is a guess.
 */
export function allowedDistance(length: number): number {
  if (length <= 4) return 0;
  if (length === 5) return 1;
  return length <= 11 ? 2 : 3;
}

const MAX_SPREAD = 3;
/** Strings whose registry hits one index remembers; past this it starts over (a corpus names far fewer units). */
const MEMO_LIMIT = 50_000;

interface Hit {
  c: FuzzyCandidate;
  d: number;
  L: number;
  len: number;
}

const NO_HITS: readonly Hit[] = [];

/**
 * Candidates by length. A document's index holds only the names that document writes, over a `base` index of the
 * registry's forms shared by every document: the registry's thousands of forms are indexed once, not again after
 * every name a document learns, and the base remembers each string's nearest forms (the same unit strings come
 * back document after document).
 */
export class FuzzyIndex {
  private readonly byLength = new Map<number, FuzzyCandidate[]>();
  private readonly memo = new BoundedMemo<readonly Hit[]>(MEMO_LIMIT);

  constructor(private readonly base: FuzzyIndex | null = null) {}

  add(candidate: FuzzyCandidate): void {
    this.memo.clear();
    const list = this.byLength.get(candidate.form.length);
    if (list) list.push(candidate);
    else this.byLength.set(candidate.form.length, [candidate]);
  }

  /**
   * The one thing `s` is nearest to within the allowed distance, or null when nothing is near or
   * two different things are equally near (a corpus name breaks the tie when it is the only one).
   */
  nearest(s: string): FuzzyHit | null {
    const hits = this.base ? merged(this.base.remembered(s), this.closest(s)) : this.closest(s);
    if (hits.length === 0) return null;
    let ids = new Set(hits.map((h) => h.c.id));
    if (ids.size > 1) {
      const known = new Set(hits.filter((h) => h.c.known).map((h) => h.c.id));
      if (known.size !== 1) return null;
      ids = known;
    }
    const [id] = ids;
    const mine = hits.filter((h) => h.c.id === id);
    // Several levels of one entry can tie (区农业农村委 vs 农业农村委): keep the level the surface shows.
    const surfaceLevel: Level = isLevelChar(s[0]) ? s[0] : '';
    const pick = mine.find((h) => h.c.level === surfaceLevel) ?? mine[0];
    return { id, form: pick.c.form, level: pick.c.level, distance: pick.d, score: 1 - pick.d / pick.L };
  }

  private remembered(s: string): readonly Hit[] {
    return this.memo.get(s, (key) => {
      const hits = this.closest(key);
      return hits.length === 0 ? NO_HITS : hits;
    });
  }

  /** This index's own candidates at the smallest allowed distance from `s`, by length, then as added. */
  private closest(s: string): readonly Hit[] {
    let best = Infinity;
    let hits: Hit[] = [];
    for (let len = Math.max(1, s.length - MAX_SPREAD); len <= s.length + MAX_SPREAD; len++) {
      for (const c of this.byLength.get(len) ?? []) {
        const L = Math.max(s.length, len);
        const limit = c.strict ? Math.min(1, allowedDistance(L)) : allowedDistance(L);
        if (Math.abs(s.length - len) > limit || limit === 0) continue;
        // A strict name must not lose characters: 新区管委会 is not 高新区管委会.
        if (c.strict && s.length < len) continue;
        const d = distance(s, c.form);
        if (d > limit || d > best) continue;
        if (d < best) { best = d; hits = []; }
        hits.push({ c, d, L, len });
      }
    }
    return hits;
  }
}

/**
 * The hits of base and own at the smaller distance, in the order one index holding both would find them:
 * by length, and within a length the base's (added first) before the document's.
 */
function merged(base: readonly Hit[], own: readonly Hit[]): readonly Hit[] {
  if (own.length === 0) return base;
  if (base.length === 0) return own;
  const best = Math.min(base[0].d, own[0].d);
  const a = base[0].d === best ? base : NO_HITS;
  const b = own[0].d === best ? own : NO_HITS;
  const out: Hit[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].len <= b[j].len)) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/**
 * The one entry whose name contains most of `fragment` (all but one character, at least three):
 * for pieces of run-together names that lost their level and suffix (自然资频 → 规划自然资源局).
 */
export function infixMatch(fragment: string, contents: ReadonlyArray<{ text: string; id: string }>): { id: string; score: number } | null {
  const body = isLevelChar(fragment[0]) ? fragment.slice(1) : fragment;
  const minLen = Math.max(3, body.length - 1);
  for (let len = body.length; len >= minLen; len--) {
    const ids = new Set<string>();
    let bestLength = Infinity;
    for (let i = 0; i + len <= body.length; i++) {
      const piece = body.slice(i, i + len);
      for (const c of contents) {
        if (!c.text.includes(piece)) continue;
        ids.add(c.id);
        bestLength = Math.min(bestLength, c.text.length);
      }
    }
    if (ids.size > 1) return null;
    if (ids.size === 1) {
      const [id] = ids;
      return { id, score: 0.8 * (len / Math.max(bestLength, body.length)) };
    }
  }
  return null;
}

/** The stretch of `s` that differs from `form` once their common start and end are set aside. */
export function changedChunk(s: string, form: string): string {
  let start = 0;
  while (start < s.length && start < form.length && s[start] === form[start]) start++;
  let end = 0;
  while (end < s.length - start && end < form.length - start && s[s.length - 1 - end] === form[form.length - 1 - end]) end++;
  return s.slice(start, s.length - end);
}
