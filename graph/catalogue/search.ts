// The search query: deterministic scoring over names, aliases and task text, shared by every store.
import type { QueryOutput, QueryParams } from './catalogue.ts';
import { compareNumbersDesc, compareRefs, mapPage, paginate } from './order.ts';
import type { RowSource, SearchRow } from './rows.ts';
import type { MatchKind } from './schemas.ts';

/** Best first: exact name > exact alias > name prefix > alias prefix > name substring > alias substring > text. */
export const SEARCH_SCORES = {
  exactName: 100,
  exactAlias: 90,
  prefixName: 80,
  prefixAlias: 70,
  inName: 60,
  inAlias: 50,
  inText: 20,
} as const;

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

/** The best-scoring alias, the smallest (code-unit order) among equals; no copy of the list per row. */
function scoreAliases(aliases: string[], needle: string): { score: number; alias: string } | null {
  let best: { score: number; alias: string } | null = null;
  for (const alias of aliases) {
    const score = alias === needle ? SEARCH_SCORES.exactAlias
      : alias.startsWith(needle) ? SEARCH_SCORES.prefixAlias
        : alias.includes(needle) ? SEARCH_SCORES.inAlias : 0;
    if (score > 0 && (!best || score > best.score || (score === best.score && alias < best.alias))) best = { score, alias };
  }
  return best;
}

/** The score of the best way `needle` matches a row; 0 when it does not. */
export function scoreOf(row: SearchRow, needle: string): number {
  const name = row.node.name;
  if (name === needle) return SEARCH_SCORES.exactName;
  const alias = row.aliases.length > 0 ? (scoreAliases(row.aliases, needle)?.score ?? 0) : 0;
  if (alias === SEARCH_SCORES.exactAlias) return alias;
  if (name.startsWith(needle)) return SEARCH_SCORES.prefixName;
  if (alias === SEARCH_SCORES.prefixAlias) return alias;
  if (name.includes(needle)) return SEARCH_SCORES.inName;
  if (alias > 0) return alias;
  return row.text?.includes(needle) ? SEARCH_SCORES.inText : 0;
}

const ALIAS_SCORES: ReadonlySet<number> = new Set([SEARCH_SCORES.exactAlias, SEARCH_SCORES.prefixAlias, SEARCH_SCORES.inAlias]);

/** The best way `needle` matches a row, or null when it does not. */
export function scoreRow(row: SearchRow, needle: string): Scored | null {
  const score = scoreOf(row, needle);
  if (score === 0) return null;
  if (ALIAS_SCORES.has(score)) return { row, score, matched: 'alias', snippet: scoreAliases(row.aliases, needle)?.alias ?? null };
  // The snippet is cut for the page only (shapeSearch): a common word matches thousands of task texts.
  return { row, score, matched: score === SEARCH_SCORES.inText ? 'text' : 'name', snippet: null };
}

/**
 * The first two code units of a name as one number (a missing one as 0): names that differ there, most of them,
 * are ordered by it without a string comparison; equal keys fall back to compareRefs, so the order is the same.
 */
function nameKey(name: string): number {
  return name.length === 0 ? 0 : name.charCodeAt(0) * 0x10000 + (name.length > 1 ? name.charCodeAt(1) : 0);
}

/** Hits by score desc, then name, then id. */
export function shapeSearch(p: QueryParams<'search'>, rows: SearchRow[]): QueryOutput<'search'> {
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
  return shapeSearch(p, await src.searchCandidates(p.text, p.labels, p.limit));
}
