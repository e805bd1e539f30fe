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

/** The best way `needle` matches a row, or null when it does not. */
export function scoreRow(row: SearchRow, needle: string): Scored | null {
  const name = row.node.name;
  if (name === needle) return { row, score: SEARCH_SCORES.exactName, matched: 'name', snippet: null };
  const alias = scoreAliases(row.aliases, needle);
  if (alias?.score === SEARCH_SCORES.exactAlias) return { row, score: alias.score, matched: 'alias', snippet: alias.alias };
  if (name.startsWith(needle)) return { row, score: SEARCH_SCORES.prefixName, matched: 'name', snippet: null };
  if (alias?.score === SEARCH_SCORES.prefixAlias) return { row, score: alias.score, matched: 'alias', snippet: alias.alias };
  if (name.includes(needle)) return { row, score: SEARCH_SCORES.inName, matched: 'name', snippet: null };
  if (alias) return { row, score: alias.score, matched: 'alias', snippet: alias.alias };
  // The snippet is cut for the page only (shapeSearch): a common word matches thousands of task texts.
  if (row.text?.includes(needle)) return { row, score: SEARCH_SCORES.inText, matched: 'text', snippet: null };
  return null;
}

/** Hits by score desc, then name, then id. */
export function shapeSearch(p: QueryParams<'search'>, rows: SearchRow[]): QueryOutput<'search'> {
  const labels = p.labels ? new Set<string>(p.labels) : null;
  // Stores may repeat rows: one per node id.
  const unique = new Map<string, SearchRow>();
  for (const r of rows) if (!labels || labels.has(r.node.label)) unique.set(r.node.id, r);
  const scored: Scored[] = [];
  for (const r of unique.values()) {
    const s = scoreRow(r, p.text);
    if (s) scored.push(s);
  }
  const page = paginate(scored, (a, b) => compareNumbersDesc(a.score, b.score) || compareRefs(a.row.node, b.row.node), p.limit);
  return {
    hits: mapPage(page, (s) => ({
      ...s.row.node, score: s.score, matched: s.matched,
      snippet: s.matched === 'text' ? snippetAround(s.row.text as string, p.text) : s.snippet, docId: s.row.docId,
    })),
  };
}

export async function executeSearch(src: RowSource, p: QueryParams<'search'>): Promise<QueryOutput<'search'>> {
  return shapeSearch(p, await src.searchCandidates(p.text, p.labels));
}
