// A `find by label` followed by a document filter, compiled to read only those documents' tasks, sections and targets.
//
// Why: plans express a scope as `find` then `filter {docIds | jurisdiction | year | level}`, and a find by label alone reads
// every node of the label. For labels owned by one document (Task, Section, Target), the filter can only keep nodes
// of documents it accepts, so the find starts from those documents through the docId / pg_doc indexes instead. The
// filter step still runs after it, unchanged, so answers stay the memory engine's; and TOO_LARGE is still judged on
// what the unnarrowed find would hold (count store), as the memory engine judges it.
import type { NodeLabel } from '../model.ts';
import { label, OF_YEAR, type Params } from './cypher-parts.ts';
import type { FilterStep } from './schema.ts';

type LabelFind = { op: 'find'; by: 'label'; labels: NodeLabel[] };

/** How a document's nodes of an owned label are found by index (Target's docId is optional; pg_doc is its owner). */
const OWNED_BY: Partial<Record<NodeLabel, string>> = { Task: 'docId', Section: 'docId', Target: 'pg_doc' };

/**
 * The condition on a Document `d` that every item the filter keeps must have in its own document, or null when
 * the filter does not judge items of `l` by their document (memory-filter.ts: a Target's year is its own).
 */
function documentCondition(f: FilterStep, l: NodeLabel, p: Params): string | null {
  const parts: string[] = [];
  if (f.docIds) parts.push(`d.id IN ${p.add(f.docIds)}`);
  if (f.jurisdiction !== undefined) parts.push(`d.jurisdiction = ${p.add(f.jurisdiction)}`);
  if (f.year !== undefined && l !== 'Target') parts.push(OF_YEAR('d', p.add(String(f.year))));
  if (f.level !== undefined) parts.push(`d.level = ${p.add(f.level)}`);
  return parts.length > 0 ? parts.join(' AND ') : null;
}

/** The body of a narrowed find (returns `nxt` and `found`, the unnarrowed size), or null when nothing can be narrowed. */
export function narrowedFind(step: LabelFind, filter: FilterStep | undefined, p: Params, item: (n: string) => string): string | null {
  if (!filter) return null;
  const narrowed = step.labels.flatMap((l) => {
    const key = OWNED_BY[l];
    const condition = key ? documentCondition(filter, l, p) : null;
    return key && condition ? [{ l, key, condition }] : [];
  });
  if (narrowed.length === 0) return null;
  const rest = step.labels.filter((l) => !narrowed.some((x) => x.l === l));
  const branches = [
    ...narrowed.map(({ l, key, condition }) =>
      `MATCH (d:Document) WHERE ${condition} WITH d.id AS k MATCH (n:${label(l)} {${key}: k}) RETURN n`),
    ...(rest.length > 0 ? [`MATCH (n:${rest.map(label).join('|')}) RETURN n`] : []),
  ];
  const counts = step.labels.map((l) => `MATCH (n:${label(l)}) RETURN count(n) AS c`).join(' UNION ALL ');
  // Two aggregating subqueries without grouping keys: one row each, even when nothing matches.
  return `CALL () { CALL () { ${branches.join(' UNION ')} } RETURN collect(${item('n')}) AS nxt } `
    + `CALL () { CALL () { ${counts} } RETURN sum(c) AS found } RETURN nxt, found`;
}
