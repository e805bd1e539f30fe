// The search query: deterministic scoring over names, aliases and task text, shared by every store.
import type { QueryOutput, QueryParams } from './catalogue.ts';
import { compareNumbersDesc, compareRefs, mapPage, paginate } from './order.ts';
import type { RowSource, SearchRow } from './rows.ts';
import type { MatchKind } from './schemas.ts';

/** A rung of the search ladder: where the needle is looked for, how, and the score of a row it is the first rung of. */
export interface SearchRung {
  readonly field: 'name' | 'aliases' | 'text';
  readonly test: 'equals' | 'startsWith' | 'contains';
  readonly score: number;
}

/**
 * How a search hit scores, best first: a row scores the first rung it meets (an alias rung: any of its aliases).
 * The one statement of the rule: scoreOf reads it here, Neo4j's SEARCH_CANDIDATES is generated from it
 * (neo4j-cypher.ts searchScoreCase), and the Neo4j suite's ladder test fails when the two stores score a row apart.
 */
export const SEARCH_LADDER: readonly SearchRung[] = [
  { field: 'name', test: 'equals', score: 100 },
  { field: 'aliases', test: 'equals', score: 90 },
  { field: 'name', test: 'startsWith', score: 80 },
  { field: 'aliases', test: 'startsWith', score: 70 },
  { field: 'name', test: 'contains', score: 60 },
  { field: 'aliases', test: 'contains', score: 50 },
  { field: 'text', test: 'contains', score: 20 },
];

/** The score of a text hit (the needle in a task's, section's or target's text only). */
export const TEXT_SCORE = (SEARCH_LADDER.find((r) => r.field === 'text') as SearchRung).score;

const MEETS: Readonly<Record<SearchRung['test'], (value: string, needle: string) => boolean>> = {
  equals: (value, needle) => value === needle,
  startsWith: (value, needle) => value.startsWith(needle),
  contains: (value, needle) => value.includes(needle),
};

function meets(row: SearchRow, rung: SearchRung, needle: string): boolean {
  const test = MEETS[rung.test];
  switch (rung.field) {
    case 'name': return test(row.node.name, needle);
    case 'aliases': return row.aliases.some((a) => test(a, needle));
    case 'text': return row.text !== null && test(row.text, needle);
  }
}

/** The first rung of the ladder `row` meets, or undefined when the needle is nowhere in it. */
function rungOf(row: SearchRow, needle: string): SearchRung | undefined {
  return SEARCH_LADDER.find((rung) => meets(row, rung, needle));
}

const SNIPPET_RADIUS = 20;

interface Scored {
  row: SearchRow;
  score: number;
  matched: MatchKind;
  snippet: string | null;
}

function snippetAround(text: string, needle: string): string {
  const at = text.indexOf(needle);
  const start = Math.max(0, at - SNIPPET_RADIUS);
  const end = Math.min(text.length, at + needle.length + SNIPPET_RADIUS);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** The smallest alias (code-unit order) meeting `rung`. */
function smallestAlias(aliases: string[], rung: SearchRung, needle: string): string | null {
  let best: string | null = null;
  for (const alias of aliases) if (MEETS[rung.test](alias, needle) && (best === null || alias < best)) best = alias;
  return best;
}

/** The score of the best way `needle` matches a row; 0 when it does not. */
export function scoreOf(row: SearchRow, needle: string): number {
  return rungOf(row, needle)?.score ?? 0;
}

/** The best way `needle` matches a row, or null when it does not. */
export function scoreRow(row: SearchRow, needle: string): Scored | null {
  const rung = rungOf(row, needle);
  if (!rung) return null;
  if (rung.field === 'aliases') return { row, score: rung.score, matched: 'alias', snippet: smallestAlias(row.aliases, rung, needle) };
  // The snippet is cut for the page only (shapeSearch): a common word matches thousands of task texts.
  return { row, score: rung.score, matched: rung.field === 'text' ? 'text' : 'name', snippet: null };
}

/**
 * The first two code units of a name as one number (a missing one as 0): names that differ there, most of them,
 * are ordered by it without a string comparison; equal keys fall back to compareRefs, so the order is the same.
 */
function nameKey(name: string): number {
  return name.length === 0 ? 0 : name.charCodeAt(0) * 0x10000 + (name.length > 1 ? name.charCodeAt(1) : 0);
}

/** Hits by score desc, then name, then id: shapeSearch's order (there on indices, with a shortcut on the name's first units). */
export function compareHits(a: SearchRow, b: SearchRow): number {
  return compareNumbersDesc(a.score ?? 0, b.score ?? 0) || compareRefs(a.node, b.node);
}

/** Hits by score desc, then name, then id. */
function shapeSearch(p: QueryParams<'search'>, rows: SearchRow[]): QueryOutput<'search'> {
  const labels = p.labels ? new Set<string>(p.labels) : null;
  // Ranked on scores alone; only the page's hits are described (a common word matches thousands of task texts).
  const hits: SearchRow[] = [];
  const scores: number[] = [];
  const keys: number[] = [];
  const take = (r: SearchRow, score: number) => {
    if (score <= 0) return;
    hits.push(r);
    scores.push(score);
    keys.push(nameKey(r.node.name));
  };
  // Stores may repeat rows: one per node id. A scored row is repeated only as the same object (rows.ts), so the
  // thousands of rows of a common word are told apart by identity, not hashed by id.
  const unscored = new Map<string, SearchRow>();
  const seen = new Set<SearchRow>();
  for (const r of rows) {
    if (labels && !labels.has(r.node.label)) continue;
    if (r.score === undefined) unscored.set(r.node.id, r);
    else if (!seen.has(r)) {
      seen.add(r);
      take(r, r.score);
    }
  }
  for (const r of unscored.values()) take(r, scoreOf(r, p.text));
  const order = Array.from(hits, (_, i) => i);
  const page = paginate(order, (a, b) => compareNumbersDesc(scores[a], scores[b]) || keys[a] - keys[b] || compareRefs(hits[a].node, hits[b].node), p.limit);
  return {
    hits: mapPage(page, (i) => {
      const s = scoreRow(hits[i], p.text) as Scored;
      return {
        ...s.row.node, score: s.score, matched: s.matched,
        snippet: s.matched === 'text' ? snippetAround(s.row.text as string, p.text) : s.snippet, docId: s.row.docId,
      };
    }),
  };
}

export async function executeSearch(src: RowSource, p: QueryParams<'search'>): Promise<QueryOutput<'search'>> {
  const page = src.searchPage ? await src.searchPage(p.text, p.labels, p.limit) : null;
  if (!page) return shapeSearch(p, await src.searchCandidates(p.text, p.labels));
  // The store ranked the page and counted every hit: shaping orders and describes the page's rows alone.
  const { hits } = shapeSearch(p, page.rows);
  return { hits: { ...hits, total: page.total, truncated: page.total > p.limit } };
}
